//! Web archives (WARC 1.0 and 1.1, plain or gzip-compressed record by record,
//! as crawlers write them). A record is a version line, header lines, a blank
//! line and `Content-Length` bytes of content. Read into records:
//!
//! - `response` records whose HTTP status is 2xx and whose HTTP
//!   `Content-Type` is HTML: the page, with its `Transfer-Encoding: chunked`
//!   and `Content-Encoding: gzip`/`deflate` undone;
//! - `resource` and `conversion` records of type `text/html` (a page) or
//!   `text/plain` (text, as in WET files).
//!
//! Every other record (requests, metadata, images, redirects) is skipped
//! without a message. The document id is the `WARC-Record-ID` (without its
//! angle brackets), the URL is `WARC-Target-URI`, the date is `WARC-Date`; the
//! source is `path#N`, N counting records from 1. A record that breaks the
//! framing is reported and the reader looks for the next version line.
//!
//! Charsets: UTF-8 (also when none is declared), and ISO-8859-1, Windows-1252
//! and US-ASCII (read as Windows-1252); any other declared charset is
//! reported. This module does not follow redirects or deduplicate revisits.

use super::{
    location, read_line_bounded, stem, Body, Line, ReadError, ReadOptions, Record, Records,
};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The longest header line accepted.
const MAX_HEADER_LINE: u64 = 64 << 10;

/// Reads a WARC file lazily, gzip-compressed or not.
pub fn file(path: &Path, gzip: bool, options: &ReadOptions) -> Records {
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(source) => {
            return Box::new(std::iter::once(Err(ReadError::Io {
                path: path.to_owned(),
                source,
            })))
        }
    };
    if gzip {
        let inflated = flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f));
        Box::new(records(
            BufReader::with_capacity(1 << 16, inflated),
            path,
            options,
        ))
    } else {
        Box::new(records(BufReader::with_capacity(1 << 16, f), path, options))
    }
}

/// Reads WARC records from any (already decompressed) reader; `path` names
/// it in sources and messages.
///
/// ```
/// use newskg::read::{warc, Body, ReadOptions};
/// use std::path::Path;
///
/// let archive = b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:7>\r\n\
/// Content-Type: text/plain\r\nContent-Length: 15\r\n\r\nIran denied it.\r\n\r\n";
/// let mut records = warc::records(&archive[..], Path::new("crawl.warc"), &ReadOptions::default());
/// let record = records.next().ok_or("no record")?.map_err(|e| e.to_string())?;
/// assert_eq!(record.id, "urn:uuid:7");
/// assert_eq!(record.body, Body::Text("Iran denied it.".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn records<R: BufRead>(reader: R, path: &Path, options: &ReadOptions) -> WarcRecords<R> {
    WarcRecords {
        reader,
        path: path.to_owned(),
        display: location(path),
        stem: stem(path),
        max_bytes: options.max_document_bytes,
        ordinal: 0,
        line: Vec::new(),
        lost: false,
        done: false,
    }
}

/// The article records of a WARC stream, in file order.
pub struct WarcRecords<R> {
    reader: R,
    path: PathBuf,
    display: String,
    stem: String,
    max_bytes: u64,
    ordinal: usize,
    line: Vec<u8>,
    /// After a framing error: skip lines up to the next version line.
    lost: bool,
    done: bool,
}

/// The WARC headers of one record that matter here.
#[derive(Debug, Default)]
struct Headers {
    kind: String,
    id: Option<String>,
    uri: Option<String>,
    date: Option<String>,
    content_type: String,
    length: Option<u64>,
}

impl<R: BufRead> Iterator for WarcRecords<R> {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(Some(record)) => return Some(Ok(record)),
                Ok(None) => {}
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

impl<R: BufRead> WarcRecords<R> {
    fn io_error(&mut self, source: io::Error) -> ReadError {
        self.done = true;
        ReadError::Io {
            path: self.path.clone(),
            source,
        }
    }

    fn here(&self) -> String {
        format!("{}#{}", self.display, self.ordinal)
    }

    /// Reads one record: `Ok(None)` for a record that is skipped (or the end).
    fn next_record(&mut self) -> Result<Option<Record>, ReadError> {
        // the version line, after any blank lines
        loop {
            match read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE) {
                Err(e) => return Err(self.io_error(e)),
                Ok(Line::End) => {
                    self.done = true;
                    return Ok(None);
                }
                Ok(Line::TooLong(_)) => {}
                Ok(Line::Complete) if self.line.starts_with(b"WARC/") => break,
                Ok(Line::Complete)
                    if self.lost || self.line.iter().all(u8::is_ascii_whitespace) => {}
                Ok(Line::Complete) => {
                    self.lost = true;
                    let found =
                        String::from_utf8_lossy(&self.line[..self.line.len().min(40)]).into_owned();
                    let at = format!("{}#{}", self.display, self.ordinal + 1);
                    return Err(ReadError::record(
                        at,
                        format!("expected a WARC version line, found `{found}`"),
                    ));
                }
            }
        }
        self.lost = false;
        self.ordinal += 1;
        let headers = self.headers()?;
        let Some(length) = headers.length else {
            self.lost = true;
            return Err(ReadError::record(
                self.here(),
                "no valid Content-Length header",
            ));
        };
        let location = match &headers.id {
            Some(id) => format!("{} ({id})", self.here()),
            None => self.here(),
        };
        let mut block = (&mut self.reader).take(length);
        let wanted = wanted(&headers);
        let result = match wanted {
            Wanted::Skip => Ok(None),
            Wanted::Http => {
                http_page(&mut block, &location, self.max_bytes).map(|p| p.map(Body::Html))
            }
            Wanted::Html => read_limited(&mut block, &location, self.max_bytes)
                .and_then(|b| decode(b, charset(&headers.content_type), &location))
                .map(|p| Some(Body::Html(p))),
            Wanted::Text => read_limited(&mut block, &location, self.max_bytes)
                .and_then(|b| decode(b, charset(&headers.content_type), &location))
                .map(|p| Some(Body::Text(p))),
        };
        // whatever is left of the block: skipped, so the next record starts clean
        let drained = io::copy(&mut block, &mut io::sink());
        let remaining = block.limit();
        if let Err(e) = drained {
            return Err(self.io_error(e));
        }
        if remaining > 0 {
            self.done = true;
            return Err(ReadError::record(
                location,
                format!(
                    "truncated record ({} of {length} bytes)",
                    length - remaining
                ),
            ));
        }
        let Some(body) = result? else { return Ok(None) };
        let id = headers
            .id
            .unwrap_or_else(|| format!("{}#{}", self.stem, self.ordinal));
        Ok(Some(Record {
            id,
            source: self.here(),
            title: None,
            url: headers.uri,
            date: headers.date,
            body,
        }))
    }

    fn headers(&mut self) -> Result<Headers, ReadError> {
        let mut h = Headers::default();
        loop {
            match read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE) {
                Err(e) => return Err(self.io_error(e)),
                Ok(Line::End) => {
                    self.done = true;
                    return Err(ReadError::record(
                        self.here(),
                        "truncated record (the file ends in its headers)",
                    ));
                }
                Ok(Line::TooLong(size)) => {
                    self.lost = true;
                    return Err(ReadError::record(
                        self.here(),
                        format!("header line too long ({size} bytes)"),
                    ));
                }
                Ok(Line::Complete) if self.line.is_empty() => return Ok(h),
                Ok(Line::Complete) => {
                    let line = String::from_utf8_lossy(&self.line);
                    let Some((name, value)) = line.split_once(':') else {
                        continue;
                    };
                    let value = value.trim();
                    match name.trim().to_ascii_lowercase().as_str() {
                        "warc-type" => h.kind = value.to_ascii_lowercase(),
                        "warc-record-id" => h.id = unbracket(value),
                        "warc-target-uri" => h.uri = unbracket(value),
                        "warc-date" => h.date = unbracket(value),
                        "content-type" => h.content_type = value.to_ascii_lowercase(),
                        "content-length" => h.length = value.parse().ok(),
                        _ => {}
                    }
                }
            }
        }
    }
}

/// What to make of a record, from its WARC headers.
enum Wanted {
    Skip,
    /// An HTTP response: look at its status and content type.
    Http,
    Html,
    Text,
}

fn wanted(h: &Headers) -> Wanted {
    let mime = h.content_type.split(';').next().unwrap_or("").trim();
    match h.kind.as_str() {
        "response" if mime.starts_with("application/http") => Wanted::Http,
        "resource" | "conversion" if is_html(mime) => Wanted::Html,
        "resource" | "conversion" if mime == "text/plain" => Wanted::Text,
        _ => Wanted::Skip,
    }
}

fn is_html(mime: &str) -> bool {
    mime == "text/html" || mime == "application/xhtml+xml"
}

fn unbracket(v: &str) -> Option<String> {
    let v = v
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .unwrap_or(v)
        .trim();
    (!v.is_empty()).then(|| v.to_owned())
}

/// The declared charset of a content type, lower-case.
fn charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
    })
}

/// Reads an HTTP response; returns its body when it is a 2xx HTML page.
fn http_page(
    block: &mut impl BufRead,
    location: &str,
    max: u64,
) -> Result<Option<String>, ReadError> {
    let mut line = Vec::new();
    let status = match read_line_bounded(block, &mut line, MAX_HEADER_LINE) {
        Ok(Line::Complete) => String::from_utf8_lossy(&line).into_owned(),
        Ok(_) => {
            return Err(ReadError::record(
                location,
                "empty or unreadable HTTP response",
            ))
        }
        Err(e) => {
            return Err(ReadError::record(
                location,
                format!("cannot read the HTTP response: {e}"),
            ))
        }
    };
    let code = status
        .strip_prefix("HTTP/")
        .and_then(|s| s.split_whitespace().nth(1))
        .and_then(|c| c.parse::<u16>().ok());
    let Some(code) = code else {
        return Err(ReadError::record(
            location,
            format!(
                "not an HTTP status line: `{}`",
                status.chars().take(40).collect::<String>()
            ),
        ));
    };
    let (mut content_type, mut chunked, mut encoding) = (String::new(), false, String::new());
    loop {
        match read_line_bounded(block, &mut line, MAX_HEADER_LINE) {
            Ok(Line::Complete) if line.is_empty() => break,
            Ok(Line::Complete) => {
                let l = String::from_utf8_lossy(&line);
                let Some((name, value)) = l.split_once(':') else {
                    continue;
                };
                let value = value.trim().to_ascii_lowercase();
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-type" => content_type = value,
                    "transfer-encoding" => chunked = value.contains("chunked"),
                    "content-encoding" => encoding = value,
                    _ => {}
                }
            }
            Ok(Line::End) => return Ok(None),
            Ok(Line::TooLong(size)) => {
                return Err(ReadError::record(
                    location,
                    format!("HTTP header line too long ({size} bytes)"),
                ))
            }
            Err(e) => {
                return Err(ReadError::record(
                    location,
                    format!("cannot read the HTTP headers: {e}"),
                ))
            }
        }
    }
    let mime = content_type.split(';').next().unwrap_or("").trim();
    if !(200..300).contains(&code) || !is_html(mime) {
        return Ok(None);
    }
    let mut body = read_limited(block, location, max)?;
    if chunked {
        body = dechunk(&body)
            .ok_or_else(|| ReadError::record(location, "malformed chunked transfer encoding"))?;
    }
    body = match encoding.as_str() {
        "" | "identity" => body,
        "gzip" | "x-gzip" => inflate(
            flate2::read::MultiGzDecoder::new(body.as_slice()),
            location,
            max,
        )?,
        "deflate" => inflate(
            flate2::read::ZlibDecoder::new(body.as_slice()),
            location,
            max,
        )
        .or_else(|_| {
            inflate(
                flate2::read::DeflateDecoder::new(body.as_slice()),
                location,
                max,
            )
        })?,
        other => {
            return Err(ReadError::record(
                location,
                format!("unsupported Content-Encoding `{other}`"),
            ))
        }
    };
    decode(body, charset(&content_type), location).map(Some)
}

/// Reads at most `max` bytes; more is an error.
fn read_limited(r: &mut impl Read, location: &str, max: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    r.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::record(location, format!("cannot read the record: {e}")))?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge {
            location: location.to_owned(),
            size: bytes.len() as u64,
            limit: max,
        });
    }
    Ok(bytes)
}

fn inflate(r: impl Read, location: &str, max: u64) -> Result<Vec<u8>, ReadError> {
    let mut r = r;
    read_limited(&mut r, location, max).map_err(|e| {
        if let ReadError::Record { message, .. } = e {
            ReadError::record(location, format!("compressed body: {message}"))
        } else {
            e
        }
    })
}

/// Undoes `Transfer-Encoding: chunked`; `None` when malformed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let end = body.iter().position(|&b| b == b'\n')?;
        let line = std::str::from_utf8(&body[..end]).ok()?;
        let size = usize::from_str_radix(line.split(';').next()?.trim(), 16).ok()?;
        body = &body[end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

/// Decodes a page or text in its declared charset.
fn decode(bytes: Vec<u8>, charset: Option<String>, location: &str) -> Result<String, ReadError> {
    match charset.as_deref() {
        None | Some("utf-8" | "utf8") => {
            String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8At {
                location: location.to_owned(),
                offset: e.utf8_error().valid_up_to(),
            })
        }
        Some(
            "iso-8859-1" | "latin1" | "latin-1" | "windows-1252" | "cp1252" | "us-ascii" | "ascii",
        ) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
        Some(other) => Err(ReadError::record(
            location,
            format!("charset `{other}` is not supported"),
        )),
    }
}

/// One Windows-1252 byte as a character (the HTML standard reads ISO-8859-1
/// and US-ASCII this way too).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}',
        '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}',
        '\u{178}',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WARC record with the given type, extra headers and content.
    fn record(kind: &str, headers: &str, content: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\n{headers}Content-Length: {}\r\n\r\n",
            content.len()
        )
        .into_bytes();
        r.extend_from_slice(content);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn check(input: &[u8], expected: &[&str]) {
        let options = ReadOptions {
            max_document_bytes: 1000,
            ..ReadOptions::default()
        };
        let got: Vec<String> = records(input, Path::new("crawl.warc"), &options)
            .map(|r| match r {
                Ok(r) => format!(
                    "{} {} {:?} {:?} {:?}",
                    r.id, r.source, r.url, r.date, r.body
                ),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(got, expected);
    }

    const IDS: &str = "WARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://example.org/a\r\nWARC-Date: 2024-01-05T10:00:00Z\r\n";

    #[test]
    fn html_responses_are_read_and_other_records_skipped() {
        let mut w = record(
            "warcinfo",
            "Content-Type: application/warc-fields\r\n",
            b"software: x\r\n",
        );
        w.extend(record(
            "request",
            "Content-Type: application/http; msgtype=request\r\n",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        let http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Hi</p>";
        w.extend(record(
            "response",
            &format!("{IDS}Content-Type: application/http; msgtype=response\r\n"),
            http,
        ));
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        w.extend(record(
            "response",
            "Content-Type: application/http; msgtype=response\r\n",
            image,
        ));
        let missing = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>";
        w.extend(record(
            "response",
            "Content-Type: application/http; msgtype=response\r\n",
            missing,
        ));
        w.extend(record(
            "conversion",
            "Content-Type: text/plain\r\n",
            b"Plain text.",
        ));
        check(
            &w,
            &[
                r#"urn:uuid:1 crawl.warc#3 Some("https://example.org/a") Some("2024-01-05T10:00:00Z") Html("<p>Hi</p>")"#,
                r#"crawl#6 crawl.warc#6 None None Text("Plain text.")"#,
            ],
        );
    }

    #[test]
    fn chunked_gzip_and_latin1_bodies_are_decoded() {
        use std::io::Write as _;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = gz.write_all(b"caf\xe9");
        let zipped = gz.finish().unwrap_or_default();
        let mut http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n{:x}\r\n",
            zipped.len()
        )
        .into_bytes();
        http.extend_from_slice(&zipped);
        http.extend_from_slice(b"\r\n0\r\n\r\n");
        let w = record(
            "response",
            "Content-Type: application/http; msgtype=response\r\n",
            &http,
        );
        check(&w, &[r#"crawl#1 crawl.warc#1 None None Html("café")"#]);
    }

    #[test]
    fn broken_framing_is_reported_and_reading_resumes() {
        let mut w = b"garbage line\r\nmore garbage\r\n".to_vec();
        w.extend(record("conversion", "Content-Type: text/plain\r\n", b"one"));
        w.extend(b"WARC/1.0\r\nWARC-Type: conversion\r\n\r\n");
        w.extend(record("conversion", "Content-Type: text/plain\r\n", b"two"));
        w.extend(record(
            "conversion",
            "Content-Type: text/plain\r\n",
            &[b'x'; 2000],
        ));
        w.extend(record(
            "conversion",
            "Content-Type: text/plain\r\n",
            b"caf\xe9",
        ));
        w.extend(b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 100\r\n\r\nshort");
        check(
            &w,
            &[
                "crawl.warc#1: expected a WARC version line, found `garbage line`",
                r#"crawl#1 crawl.warc#1 None None Text("one")"#,
                "crawl.warc#2: no valid Content-Length header",
                r#"crawl#3 crawl.warc#3 None None Text("two")"#,
                "crawl.warc#4: too large (1001 bytes; the limit is 1000 bytes)",
                "crawl.warc#5: not UTF-8 text (invalid byte at offset 3)",
                "crawl.warc#6: truncated record (5 of 100 bytes)",
            ],
        );
    }
}
