//! Fuzz target: the WARC reader on arbitrary bytes, plain and as if
//! gzip-compressed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newskg::read::{self, ReadOptions};
use std::io::BufReader;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions { max_document_bytes: 4096, ..ReadOptions::default() };
    for r in read::warc::records(data, Path::new("fuzz.warc"), &options) {
        let _ = r.and_then(read::Record::into_document);
    }
    let inflated = BufReader::new(flate2::read::MultiGzDecoder::new(data));
    for r in read::warc::records(inflated, Path::new("fuzz.warc.gz"), &options).take(64) {
        let _ = r.and_then(read::Record::into_document);
    }
});
