//! Throughput of extraction (`extract::document`) over the repository's own
//! articles (`tests/fixtures/dev/*.txt`, `examples/*.txt`), in bytes of
//! article text per second on one thread; and of reading the same articles
//! as JSON Lines. Run with `cargo bench --bench extract`.
//!
//! The whole-process benchmark (reading, parallel extraction, writing) is
//! `scripts/bench-corpus`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newskg::read::{self, ReadOptions};
use newskg::{extract, Document, Index};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn articles() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = Vec::new();
    for dir in ["tests/fixtures/dev", "examples"] {
        let entries =
            std::fs::read_dir(root.join(dir)).expect("the article directories are readable");
        paths.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    paths.sort();
    paths
        .iter()
        .map(|p| read::text_file(p).expect("the articles are UTF-8 text"))
        .collect()
}

fn extraction(c: &mut Criterion) {
    let index = Index::embedded().expect("the built-in lexicon compiles");
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("document/{}-articles", docs.len()), |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::document(black_box(d), &index));
            }
        })
    });
    group.finish();

    let mut jsonl = String::new();
    for d in &docs {
        jsonl += &serde_json::json!({"id": d.id, "text": d.text}).to_string();
        jsonl.push('\n');
    }
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(jsonl.len() as u64));
    group.bench_function("jsonl", |b| {
        b.iter(|| {
            let records = read::jsonl::records(
                jsonl.as_bytes(),
                Path::new("bench.jsonl"),
                &ReadOptions::default(),
            );
            black_box(records.filter_map(Result::ok).count())
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
