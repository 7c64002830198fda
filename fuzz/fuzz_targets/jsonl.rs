//! Fuzz target: the JSON Lines reader on arbitrary bytes, with a small size
//! limit so that the too-large path is reached too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newskg::read::{self, ReadOptions};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions { max_document_bytes: 512, ..ReadOptions::default() };
    for r in read::jsonl::records(data, Path::new("fuzz.jsonl"), &options) {
        let _ = r.and_then(read::Record::into_document);
    }
});
