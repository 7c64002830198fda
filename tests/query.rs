//! `newskg query` and `newskg path`, run as the real binary on a JSON graph
//! file written from a hand-built graph: name resolution, filters, the three
//! output formats with awkward names, empty results and empty graphs.

use newskg::{Entity, EntityKind, Evidence, KnowledgeGraph, Polarity, Predicate, Relation};
use std::path::{Path, PathBuf};
use std::process::Command;

const AWKWARD: &str = "\"Q\" <x> \\ y";

fn entity(id: &str, label: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
    let mut e = Entity::new(id, label, kind);
    e.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
    e
}

fn relation(
    s: &str,
    p: Predicate,
    o: &str,
    item: Option<&str>,
    by: Option<&str>,
    pol: Polarity,
    text: &str,
) -> Relation {
    Relation {
        subject: s.into(),
        predicate: p,
        object: o.into(),
        item: item.map(str::to_owned),
        asserted_by: by.map(str::to_owned),
        polarity: pol,
        hedged: false,
        reported_with: None,
        trigger: String::new(),
        rule: String::new(),
        date: None,
        evidence: vec![Evidence {
            doc: "doc-1".into(),
            sentence: 2,
            start: 0,
            end: text.len(),
            text: text.into(),
        }],
    }
}

fn sample_graph() -> KnowledgeGraph {
    use EntityKind::*;
    use Polarity::*;
    use Predicate::*;
    let mut g = KnowledgeGraph::new();
    g.add_entity(entity("iran", "Iran", Country, &["Tehran", "Iranian"]));
    g.add_entity(entity("russia", "Russia", Country, &["Moscow"]));
    g.add_entity(entity("ukraine", "Ukraine", Country, &["Kyiv"]));
    g.add_entity(entity(
        "united-states",
        "United States",
        Country,
        &["Washington", "the U.S."],
    ));
    g.add_entity(entity("kremlin", "Кремль", Organization, &["the Kremlin"]));
    g.add_entity(entity("q", AWKWARD, Person, &["Q"]));
    g.add_entity(entity("lonely", "Lonely Island", Country, &[]));
    g.add_relation(relation(
        "ukraine",
        Accuses,
        "russia",
        None,
        None,
        Asserted,
        "Ukraine accused Russia of shelling.",
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("drones, \"Shahed\""),
        Some("ukraine"),
        Asserted,
        "Kyiv said Tehran supplied drones.",
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("drones"),
        Some("iran"),
        Denied,
        "Iran denied supplying drones.",
    ));
    g.add_relation(relation(
        "united-states",
        WorriesAbout,
        "iran",
        None,
        None,
        Asserted,
        "Washington is worried about Iran.",
    ));
    g.add_relation(relation(
        "q",
        Accuses,
        "kremlin",
        None,
        None,
        Asserted,
        "Q said \"</script><b>x</b>\", a \\ b\nnext line.",
    ));
    g
}

fn write_graph(dir: &Path, name: &str, g: &KnowledgeGraph) -> PathBuf {
    let path = dir.join(name);
    let file =
        std::fs::File::create(&path).unwrap_or_else(|e| panic!("creating {}: {e}", path.display()));
    newskg::write::json(g, file).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    path
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn newskg(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("running newskg: {e}"));
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn with_graph(f: impl FnOnce(&str)) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = write_graph(dir.path(), "graph.json", &sample_graph());
    f(&path.to_string_lossy());
}

/// Runs `newskg query GRAPH <args> --format json` and returns (subject, relation, object, claimant, polarity) rows.
fn check(args: &[&str], expected: &[(&str, &str, &str, &str, &str)]) {
    with_graph(|graph| {
        let mut all = vec!["query", graph, "--format", "json"];
        all.extend_from_slice(args);
        let run = newskg(&all);
        assert_eq!(run.code, 0, "query {args:?} failed: {}", run.stderr);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("query {args:?} gave bad JSON ({e}):\n{}", run.stdout));
        let got: Vec<(String, String, String, String, String)> = rows
            .iter()
            .map(|r| {
                let f = |k: &str| r[k].as_str().unwrap_or_default().to_owned();
                (
                    f("subject"),
                    f("relation"),
                    f("object"),
                    f("claimant"),
                    f("polarity"),
                )
            })
            .collect();
        let expected: Vec<(String, String, String, String, String)> = expected
            .iter()
            .map(|(a, b, c, d, e)| {
                (
                    (*a).into(),
                    (*b).into(),
                    (*c).into(),
                    (*d).into(),
                    (*e).into(),
                )
            })
            .collect();
        assert_eq!(got, expected, "query {args:?}");
    });
}

#[test]
fn names_resolve_through_aliases_case_and_a_leading_the() {
    let supplies = [
        ("Iran", "supplies", "Russia", "Iran", "denied"),
        ("Iran", "supplies", "Russia", "Ukraine", "asserted"),
    ];
    check(&["--subject", "Tehran"], &supplies);
    check(
        &["--subject", "the IRAN", "--predicate", "supplies"],
        &supplies,
    );
    check(
        &["--object", "kremlin"],
        &[(AWKWARD, "accuses", "Кремль", "", "asserted")],
    );
    check(
        &["--object", "КРЕМЛЬ"],
        &[(AWKWARD, "accuses", "Кремль", "", "asserted")],
    );
    check(
        &["--subject", "U.S."],
        &[("United States", "worries-about", "Iran", "", "asserted")],
    );
    check(
        &["--subject", AWKWARD],
        &[(AWKWARD, "accuses", "Кремль", "", "asserted")],
    );
}

#[test]
fn filters_by_predicate_claimant_and_polarity() {
    check(
        &["--predicate", "accuses"],
        &[
            (AWKWARD, "accuses", "Кремль", "", "asserted"),
            ("Ukraine", "accuses", "Russia", "", "asserted"),
        ],
    );
    check(
        &["--predicate", "worriesAbout"],
        &[("United States", "worries-about", "Iran", "", "asserted")],
    );
    check(
        &["--asserted-by", "Kyiv"],
        &[("Iran", "supplies", "Russia", "Ukraine", "asserted")],
    );
    check(
        &["--polarity", "denied"],
        &[("Iran", "supplies", "Russia", "Iran", "denied")],
    );
    check(
        &["--subject", "Iran", "--polarity", "asserted"],
        &[("Iran", "supplies", "Russia", "Ukraine", "asserted")],
    );
}

#[test]
fn unknown_name_is_an_error_that_lists_the_closest_names() {
    with_graph(|graph| {
        let run = newskg(&["query", graph, "--subject", "Tehrn"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("no entity is called `Tehrn`"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("closest names: Tehran (Iran)"),
            "{}",
            run.stderr
        );
        assert_eq!(run.stdout, "");
    });
}

#[test]
fn unknown_relation_and_format_are_errors() {
    with_graph(|graph| {
        let run = newskg(&["query", graph, "--predicate", "likes"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("unknown relation `likes`") && run.stderr.contains("worries-about"),
            "{}",
            run.stderr
        );
        let run = newskg(&["query", graph, "--format", "xml"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("use table, csv or json"),
            "{}",
            run.stderr
        );
    });
}

#[test]
fn empty_result_says_so_on_stderr_and_prints_an_empty_result() {
    with_graph(|graph| {
        let args = ["query", graph, "--subject", "Lonely Island"];
        let run = newskg(&[&args[..], &["--format", "json"]].concat());
        assert_eq!((run.code, run.stdout.as_str()), (0, "[]\n"));
        assert!(run.stderr.contains("no relations match"), "{}", run.stderr);
        let run = newskg(&[&args[..], &["--format", "csv"]].concat());
        assert_eq!(
            (run.code, run.stdout.as_str()),
            (0, "subject,relation,object,item,claimant,polarity\r\n")
        );
        let run = newskg(&args);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("subject") && run.stdout.lines().count() == 4,
            "{}",
            run.stdout
        );
    });
}

#[test]
fn empty_graph_gives_empty_results() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = write_graph(dir.path(), "empty.json", &KnowledgeGraph::new());
    let run = newskg(&["query", &path.to_string_lossy(), "--format", "json"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "[]\n"),
        "{}",
        run.stderr
    );
    let run = newskg(&["query", &path.to_string_lossy(), "--subject", "Iran"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("the graph has no entities"),
        "{}",
        run.stderr
    );
}

#[test]
fn csv_quotes_awkward_names_and_sentences() {
    with_graph(|graph| {
        let run = newskg(&[
            "query",
            graph,
            "--format",
            "csv",
            "--evidence",
            "--subject",
            "Q",
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            run.stdout,
            "subject,relation,object,item,claimant,polarity,document,sentence\r\n\
             \"\"\"Q\"\" <x> \\ y\",accuses,Кремль,,,asserted,doc-1,\"Q said \"\"</script><b>x</b>\"\", a \\ b\nnext line.\"\r\n"
        );
        let run = newskg(&[
            "query",
            graph,
            "--format",
            "csv",
            "--subject",
            "Iran",
            "--asserted-by",
            "Ukraine",
        ]);
        assert!(
            run.stdout
                .contains(",\"drones, \"\"Shahed\"\"\",Ukraine,asserted\r\n"),
            "{}",
            run.stdout
        );
    });
}

#[test]
fn json_keeps_awkward_names_and_sentences_intact() {
    with_graph(|graph| {
        let run = newskg(&[
            "query",
            graph,
            "--format",
            "json",
            "--evidence",
            "--object",
            "Кремль",
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let rows: serde_json::Value =
            serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
        assert_eq!(rows[0]["subject"], AWKWARD);
        assert_eq!(rows[0]["object"], "Кремль");
        assert_eq!(
            rows[0]["sentence"],
            "Q said \"</script><b>x</b>\", a \\ b\nnext line."
        );
        assert_eq!(rows[0]["document"], "doc-1");
        assert_eq!(
            (&rows[0]["subject_id"], &rows[0]["object_id"]),
            (&serde_json::json!("q"), &serde_json::json!("kremlin"))
        );
        assert!(
            rows[0]["item"].is_null() && rows[0]["claimant"].is_null(),
            "{rows}"
        );
    });
}

#[test]
fn table_shows_claimant_polarity_and_escapes_line_breaks() {
    with_graph(|graph| {
        let run = newskg(&["query", graph, "--evidence", "--subject", "Q"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout.contains(AWKWARD) && run.stdout.contains("Кремль"),
            "{}",
            run.stdout
        );
        assert!(
            run.stdout.contains("a \\ b\\nnext line."),
            "line break not escaped:\n{}",
            run.stdout
        );
        let run = newskg(&["query", graph, "--polarity", "denied"]);
        assert!(
            run.stdout.contains("denied") && run.stdout.contains("claimant"),
            "{}",
            run.stdout
        );
    });
}

#[test]
fn several_graph_files_merge_and_broken_or_unknown_files_are_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let a = write_graph(dir.path(), "a.json", &sample_graph());
    let mut other = KnowledgeGraph::new();
    other.add_entity(entity("iran", "Iran", EntityKind::Country, &["Persia"]));
    other.add_entity(entity("iraq", "Iraq", EntityKind::Country, &[]));
    other.add_relation(relation(
        "iran",
        Predicate::Supports,
        "iraq",
        None,
        None,
        Polarity::Asserted,
        "x",
    ));
    let b = write_graph(dir.path(), "b.json", &other);
    let run = newskg(&[
        "query",
        &a.to_string_lossy(),
        &b.to_string_lossy(),
        "--subject",
        "Persia",
        "--format",
        "csv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 4, "{}", run.stdout);

    let ttl = dir.path().join("graph.ttl");
    std::fs::write(&ttl, "<a> <b> <c> .\n").unwrap_or_else(|e| panic!("{e}"));
    let run = newskg(&["query", &ttl.to_string_lossy()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("graph.ttl: Parser error at line 1"),
        "{}",
        run.stderr
    );

    let txt = dir.path().join("notes.txt");
    std::fs::write(&txt, "Iran denied it.\n").unwrap_or_else(|e| panic!("{e}"));
    let run = newskg(&["query", &txt.to_string_lossy()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("notes.txt: unknown graph file extension"),
        "{}",
        run.stderr
    );

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"entities\": [\n  {\"id\": 3}\n]}").unwrap_or_else(|e| panic!("{e}"));
    let run = newskg(&["query", &bad.to_string_lossy()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("bad.json: invalid JSON graph at line 2 column"),
        "{}",
        run.stderr
    );
}

#[test]
fn path_shows_the_shortest_chain_with_directions_and_evidence() {
    with_graph(|graph| {
        let run = newskg(&["path", graph, "Washington", "Kyiv"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            run.stdout,
            "chain 1 (3 steps):\n\
             \x20 United States --worries-about--> Iran\n\
             \x20     [doc-1 #2] Washington is worried about Iran.\n\
             \x20 Iran --[denied] supplies--> Russia  (item: drones; denied by Iran)\n\
             \x20     [doc-1 #2] Iran denied supplying drones.\n\
             \x20 Iran --supplies--> Russia  (item: drones, \"Shahed\"; claimed by Ukraine)\n\
             \x20     [doc-1 #2] Kyiv said Tehran supplied drones.\n\
             \x20 Russia <--accuses-- Ukraine\n\
             \x20     [doc-1 #2] Ukraine accused Russia of shelling.\n"
        );
    });
}

#[test]
fn path_between_unlinked_or_unknown_entities() {
    with_graph(|graph| {
        let run = newskg(&["path", graph, "Iran", "Lonely Island"]);
        assert_eq!((run.code, run.stdout.as_str()), (0, ""));
        assert!(
            run.stderr
                .contains("no chain of relations links Iran and Lonely Island"),
            "{}",
            run.stderr
        );
        let run = newskg(&["path", graph, "Iran", "Rusia"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("closest names: Russia"),
            "{}",
            run.stderr
        );
    });
}
