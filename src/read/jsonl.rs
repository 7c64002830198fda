//! JSON Lines articles: one JSON object per line, the article text in one
//! field and optional `id`, `title`, `url` and `date` fields (names set by
//! [`JsonlFields`]; `a.b` reaches into nested objects). The document id is the
//! `id` field, or `<file-stem>:<line>` when there is none; the source is
//! `path:line`. Blank lines are skipped; a bad line is an error naming its
//! line number, and the lines after it are still read.
//!
//! Lines are read with a size bound, so a huge line costs no more memory than
//! the limit. This module does not guess field names.

use super::{
    location, read_line_bounded, stem, Body, Line, ReadError, ReadOptions, Record, Records,
};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Names of the fields of a JSON Lines article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    pub text: String,
    pub id: String,
    pub title: String,
    pub url: String,
    pub date: String,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            text: "text".into(),
            id: "id".into(),
            title: "title".into(),
            url: "url".into(),
            date: "date".into(),
        }
    }
}

/// Reads a JSON Lines file lazily, one record per non-blank line.
pub fn file(path: &Path, options: &ReadOptions) -> Records {
    match std::fs::File::open(path) {
        Ok(f) => Box::new(records(BufReader::with_capacity(1 << 16, f), path, options)),
        Err(source) => Box::new(std::iter::once(Err(ReadError::Io {
            path: path.to_owned(),
            source,
        }))),
    }
}

/// Reads JSON Lines from any reader; `path` names it in ids and messages.
///
/// ```
/// use newskg::read::{jsonl, ReadOptions};
/// use std::path::Path;
///
/// let lines = "{\"id\": \"a1\", \"text\": \"Iran denied it.\"}\n{oops}\n";
/// let records: Vec<_> = jsonl::records(lines.as_bytes(), Path::new("feed.jsonl"), &ReadOptions::default()).collect();
/// let first = records[0].as_ref().map_err(|e| e.to_string())?;
/// assert_eq!((first.id.as_str(), first.source.as_str()), ("a1", "feed.jsonl:1"));
/// assert!(records[1].as_ref().is_err_and(|e| e.to_string().starts_with("feed.jsonl:2: malformed JSON")));
/// # Ok::<(), String>(())
/// ```
pub fn records<R: BufRead>(reader: R, path: &Path, options: &ReadOptions) -> JsonlRecords<R> {
    JsonlRecords {
        reader,
        path: path.to_owned(),
        display: location(path),
        stem: stem(path),
        fields: options.jsonl.clone(),
        max_bytes: options.max_document_bytes,
        line: 0,
        buf: Vec::new(),
        done: false,
    }
}

/// The records of a JSON Lines stream, in line order.
pub struct JsonlRecords<R> {
    reader: R,
    path: PathBuf,
    display: String,
    stem: String,
    fields: JsonlFields,
    max_bytes: u64,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let read = read_line_bounded(&mut self.reader, &mut self.buf, self.max_bytes);
            self.line += 1;
            let location = format!("{}:{}", self.display, self.line);
            match read {
                Err(source) => {
                    self.done = true;
                    return Some(Err(ReadError::Io {
                        path: self.path.clone(),
                        source,
                    }));
                }
                Ok(Line::End) => self.done = true,
                Ok(Line::TooLong(size)) => {
                    return Some(Err(ReadError::TooLarge {
                        location,
                        size,
                        limit: self.max_bytes,
                    }))
                }
                Ok(Line::Complete) => {
                    let mut bytes = self.buf.as_slice();
                    if self.line == 1 {
                        bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_line(
                        bytes,
                        location,
                        &format!("{}:{}", self.stem, self.line),
                        &self.fields,
                    ));
                }
            }
        }
        None
    }
}

/// Parses one JSON line into a record.
fn parse_line(
    bytes: &[u8],
    location: String,
    fallback_id: &str,
    fields: &JsonlFields,
) -> Result<Record, ReadError> {
    let line = match std::str::from_utf8(bytes) {
        Ok(line) => line,
        Err(e) => {
            return Err(ReadError::NotUtf8At {
                location,
                offset: e.valid_up_to(),
            })
        }
    };
    let mut value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return Err(ReadError::Json {
                location,
                column: e.column(),
                message: json_message(&e),
            })
        }
    };
    if !value.is_object() {
        return Err(ReadError::record(
            location,
            format!("expected a JSON object, found {}", kind_of(&value)),
        ));
    }
    let text = match take_field(&mut value, &fields.text) {
        Some(Value::String(s)) => s,
        Some(other) => {
            let kind = kind_of(&other);
            return Err(ReadError::record(
                location,
                format!("field `{}` is {kind}, not a string", fields.text),
            ));
        }
        None => {
            return Err(ReadError::record(
                location,
                format!("no `{}` field", fields.text),
            ))
        }
    };
    let id = take_field(&mut value, &fields.id)
        .and_then(scalar)
        .unwrap_or_else(|| fallback_id.to_owned());
    let title = take_field(&mut value, &fields.title).and_then(scalar);
    let url = take_field(&mut value, &fields.url).and_then(scalar);
    let date = take_field(&mut value, &fields.date).and_then(scalar);
    Ok(Record {
        id,
        source: location,
        title,
        url,
        date,
        body: Body::Text(text),
    })
}

/// serde_json's message without its " at line L column C" suffix.
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(i) => full[..i].to_owned(),
        None => full,
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A non-empty string, or a number written out; anything else is no value.
fn scalar(v: Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Removes a field: the key as written, else a dotted path into nested objects.
fn take_field(value: &mut Value, name: &str) -> Option<Value> {
    let obj = value.as_object_mut()?;
    if let Some(v) = obj.remove(name) {
        return Some(v);
    }
    let (head, rest) = name.split_once('.')?;
    take_field(obj.get_mut(head)?, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let options = ReadOptions {
            max_document_bytes: 200,
            ..ReadOptions::default()
        };
        let got: Vec<String> = records(input.as_bytes(), Path::new("news.jsonl"), &options)
            .map(|r| match r {
                Ok(r) => format!("{} {} {:?} {:?}", r.id, r.source, r.title, r.body),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn lines() {
        check(
            r#"{"text":"Iran denied it.","id":"a1"}"#,
            &[r#"a1 news.jsonl:1 None Text("Iran denied it.")"#],
        );
        check(
            "\n{\"text\":\"x\",\"title\":\"T\"}\r\n",
            &[r#"news:2 news.jsonl:2 Some("T") Text("x")"#],
        );
        check(
            r#"{"text":"x","id":17}"#,
            &[r#"17 news.jsonl:1 None Text("x")"#],
        );
        check(
            r#"{"article":{"text":"x"}}"#,
            &["news.jsonl:1: no `text` field"],
        );
    }

    #[test]
    fn a_bad_line_is_reported_and_the_next_is_read() {
        check(
            "{\"text\":\"a\"}\n{\"text\": oops}\n[1]\n{\"text\":3}\n{\"text\":\"b\"}",
            &[
                r#"news:1 news.jsonl:1 None Text("a")"#,
                "news.jsonl:2: malformed JSON at column 10: expected value",
                "news.jsonl:3: expected a JSON object, found an array",
                "news.jsonl:4: field `text` is a number, not a string",
                r#"news:5 news.jsonl:5 None Text("b")"#,
            ],
        );
    }

    #[test]
    fn a_too_long_line_is_skipped() {
        let long = format!("{{\"text\":\"{}\"}}\n{{\"text\":\"b\"}}", "a".repeat(300));
        check(
            &long,
            &[
                "news.jsonl:1: too large (311 bytes; the limit is 200 bytes)",
                r#"news:2 news.jsonl:2 None Text("b")"#,
            ],
        );
    }

    #[test]
    fn nested_fields() {
        let fields = JsonlFields {
            text: "body.text".into(),
            id: "meta.id".into(),
            ..JsonlFields::default()
        };
        let options = ReadOptions {
            jsonl: fields,
            ..ReadOptions::default()
        };
        let line = r#"{"body":{"text":"x"},"meta":{"id":"n-1"}}"#;
        let got: Vec<_> = records(line.as_bytes(), Path::new("n.jsonl"), &options)
            .filter_map(Result::ok)
            .collect();
        assert_eq!(
            got.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["n-1"]
        );
    }
}
