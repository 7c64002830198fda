//! Plain-text articles: one file (or standard input) is one document whose
//! id is the file stem. The bytes must be UTF-8 without NUL bytes; nothing
//! else is interpreted (no Markdown, no encodings guessed).

use super::{location, stem, Body, ReadError, Record};
use std::io::Read;
use std::path::Path;

/// Reads one plain-text file as a record; the size is checked before reading.
pub fn record(path: &Path, max_bytes: u64) -> Result<Record, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(ReadError::record(location(path), "is a directory"));
    }
    if meta.len() > max_bytes {
        return Err(ReadError::TooLarge {
            location: location(path),
            size: meta.len(),
            limit: max_bytes,
        });
    }
    let bytes = read_bounded(file, max_bytes).map_err(io)?;
    text_record(path, &location(path), stem(path), bytes, max_bytes)
}

/// Reads standard input (or any reader) as one plain-text document with id
/// `stdin` and source `-`.
pub fn stdin_record(reader: impl Read, max_bytes: u64) -> Result<Record, ReadError> {
    let path = Path::new("<stdin>");
    let bytes = read_bounded(reader, max_bytes).map_err(|source| ReadError::Io {
        path: path.to_owned(),
        source,
    })?;
    text_record(path, "-", "stdin".to_owned(), bytes, max_bytes)
}

fn text_record(
    path: &Path,
    source: &str,
    id: String,
    bytes: Vec<u8>,
    max_bytes: u64,
) -> Result<Record, ReadError> {
    if bytes.len() as u64 > max_bytes {
        let location = if source == "-" {
            "<stdin>".to_owned()
        } else {
            location(path)
        };
        return Err(ReadError::TooLarge {
            location,
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let text = decode(path, bytes)?;
    Ok(Record {
        id,
        source: source.to_owned(),
        title: None,
        url: None,
        date: None,
        body: Body::Text(text),
    })
}

/// Reads at most `max_bytes + 1` bytes, enough to tell a too-large input.
fn read_bounded(reader: impl Read, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks that bytes are text (no NUL byte) and UTF-8.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, ReadError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_owned(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        path: path.to_owned(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], expected: Result<&str, &str>) {
        let got = stdin_record(input, 64)
            .and_then(Record::into_document)
            .map(|d| d.text)
            .map_err(|e| e.to_string());
        assert_eq!(
            got.as_deref().map_err(String::as_str),
            expected,
            "{input:?}"
        );
    }

    #[test]
    fn stdin_cases() {
        check(b"Iran denied it.", Ok("Iran denied it."));
        check(b"", Err("<stdin>: empty (no text)"));
        check(b"a\0b", Err("<stdin>: binary file (NUL byte at offset 1)"));
        check(
            b"caf\xe9",
            Err("<stdin>: not UTF-8 text (invalid byte at offset 3)"),
        );
        check(
            &[b'a'; 65],
            Err("<stdin>: too large (65 bytes; the limit is 64 bytes)"),
        );
    }
}
