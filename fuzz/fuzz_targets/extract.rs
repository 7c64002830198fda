//! Fuzz target: the whole extraction pipeline on arbitrary text. Extraction
//! never fails and never panics; spans stay inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newskg::{extract, Document, Index};
use std::sync::OnceLock;

static INDEX: OnceLock<Index> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let index = INDEX.get_or_init(|| Index::embedded().expect("the built-in lexicon compiles"));
    let text = String::from_utf8_lossy(data);
    let doc = Document::new("fuzz", "fuzz.txt", text.as_ref());
    let x = extract::document(&doc, index);
    for r in &x.relations {
        for e in &r.evidence {
            assert!(e.start <= e.end && e.end <= doc.text.len());
        }
    }
});
