//! `newskg render`, run as the real binary with the real Graphviz and, for
//! the HTML page, the real headless Chromium: every format, the views, and
//! awkward names that must neither break the output nor inject markup.

use newskg::{Entity, EntityKind, Evidence, KnowledgeGraph, Polarity, Predicate, Relation};
use std::path::{Path, PathBuf};
use std::process::Command;

const AWKWARD: &str = "\"Q\" <x> \\ y\nКремль-2";
const SCRIPT_SENTENCE: &str = "Q said \"</script><script>alert(1)</script>\" & <b>left</b>.";

fn entity(id: &str, label: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
    let mut e = Entity::new(id, label, kind);
    e.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
    e
}

fn relation(
    s: &str,
    p: Predicate,
    o: &str,
    by: Option<&str>,
    pol: Polarity,
    texts: &[&str],
) -> Relation {
    Relation {
        subject: s.into(),
        predicate: p,
        object: o.into(),
        item: None,
        asserted_by: by.map(str::to_owned),
        polarity: pol,
        hedged: false,
        reported_with: None,
        trigger: String::new(),
        rule: String::new(),
        date: None,
        evidence: texts
            .iter()
            .enumerate()
            .map(|(i, t)| Evidence {
                doc: format!("doc-{i}"),
                sentence: i,
                start: 0,
                end: t.len(),
                text: (*t).into(),
            })
            .collect(),
    }
}

/// A chain Ukraine - Russia - Iran - Iraq, a Cyrillic organization and a
/// person with an awkward name; one relation has two evidence sentences.
fn sample_graph() -> KnowledgeGraph {
    use EntityKind::*;
    use Polarity::*;
    use Predicate::*;
    let mut g = KnowledgeGraph::new();
    g.add_entity(entity("iran", "Iran", Country, &["Tehran"]));
    g.add_entity(entity("iraq", "Iraq", Country, &[]));
    g.add_entity(entity("russia", "Russia", Country, &[]));
    g.add_entity(entity("ukraine", "Ukraine", Country, &["Kyiv"]));
    g.add_entity(entity("kremlin", "Кремль", Organization, &["the Kremlin"]));
    g.add_entity(entity("q", AWKWARD, Person, &[]));
    g.add_relation(relation(
        "ukraine",
        Accuses,
        "russia",
        None,
        Asserted,
        &["Ukraine accused Russia.", "Kyiv again accused Moscow."],
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("ukraine"),
        Asserted,
        &["Kyiv says Tehran sends drones."],
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("iran"),
        Denied,
        &["Iran denied it."],
    ));
    g.add_relation(relation(
        "iran",
        Supports,
        "iraq",
        None,
        Asserted,
        &["Iran backs Iraq."],
    ));
    g.add_relation(relation(
        "q",
        AffiliatedWith,
        "kremlin",
        None,
        Asserted,
        &["Q of the Kremlin."],
    ));
    g.add_relation(relation(
        "q",
        Accuses,
        "ukraine",
        None,
        Asserted,
        &[SCRIPT_SENTENCE],
    ));
    g
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn newskg_with_path(args: &[&str], path_env: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newskg"));
    cmd.args(args);
    if let Some(p) = path_env {
        cmd.env("PATH", p);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("running newskg: {e}"));
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn newskg(args: &[&str]) -> Run {
    newskg_with_path(args, None)
}

struct Fixture {
    dir: tempfile::TempDir,
    graph: String,
}

impl Fixture {
    fn new(g: &KnowledgeGraph) -> Fixture {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let path = dir.path().join("graph.json");
        let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
        newskg::write::json(g, file).unwrap_or_else(|e| panic!("{e}"));
        Fixture {
            graph: path.to_string_lossy().into_owned(),
            dir,
        }
    }

    fn out(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Renders to a file and returns its bytes.
    fn render(&self, name: &str, extra: &[&str]) -> Vec<u8> {
        let out = self.out(name);
        let out_s = out.to_string_lossy().into_owned();
        let args: Vec<&str> = [
            &["render", self.graph.as_str(), "-o", out_s.as_str()][..],
            extra,
        ]
        .concat();
        let run = newskg(&args);
        assert_eq!(run.code, 0, "render {extra:?} failed: {}", run.stderr);
        std::fs::read(&out).unwrap_or_else(|e| panic!("reading {}: {e}", out.display()))
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_format_is_written() {
    let f = Fixture::new(&sample_graph());
    let svg = text(&f.render("g.svg", &[]));
    assert!(
        svg.contains("<svg")
            && svg.contains("Кремль")
            && svg.contains("&quot;Q&quot; &lt;x&gt; \\ y"),
        "{svg}"
    );
    let png = f.render("g.png", &[]);
    assert!(
        png.starts_with(b"\x89PNG\r\n") && png.len() > 10_000,
        "PNG of {} bytes",
        png.len()
    );
    let pdf = f.render("g.pdf", &[]);
    assert!(
        pdf.starts_with(b"%PDF-") && pdf.len() > 5_000,
        "PDF of {} bytes",
        pdf.len()
    );
    let dot = text(&f.render("g.gv", &[]));
    assert!(
        dot.starts_with("digraph \"newskg\" {") && dot.contains(r#"\"Q\" <x> \\ y"#),
        "{dot}"
    );
    let html = text(&f.render("g.html", &[]));
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<svg"),
        "{html}"
    );
    let forced = text(&f.render("g.out", &["--format", "dot"]));
    assert_eq!(forced, dot);
}

#[test]
fn svg_goes_to_standard_output_without_o() {
    let f = Fixture::new(&sample_graph());
    let run = newskg(&["render", &f.graph]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(text(&run.stdout).contains("<svg"));
}

#[test]
fn html_keeps_awkward_names_as_data_not_markup() {
    let f = Fixture::new(&sample_graph());
    let html = text(&f.render("g.html", &[]));
    assert_eq!(
        html.matches("</script>").count(),
        2,
        "a name closed a script element:\n{html}"
    );
    assert_eq!(
        html.matches("<script").count(),
        2,
        "a name opened a script element"
    );
    assert!(
        !html.contains("<x>") && !html.contains("<b>left"),
        "markup from a name leaked into the page"
    );
    let start = html
        .find(r#"<script type="application/json" id="newskg-data">"#)
        .map(|i| i + 49)
        .unwrap_or(0);
    let end = html[start..]
        .find("</script>")
        .map(|i| start + i)
        .unwrap_or(start);
    let data: serde_json::Value = serde_json::from_str(&html[start..end])
        .unwrap_or_else(|e| panic!("page data is not JSON ({e}): {}", &html[start..end]));
    let relations = data["relations"].as_array().cloned().unwrap_or_default();
    assert_eq!(relations.len(), 6);
    assert!(
        relations
            .iter()
            .any(|r| r["subject"] == AWKWARD && r["evidence"][0]["text"] == SCRIPT_SENTENCE),
        "{data}"
    );
    assert!(
        relations
            .iter()
            .any(|r| r["polarity"] == "denied" && r["claimant"] == "Iran"),
        "{data}"
    );
    assert!(data["entities"]
        .as_array()
        .is_some_and(|es| es.iter().any(|e| e["label"] == "Кремль")));
    assert!(
        !html.contains("src=") && !html.contains("href=\"http"),
        "the page loads something from outside"
    );
}

#[test]
fn focus_and_depth_cut_a_neighbourhood() {
    let f = Fixture::new(&sample_graph());
    let depth1 = text(&f.render("f1.dot", &["--focus", "Tehran", "--depth", "1"]));
    assert!(
        depth1.contains("label=\"Iraq\"") && depth1.contains("label=\"Russia\""),
        "{depth1}"
    );
    // Ukraine is kept as the claimant of "Iran supplies Russia", but its own
    // accusation of Russia lies two steps from Iran.
    assert!(
        depth1.contains("label=\"Ukraine\"") && !depth1.contains("label=\"accuses\""),
        "{depth1}"
    );
    assert!(!depth1.contains("Кремль"), "{depth1}");
    let depth3 = text(&f.render("f3.dot", &["--focus", "iraq", "--depth", "3"]));
    assert!(
        depth3.contains("label=\"accuses\"") && !depth3.contains("Кремль"),
        "{depth3}"
    );
    assert!(
        !depth3.contains(r#"\"Q\" <x> \\ y"#),
        "Q is four steps from Iraq:\n{depth3}"
    );
    let depth5 = text(&f.render("f5.dot", &["--focus", "iraq", "--depth", "5"]));
    assert!(
        depth5.contains("label=\"Кремль\"") && depth5.contains(r#"\"Q\" <x> \\ y"#),
        "{depth5}"
    );
}

#[test]
fn relation_and_evidence_filters() {
    let f = Fixture::new(&sample_graph());
    let accuses = text(&f.render("a.dot", &["--relations", "accuses"]));
    assert_eq!(accuses.matches(" -> ").count(), 2, "{accuses}");
    assert!(!accuses.contains("label=\"Iraq\""), "{accuses}");
    let both = text(&f.render("b.dot", &["--relations", "accuses,supports"]));
    assert_eq!(both.matches(" -> ").count(), 3, "{both}");
    let well_attested = text(&f.render("m.dot", &["--min-evidence", "2"]));
    assert_eq!(well_attested.matches(" -> ").count(), 1, "{well_attested}");
    assert!(well_attested.contains("penwidth=1.5"), "{well_attested}");
}

#[test]
fn bad_arguments_are_errors_that_say_what_to_do() {
    let f = Fixture::new(&sample_graph());
    let out = f.out("x.svg").to_string_lossy().into_owned();
    let run = newskg(&["render", &f.graph, "--focus", "Tehrn", "-o", &out]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("closest names: Tehran (Iran)"),
        "{}",
        run.stderr
    );
    let run = newskg(&["render", &f.graph, "--relations", "likes", "-o", &out]);
    assert!(
        run.code == 2 && run.stderr.contains("unknown relation `likes`"),
        "{}",
        run.stderr
    );
    let run = newskg(&["render", &f.graph, "-o", &f.out("x.jpeg").to_string_lossy()]);
    assert!(
        run.code == 2
            && run
                .stderr
                .contains("give --format (svg, png, pdf, html, dot)"),
        "{}",
        run.stderr
    );
    assert!(!f.out("x.svg").exists(), "a failed render left a file");
}

#[test]
fn missing_graphviz_says_what_to_install() {
    let f = Fixture::new(&sample_graph());
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = f.out("g.svg").to_string_lossy().into_owned();
    let run = newskg_with_path(
        &["render", &f.graph, "-o", &out],
        Some(&empty.path().to_string_lossy()),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("install Graphviz") && run.stderr.contains("apt-get install graphviz"),
        "{}",
        run.stderr
    );
    assert!(!f.out("g.svg").exists());
    let dot = f.out("g.dot").to_string_lossy().into_owned();
    let run = newskg_with_path(
        &["render", &f.graph, "-o", &dot],
        Some(&empty.path().to_string_lossy()),
    );
    assert_eq!(run.code, 0, "DOT needs no Graphviz: {}", run.stderr);
}

#[test]
fn empty_graph_renders_with_a_note() {
    let f = Fixture::new(&KnowledgeGraph::new());
    let out = f.out("e.html").to_string_lossy().into_owned();
    let run = newskg(&["render", &f.graph, "-o", &out]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("no relations to draw"),
        "{}",
        run.stderr
    );
    let html = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        html.contains("<svg") && html.contains("0 entities, 0 relations"),
        "{html}"
    );
}

/// The Chromium binary, or `None` when the test may be skipped.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(name);
        }
    }
    if std::env::var("NEWSKG_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("\n!!! SKIPPING the headless-browser test: Chromium is not installed and NEWSKG_SKIP_BROWSER=1 !!!\n");
        return None;
    }
    panic!("this test needs Chromium: install it (Debian: apt-get install -y chromium), or set NEWSKG_SKIP_BROWSER=1 to skip it");
}

fn run_chromium(browser: &str, extra: &[&str], url: &str) -> (Vec<u8>, String) {
    let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .output()
        .unwrap_or_else(|e| panic!("running {browser}: {e}"));
    assert!(
        out.status.success(),
        "{browser} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn html_page_works_in_headless_chromium() {
    let Some(browser) = chromium() else { return };
    let f = Fixture::new(&sample_graph());
    f.render("page.html", &[]);
    let page = f.out("page.html");

    let shot = f.out("shot.png");
    run_chromium(
        browser,
        &[&format!("--screenshot={}", shot.display())],
        &file_url(&page),
    );
    let png =
        std::fs::read(&shot).unwrap_or_else(|e| panic!("no screenshot at {}: {e}", shot.display()));
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "screenshot of only {} bytes",
        png.len()
    );

    // The script ran, found one SVG edge per relation and, for `#r<i>`,
    // shows that relation's evidence as text (never as markup).
    let data = text(&f.render("ids.dot", &[]));
    let awkward_edge = data
        .lines()
        .find(|l| l.contains(" -> ") && l.contains("label=\"accuses\"") && l.contains("\\\"Q\\\""))
        .and_then(|l| l.split("id=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no edge for Q's accusation in:\n{data}"))
        .to_owned();
    let (dom, _) = run_chromium(
        browser,
        &["--dump-dom"],
        &format!("{}#{awkward_edge}", file_url(&page)),
    );
    let dom = text(&dom);
    assert!(
        dom.contains("data-edges=\"6\""),
        "the page script did not find the 6 edges:\n{dom}"
    );
    assert!(
        dom.contains("Q said \"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" &amp; &lt;b&gt;left&lt;/b&gt;."),
        "the evidence panel does not show the sentence as text:\n{dom}"
    );
    assert!(
        !dom.contains("<b>left</b>"),
        "the sentence was injected as markup"
    );
}

#[test]
fn html_and_svg_are_byte_identical_across_runs() {
    let f = Fixture::new(&sample_graph());
    assert!(
        f.render("a.html", &[]) == f.render("b.html", &[]),
        "HTML differs between runs"
    );
    assert!(
        f.render("a.svg", &[]) == f.render("b.svg", &[]),
        "SVG differs between runs"
    );
}
