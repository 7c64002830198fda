//! `newskg build`: articles in, graph out.

use anyhow::Context as _;
use clap::Args;
use newskg::{read, write, Index};
use std::io::Read as _;
use std::path::PathBuf;

/// Extract the knowledge graph of one or more articles.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  newskg build article.txt --format json > graph.json\n  newskg build examples/*.txt -o out/"
)]
pub struct BuildArgs {
    /// Input files; `-` reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output folder (writes graph.<ext> for each format).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Output formats, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "json")]
    pub format: Vec<String>,
}

pub fn run(a: BuildArgs) -> anyhow::Result<i32> {
    let index = Index::embedded().context("loading the embedded lexicon")?;
    let mut docs = Vec::new();
    let mut failed = 0;
    for p in &a.inputs {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("reading standard input")?;
            match read::document_from_bytes(std::path::Path::new("stdin"), "-", buf) {
                Ok(d) => docs.push(d),
                Err(e) => {
                    eprintln!("error: {e}");
                    failed += 1;
                }
            }
            continue;
        }
        match read::text_file(p) {
            Ok(d) => docs.push(d),
            Err(e) => {
                eprintln!("error: {e}");
                failed += 1;
            }
        }
    }
    let (graph, _diags) = newskg::build(&docs, &index);
    let stdout = std::io::stdout();
    write::json(&graph, stdout.lock())?;
    Ok(if failed > 0 { 1 } else { 0 })
}
