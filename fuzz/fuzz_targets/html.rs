//! Fuzz target: main-text extraction of arbitrary HTML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newskg::read;

fuzz_target!(|data: &[u8]| {
    if let Ok(page) = std::str::from_utf8(data) {
        let _ = read::html::document(page, "fuzz.html", Some("https://example.org/a"));
    }
});
