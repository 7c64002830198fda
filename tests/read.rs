//! Readers and the corpus stream through the library: one file in, the
//! documents or errors out, as text. Also the chunked parallel extraction:
//! input order kept, whatever the chunk size or thread count.

use newskg::corpus::{self, ChunkLimits, CorpusOptions, Glob, Input, Outcome};
use newskg::read::{self, ReadOptions};
use newskg::{write, Document, Index};
use std::io::Write as _;
use std::path::Path;

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("no temporary directory: {e}"))
}

/// Reads `content` saved as `name`; one line per document or error, with
/// the temporary directory shown as `DIR`.
fn check(name: &str, content: &[u8], expected: &[&str]) {
    let dir = tempdir();
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap_or_else(|e| panic!("{e}"));
    let options = ReadOptions {
        max_document_bytes: 4096,
        ..ReadOptions::default()
    };
    let shown = |s: String| s.replace(&dir.path().display().to_string(), "DIR");
    let got: Vec<String> = read::records(&path, &options)
        .map(|r| match r.and_then(read::Record::into_document) {
            Ok(d) => shown(describe(&d)),
            Err(e) => shown(e.to_string()),
        })
        .collect();
    assert_eq!(got, expected, "{name}");
}

fn describe(d: &Document) -> String {
    let text: String = d.text.chars().take(24).collect();
    format!(
        "{} | {} | {:?} | {:?} | {:?} | {text}",
        d.id, d.source, d.title, d.url, d.date
    )
}

#[test]
fn plain_text() {
    check(
        "news.txt",
        b"Iran denied it.",
        &["news | DIR/news.txt | None | None | None | Iran denied it."],
    );
    check(
        "news.md",
        b"\xef\xbb\xbfIran denied it.",
        &["news | DIR/news.md | None | None | None | Iran denied it."],
    );
    check("news.txt", b"", &["DIR/news.txt: empty (no text)"]);
    check(
        "news.txt",
        b"\x00\x01",
        &["DIR/news.txt: binary file (NUL byte at offset 0)"],
    );
    check(
        "news.txt",
        b"Caf\xe9",
        &["DIR/news.txt: not UTF-8 text (invalid byte at offset 3)"],
    );
    check(
        "news.txt",
        &[b'a'; 5000],
        &["DIR/news.txt: too large (5000 bytes; the limit is 4096 bytes)"],
    );
}

#[test]
fn json_lines() {
    let lines = concat!(
        r#"{"id":"n1","text":"Iran denied it.","title":"Denial","url":"https://example.org/n1","date":"2024-01-05"}"#,
        "\n",
        r#"{"text":"Russia denied it."}"#,
        "\n\n",
        r#"{"text":""}"#,
        "\n",
        r#"{"text":"x""#,
        "\n",
        "\u{1}\n",
    );
    check(
        "feed.jsonl",
        lines.as_bytes(),
        &[
            r#"n1 | DIR/feed.jsonl:1 | Some("Denial") | Some("https://example.org/n1") | Some("2024-01-05") | Iran denied it."#,
            "feed:2 | DIR/feed.jsonl:2 | None | None | None | Russia denied it.",
            "DIR/feed.jsonl:4: empty (no text)",
            "DIR/feed.jsonl:5: malformed JSON at column 11: EOF while parsing an object",
            "DIR/feed.jsonl:6: malformed JSON at column 1: expected value",
        ],
    );
    check(
        "feed.jsonl",
        b"{\"text\":\"caf\xe9\"}\n",
        &["DIR/feed.jsonl:1: not UTF-8 text (invalid byte at offset 12)"],
    );
}

const PAGE: &str = r#"<html><head><title>Iran denies drone deliveries</title>
<meta property="article:published_time" content="2024-01-05T10:00:00Z"></head>
<body><article><p>Iran on Friday denied supplying drones to Russia, after the United States accused Tehran of arming Moscow for its war in Ukraine.</p>
<p>The foreign ministry in Tehran said the accusation was baseless and politically motivated, and repeated that Iran is neutral in the conflict.</p>
<p>Washington said it had evidence of hundreds of deliveries since the summer, and promised new sanctions on the companies involved.</p></article></body></html>"#;

#[test]
fn html_pages() {
    check(
        "page.html",
        PAGE.as_bytes(),
        &[
            r#"page | DIR/page.html | Some("Iran denies drone deliveries") | None | Some("2024-01-05T10:00:00Z") | Iran on Friday denied su"#,
        ],
    );
    check(
        "page.htm",
        b"<html><body></body></html>",
        &["DIR/page.htm: no article text found in the page (failed to grab the article)"],
    );
}

/// One WARC record, gzip-compressed on its own as crawlers write them.
fn warc_record(kind: &str, headers: &str, content: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\n{headers}Content-Length: {}\r\n\r\n",
        content.len()
    )
    .into_bytes();
    r.extend_from_slice(content);
    r.extend_from_slice(b"\r\n\r\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&r).unwrap_or_else(|e| panic!("{e}"));
    gz.finish().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn web_archives() {
    let mut warc = warc_record(
        "warcinfo",
        "Content-Type: application/warc-fields\r\n",
        b"software: test\r\n",
    );
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{PAGE}");
    let headers = "WARC-Record-ID: <urn:uuid:0001>\r\nWARC-Target-URI: https://example.org/iran\r\nWARC-Date: 2024-01-06T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n";
    warc.extend(warc_record("response", headers, http.as_bytes()));
    warc.extend(warc_record(
        "response",
        "Content-Type: application/http; msgtype=response\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\xff",
    ));
    check(
        "crawl.warc.gz",
        &warc,
        &[
            r#"urn:uuid:0001 | DIR/crawl.warc.gz#2 | Some("Iran denies drone deliveries") | Some("https://example.org/iran") | Some("2024-01-06T00:00:00Z") | Iran on Friday denied su"#,
            "DIR/crawl.warc.gz#3: not UTF-8 text (invalid byte at offset 0)",
        ],
    );
    let mut cut = warc.clone();
    cut.truncate(warc.len() - 10);
    let got = {
        let dir = tempdir();
        let path = dir.path().join("cut.warc.gz");
        std::fs::write(&path, &cut).unwrap_or_else(|e| panic!("{e}"));
        read::records(&path, &ReadOptions::default())
            .map(|r| r.is_ok())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        got.first(),
        Some(&true),
        "records before a corrupt end are kept"
    );
    assert!(got.len() <= 3);
}

#[test]
fn sources_are_sorted_and_files_named_are_always_read() {
    let dir = tempdir();
    let d = dir.path();
    for name in ["b.txt", "a.txt", "c.csv", "sub/d.jsonl"] {
        let path = d.join(name);
        std::fs::create_dir_all(path.parent().unwrap_or(d)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, b"x").unwrap_or_else(|e| panic!("{e}"));
    }
    let inputs = [
        Input::Path(d.join("c.csv")),
        Input::Path(d.to_owned()),
        Input::Stdin,
    ];
    let shown: Vec<String> = corpus::sources(&inputs, &[])
        .into_iter()
        .map(|s| match s {
            Ok(corpus::Source {
                input: Input::Path(p),
                ..
            }) => p.strip_prefix(d).unwrap_or(&p).display().to_string(),
            Ok(corpus::Source {
                input: Input::Stdin,
                ..
            }) => "-".into(),
            Err(e) => e.to_string(),
        })
        .collect();
    assert_eq!(shown, ["c.csv", "a.txt", "b.txt", "sub/d.jsonl", "-"]);
    let only: Vec<_> = corpus::sources(&[Input::Path(d.to_owned())], &[Glob::new("sub/*")])
        .into_iter()
        .filter(Result::is_ok)
        .collect();
    assert_eq!(only.len(), 1);
}

/// Every development article as a JSON Lines corpus of `n` documents.
fn corpus_file(dir: &Path, n: usize) -> std::path::PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    let mut texts: Vec<String> = std::fs::read_dir(&fixtures)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_else(|_| Vec::new())
        .into_iter()
        .map(|p: std::path::PathBuf| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    texts.sort();
    let mut lines = String::new();
    for i in 0..n {
        // ids out of input order, so that merging has to sort
        let id = format!("doc-{:03}", (i * 7) % n);
        lines += &serde_json::json!({"id": id, "text": texts[i % texts.len()]}).to_string();
        lines.push('\n');
    }
    if n > 3 {
        lines += "{broken\n";
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, lines).unwrap_or_else(|e| panic!("{e}"));
    path
}

/// Runs the chunked extraction on `threads` threads; each document's graph
/// is rendered as JSON in parallel and appended to one sink, in the order
/// the outcomes arrive.
fn stream(path: &Path, threads: usize, limits: ChunkLimits) -> (Vec<u8>, Vec<String>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let index = Index::embedded().unwrap_or_else(|e| panic!("{e}"));
    let sources = corpus::sources(&[Input::Path(path.to_owned())], &[]);
    let records = corpus::records(sources, &CorpusOptions::default());
    let mut sink = Vec::new();
    let mut order = Vec::new();
    // each document's graph is serialized as JSON on the worker threads
    let render = |x: newskg::Extraction| {
        let id = x.info.id.clone();
        let mut bytes = Vec::new();
        let options = write::WriteOptions::default();
        let written = write::write(&x.into_graph(), write::Format::Json, &options, &mut bytes);
        (id, written.map(|()| bytes))
    };
    pool.install(|| {
        corpus::extract_and_render_in_order(records, &index, limits, &|_| {}, &render, |o| {
            match o {
                Outcome::Extracted((id, bytes)) => {
                    order.push(id);
                    sink.extend(bytes?);
                }
                Outcome::Failed(e) => order.push(
                    e.to_string()
                        .rsplit('/')
                        .next()
                        .unwrap_or_default()
                        .to_owned(),
                ),
                Outcome::Duplicate { id, .. } => order.push(format!("duplicate {id}")),
            }
            Ok::<(), write::WriteError>(())
        })
    })
    .unwrap_or_else(|e| panic!("{e}"));
    (sink, order)
}

#[test]
fn chunked_extraction_keeps_input_order_on_any_thread_count() {
    let dir = tempdir();
    let path = corpus_file(dir.path(), 20);
    let (one, order) = stream(
        &path,
        1,
        ChunkLimits {
            documents: 3,
            bytes: usize::MAX,
        },
    );
    let expected: Vec<String> = (0..20)
        .map(|i| format!("doc-{:03}", (i * 7) % 20))
        .chain(["corpus.jsonl:21: malformed JSON at column 2: key must be a string".to_owned()])
        .collect();
    assert_eq!(order, expected);
    for (threads, limits) in [
        (
            2,
            ChunkLimits {
                documents: 3,
                bytes: usize::MAX,
            },
        ),
        (2, ChunkLimits::default()),
        (
            4,
            ChunkLimits {
                documents: 1,
                bytes: 1,
            },
        ),
    ] {
        let (other, _) = stream(&path, threads, limits);
        assert!(
            other == one,
            "{threads} threads, {limits:?}: output differs from 1 thread"
        );
    }
}

#[test]
fn merged_corpus_equals_the_library_build() {
    let dir = tempdir();
    let path = corpus_file(dir.path(), 12);
    let index = Index::embedded().unwrap_or_else(|e| panic!("{e}"));
    let sources = corpus::sources(&[Input::Path(path.clone())], &[]);
    let mut extractions = Vec::new();
    let mut docs = Vec::new();
    for r in read::records(&path, &ReadOptions::default()) {
        if let Ok(d) = r.and_then(read::Record::into_document) {
            docs.push(d);
        }
    }
    corpus::extract_in_order(
        corpus::records(sources, &CorpusOptions::default()),
        &index,
        ChunkLimits {
            documents: 5,
            bytes: usize::MAX,
        },
        &|_| {},
        |o| {
            if let Outcome::Extracted(x) = o {
                extractions.push(x);
            }
            Ok::<(), std::convert::Infallible>(())
        },
    )
    .unwrap_or_else(|never| match never {});
    let json = |g: &newskg::KnowledgeGraph| {
        let mut out = Vec::new();
        write::json(g, &mut out).unwrap_or_else(|e| panic!("{e}"));
        out
    };
    let (streamed, _) = corpus::merge(extractions);
    let (built, _) = newskg::build(&docs, &index);
    assert!(
        json(&streamed) == json(&built),
        "the chunked corpus and newskg::build differ"
    );
}
