//! Readers: turn input files into [`Document`]s. A file that cannot be read
//! is an error that names it; the other inputs go on.

pub mod graph;

use crate::text::Document;
use std::path::{Path, PathBuf};

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
}

/// Reads one plain-text article; its id is the file stem.
pub fn text_file(path: &Path) -> Result<Document, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: path.to_owned(),
        source,
    })?;
    document_from_bytes(path, &path.display().to_string(), bytes)
}

/// Checks and decodes bytes as an article.
pub fn document_from_bytes(
    path: &Path,
    source: &str,
    bytes: Vec<u8>,
) -> Result<Document, ReadError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_owned(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        path: path.to_owned(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let id = path
        .file_stem()
        .map_or_else(|| "stdin".to_owned(), |s| s.to_string_lossy().into_owned());
    Ok(Document::new(id, source, text))
}
