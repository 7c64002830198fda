//! `newskg sparql`: graph files into an in-memory store, one SPARQL query,
//! the answer as a table, CSV, TSV or SPARQL JSON results.

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use newskg::store::{self, Answer, AnswerSyntax};
use newskg::write::WriteOptions;
use std::io::Write as _;
use std::path::PathBuf;

/// Query graph files with SPARQL 1.1.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  newskg sparql graph.ttl 'SELECT ?s WHERE { ?s a nkg:Country }'\n  newskg sparql graph.json @who-claims.rq --format csv"
)]
pub struct SparqlArgs {
    /// Graph files: json, ttl, nt, nq, trig, jsonld or rdf.
    #[arg(required = true, num_args = 1..)]
    pub graphs: Vec<PathBuf>,
    /// The query, or `@FILE` to read it from a file. The prefixes of the
    /// written RDF (nkg, rdfs, entity, ...) need no PREFIX lines.
    pub query: String,
    /// How to print the answer.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    pub format: Output,
    /// Base of entity, document and statement IRIs of JSON graphs.
    #[arg(long)]
    pub base_iri: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Table,
    Csv,
    Tsv,
    Json,
}

pub fn run(a: SparqlArgs) -> anyhow::Result<i32> {
    let mut options = WriteOptions::default();
    if let Some(base) = a.base_iri {
        newskg::write::rdf::check_base_iri(&base)?;
        options.base_iri = base;
    }
    let query = match a.query.strip_prefix('@') {
        Some(file) => std::fs::read_to_string(file)
            .with_context(|| format!("reading the query file {file}"))?,
        None => a.query.clone(),
    };
    let store = store::store_of_files(&a.graphs, &options)?;
    let answer = store::sparql_with(&store, &query, &options)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match a.format {
        Output::Table => write_table(&answer, &options, &mut out)?,
        Output::Csv => store::write_answer(&answer, AnswerSyntax::Csv, &mut out)?,
        Output::Tsv => store::write_answer(&answer, AnswerSyntax::Tsv, &mut out)?,
        Output::Json => store::write_answer(&answer, AnswerSyntax::Json, &mut out)?,
    }
    out.flush()?;
    Ok(0)
}

fn write_table(
    answer: &Answer,
    options: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    match answer {
        Answer::Boolean(b) => writeln!(out, "{b}")?,
        Answer::Graph(_) => store::write_answer(answer, AnswerSyntax::Csv, out)?,
        Answer::Solutions { variables, rows } => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            table.set_header(variables.iter().map(|v| format!("?{v}")));
            for row in rows {
                table.add_row(row.iter().map(|t| {
                    t.as_ref()
                        .map(|t| store::term_for_display(t, options))
                        .unwrap_or_default()
                }));
            }
            writeln!(out, "{table}")?;
            writeln!(
                out,
                "{} row{}",
                rows.len(),
                if rows.len() == 1 { "" } else { "s" }
            )?;
        }
    }
    Ok(())
}
