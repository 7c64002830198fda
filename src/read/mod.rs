//! Readers: turn input files into [`Document`]s. One submodule per input
//! format: plain text ([`text`]), JSON Lines ([`jsonl`]), HTML pages
//! ([`html`]) and web archives ([`warc`]); and, apart from articles, graph
//! files written by `newskg build` ([`graph`]).
//!
//! Reading is split in two steps so that a large corpus streams: a reader
//! yields [`Record`]s, cheap to produce in input order (framing, UTF-8 checks,
//! JSON parsing), and [`Record::into_document`] does the expensive part (HTML
//! main-text extraction), which the caller may run in parallel. Every reader
//! yields one `Result` per record, so one bad line or record never loses the
//! rest of its file; every error names the file, and the line or record.
//!
//! This module does not decide which files to read, nor in which order, nor
//! which shard a document belongs to: see [`crate::corpus`].

pub mod graph;
pub mod html;
pub mod jsonl;
pub mod text;
pub mod warc;

pub use jsonl::JsonlFields;

use crate::text::Document;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

/// The default largest document (or JSON line, or WARC record) accepted: 8 MiB.
/// News articles are a few kilobytes; anything near this is not an article.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 8 << 20;

/// An input that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{}: binary file (NUL byte at offset {offset})", path.display())]
    Binary { path: PathBuf, offset: usize },
    /// A file, line or record with no text (or only white space).
    #[error("{location}: empty (no text)")]
    Empty { location: String },
    /// A file, line or record above [`ReadOptions::max_document_bytes`].
    #[error("{location}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        location: String,
        size: u64,
        limit: u64,
    },
    /// Text inside a file (a JSON line, a WARC record) that is not UTF-8.
    #[error("{location}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8At { location: String, offset: usize },
    /// A JSON line that does not parse.
    #[error("{location}: malformed JSON at column {column}: {message}")]
    Json {
        location: String,
        column: usize,
        message: String,
    },
    /// A line or record that parses but does not hold a usable article
    /// (missing field, no article text in the page, broken WARC framing).
    #[error("{location}: {message}")]
    Record { location: String, message: String },
}

impl ReadError {
    pub(crate) fn record(location: impl Into<String>, message: impl Into<String>) -> ReadError {
        ReadError::Record {
            location: location.into(),
            message: message.into(),
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Field names of JSON Lines articles.
    pub jsonl: JsonlFields,
    /// Larger documents, lines and records are reported and skipped.
    pub max_document_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            jsonl: JsonlFields::default(),
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
        }
    }
}

/// One article as read, before its text is extracted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The document id (file stem, JSON `id`, `WARC-Record-ID`).
    pub id: String,
    /// Where it was read from: a path, `path:line`, `path:record`, or `-`.
    pub source: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub body: Body,
}

/// The content of a [`Record`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Plain text, already checked to be UTF-8.
    Text(String),
    /// An HTML page whose main text is still to be extracted.
    Html(String),
}

impl Record {
    /// The size of the content in bytes (for progress and chunking).
    pub fn len(&self) -> usize {
        match &self.body {
            Body::Text(t) | Body::Html(t) => t.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Turns the record into a document: extracts the main text of an HTML
    /// page, fills metadata the page gives and the record lacks, and rejects
    /// a document without text.
    pub fn into_document(self) -> Result<Document, ReadError> {
        let Record {
            id,
            source,
            title,
            url,
            date,
            body,
        } = self;
        let mut doc = match body {
            Body::Text(text) => Document {
                id,
                source,
                text,
                title,
                url,
                date,
            },
            Body::Html(page) => {
                let mut doc = html::document(&page, &source, url.as_deref())?;
                doc.id = id;
                doc.source = source;
                doc.title = title.or(doc.title);
                doc.url = url.or(doc.url);
                doc.date = date.or(doc.date);
                doc
            }
        };
        if let Some(rest) = doc.text.strip_prefix('\u{feff}') {
            doc.text = rest.to_owned();
        }
        if doc.text.trim().is_empty() {
            let location = if doc.source == "-" {
                "<stdin>".to_owned()
            } else {
                doc.source
            };
            return Err(ReadError::Empty { location });
        }
        Ok(doc)
    }
}

/// The input formats, told apart by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Plain text: one article per file (`.txt`, `.md` and anything unknown).
    Text,
    /// JSON Lines: one article per line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// One HTML page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// A web archive (`.warc`, `.warc.gz`, and WET text archives `.wet`, `.wet.gz`).
    Warc { gzip: bool },
}

impl InputKind {
    /// The format of a file, from its name.
    pub fn of_path(path: &Path) -> InputKind {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if name.ends_with(".warc.gz") || name.ends_with(".wet.gz") {
            InputKind::Warc { gzip: true }
        } else if name.ends_with(".warc") || name.ends_with(".wet") {
            InputKind::Warc { gzip: false }
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            InputKind::Jsonl
        } else if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
            InputKind::Html
        } else {
            InputKind::Text
        }
    }
}

/// The records of one file, read lazily in file order.
pub type Records = Box<dyn Iterator<Item = Result<Record, ReadError>> + Send>;

/// Reads the records of one file, in the format its name tells.
pub fn records(path: &Path, options: &ReadOptions) -> Records {
    match InputKind::of_path(path) {
        InputKind::Text => Box::new(std::iter::once(text::record(
            path,
            options.max_document_bytes,
        ))),
        InputKind::Html => Box::new(std::iter::once(html::record(
            path,
            options.max_document_bytes,
        ))),
        InputKind::Jsonl => jsonl::file(path, options),
        InputKind::Warc { gzip } => warc::file(path, gzip, options),
    }
}

/// Reads one plain-text article; its id is the file stem.
pub fn text_file(path: &Path) -> Result<Document, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: path.to_owned(),
        source,
    })?;
    document_from_bytes(path, &path.display().to_string(), bytes)
}

/// Checks and decodes bytes as an article: not binary, UTF-8, not empty. The
/// id is the file stem (`stdin` when there is none); a leading byte-order
/// mark is dropped.
pub fn document_from_bytes(
    path: &Path,
    source: &str,
    bytes: Vec<u8>,
) -> Result<Document, ReadError> {
    let text = text::decode(path, bytes)?;
    let id = path
        .file_stem()
        .map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
    Record {
        id,
        source: source.to_owned(),
        title: None,
        url: None,
        date: None,
        body: Body::Text(text),
    }
    .into_document()
}

/// The file stem of a path, as a document id.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Where a file is, for messages.
pub(crate) fn location(path: &Path) -> String {
    path.display().to_string()
}

/// What one bounded line read found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    End,
    /// A line is in the buffer, without its line ending.
    Complete,
    /// A line longer than the bound (its size in bytes); it was skipped.
    TooLong(u64),
}

/// Reads one line into `buf`, keeping at most `max` bytes in memory; a
/// longer line is consumed and reported with its size.
pub(crate) fn read_line_bounded(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: u64,
) -> io::Result<Line> {
    buf.clear();
    let mut size: u64 = 0;
    let mut started = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        started = true;
        let (chunk, found) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        size += chunk.len() as u64;
        if size <= max.saturating_add(1) {
            buf.extend_from_slice(chunk);
        }
        let used = chunk.len() + usize::from(found);
        reader.consume(used);
        if found {
            break;
        }
    }
    if !started {
        return Ok(Line::End);
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
        size -= 1;
    }
    if size > max {
        buf.clear();
        return Ok(Line::TooLong(size));
    }
    Ok(Line::Complete)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, expected: InputKind) {
        assert_eq!(InputKind::of_path(Path::new(name)), expected, "{name}");
    }

    #[test]
    fn kinds_follow_file_names() {
        check("a.txt", InputKind::Text);
        check("a.md", InputKind::Text);
        check("no-extension", InputKind::Text);
        check("dir/a.JSONL", InputKind::Jsonl);
        check("a.ndjson", InputKind::Jsonl);
        check("a.htm", InputKind::Html);
        check("a.html", InputKind::Html);
        check("crawl.warc", InputKind::Warc { gzip: false });
        check("crawl.warc.gz", InputKind::Warc { gzip: true });
        check("crawl.warc.wet.gz", InputKind::Warc { gzip: true });
    }

    #[test]
    fn empty_and_blank_text_are_errors() {
        for text in ["", " \n\t "] {
            let r = document_from_bytes(Path::new("a.txt"), "a.txt", text.as_bytes().to_vec());
            assert!(matches!(r, Err(ReadError::Empty { .. })), "{text:?}");
        }
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let d = document_from_bytes(
            Path::new("a.txt"),
            "a.txt",
            "\u{feff}Iran denied it.".as_bytes().to_vec(),
        );
        assert_eq!(d.map(|d| d.text).ok().as_deref(), Some("Iran denied it."));
    }
}
