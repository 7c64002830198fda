//! `newskg path`: the shortest chains of relations between two entities,
//! with the evidence of each step.

use clap::Args;
use newskg::paths::{self, Direction};
use newskg::{query, Polarity};
use std::io::Write as _;
use std::path::PathBuf;

/// Show the shortest chains of relations that link two entities, with evidence.
#[derive(Debug, Args)]
#[command(
    after_help = "Relations are followed both ways; `--rel-->` runs along the chain, `<--rel--` against it.\n\nExample:\n  newskg path graph.json Iran Ukraine"
)]
pub struct PathArgs {
    /// Graph files written by `newskg build --format json`, then FROM and TO.
    #[arg(required = true, num_args = 3.., value_name = "GRAPH... FROM TO")]
    pub args: Vec<String>,
    /// At most this many chains.
    #[arg(long, default_value_t = 5)]
    pub max: usize,
}

pub fn run(a: PathArgs) -> anyhow::Result<i32> {
    let mut args = a.args;
    let (Some(to), Some(from)) = (args.pop(), args.pop()) else {
        anyhow::bail!("give one or more graph files, then FROM and TO");
    };
    if a.max == 0 {
        anyhow::bail!("--max must be at least 1");
    }
    let files: Vec<PathBuf> = args.into_iter().map(PathBuf::from).collect();
    let graph = query::load_graphs(&files)?;
    let from = query::resolve(&graph, &from)?;
    let to = query::resolve(&graph, &to)?;
    if from.id == to.id {
        anyhow::bail!("`{}` and `{}` are the same entity", from.label, to.label);
    }
    let chains = paths::shortest_chains(&graph, &from.id, &to.id, a.max);
    if chains.is_empty() {
        eprintln!(
            "no chain of relations links {} and {}",
            from.label, to.label
        );
        return Ok(0);
    }
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or_else(|| id.to_owned(), |e| e.label.clone())
    };
    let mut out = std::io::stdout().lock();
    for (i, chain) in chains.iter().enumerate() {
        let n = chain.steps.len();
        writeln!(
            out,
            "chain {} ({n} step{}):",
            i + 1,
            if n == 1 { "" } else { "s" }
        )?;
        for step in &chain.steps {
            for (r, dir) in &step.relations {
                let mut rel = r.predicate.as_str().to_owned();
                if r.polarity == Polarity::Denied {
                    rel = format!("[denied] {rel}");
                }
                let arrow = match dir {
                    Direction::Forward => format!("--{rel}-->"),
                    Direction::Backward => format!("<--{rel}--"),
                };
                let mut extra = Vec::new();
                if let Some(item) = &r.item {
                    extra.push(format!("item: {item}"));
                }
                match (&r.asserted_by, r.polarity) {
                    (Some(c), Polarity::Denied) => extra.push(format!("denied by {}", name(c))),
                    (Some(c), Polarity::Asserted) => extra.push(format!("claimed by {}", name(c))),
                    (None, _) => {}
                }
                let extra = if extra.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", extra.join("; "))
                };
                writeln!(
                    out,
                    "  {} {arrow} {}{extra}",
                    step.from.label, step.to.label
                )?;
                for ev in &r.evidence {
                    writeln!(
                        out,
                        "      [{} #{}] {}",
                        ev.doc,
                        ev.sentence,
                        ev.text.replace('\n', " ")
                    )?;
                }
            }
        }
    }
    Ok(0)
}
