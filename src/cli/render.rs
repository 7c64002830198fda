//! `newskg render`: graph files in, a picture of a view of them out.

use anyhow::{bail, Context as _};
use clap::Args;
use newskg::render::{self, Picture, View};
use newskg::{query, write, Predicate};
use std::path::PathBuf;

/// Draw a graph (or part of it) as SVG, PNG, PDF, an interactive HTML page or DOT.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  newskg render graph.json -o graph.html\n  newskg render graph.json --focus Iran --depth 2 --format svg -o iran.svg\n  newskg render graph.json --relations accuses,denies --min-evidence 2 -o claims.png"
)]
pub struct RenderArgs {
    /// Graph files written by `newskg build --format json`; `-` reads standard input.
    #[arg(required = true)]
    pub graphs: Vec<PathBuf>,
    /// Output format: svg, png, pdf, html or dot [default: from the -o extension, else svg].
    #[arg(long)]
    pub format: Option<String>,
    /// Output file; standard output when absent.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Draw only this entity's neighbourhood (a name, alias or id).
    #[arg(long)]
    pub focus: Option<String>,
    /// How many relations away from --focus to go.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Draw only these relations, comma-separated (accuses,denies,supplies,worries-about,...).
    #[arg(long, value_delimiter = ',')]
    pub relations: Vec<String>,
    /// Draw only relations with at least this many evidence sentences.
    #[arg(long, default_value_t = 1)]
    pub min_evidence: usize,
}

pub fn run(a: RenderArgs) -> anyhow::Result<i32> {
    let names = || Picture::ALL.map(Picture::name).join(", ");
    let format = match (&a.format, &a.output) {
        (Some(f), _) => Picture::parse(f)
            .with_context(|| format!("unknown format `{f}`; use one of {}", names()))?,
        (None, Some(out)) => match out.extension().map(|e| e.to_string_lossy().into_owned()) {
            Some(ext) => Picture::parse(&ext).with_context(|| {
                format!(
                    "cannot tell the format from the extension `.{ext}`; give --format ({})",
                    names()
                )
            })?,
            None => Picture::Svg,
        },
        (None, None) => Picture::Svg,
    };
    let mut relations = Vec::new();
    for r in &a.relations {
        relations.push(r.parse::<Predicate>().map_err(|e| {
            anyhow::anyhow!(
                "{e}; use relations among {}",
                Predicate::ALL.map(Predicate::as_str).join(", ")
            )
        })?);
    }
    let graph = query::load_graphs(&a.graphs)?;
    let focus = match &a.focus {
        Some(name) => Some(query::resolve(&graph, name)?.id.clone()),
        None => None,
    };
    let view = View {
        focus,
        depth: a.depth,
        relations,
        min_evidence: a.min_evidence,
    };
    let picked = render::select_view(&graph, &view);
    if picked.relation_count() == 0 {
        eprintln!("note: no relations to draw");
    }
    match &a.output {
        Some(path) => {
            write::to_file_atomic(path, |w| {
                render::render(&picked, format, w)
                    .map_err(|e| write::WriteError::Render(e.to_string()))
            })?;
        }
        None => {
            if matches!(format, Picture::Png | Picture::Pdf)
                && std::io::IsTerminal::is_terminal(&std::io::stdout())
            {
                bail!("not writing {} to a terminal; give -o FILE", format.name());
            }
            render::render(&picked, format, std::io::stdout().lock())?;
        }
    }
    Ok(0)
}
