//! A corpus: the inputs of one build (files, directories, standard input)
//! turned into an ordered stream of records, narrowed to one shard, and
//! extracted in parallel chunk by chunk, handed back in input order.
//!
//! Order is the invariant: directories are walked in sorted order, records
//! come in file order, and [`extract_in_order`] returns each chunk's results
//! in input order whatever the number of threads, so every output is the
//! same bytes on one thread or many. Memory is bounded by three chunks (one
//! read, one extracted, one handed on; see [`ChunkLimits`]), plus the set
//! of document ids seen (to drop duplicates).
//!
//! Sharding: `--shard I/N` keeps the documents whose id hashes (64-bit
//! FNV-1a of the id's UTF-8 bytes) to `I - 1` modulo `N`. The shards of a
//! corpus are disjoint and together hold every document, so N machines can
//! each build one and the union of their outputs is the whole. Read errors
//! are reported by every shard, since every shard reads every file.
//!
//! This module does not parse formats (see [`crate::read`]), extract
//! relations (see [`crate::extract`]) or write output (see [`crate::write`]).

use crate::diagnostics::Diagnostic;
use crate::extract::{self, Extraction};
use crate::graph::KnowledgeGraph;
use crate::index::Index;
use crate::read::{self, ReadError, ReadOptions, Record};
use rayon::prelude::*;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// File name patterns read from directories when none are given.
pub const DEFAULT_GLOBS: [&str; 9] = [
    "*.txt",
    "*.md",
    "*.html",
    "*.htm",
    "*.jsonl",
    "*.ndjson",
    "*.warc",
    "*.warc.gz",
    "*.wet.gz",
];

/// One input as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory.
    Path(PathBuf),
    /// Standard input, read as one plain-text article.
    Stdin,
}

impl Input {
    /// `-` is standard input; anything else a path.
    pub fn from_arg(arg: &Path) -> Input {
        if arg.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::Path(arg.to_owned())
        }
    }
}

/// One file to read (or standard input), with its size when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub input: Input,
    pub size: Option<u64>,
}

/// How a corpus is read.
#[derive(Debug, Clone, Default)]
pub struct CorpusOptions {
    pub read: ReadOptions,
    /// Which files of a directory are read; empty means [`DEFAULT_GLOBS`].
    /// Files named explicitly are always read.
    pub globs: Vec<Glob>,
    pub shard: Option<Shard>,
}

/// Lists the files to read: paths as given, directories walked recursively
/// in sorted order (hidden entries and symbolic links to directories are
/// skipped) and filtered by the globs. A path that does not exist, or a
/// directory without a matching file, is an error in its place.
pub fn sources(inputs: &[Input], globs: &[Glob]) -> Vec<Result<Source, ReadError>> {
    let defaults: Vec<Glob>;
    let globs = if globs.is_empty() {
        defaults = DEFAULT_GLOBS.iter().map(|g| Glob::new(g)).collect();
        &defaults[..]
    } else {
        globs
    };
    let mut out = Vec::new();
    for input in inputs {
        let path = match input {
            Input::Stdin => {
                out.push(Ok(Source {
                    input: Input::Stdin,
                    size: None,
                }));
                continue;
            }
            Input::Path(p) => p,
        };
        match std::fs::metadata(path) {
            Err(source) => out.push(Err(ReadError::Io {
                path: path.clone(),
                source,
            })),
            Ok(m) if m.is_dir() => {
                let before = out.len();
                walk(path, path, globs, &mut out);
                if out.len() == before {
                    let names: Vec<&str> = globs.iter().map(Glob::as_str).collect();
                    let message = format!(
                        "no input files in this directory (looked for {})",
                        names.join(", ")
                    );
                    out.push(Err(ReadError::record(path.display().to_string(), message)));
                }
            }
            Ok(m) => out.push(Ok(Source {
                input: Input::Path(path.clone()),
                size: Some(m.len()),
            })),
        }
    }
    out
}

fn walk(root: &Path, dir: &Path, globs: &[Glob], out: &mut Vec<Result<Source, ReadError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            return out.push(Err(ReadError::Io {
                path: dir.to_owned(),
                source,
            }))
        }
    };
    let mut entries: Vec<_> = match entries.collect::<Result<Vec<_>, _>>() {
        Ok(e) => e,
        Err(source) => {
            return out.push(Err(ReadError::Io {
                path: dir.to_owned(),
                source,
            }))
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(root, &path, globs, out);
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if !globs.iter().any(|g| g.matches(&relative, &name)) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => out.push(Ok(Source {
                input: Input::Path(path),
                size: Some(m.len()),
            })),
            Ok(_) => {} // a symbolic link to a directory, or a special file
            Err(source) => out.push(Err(ReadError::Io { path, source })),
        }
    }
}

/// One item of the record stream.
#[derive(Debug)]
pub enum Item {
    Record(Record),
    Failed(ReadError),
    /// A record whose id was already read; it is skipped.
    Duplicate {
        id: String,
        source: String,
        first: String,
    },
}

/// The records of a corpus in input order, narrowed to one shard, with
/// duplicate ids marked; counts what it left out.
pub struct Records {
    files: std::vec::IntoIter<Result<Source, ReadError>>,
    current: Option<read::Records>,
    options: CorpusOptions,
    seen: HashMap<String, String>,
    /// Records left to other shards.
    pub other_shards: usize,
}

/// Reads the sources lazily, one file open at a time.
///
/// ```
/// use newskg::corpus::{self, ChunkLimits, CorpusOptions, Input, Outcome};
/// use newskg::Index;
///
/// let dir = std::env::temp_dir().join(format!("newskg-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("a.txt"), "Iran denied supplying drones to Russia.")?;
/// std::fs::write(dir.join("b.txt"), "")?;
/// let sources = corpus::sources(&[Input::Path(dir.clone())], &[]);
/// let records = corpus::records(sources, &CorpusOptions::default());
/// let index = Index::embedded()?;
/// let mut seen = Vec::new();
/// corpus::extract_in_order(records, &index, ChunkLimits::default(), &|_| {}, |o| {
///     seen.push(match o {
///         Outcome::Extracted(x) => x.info.id,
///         Outcome::Failed(e) => e.to_string(),
///         Outcome::Duplicate { id, .. } => id,
///     });
///     Ok::<(), std::convert::Infallible>(())
/// })?;
/// assert_eq!(seen[0], "a");
/// assert!(seen[1].ends_with("b.txt: empty (no text)"));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn records(sources: Vec<Result<Source, ReadError>>, options: &CorpusOptions) -> Records {
    Records {
        files: sources.into_iter(),
        current: None,
        options: options.clone(),
        seen: HashMap::new(),
        other_shards: 0,
    }
}

impl Records {
    fn open(&mut self, source: Source) -> Option<read::Records> {
        let max = self.options.read.max_document_bytes;
        match source.input {
            Input::Stdin => Some(Box::new(std::iter::once_with(move || {
                read::text::stdin_record(std::io::stdin(), max)
            }))),
            Input::Path(path) => {
                // one document per file, id = stem: the shard is known before reading
                let single = matches!(
                    read::InputKind::of_path(&path),
                    read::InputKind::Text | read::InputKind::Html
                );
                if let Some(shard) = self.options.shard.filter(|_| single) {
                    if !shard.contains(&read::stem(&path)) {
                        self.other_shards += 1;
                        return None;
                    }
                }
                Some(read::records(&path, &self.options.read))
            }
        }
    }
}

impl Iterator for Records {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let next = match &mut self.current {
                Some(records) => records.next(),
                None => None,
            };
            let record = match next {
                Some(Ok(record)) => record,
                Some(Err(e)) => return Some(Item::Failed(e)),
                None => {
                    self.current = None;
                    match self.files.next()? {
                        Ok(source) => self.current = self.open(source),
                        Err(e) => return Some(Item::Failed(e)),
                    }
                    continue;
                }
            };
            if self.options.shard.is_some_and(|s| !s.contains(&record.id)) {
                self.other_shards += 1;
                continue;
            }
            if let Some(first) = self.seen.get(&record.id) {
                return Some(Item::Duplicate {
                    id: record.id,
                    source: record.source,
                    first: first.clone(),
                });
            }
            self.seen.insert(record.id.clone(), record.source.clone());
            return Some(Item::Record(record));
        }
    }
}

/// What became of one item: its extraction (or what was made of it, see
/// [`extract_and_render_in_order`]), or why there is none.
#[derive(Debug)]
pub enum Outcome<T = Extraction> {
    Extracted(T),
    Failed(ReadError),
    Duplicate {
        id: String,
        source: String,
        first: String,
    },
}

/// How much is read ahead and extracted at once.
#[derive(Debug, Clone, Copy)]
pub struct ChunkLimits {
    pub documents: usize,
    pub bytes: usize,
}

impl Default for ChunkLimits {
    /// 256 documents or 8 MiB of input, whichever comes first.
    fn default() -> Self {
        ChunkLimits {
            documents: 256,
            bytes: 8 << 20,
        }
    }
}

/// Extracts every record in parallel, a chunk at a time, and hands the
/// outcomes to `each` in input order. `progress` is called from worker
/// threads with the byte size of every record done. Stops at the first
/// error of `each`.
pub fn extract_in_order<I, E>(
    items: I,
    index: &Index,
    limits: ChunkLimits,
    progress: &(dyn Fn(u64) + Sync),
    each: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Item> + Send,
{
    extract_and_render_in_order(items, index, limits, progress, &|x| x, each)
}

/// Like [`extract_in_order`], with `render` applied to each extraction on
/// the worker threads too (to serialize it, say). Three things overlap: the
/// next chunk is read, the current one extracted and rendered in parallel,
/// and the previous one handed to `each` on the calling thread, so `each`
/// may hold a writer that is not `Send`.
pub fn extract_and_render_in_order<I, T, E>(
    items: I,
    index: &Index,
    limits: ChunkLimits,
    progress: &(dyn Fn(u64) + Sync),
    render: &(dyn Fn(Extraction) -> T + Sync),
    mut each: impl FnMut(Outcome<T>) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator<Item = Item> + Send,
    T: Send,
{
    let mut items = items;
    let mut chunk = next_chunk(&mut items, limits);
    let mut pending: Vec<Outcome<T>> = Vec::new();
    while !chunk.is_empty() {
        let mut produced = None;
        let mut handed = Ok(());
        rayon::in_place_scope(|scope| {
            let (items, produced, chunk) = (&mut items, &mut produced, std::mem::take(&mut chunk));
            scope.spawn(move |_| {
                *produced = Some(rayon::join(
                    || {
                        chunk
                            .into_par_iter()
                            .map(|item| outcome(item, index, progress, render))
                            .collect::<Vec<_>>()
                    },
                    || next_chunk(items, limits),
                ));
            });
            handed = pending.drain(..).try_for_each(&mut each);
        });
        handed?;
        if let Some((outcomes, next)) = produced {
            pending = outcomes;
            chunk = next;
        }
    }
    pending.into_iter().try_for_each(each)
}

fn next_chunk(items: &mut impl Iterator<Item = Item>, limits: ChunkLimits) -> Vec<Item> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < limits.documents.max(1) && bytes < limits.bytes {
        let Some(item) = items.next() else { break };
        if let Item::Record(r) = &item {
            bytes += r.len();
        }
        chunk.push(item);
    }
    chunk
}

fn outcome<T>(
    item: Item,
    index: &Index,
    progress: &(dyn Fn(u64) + Sync),
    render: &(dyn Fn(Extraction) -> T + Sync),
) -> Outcome<T> {
    match item {
        Item::Record(record) => {
            let size = record.len() as u64;
            let result = record
                .into_document()
                .map(|doc| render(extract::document(&doc, index)));
            progress(size);
            match result {
                Ok(x) => Outcome::Extracted(x),
                Err(e) => Outcome::Failed(e),
            }
        }
        Item::Failed(e) => Outcome::Failed(e),
        Item::Duplicate { id, source, first } => Outcome::Duplicate { id, source, first },
    }
}

/// Merges extractions into one graph in document-id order (then source), as
/// [`crate::build`] does, so the input order does not matter.
pub fn merge(mut extractions: Vec<Extraction>) -> (KnowledgeGraph, Vec<Diagnostic>) {
    extractions.sort_by(|a, b| {
        a.info
            .id
            .cmp(&b.info.id)
            .then_with(|| a.info.source.cmp(&b.info.source))
    });
    let mut graph = KnowledgeGraph::new();
    let mut diagnostics = Vec::new();
    for x in extractions {
        diagnostics.extend(x.diagnostics.iter().cloned());
        x.add_to(&mut graph);
    }
    (graph, diagnostics)
}

/// One share of a corpus: shard `index` (from 1) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u64,
    count: u64,
}

/// A `--shard` value that is not `I/N` with `1 <= I <= N`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid shard `{0}`: expected I/N with 1 <= I <= N, as in 2/8")]
pub struct ShardError(String);

impl Shard {
    pub fn new(index: u64, count: u64) -> Result<Shard, ShardError> {
        if index == 0 || index > count {
            return Err(ShardError(format!("{index}/{count}")));
        }
        Ok(Shard { index, count })
    }

    /// Whether the document with this id belongs to this shard.
    ///
    /// ```
    /// use newskg::corpus::Shard;
    ///
    /// let shards: Vec<Shard> = ["1/3", "2/3", "3/3"].iter().map(|s| s.parse()).collect::<Result<_, _>>()?;
    /// // every document is in exactly one shard
    /// assert_eq!(shards.iter().filter(|s| s.contains("afp-2024-0001")).count(), 1);
    /// # Ok::<(), newskg::corpus::ShardError>(())
    /// ```
    pub fn contains(&self, id: &str) -> bool {
        fnv1a(id.as_bytes()) % self.count == self.index - 1
    }
}

impl std::str::FromStr for Shard {
    type Err = ShardError;

    fn from_str(s: &str) -> Result<Shard, ShardError> {
        let bad = || ShardError(s.to_owned());
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        Shard::new(
            i.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        )
        .map_err(|_| bad())
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// 64-bit FNV-1a: small, stable across platforms and releases.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A file name pattern: `*` matches within a path segment, `**` across
/// segments, `?` one character, `[abc]`, `[a-z]` and `[!x]` one of a set.
/// Matching ignores ASCII case. A pattern without `/` is matched against the
/// file name, one with `/` against the path below the directory given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob(String);

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        Glob(pattern.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether a file (its path relative to the walked directory, and its
    /// name) matches.
    pub fn matches(&self, relative: &str, name: &str) -> bool {
        let target = if self.0.contains('/') { relative } else { name };
        let p: Vec<char> = self.0.to_lowercase().chars().collect();
        let t: Vec<char> = target.to_lowercase().chars().collect();
        glob_match(&p, &t)
    }
}

fn glob_match(p: &[char], t: &[char]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some('*') if p.get(1) == Some(&'*') => match p.get(2) {
            // `**/`: no directory, or any directories
            Some('/') => {
                glob_match(&p[3..], t)
                    || (0..t.len()).any(|i| t[i] == '/' && glob_match(&p[3..], &t[i + 1..]))
            }
            _ => (0..=t.len()).any(|i| glob_match(&p[2..], &t[i..])),
        },
        Some('*') => {
            for i in 0..=t.len() {
                if glob_match(&p[1..], &t[i..]) {
                    return true;
                }
                if t.get(i) == Some(&'/') {
                    break;
                }
            }
            false
        }
        Some('?') => t.first().is_some_and(|&c| c != '/') && glob_match(&p[1..], &t[1..]),
        Some('[') => match (p.iter().position(|&c| c == ']'), t.first()) {
            (Some(end), Some(&c)) if end > 1 => {
                let set = &p[1..end];
                let (negated, set) = match set.first() {
                    Some('!' | '^') => (true, &set[1..]),
                    _ => (false, set),
                };
                let mut found = false;
                let mut i = 0;
                while i < set.len() {
                    if set.get(i + 1) == Some(&'-') && i + 2 < set.len() {
                        found |= set[i] <= c && c <= set[i + 2];
                        i += 3;
                    } else {
                        found |= set[i] == c;
                        i += 1;
                    }
                }
                found != negated && glob_match(&p[end + 1..], &t[1..])
            }
            _ => t.first() == Some(&'[') && glob_match(&p[1..], &t[1..]),
        },
        Some(&c) => t.first() == Some(&c) && glob_match(&p[1..], &t[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pattern: &str, relative: &str, expected: bool) {
        let name = relative.rsplit('/').next().unwrap_or(relative);
        assert_eq!(
            Glob::new(pattern).matches(relative, name),
            expected,
            "{pattern} ~ {relative}"
        );
    }

    #[test]
    fn globs() {
        check("*.txt", "a/b/news.txt", true);
        check("*.txt", "a/b/news.TXT", true);
        check("*.txt", "news.txt.bak", false);
        check("*.warc.gz", "crawl-00001.warc.gz", true);
        check("news-??.txt", "news-01.txt", true);
        check("news-??.txt", "news-001.txt", false);
        check("news-[0-4]*.txt", "news-3a.txt", true);
        check("news-[!0-4]*.txt", "news-3a.txt", false);
        check("2024/*.txt", "2024/a.txt", true);
        check("2024/*.txt", "2024/x/a.txt", false);
        check("2024/**/*.txt", "2024/x/y/a.txt", true);
        check("2024/**/*.txt", "2024/a.txt", true);
        check("**/*.jsonl", "a.jsonl", true);
    }

    #[test]
    fn shards_parse_and_partition() {
        assert_eq!(
            "2/8".parse::<Shard>().map(|s| s.to_string()),
            Ok("2/8".to_owned())
        );
        for bad in ["0/3", "4/3", "1", "a/b", "1/0", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        let shards: Vec<Shard> = (1..=3).filter_map(|i| Shard::new(i, 3).ok()).collect();
        for id in (0..200).map(|i| format!("doc-{i}")) {
            assert_eq!(shards.iter().filter(|s| s.contains(&id)).count(), 1, "{id}");
        }
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
