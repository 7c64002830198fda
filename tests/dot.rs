//! The DOT writer against the real Graphviz: a hand-built graph with awkward
//! names must lay out with `dot -Tsvg` without a warning, keep every name
//! intact, and draw claims and denials as such.

use newskg::write::{self, Format, WriteOptions};
use newskg::{Entity, EntityKind, Evidence, KnowledgeGraph, Polarity, Predicate, Relation};
use std::io::Write as _;
use std::process::{Command, Stdio};

const AWKWARD: &str = "\"Q\" <x> \\ y";

fn entity(id: &str, label: &str, kind: EntityKind, aliases: &[&str], role: Option<&str>) -> Entity {
    let mut e = Entity::new(id, label, kind);
    e.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
    e.role = role.map(str::to_owned);
    e
}

#[allow(clippy::too_many_arguments)]
fn relation(
    s: &str,
    p: Predicate,
    o: &str,
    item: Option<&str>,
    by: Option<&str>,
    pol: Polarity,
    doc: &str,
    text: &str,
) -> Relation {
    Relation {
        item: item.map(str::to_owned),
        asserted_by: by.map(str::to_owned),
        polarity: pol,
        evidence: vec![Evidence::new(doc, 0, 0, text.len(), text)],
        ..Relation::new(s, p, o)
    }
}

/// Countries, a person with quotes, angle brackets and a backslash in the
/// name, an organization in Cyrillic, a group with a line break; a plain
/// relation, a claim, a denial and an affiliation.
fn awkward_graph() -> KnowledgeGraph {
    use EntityKind::*;
    use Polarity::*;
    use Predicate::*;
    let mut g = KnowledgeGraph::new();
    g.add_entity(entity("iran", "Iran", Country, &["Tehran"], None));
    g.add_entity(entity("russia", "Russia", Country, &["Moscow"], None));
    g.add_entity(entity("ukraine", "Ukraine", Country, &["Kyiv"], None));
    g.add_entity(entity("kremlin", "Кремль", Organization, &[], None));
    g.add_entity(entity(
        "q",
        AWKWARD,
        Person,
        &[],
        Some("Envoy & \"special\" <adviser>"),
    ));
    g.add_entity(entity("group", "Line\nbreak & </script>", Group, &[], None));
    g.add_relation(relation(
        "ukraine",
        Accuses,
        "russia",
        None,
        None,
        Asserted,
        "a",
        "Ukraine accused Russia.",
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("\"Shahed\" drones"),
        Some("ukraine"),
        Asserted,
        "a",
        "Kyiv says Tehran supplies drones.",
    ));
    g.add_relation(relation(
        "iran",
        Supplies,
        "russia",
        Some("drones"),
        Some("iran"),
        Denied,
        "b",
        "Iran denied it.",
    ));
    g.add_relation(relation(
        "q",
        AffiliatedWith,
        "kremlin",
        None,
        None,
        Asserted,
        "b",
        "Q of the Kremlin.",
    ));
    g.add_relation(relation(
        "q",
        WorriesAbout,
        "group",
        None,
        None,
        Asserted,
        "b",
        "Q worries <b>a lot</b> \\ about it.",
    ));
    g
}

fn dot_text(g: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    let written = write::write(g, Format::Dot, &WriteOptions::default(), &mut out);
    assert!(written.is_ok(), "writing DOT: {written:?}");
    String::from_utf8(out).unwrap_or_default()
}

/// Runs the real `dot -T<format>`; fails with what to install when it is missing.
fn run_dot(dot: &str, format: &str) -> (Vec<u8>, String) {
    let child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        panic!("this test needs Graphviz `dot`: install it (apt-get install graphviz)");
    };
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(dot.as_bytes())
            .unwrap_or_else(|e| panic!("writing to dot: {e}"));
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("running dot: {e}"));
    assert!(
        out.status.success(),
        "dot -T{format} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn real_dot_renders_awkward_names_without_warnings() {
    let dot = dot_text(&awkward_graph());
    let (svg, stderr) = run_dot(&dot, "svg");
    assert_eq!(stderr, "", "dot warned on:\n{dot}");
    let svg = String::from_utf8_lossy(&svg);
    for expected in [
        "&quot;Q&quot; &lt;x&gt; \\ y",
        "Кремль",
        "Line",
        "break &amp; &lt;/script&gt;",
        "Envoy &amp; &quot;special&quot; &lt;adviser&gt;",
        "[denied] supplies: drones",
        "denied by Iran",
        "supplies: &quot;Shahed&quot; drones",
        "claimed by Ukraine",
    ] {
        assert!(svg.contains(expected), "SVG lacks {expected:?}:\n{svg}");
    }
    assert!(
        !svg.contains("<x>") && !svg.contains("</script>") && !svg.contains("<b>"),
        "markup leaked into the SVG"
    );
}

#[test]
fn real_dot_renders_png_of_awkward_names_without_warnings() {
    let (png, stderr) = run_dot(&dot_text(&awkward_graph()), "png");
    assert_eq!(stderr, "");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "PNG too small: {} bytes",
        png.len()
    );
}

#[test]
fn svg_format_goes_through_the_system_dot() {
    let mut out = Vec::new();
    let written = write::write(
        &awkward_graph(),
        Format::Svg,
        &WriteOptions::default(),
        &mut out,
    );
    assert!(written.is_ok(), "{written:?}");
    let svg = String::from_utf8_lossy(&out);
    assert!(svg.contains("<svg") && svg.contains("Кремль"));
}

fn edge_line<'a>(dot: &'a str, id: &str) -> &'a str {
    let key = format!("id=\"{id}\"");
    dot.lines()
        .find(|l| l.contains("->") && l.contains(&key))
        .unwrap_or_else(|| panic!("no edge {id} in:\n{dot}"))
}

fn check(relation_index: usize, expected: &[&str]) {
    let dot = dot_text(&awkward_graph());
    let line = edge_line(&dot, &format!("r{relation_index}"));
    for e in expected {
        assert!(
            line.contains(e),
            "edge r{relation_index} lacks {e:?}: {line}"
        );
    }
}

#[test]
fn claims_are_dashed_denials_dotted_facts_solid() {
    // Relations sort by subject, predicate, object, claimant, polarity:
    // iran supplies (claimed by iran, denied), iran supplies (claimed by ukraine),
    // q worries-about, q affiliated-with, ukraine accuses.
    check(
        0,
        &[
            "style=dotted",
            "#7f7f7f",
            r#"label="[denied] supplies: drones\ndenied by Iran""#,
        ],
    );
    check(
        1,
        &[
            "style=dashed",
            "#1f77b4",
            r#"label="supplies: \"Shahed\" drones\nclaimed by Ukraine""#,
        ],
    );
    check(2, &["style=solid", "#ff7f0e", r#"label="worries-about""#]);
    check(3, &["style=solid", "#b0b0b0", r#"label="affiliated-with""#]);
    check(4, &["style=solid", "#d62728", r#"label="accuses""#]);
}

#[test]
fn diagram_is_laid_out_left_to_right_with_a_legend_and_an_affiliation_cluster() {
    let dot = dot_text(&awkward_graph());
    for expected in [
        "rankdir=LR",
        "concentrate=false",
        "<B>Legend</B>",
        "subgraph cluster_0",
        "dashed",
        "dotted",
    ] {
        assert!(dot.contains(expected), "DOT lacks {expected:?}:\n{dot}");
    }
    let cluster = dot
        .split("subgraph cluster_0")
        .nth(1)
        .and_then(|s| s.split('}').next())
        .unwrap_or_default();
    assert!(
        cluster.contains("Кремль") && cluster.contains(r#"\"Q\" <x> \\ y"#),
        "official not beside the Kremlin:\n{cluster}"
    );
}

#[test]
fn dot_output_is_deterministic() {
    assert_eq!(dot_text(&awkward_graph()), dot_text(&awkward_graph()));
}

#[test]
fn empty_graph_is_a_valid_diagram() {
    let (svg, stderr) = run_dot(&dot_text(&KnowledgeGraph::new()), "svg");
    assert_eq!(stderr, "");
    assert!(String::from_utf8_lossy(&svg).contains("<svg"));
}
