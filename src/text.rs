//! Documents and spans: the original text and byte offsets into it.
//!
//! Every later stage points back into [`Document::text`] with a [`Span`], so
//! evidence (document, sentence, character span) needs no extra book-keeping.
//! This module does not read files; see [`crate::read`].

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of byte offsets into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers in `text`, or "" when it is out of range.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One article: its text and what is known about where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// A stable identifier: the file stem, a JSON Lines `id`, or a content hash.
    pub id: String,
    /// Where the document was read from (a path, `-`, or `path:line`).
    pub source: String,
    /// The article text (UTF-8). All spans point into it.
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Publication date as given by the source (ISO 8601 where known).
    pub date: Option<String>,
}

impl Document {
    /// A document with no metadata beyond its id and source.
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            source: source.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// The hex SHA-256 of the text: identifies the content independently of its path.
    pub fn content_hash(&self) -> String {
        use sha2::{Digest, Sha256};
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let digest = Sha256::digest(self.text.as_bytes());
        let mut hex = String::with_capacity(2 * digest.len());
        for b in digest {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        hex
    }
}

/// A name as people type and compare it: trimmed, lower case, a leading
/// "the " dropped, runs of white space folded to one space. Scoring, queries
/// and `explain` all match names through it.
pub fn normalize_name(name: &str) -> String {
    let lower = name.trim_matches(is_space).to_lowercase();
    let rest = match lower.strip_prefix("the") {
        Some(after) if after.starts_with(is_space) => after.trim_start_matches(is_space),
        _ => lower.as_str(),
    };
    let mut out = String::with_capacity(rest.len());
    let mut in_space = false;
    for c in rest.chars() {
        if is_space(c) {
            in_space = true;
            continue;
        }
        if in_space {
            out.push(' ');
            in_space = false;
        }
        out.push(c);
    }
    out
}

/// Unicode white space, and the four ASCII separators that many languages count as space.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_is_total() {
        let s = Span::new(2, 100);
        assert_eq!(s.slice("abc"), "");
        assert_eq!(Span::new(0, 2).slice("abc"), "ab");
    }

    #[test]
    fn content_hash_is_stable() {
        let d = Document::new("a", "a.txt", "Iran denied it.");
        assert_eq!(d.content_hash().len(), 64);
        assert_eq!(
            Document::new("e", "e.txt", "").content_hash(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            d.content_hash(),
            Document::new("b", "b.txt", "Iran denied it.").content_hash()
        );
    }
}
