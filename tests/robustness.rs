//! Robustness on stable Rust: extraction and every reader run over a few
//! thousand generated inputs (random bytes, and the development articles
//! mutated: bytes flipped, spliced, truncated, special characters inserted),
//! from a fixed seed so that every run tries the same inputs. Nothing may
//! panic; errors are fine. The cargo-fuzz targets in `fuzz/` explore further.
//!
//! Inputs that once crashed are kept in `tests/fixtures/crashes/` (file
//! name tells the reader: `*.txt` extraction, `*.jsonl`, `*.html`, `*.warc`)
//! and replayed first.

use newskg::read::{self, ReadOptions};
use newskg::{extract, Document, Index};
use std::path::Path;

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that tend to find edge cases in each format.
const SPICE: &[&str] = &[
    "\0",
    "\u{feff}",
    "\r\n",
    "\n\n",
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    "<",
    ">",
    "</p>",
    "<p>",
    "<!--",
    "<script>",
    "&amp;",
    "&#x0;",
    "WARC/1.0\r\n",
    "Content-Length: 5\r\n",
    "Content-Length: 99999999999\r\n",
    "\r\n\r\n",
    "HTTP/1.1 200 OK\r\n",
    "Content-Type: text/html\r\n",
    "Transfer-Encoding: chunked\r\n",
    "U.S.",
    "Mr.",
    "\"",
    "said",
    "denied",
    "accused",
    " ",
    "é",
    "\u{2019}",
    "\u{200b}",
    "🙂",
    "\u{301}",
    "Iran",
    "Russia",
    ".",
    ",",
];

fn articles() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_else(|_| Vec::new());
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// A random input: random bytes, or a seed mutated a few times.
fn generate(rng: &mut Rng, seeds: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    if rng.below(8) == 0 || seeds.is_empty() {
        let n = rng.below(max_len.min(512));
        return (0..n).map(|_| rng.next() as u8).collect();
    }
    let mut v = seeds[rng.below(seeds.len())].clone();
    if v.len() > max_len {
        let start = rng.below(v.len() - max_len);
        v = v[start..start + max_len].to_vec();
    }
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            1 => {
                let s = SPICE[rng.below(SPICE.len())].as_bytes();
                v.splice(at..at, s.iter().copied());
            }
            2 => v.truncate(at),
            3 if !v.is_empty() => {
                let from = rng.below(v.len());
                let len = rng.below(64).min(v.len() - from);
                let piece = v[from..from + len].to_vec();
                v.splice(at..at, piece);
            }
            _ => {
                let end = (at + rng.below(16)).min(v.len());
                v.drain(at..end);
            }
        }
    }
    v
}

fn extraction(bytes: &[u8], index: &Index) {
    let doc = Document::new(
        "robust",
        "robust.txt",
        String::from_utf8_lossy(bytes).as_ref(),
    );
    let x = extract::document(&doc, index);
    for r in &x.relations {
        for e in &r.evidence {
            assert!(
                e.start <= e.end && e.end <= doc.text.len(),
                "evidence span out of the text"
            );
        }
    }
}

fn jsonl(bytes: &[u8]) {
    let options = ReadOptions {
        max_document_bytes: 2048,
        ..ReadOptions::default()
    };
    for r in read::jsonl::records(bytes, Path::new("robust.jsonl"), &options) {
        let _ = r.and_then(read::Record::into_document);
    }
}

fn html(bytes: &[u8]) {
    let page = String::from_utf8_lossy(bytes);
    let _ = read::html::document(&page, "robust.html", Some("https://example.org/"));
}

fn warc(bytes: &[u8]) {
    let options = ReadOptions {
        max_document_bytes: 4096,
        ..ReadOptions::default()
    };
    for r in read::warc::records(bytes, Path::new("robust.warc"), &options) {
        let _ = r.and_then(read::Record::into_document);
    }
}

/// Seeds in each format, built from the articles.
fn as_jsonl(articles: &[Vec<u8>]) -> Vec<Vec<u8>> {
    articles
        .iter()
        .map(|a| {
            let text = String::from_utf8_lossy(&a[..a.len().min(600)]).into_owned();
            let line = serde_json::json!({"id": "x", "text": text, "title": "t"}).to_string();
            format!("{line}\n{line}\n").into_bytes()
        })
        .collect()
}

fn as_html(articles: &[Vec<u8>]) -> Vec<Vec<u8>> {
    articles
        .iter()
        .map(|a| {
            let text = String::from_utf8_lossy(&a[..a.len().min(1500)]).replace("\n\n", "</p><p>");
            format!("<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>").into_bytes()
        })
        .collect()
}

fn as_warc(html: &[Vec<u8>]) -> Vec<Vec<u8>> {
    html.iter()
        .map(|page| {
            let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
            http.extend_from_slice(page);
            let mut w = format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                http.len()
            )
            .into_bytes();
            w.extend_from_slice(&http);
            w.extend_from_slice(b"\r\n\r\nWARC/1.0\r\nWARC-Type: conversion\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n");
            w
        })
        .collect()
}

#[test]
fn saved_crashes_do_not_panic() {
    let index = Index::embedded().unwrap_or_else(|e| panic!("{e}"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crashes");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => jsonl(&bytes),
            Some("html") => html(&bytes),
            Some("warc") => warc(&bytes),
            _ => extraction(&bytes, &index),
        }
    }
}

#[test]
fn extraction_survives_generated_text() {
    let index = Index::embedded().unwrap_or_else(|e| panic!("{e}"));
    let seeds = articles();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..1500 {
        extraction(&generate(&mut rng, &seeds, 1200), &index);
    }
}

#[test]
fn jsonl_reader_survives_generated_lines() {
    let seeds = as_jsonl(&articles());
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..3000 {
        jsonl(&generate(&mut rng, &seeds, 4000));
    }
}

#[test]
fn html_reader_survives_generated_pages() {
    let seeds = as_html(&articles());
    let mut rng = Rng(0xd1b5_4a32_d192_ed03);
    for _ in 0..600 {
        html(&generate(&mut rng, &seeds, 3000));
    }
}

#[test]
fn warc_reader_survives_generated_records() {
    let seeds = as_warc(&as_html(&articles()));
    let mut rng = Rng(0xa076_1d64_78bd_642f);
    for _ in 0..1500 {
        warc(&generate(&mut rng, &seeds, 4000));
    }
}
