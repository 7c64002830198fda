//! `out/` holds the example article's graph in every format, as the first
//! command of the README writes it. This test rebuilds it in a temporary
//! folder and fails when a file in `out/` differs: regenerate with
//! `cargo run --release -- build examples/pentagon-iran-russia.txt -o out`.

use std::path::Path;
use std::process::Command;

#[test]
fn out_matches_a_fresh_build_of_the_example() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("temporary folder");
    let status = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .current_dir(root)
        .args([
            "build",
            "examples/pentagon-iran-russia.txt",
            "--quiet",
            "-o",
        ])
        .arg(tmp.path())
        .status()
        .expect("newskg runs");
    assert!(status.success(), "newskg build failed");
    let mut compared = 0;
    for entry in std::fs::read_dir(tmp.path()).expect("output folder") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("file name").to_owned();
        let fresh = std::fs::read(&path).expect("fresh file");
        let kept = std::fs::read(root.join("out").join(&name)).unwrap_or_else(|e| {
            panic!(
                "out/{}: {e}; regenerate out/ with the README's first command",
                name.to_string_lossy()
            )
        });
        assert!(
            fresh == kept,
            "out/{} is stale; regenerate it with the README's first command",
            name.to_string_lossy()
        );
        compared += 1;
    }
    assert!(compared >= 9, "only {compared} formats were written");
}
