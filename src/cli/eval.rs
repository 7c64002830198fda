//! `newskg eval`: score graphs against gold annotations. Three ways to name
//! what to score: one gold file and one graph; a folder of gold files and a
//! folder of graphs (`NAME.gold.json` with `NAME.json`); or a folder of gold
//! files and a folder of articles (`NAME.txt`), whose graphs are built here,
//! in process, so that one command scores the extractor on one's own
//! annotated news.
//!
//! A missing or unreadable graph or article is reported and scored as an
//! empty graph (everything missed), and the exit code is 1; an unreadable
//! gold file stops the run. The scoring itself is [`newskg::eval`].

use anyhow::Context as _;
use clap::Args;
use newskg::eval::{self, Gold, Report, Scope, Scores};
use newskg::{extract, read, Index, KnowledgeGraph};
use rayon::prelude::*;
use std::io::Write as _;
use std::path::PathBuf;

/// Score extracted graphs against gold annotations.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  newskg eval doc.gold.json doc.json -v\n  newskg eval --gold-dir gold/ --pred-dir graphs/\n  newskg eval --gold-dir gold/ --articles articles/"
)]
pub struct EvalArgs {
    /// A gold annotation (`*.gold.json`) and the graph to score (JSON of `newskg build`).
    #[arg(num_args = 2, value_names = ["GOLD", "GRAPH"], conflicts_with = "gold_dir", required_unless_present = "gold_dir")]
    pub files: Vec<PathBuf>,
    /// Folder of gold annotations, NAME.gold.json.
    #[arg(long, value_name = "DIR")]
    pub gold_dir: Option<PathBuf>,
    /// Folder of graphs to score, NAME.json for each NAME.gold.json.
    #[arg(
        long,
        value_name = "DIR",
        requires = "gold_dir",
        conflicts_with = "articles"
    )]
    pub pred_dir: Option<PathBuf>,
    /// Folder of articles, NAME.txt for each NAME.gold.json: build each graph and score it.
    #[arg(long, value_name = "DIR", requires = "gold_dir")]
    pub articles: Option<PathBuf>,
    /// List every miss and false positive, with the sentence it comes from.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the totals as JSON instead of summary lines.
    #[arg(long)]
    pub json: bool,
}

/// Where the graph of one document comes from.
enum Source {
    Graph(PathBuf),
    Article(PathBuf),
}

/// One document to score.
struct Case {
    label: String,
    gold: PathBuf,
    source: Source,
}

pub fn run(a: EvalArgs) -> anyhow::Result<i32> {
    let cases = cases(&a)?;
    let index = match cases.iter().any(|c| matches!(c.source, Source::Article(_))) {
        true => Some(Index::embedded().context("loading the embedded lexicon")?),
        false => None,
    };
    let golds: Vec<Gold> = cases
        .iter()
        .map(|c| Gold::from_file(&c.gold))
        .collect::<Result<_, _>>()?;
    let graphs: Vec<Result<KnowledgeGraph, String>> = cases
        .par_iter()
        .map(|c| graph_of(&c.source, index.as_ref()))
        .collect();

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut totals = Scores::default();
    let mut failed = false;
    for ((case, gold), graph) in cases.iter().zip(&golds).zip(graphs) {
        let graph = graph.unwrap_or_else(|err| {
            eprintln!("  [{}] no usable prediction: {err}", case.label);
            failed = true;
            KnowledgeGraph::new()
        });
        let report = eval::assess(gold, &graph);
        if a.verbose {
            write_report(&mut out, &case.label, &report)?;
        }
        totals.merge(&report.scores);
    }
    if a.json {
        writeln!(out, "{}", eval::totals_json(&totals))?;
    } else {
        for scope in Scope::ALL {
            writeln!(out, "{}", eval::summary_line(scope, &totals))?;
        }
    }
    out.flush()?;
    Ok(i32::from(failed))
}

/// The documents to score, in file-name order.
fn cases(a: &EvalArgs) -> anyhow::Result<Vec<Case>> {
    if let [gold, graph] = a.files.as_slice() {
        let label = gold.file_name().map_or_else(
            || gold.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        return Ok(vec![Case {
            label,
            gold: gold.clone(),
            source: Source::Graph(graph.clone()),
        }]);
    }
    let Some(dir) = &a.gold_dir else {
        anyhow::bail!("give GOLD GRAPH, or --gold-dir with --pred-dir or --articles")
    };
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".gold.json") {
            stems.push(stem.to_owned());
        }
    }
    stems.sort();
    if stems.is_empty() {
        anyhow::bail!("{}: no *.gold.json files", dir.display());
    }
    let source = |stem: &str| match (&a.pred_dir, &a.articles) {
        (Some(p), _) => Some(Source::Graph(p.join(format!("{stem}.json")))),
        (None, Some(t)) => Some(Source::Article(t.join(format!("{stem}.txt")))),
        (None, None) => None,
    };
    stems
        .into_iter()
        .map(|stem| {
            let src = source(&stem).context("give --pred-dir or --articles with --gold-dir")?;
            Ok(Case {
                gold: dir.join(format!("{stem}.gold.json")),
                source: src,
                label: stem,
            })
        })
        .collect()
}

/// Reads a graph, or builds one from an article.
fn graph_of(source: &Source, index: Option<&Index>) -> Result<KnowledgeGraph, String> {
    match (source, index) {
        (Source::Graph(p), _) => eval::read_graph(p).map_err(|e| e.to_string()),
        (Source::Article(p), Some(index)) => {
            let doc = read::text_file(p).map_err(|e| e.to_string())?;
            Ok(extract::document(&doc, index).into_graph())
        }
        (Source::Article(p), None) => Err(format!("{}: no lexicon to build it with", p.display())),
    }
}

fn write_report(
    out: &mut impl std::io::Write,
    label: &str,
    report: &Report,
) -> std::io::Result<()> {
    writeln!(out, "{label}")?;
    for scope in [Scope::Entities, Scope::Core, Scope::All] {
        let c = report.scores.get(scope);
        writeln!(
            out,
            "  {:<9} P={:.3} R={:.3} F1={:.3}  ({} of {} predicted right, {} of {} gold found)",
            scope.as_str(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.matched_predictions,
            c.predictions,
            c.matched_gold,
            c.gold
        )?;
    }
    for f in &report.findings {
        writeln!(out, "  {}", f.to_string().replace('\n', "\n  "))?;
    }
    Ok(())
}
