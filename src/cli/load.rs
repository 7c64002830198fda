//! `newskg load`: send each article's named graph to a SPARQL 1.1 store
//! with the Graph Store Protocol. Credentials come from the environment,
//! never from the command line.

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use newskg::load::{self, BodySyntax, LoadOptions};
use newskg::read::graph::{graph_file, is_graph_file};
use newskg::write::WriteOptions;
use newskg::{read, Index, KnowledgeGraph};
use std::path::PathBuf;
use std::time::Duration;

/// Load graphs into a SPARQL 1.1 store (Graph Store HTTP Protocol), one
/// named graph per article, replacing what the store had for that article.
#[derive(Debug, Args)]
#[command(
    after_help = "Credentials: set NEWSKG_USER and NEWSKG_PASSWORD (Basic or Digest authentication).\n\nExamples:\n  NEWSKG_USER=dba NEWSKG_PASSWORD=dba newskg load --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth graph.json\n  newskg load --endpoint http://localhost:7878/store article.txt"
)]
pub struct LoadArgs {
    /// Graph files (json, ttl, nt, nq, trig, jsonld, rdf) or articles, which are extracted first.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The Graph Store Protocol endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth).
    #[arg(long)]
    pub endpoint: String,
    /// The syntax of the request bodies.
    #[arg(long, value_enum, default_value_t = Body::Nt)]
    pub body: Body,
    /// Base of entity, document, statement and graph IRIs.
    #[arg(long)]
    pub base_iri: Option<String>,
    /// How many times a request is tried when the store is down or busy.
    #[arg(long, default_value_t = 4)]
    pub attempts: u32,
    /// Time limit of one request, in seconds.
    #[arg(long, default_value_t = 60)]
    pub timeout: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Body {
    /// N-Triples (application/n-triples).
    Nt,
    /// Turtle (text/turtle).
    Ttl,
}

pub fn run(a: LoadArgs) -> anyhow::Result<i32> {
    let mut write_options = WriteOptions::default();
    if let Some(base) = a.base_iri {
        newskg::write::rdf::check_base_iri(&base)?;
        write_options.base_iri = base;
    }
    let graph = read_inputs(&a.files)?;
    let mut options = LoadOptions::new(a.endpoint);
    options.credentials = load::credentials_from_env();
    options.body = match a.body {
        Body::Nt => BodySyntax::NTriples,
        Body::Ttl => BodySyntax::Turtle,
    };
    options.attempts = a.attempts.max(1);
    options.timeout = Duration::from_secs(a.timeout.max(1));
    let summary = load::load(&graph, &write_options, &options, |body| {
        eprintln!(
            "sent <{}> ({} triples)",
            body.graph.as_str(),
            body.triples.len()
        );
    })?;
    println!(
        "loaded {} graph{} ({} triples) into {}",
        summary.graphs,
        if summary.graphs == 1 { "" } else { "s" },
        summary.triples,
        options.endpoint
    );
    if summary.left_out > 0 {
        println!(
            "left out {} triples of entities that no relation mentions (default graph)",
            summary.left_out
        );
    }
    Ok(0)
}

/// Graph files are read; any other file is an article, extracted here.
fn read_inputs(files: &[PathBuf]) -> anyhow::Result<KnowledgeGraph> {
    let mut graph = KnowledgeGraph::new();
    let mut docs = Vec::new();
    for path in files {
        if is_graph_file(path) {
            graph.merge(graph_file(path)?);
        } else {
            docs.push(read::text_file(path)?);
        }
    }
    if !docs.is_empty() {
        let index = Index::embedded().context("loading the embedded lexicon")?;
        let (extracted, _) = newskg::build(&docs, &index);
        graph.merge(extracted);
    }
    Ok(graph)
}
