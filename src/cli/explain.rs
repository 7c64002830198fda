//! `newskg explain`: why an edge is in a graph (`GRAPH.json` with optional
//! filters), or why an expected one is not (`--article FILE --why-not S P O`).
//! Exits with 1 when no edge matches the filters. The explanations are
//! [`newskg::explain`]; this module only reads the inputs and prints.

use anyhow::Context as _;
use clap::Args;
use newskg::explain::{self, EdgeFilter};
use newskg::{eval, read, Index, Predicate};
use std::io::Write as _;
use std::path::PathBuf;

/// Show why the edges of a graph are there, or why an expected edge is not.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  newskg explain graph.json --subject Iran --predicate supplies\n  newskg explain --article article.txt --why-not Iran supplies Russia"
)]
pub struct ExplainArgs {
    /// A graph written by `newskg build` (JSON).
    #[arg(required_unless_present = "article", conflicts_with = "article")]
    pub graph: Option<PathBuf>,
    /// Only edges whose subject has this id, label or alias.
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,
    /// Only edges of this relation (`supplies`, `worries-about`, ...).
    #[arg(long, value_name = "REL")]
    pub predicate: Option<String>,
    /// Only edges whose object has this id, label or alias.
    #[arg(long, value_name = "NAME")]
    pub object: Option<String>,
    /// An article to extract and diagnose (with --why-not).
    #[arg(long, value_name = "FILE", requires = "why_not")]
    pub article: Option<PathBuf>,
    /// The relation expected but not extracted from --article.
    #[arg(long, num_args = 3, value_names = ["SUBJECT", "PREDICATE", "OBJECT"], requires = "article", conflicts_with_all = ["subject", "predicate", "object"])]
    pub why_not: Vec<String>,
}

fn predicate(name: &str) -> anyhow::Result<Predicate> {
    name.parse::<Predicate>().map_err(|e| {
        let known: Vec<&str> = Predicate::ALL.iter().map(|p| p.as_str()).collect();
        anyhow::anyhow!("{e} (known relations: {})", known.join(", "))
    })
}

pub fn run(a: ExplainArgs) -> anyhow::Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let (Some(article), [subject, rel, object]) = (&a.article, a.why_not.as_slice()) {
        let p = predicate(rel)?;
        let index = Index::embedded().context("loading the embedded lexicon")?;
        let doc = read::text_file(article)?;
        write!(
            out,
            "{}",
            explain::why_not(&doc, &index, subject, p, object)
        )?;
        out.flush()?;
        return Ok(0);
    }
    let Some(path) = &a.graph else {
        anyhow::bail!("give GRAPH.json, or --article FILE with --why-not SUBJECT PREDICATE OBJECT")
    };
    let graph = eval::read_graph(path)?;
    let filter = EdgeFilter {
        subject: a.subject.clone(),
        predicate: a.predicate.as_deref().map(predicate).transpose()?,
        object: a.object.clone(),
    };
    let edges = explain::select_edges(&graph, &filter);
    for (i, r) in edges.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write!(out, "{}", explain::explain_edge(&graph, r))?;
    }
    out.flush()?;
    if edges.is_empty() {
        eprintln!("no edge of {} matches", path.display());
        return Ok(1);
    }
    Ok(0)
}
