//! HTML pages: the main text of the page (readability, through
//! `dom_smoothie`, with paragraphs kept apart) becomes the document text;
//! the page's title, publication date and canonical URL become its metadata.
//! Broken markup is parsed the way browsers do; a page with no article text
//! is an error naming the file.
//!
//! This module does not fetch pages and does not guess encodings: the page
//! must be UTF-8 (web archives decode their charset first, see
//! [`super::warc`]).

use super::{location, stem, text, Body, ReadError, Record};
use crate::text::Document;
use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use std::io::Read as _;
use std::path::Path;

/// Reads one HTML file as a record; its main text is extracted later, by
/// [`Record::into_document`].
pub fn record(path: &Path, max_bytes: u64) -> Result<Record, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > max_bytes {
        return Err(ReadError::TooLarge {
            location: location(path),
            size,
            limit: max_bytes,
        });
    }
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let page = text::decode(path, bytes)?;
    Ok(Record {
        id: stem(path),
        source: location(path),
        title: None,
        url: None,
        date: None,
        body: Body::Html(page),
    })
}

/// Extracts the main text and metadata of a page. `source` names the page in
/// errors; `url` is the page's address when known (it resolves relative links
/// and is otherwise unused).
pub fn document(page: &str, source: &str, url: Option<&str>) -> Result<Document, ReadError> {
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| readable(page, url)));
    let article = match parsed {
        Ok(Ok(article)) => article,
        Ok(Err(e)) => {
            return Err(ReadError::record(
                source,
                format!("no article text found in the page ({e})"),
            ))
        }
        Err(_) => {
            return Err(ReadError::record(
                source,
                "the HTML parser failed on this page",
            ))
        }
    };
    let nonblank = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(Document {
        id: String::new(),
        source: source.to_owned(),
        text: article.text_content.to_string(),
        title: nonblank(Some(article.title)),
        url: nonblank(article.url),
        date: nonblank(article.published_time),
    })
}

fn readable(page: &str, url: Option<&str>) -> Result<dom_smoothie::Article, ReadabilityError> {
    let config = || Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut r = match Readability::new(page, url, Some(config())) {
        Err(ReadabilityError::BadDocumentURL) => Readability::new(page, None, Some(config()))?,
        other => other?,
    };
    r.parse()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Iran denies drone deliveries | Example News</title>
<meta property="article:published_time" content="2024-01-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Iran denies drone deliveries</h1>
<p>Iran on Friday denied supplying drones to Russia, after the United States accused Tehran of arming Moscow for its war in Ukraine.</p>
<p>The foreign ministry in Tehran said the accusation was baseless and politically motivated, and repeated that Iran is neutral in the conflict.</p>
<p>Washington said it had evidence of hundreds of deliveries since the summer, and promised new sanctions on the companies involved in the trade.</p>
</article><footer>Copyright Example News</footer></body></html>"#;

    #[test]
    fn main_text_and_metadata() {
        let d = document(PAGE, "page.html", None).map_err(|e| e.to_string());
        let d = d.as_ref().map_err(String::as_str);
        assert!(
            d.is_ok_and(|d| d.text.contains("Iran on Friday denied supplying drones")),
            "{d:?}"
        );
        assert!(d.is_ok_and(|d| !d.text.contains("Copyright")), "{d:?}");
        assert!(
            d.is_ok_and(|d| d.text.contains("conflict.\n")),
            "paragraphs stay apart: {d:?}"
        );
        assert_eq!(
            d.map(|d| d.date.clone()),
            Ok(Some("2024-01-05T10:00:00Z".to_owned()))
        );
        assert!(
            d.is_ok_and(|d| d
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with("Iran denies drone deliveries"))),
            "{d:?}"
        );
    }

    #[test]
    fn broken_markup_does_not_fail() {
        let broken = PAGE
            .replace("</p>", "")
            .replace("</article>", "<div><span>");
        let d = document(&broken, "broken.html", Some("not a url"));
        assert!(d.is_ok_and(|d| d.text.contains("Iran on Friday denied")));
    }
}
