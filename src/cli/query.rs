//! `newskg query`: graph files in, the relations that match a pattern out.

use anyhow::Context as _;
use clap::Args;
use newskg::query::{self, Pattern, Query, RowFormat};
use newskg::{Polarity, Predicate};
use std::path::PathBuf;

/// List the relations that match a pattern: who accuses whom, who supplies what, who denies it.
#[derive(Debug, Args)]
#[command(
    after_help = "Names match labels and aliases, ignoring case and a leading \"the\".\n\nExamples:\n  newskg query graph.json --predicate accuses\n  newskg query graph.json --subject Iran --predicate supplies --evidence\n  newskg query graph.json --polarity denied --format csv > denials.csv"
)]
pub struct QueryArgs {
    /// Graph files written by `newskg build --format json`; `-` reads standard input.
    #[arg(required = true)]
    pub graphs: Vec<PathBuf>,
    /// Who does it.
    #[arg(long)]
    pub subject: Option<String>,
    /// The relation: accuses, denies, supplies, worries-about, cooperates-with, opposes, supports, requests, affiliated-with.
    #[arg(long)]
    pub predicate: Option<String>,
    /// To whom.
    #[arg(long)]
    pub object: Option<String>,
    /// Who claims it.
    #[arg(long)]
    pub asserted_by: Option<String>,
    /// asserted or denied.
    #[arg(long)]
    pub polarity: Option<String>,
    /// table, csv or json.
    #[arg(long, default_value = "table")]
    pub format: String,
    /// One row per evidence sentence, with the document and the sentence.
    #[arg(long)]
    pub evidence: bool,
}

pub fn run(a: QueryArgs) -> anyhow::Result<i32> {
    let format = RowFormat::parse(&a.format)
        .with_context(|| format!("unknown format `{}`; use table, csv or json", a.format))?;
    let predicate = a
        .predicate
        .as_deref()
        .map(|p| {
            p.parse::<Predicate>().map_err(|e| {
                anyhow::anyhow!(
                    "{e}; use one of {}",
                    Predicate::ALL.map(Predicate::as_str).join(", ")
                )
            })
        })
        .transpose()?;
    let polarity = match a
        .polarity
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None => None,
        Some("asserted") => Some(Polarity::Asserted),
        Some("denied") => Some(Polarity::Denied),
        Some(other) => anyhow::bail!("unknown polarity `{other}`; use asserted or denied"),
    };
    let graph = query::load_graphs(&a.graphs)?;
    let pattern = Pattern {
        subject: a.subject,
        predicate,
        object: a.object,
        asserted_by: a.asserted_by,
        polarity,
    };
    let q = Query::resolve(&graph, &pattern)?;
    let selected = query::select(&graph, &q);
    if selected.is_empty() {
        eprintln!("no relations match");
    }
    let rows = query::rows(&graph, &selected, a.evidence);
    query::write_rows(&rows, a.evidence, format, std::io::stdout().lock())?;
    Ok(0)
}
