//! `newskg build`: articles in, graph out.
//!
//! Turns the flags into [`CorpusOptions`] and [`WriteOptions`] once, reads
//! the inputs as a stream ([`newskg::corpus`]), extracts them in parallel and
//! writes every format asked for. An input that cannot be read is reported
//! (naming the file, and the line or record) and the others go on; a format
//! that cannot be written is reported and the others are still written; in
//! both cases the exit status is 1. A summary goes to standard error at the
//! end, and a progress bar while it runs when standard error is a terminal.
//!
//! When the only format is N-Quads, the output streams: each document's
//! graph is written as soon as its chunk is done, in input order, so memory
//! does not grow with the corpus. Every other format needs the merged graph.

use anyhow::{bail, Context as _};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newskg::corpus::{self, ChunkLimits, CorpusOptions, Glob, Input, Outcome, Shard};
use newskg::diagnostics::Severity;
use newskg::read::{JsonlFields, ReadError, ReadOptions};
use newskg::write::{self, Format, WriteError, WriteOptions};
use newskg::{Diagnostic, Extraction, Index, Lexicon};
use std::io::{self, IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::time::Instant;

const EXAMPLES: &str = "\
Examples:
  newskg build article.txt --format json > graph.json
  newskg build news/ -o out/                  all formats: out/graph.json, out/graph.ttl, ...
  newskg build news/ -o out/ --format ttl,dot
  cat article.txt | newskg build - --format ttl
  newskg build dump.jsonl --jsonl-text body --jsonl-id uuid --format nq > graph.nq
  newskg build crawl/ --glob '*.warc.gz' --shard 2/8 --format nq -o part-2/

Inputs: .txt and .md are plain text (one article per file); .jsonl one JSON
article per line; .html a web page; .warc and .warc.gz web archives (HTML
responses). Directories are read recursively in sorted order.

Exit status: 0 when every input was read and every format written, 1 when
an input or a format failed (the rest is still written), 2 on a usage error.";

/// Extract the knowledge graph of news articles.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BuildArgs {
    /// Articles: files, directories (read recursively), or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output directory: writes DIR/graph.<ext> for each format. Without it
    /// the graph (one format) goes to standard output.
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Output formats, comma-separated: json, ttl, nt, nq, trig, jsonld, rdf, dot, svg.
    /// Default: json to standard output, or every format with --output.
    #[arg(short, long, value_name = "FMT", value_delimiter = ',', value_parser = parse_format)]
    pub format: Vec<Format>,
    /// Base of entity, document and statement IRIs in RDF output.
    #[arg(long, value_name = "IRI", default_value = newskg::vocab::DEFAULT_BASE_IRI)]
    pub base_iri: String,
    /// Write claims as RDF 1.2 triple terms where the syntax supports them.
    #[arg(long)]
    pub rdf12: bool,
    /// Which files of a directory to read (repeatable); replaces the default
    /// *.txt, *.md, *.html, *.htm, *.jsonl, *.ndjson, *.warc, *.warc.gz, *.wet.gz.
    #[arg(long = "glob", value_name = "PATTERN")]
    pub globs: Vec<String>,
    /// JSON Lines field holding the article text (`a.b` for nested fields).
    #[arg(long, value_name = "FIELD", default_value = "text")]
    pub jsonl_text: String,
    /// JSON Lines field holding the document id (default: <file-stem>:<line>).
    #[arg(long, value_name = "FIELD", default_value = "id")]
    pub jsonl_id: String,
    /// JSON Lines field holding the title.
    #[arg(long, value_name = "FIELD", default_value = "title")]
    pub jsonl_title: String,
    /// JSON Lines field holding the URL.
    #[arg(long, value_name = "FIELD", default_value = "url")]
    pub jsonl_url: String,
    /// JSON Lines field holding the publication date.
    #[arg(long, value_name = "FIELD", default_value = "date")]
    pub jsonl_date: String,
    /// Build only shard I of N (1 <= I <= N): the documents whose id hashes to
    /// it. The N shards are disjoint and together hold every document.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,
    /// No progress bar and no summary; errors are still reported.
    #[arg(short, long)]
    pub quiet: bool,
    /// Directory with extra gazetteer/*.tsv and lexicon/*.tsv files, added to the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// Largest document, JSON line or WARC record read, in MiB; larger ones are reported and skipped.
    #[arg(long, value_name = "MIB", default_value_t = 8)]
    pub max_document_size: u64,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        format!("unknown format (valid formats: {})", names.join(", "))
    })
}

/// The validated settings of one build.
struct Settings {
    sources: Vec<Result<corpus::Source, ReadError>>,
    corpus: CorpusOptions,
    formats: Vec<Format>,
    output: Option<PathBuf>,
    write: WriteOptions,
    quiet: bool,
}

fn settings(a: BuildArgs) -> anyhow::Result<Settings> {
    let mut formats: Vec<Format> = Vec::new();
    for f in a.format {
        if !formats.contains(&f) {
            formats.push(f);
        }
    }
    if formats.is_empty() {
        formats = if a.output.is_some() {
            Format::ALL.to_vec()
        } else {
            vec![Format::Json]
        };
    }
    if a.output.is_none() && formats.len() > 1 {
        let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
        bail!(
            "{} formats asked ({}): several formats need --output DIR",
            formats.len(),
            names.join(", ")
        );
    }
    write::rdf::check_base_iri(&a.base_iri)?;
    let inputs: Vec<Input> = a.inputs.iter().map(|p| Input::from_arg(p)).collect();
    if inputs.iter().filter(|i| **i == Input::Stdin).count() > 1 {
        bail!("standard input (`-`) can be read only once");
    }
    let globs: Vec<Glob> = a.globs.iter().map(|g| Glob::new(g)).collect();
    let read = ReadOptions {
        jsonl: JsonlFields {
            text: a.jsonl_text,
            id: a.jsonl_id,
            title: a.jsonl_title,
            url: a.jsonl_url,
            date: a.jsonl_date,
        },
        max_document_bytes: a.max_document_size.saturating_mul(1 << 20),
    };
    Ok(Settings {
        sources: corpus::sources(&inputs, &globs),
        corpus: CorpusOptions {
            read,
            globs,
            shard: a.shard,
        },
        formats,
        output: a.output,
        write: WriteOptions {
            base_iri: a.base_iri,
            rdf12: a.rdf12,
        },
        quiet: a.quiet,
    })
}

/// Counts for the summary, and the reporting of problems as they come.
struct Report {
    progress: ProgressBar,
    quiet: bool,
    started: Instant,
    documents: usize,
    failed: usize,
    duplicates: usize,
    warnings: usize,
    output_failures: usize,
}

impl Report {
    fn new(quiet: bool, total: Option<u64>) -> Report {
        let progress = if quiet || !io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let template = match total {
                Some(_) => {
                    "{spinner} {elapsed} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} {msg}"
                }
                None => "{spinner} {elapsed} {bytes} {bytes_per_sec} {msg}",
            };
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            bar
        };
        Report {
            progress,
            quiet,
            started: Instant::now(),
            documents: 0,
            failed: 0,
            duplicates: 0,
            warnings: 0,
            output_failures: 0,
        }
    }

    fn line(&self, message: impl AsRef<str>) {
        self.progress.suspend(|| eprintln!("{}", message.as_ref()));
    }

    fn error(&mut self, e: &dyn std::fmt::Display) {
        self.line(format!("error: {e}"));
    }

    /// Reports an outcome; returns the extraction when there is one.
    fn outcome<T>(
        &mut self,
        o: Outcome<T>,
        diagnostics: impl Fn(&T) -> &[Diagnostic],
    ) -> Option<T> {
        match o {
            Outcome::Extracted(x) => {
                self.documents += 1;
                self.diagnostics(diagnostics(&x));
                let secs = self.started.elapsed().as_secs_f64().max(1e-3);
                self.progress.set_message(format!(
                    "{} documents, {:.0} documents/s",
                    self.documents,
                    self.documents as f64 / secs
                ));
                Some(x)
            }
            Outcome::Failed(e) => {
                self.failed += 1;
                self.error(&e);
                None
            }
            Outcome::Duplicate { id, source, first } => {
                self.duplicates += 1;
                if !self.quiet {
                    self.line(format!("warning: {source}: duplicate document id `{id}` (first read from {first}); skipped"));
                }
                None
            }
        }
    }

    fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
        {
            self.warnings += 1;
            if !self.quiet {
                self.line(d.to_string());
            }
        }
    }

    fn summary(&self, other_shards: usize, graph: Option<(usize, usize)>) {
        self.progress.finish_and_clear();
        if self.quiet {
            return;
        }
        let secs = self.started.elapsed().as_secs_f64();
        let mb = self.progress.position() as f64 / 1e6;
        let mut s = format!(
            "newskg: {} document{} read ({mb:.1} MB in {secs:.1} s, {:.1} MB/s), {} failed",
            self.documents,
            if self.documents == 1 { "" } else { "s" },
            mb / secs.max(1e-3),
            self.failed
        );
        if self.warnings > 0 {
            s += &format!(
                ", {} warning{}",
                self.warnings,
                if self.warnings == 1 { "" } else { "s" }
            );
        }
        if self.duplicates > 0 {
            s += &format!(
                ", {} duplicate{} skipped",
                self.duplicates,
                if self.duplicates == 1 { "" } else { "s" }
            );
        }
        if other_shards > 0 {
            s += &format!(", {other_shards} left to other shards");
        }
        if let Some((entities, relations)) = graph {
            s += &format!("; graph: {entities} entities, {relations} relations");
        }
        if self.output_failures > 0 {
            s += &format!(
                "; {} output{} failed",
                self.output_failures,
                if self.output_failures == 1 { "" } else { "s" }
            );
        }
        eprintln!("{s}");
    }

    fn exit_code(&self) -> i32 {
        i32::from(self.failed > 0 || self.output_failures > 0)
    }
}

pub fn run(a: BuildArgs) -> anyhow::Result<i32> {
    let lexicon_dir = a.lexicon.clone();
    let s = settings(a)?;
    let lexicon = match &lexicon_dir {
        Some(dir) => Lexicon::with_overlay(dir)
            .with_context(|| format!("loading the lexicon in {}", dir.display()))?,
        None => Lexicon::embedded().context("loading the built-in lexicon")?,
    };
    let index = Index::new(lexicon).context("compiling the lexicon")?;
    if let Some(dir) = &s.output {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("creating the output directory {}", dir.display()))?;
    }
    let total = s
        .sources
        .iter()
        .map(|r| match r {
            Ok(src) if !is_compressed(&src.input) => src.size,
            Ok(_) => None,
            Err(_) => Some(0),
        })
        .sum::<Option<u64>>();
    let mut report = Report::new(s.quiet, total);
    let progress = report.progress.clone();
    let on_done = move |bytes: u64| progress.inc(bytes);
    let mut records = corpus::records(s.sources, &s.corpus);
    if s.formats == [Format::NQuads] {
        stream_nquads(
            &mut records,
            &index,
            &s.output,
            &s.write,
            &mut report,
            &on_done,
        )?;
        report.summary(records.other_shards, None);
        return Ok(report.exit_code());
    }
    let mut extractions = Vec::new();
    corpus::extract_in_order(
        &mut records,
        &index,
        ChunkLimits::default(),
        &on_done,
        |o| {
            extractions.extend(report.outcome(o, |x| &x.diagnostics));
            Ok::<(), std::convert::Infallible>(())
        },
    )
    .unwrap_or_else(|never| match never {});
    let (graph, _) = corpus::merge(extractions);
    for &format in &s.formats {
        let written = match &s.output {
            Some(dir) => {
                let path = dir.join(format!("graph.{}", format.name()));
                write::to_file_atomic(&path, |w| write::write(&graph, format, &s.write, w))
                    .map_err(|e| (path.display().to_string(), e))
            }
            None => to_stdout(|w| write::write(&graph, format, &s.write, w))
                .map_err(|e| ("<stdout>".to_owned(), e)),
        };
        if let Err((target, e)) = written {
            if is_broken_pipe(&e) {
                return Err(e.into());
            }
            report.output_failures += 1;
            report.error(&format_args!("{target}: {e}"));
        }
    }
    report.summary(
        records.other_shards,
        Some((graph.entity_count(), graph.relation_count())),
    );
    Ok(report.exit_code())
}

/// Writes each document's graph as N-Quads as soon as it is extracted.
fn stream_nquads(
    records: &mut corpus::Records,
    index: &Index,
    output: &Option<PathBuf>,
    options: &WriteOptions,
    report: &mut Report,
    on_done: &(dyn Fn(u64) + Sync),
) -> anyhow::Result<()> {
    // each document's quads are serialized on the worker threads; this
    // thread only copies the bytes out, in input order
    let render = |x: Extraction| {
        let mut bytes = Vec::new();
        let diagnostics = x.diagnostics.clone();
        let written = write::write(&x.into_graph(), Format::NQuads, options, &mut bytes);
        (diagnostics, written.map(|()| bytes))
    };
    let mut body = |w: &mut dyn io::Write| -> Result<(), WriteError> {
        let limits = ChunkLimits::default();
        corpus::extract_and_render_in_order(&mut *records, index, limits, on_done, &render, |o| {
            match report.outcome(o, |(diagnostics, _)| diagnostics) {
                Some((_, quads)) => Ok(w.write_all(&quads?)?),
                None => Ok(()),
            }
        })
    };
    let (target, written) = match output {
        Some(dir) => {
            let path = dir.join(format!("graph.{}", Format::NQuads.name()));
            let written = write::to_file_atomic(&path, body);
            (path.display().to_string(), written)
        }
        None => ("<stdout>".to_owned(), to_stdout(&mut body)),
    };
    if let Err(e) = written {
        if is_broken_pipe(&e) {
            return Err(e.into());
        }
        report.output_failures += 1;
        report.error(&format_args!("{target}: {e}"));
    }
    Ok(())
}

fn to_stdout(
    body: impl FnOnce(&mut dyn io::Write) -> Result<(), WriteError>,
) -> Result<(), WriteError> {
    let stdout = io::stdout();
    let mut w = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    body(&mut w)?;
    Ok(w.flush()?)
}

fn is_broken_pipe(e: &WriteError) -> bool {
    matches!(e, WriteError::Io(io) | WriteError::File { source: io, .. } if io.kind() == io::ErrorKind::BrokenPipe)
}

/// Whether the file's size says nothing of the bytes read from it.
fn is_compressed(input: &Input) -> bool {
    matches!(input, Input::Path(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")))
}
