//! Scoring by the rules of the annotation contract: each case is a gold
//! annotation, a graph built by hand, and the counts the rules give, worked
//! out by hand. Then `newskg eval` itself, on the fixtures of
//! `tests/fixtures/eval/`.

use newskg::eval::{self, Counts, Finding, Gold, NodeError, Scores};
use newskg::{Entity, EntityKind, Evidence, KnowledgeGraph, Polarity, Predicate, Relation};
use std::path::Path;
use std::process::Command;

/// Five scored entities (the Group is not scored); relations: two required
/// core (accuses, supplies), one optional core (worries-about), two
/// required extended (cooperates-with, affiliated-with).
const GOLD: &str = r#"{
  "doc": "pentagon.txt",
  "entities": [
    {"name": "Iran", "type": "Country", "aliases": ["Tehran", "Islamic Republic of Iran"], "wikidata": "Q794"},
    {"name": "Russia", "type": "Country", "aliases": ["Moscow"], "wikidata": "Q159"},
    {"name": "United States", "type": "Country", "aliases": ["US", "Washington"], "wikidata": "Q30"},
    {"name": "Pentagon", "type": "Organization", "aliases": ["Department of Defense"]},
    {"name": "Dana Stroul", "type": "Person", "aliases": ["Stroul"]},
    {"name": "the West", "type": "Group"}
  ],
  "optional_entities": ["Ukraine"],
  "relations": [
    {"s": ["Dana Stroul", "United States", "Pentagon"], "p": "accuses", "o": ["Iran"]},
    {"s": ["Iran"], "p": "supplies", "o": ["Russia"], "asserted_by": ["Dana Stroul", "Pentagon"]},
    {"s": ["Russia"], "p": "cooperates-with", "o": ["Iran"]},
    {"s": ["United States"], "p": "worriesAbout", "o": ["Russia"], "optional": true},
    {"s": "Dana Stroul", "p": "affiliated-with", "o": ["Pentagon"]}
  ]
}"#;

fn node(id: &str, label: &str, kind: EntityKind) -> Entity {
    Entity::new(id, label, kind)
}

fn aka(mut e: Entity, aliases: &[&str], wikidata: Option<&str>) -> Entity {
    e.aliases = aliases.iter().map(|a| a.to_string()).collect();
    e.wikidata = wikidata.map(str::to_owned);
    e
}

fn edge(s: &str, p: Predicate, o: &str) -> Relation {
    Relation {
        evidence: vec![Evidence::new("pentagon", 0, 0, 1, "x")],
        ..Relation::new(s, p, o)
    }
}

fn by(mut r: Relation, claimant: &str) -> Relation {
    r.asserted_by = Some(claimant.into());
    r
}

fn denied(mut r: Relation) -> Relation {
    r.polarity = Polarity::Denied;
    r
}

/// The five gold entities, spelled as gold spells them.
fn exact_nodes() -> Vec<Entity> {
    vec![
        node("iran", "Iran", EntityKind::Country),
        node("russia", "Russia", EntityKind::Country),
        node("united-states", "United States", EntityKind::Country),
        node("pentagon", "Pentagon", EntityKind::Organization),
        node("dana-stroul", "Dana Stroul", EntityKind::Person),
    ]
}

fn graph(nodes: Vec<Entity>, edges: Vec<Relation>) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    for n in nodes {
        g.add_entity(n);
    }
    for e in edges {
        assert!(
            g.add_relation(e).is_some(),
            "an edge of a test graph names an unknown node"
        );
    }
    g
}

/// Counts as (matched predictions, predictions, matched gold, gold).
type Quad = (usize, usize, usize, usize);

fn quad(c: Counts) -> Quad {
    (c.matched_predictions, c.predictions, c.matched_gold, c.gold)
}

/// Expected counts of entities, core, all and claims.
struct Expected {
    entities: Quad,
    core: Quad,
    all: Quad,
    claims: Quad,
}

fn check(gold: &str, predicted: &KnowledgeGraph, expected: Expected) {
    let gold = Gold::from_json(gold).expect("test gold parses");
    let s = eval::score(&gold, predicted);
    let got = (quad(s.entities), quad(s.core), quad(s.all), quad(s.claims));
    assert_eq!(
        got,
        (
            expected.entities,
            expected.core,
            expected.all,
            expected.claims
        ),
        "entities, core, all, claims"
    );
    assert_eq!(s.documents, 1);
}

const NO_RELATIONS_CORE: Quad = (0, 0, 0, 2);
const NO_RELATIONS_ALL: Quad = (0, 0, 0, 4);
const NO_CLAIMS: Quad = (0, 0, 0, 0);

fn entities_only(nodes: Vec<Entity>, entities: Quad) {
    check(
        GOLD,
        &graph(nodes, vec![]),
        Expected {
            entities,
            core: NO_RELATIONS_CORE,
            all: NO_RELATIONS_ALL,
            claims: NO_CLAIMS,
        },
    );
}

fn relations_only(edges: Vec<Relation>, core: Quad, all: Quad, claims: Quad) {
    check(
        GOLD,
        &graph(exact_nodes(), edges),
        Expected {
            entities: (5, 5, 5, 5),
            core,
            all,
            claims,
        },
    );
}

#[test]
fn exact_match_scores_everything() {
    let edges = vec![
        edge("dana-stroul", Predicate::Accuses, "iran"),
        by(edge("iran", Predicate::Supplies, "russia"), "dana-stroul"),
        edge("russia", Predicate::CooperatesWith, "iran"),
        edge("dana-stroul", Predicate::AffiliatedWith, "pentagon"),
    ];
    relations_only(edges, (2, 2, 2, 2), (4, 4, 4, 4), (1, 1, 1, 1));
}

#[test]
fn empty_graph_finds_nothing() {
    entities_only(vec![], (0, 0, 0, 5));
}

#[test]
fn a_node_matches_through_a_gold_alias() {
    entities_only(
        vec![node(
            "islamic-republic",
            "Islamic Republic of Iran",
            EntityKind::Country,
        )],
        (1, 1, 1, 5),
    );
}

#[test]
fn a_node_matches_through_its_own_alias() {
    entities_only(
        vec![aka(
            node("dod", "DoD", EntityKind::Organization),
            &["Department of Defense"],
            None,
        )],
        (1, 1, 1, 5),
    );
}

#[test]
fn a_node_matches_through_the_wikidata_id() {
    entities_only(
        vec![aka(
            node("iranian-state", "Iranian state", EntityKind::Country),
            &[],
            Some("Q794"),
        )],
        (1, 1, 1, 5),
    );
}

#[test]
fn a_leading_the_and_case_and_spacing_are_ignored() {
    entities_only(
        vec![
            node("us", "The  United States", EntityKind::Country),
            node("pentagon", "the PENTAGON", EntityKind::Organization),
        ],
        (2, 2, 2, 5),
    );
}

#[test]
fn a_second_node_for_the_same_entity_is_an_error() {
    let nodes = vec![
        node("iran", "Iran", EntityKind::Country),
        node("tehran", "Tehran", EntityKind::Country),
    ];
    entities_only(nodes.clone(), (1, 2, 1, 5));
    let report = eval::assess(&Gold::from_json(GOLD).expect("gold"), &graph(nodes, vec![]));
    assert!(report.findings.iter().any(|f| matches!(f,
        Finding::WrongEntity { id, error: NodeError::Duplicate { gold }, .. } if id == "tehran" && gold == "Iran")));
}

#[test]
fn a_node_of_the_wrong_type_is_an_error() {
    let nodes = vec![node("pentagon", "Pentagon", EntityKind::Country)];
    entities_only(nodes.clone(), (0, 1, 0, 5));
    let report = eval::assess(&Gold::from_json(GOLD).expect("gold"), &graph(nodes, vec![]));
    assert!(report.findings.iter().any(|f| matches!(
        f,
        Finding::WrongEntity {
            error: NodeError::WrongKind {
                expected: EntityKind::Organization,
                ..
            },
            ..
        }
    )));
}

#[test]
fn a_node_gold_does_not_know_is_an_error() {
    entities_only(
        vec![node("france", "France", EntityKind::Country)],
        (0, 1, 0, 5),
    );
}

#[test]
fn groups_are_not_scored_as_entities() {
    entities_only(
        vec![node("west", "The West", EntityKind::Group)],
        (0, 0, 0, 5),
    );
}

#[test]
fn an_optional_entity_is_not_an_error_but_not_required_either() {
    entities_only(
        vec![node("ukraine", "Ukraine", EntityKind::Country)],
        (1, 1, 0, 5),
    );
    // only the name listed as optional counts: gold gives it no aliases
    entities_only(
        vec![node("kyiv", "Kyiv", EntityKind::Country)],
        (0, 1, 0, 5),
    );
}

#[test]
fn an_optional_relation_is_neither_required_nor_penalized() {
    // predicted: counts in precision as a match; gold still has 2 required core
    relations_only(
        vec![edge("united-states", Predicate::WorriesAbout, "russia")],
        (1, 1, 0, 2),
        (1, 1, 0, 4),
        NO_CLAIMS,
    );
    // not predicted: recall is unchanged
    relations_only(
        vec![edge("dana-stroul", Predicate::Accuses, "iran")],
        (1, 1, 1, 2),
        (1, 1, 1, 4),
        NO_CLAIMS,
    );
}

#[test]
fn cooperates_with_matches_in_both_directions() {
    relations_only(
        vec![edge("iran", Predicate::CooperatesWith, "russia")],
        NO_RELATIONS_CORE,
        (1, 1, 1, 4),
        NO_CLAIMS,
    );
    relations_only(
        vec![edge("russia", Predicate::CooperatesWith, "iran")],
        NO_RELATIONS_CORE,
        (1, 1, 1, 4),
        NO_CLAIMS,
    );
}

#[test]
fn other_relations_have_a_direction() {
    relations_only(
        vec![edge("russia", Predicate::Supplies, "iran")],
        (0, 1, 0, 2),
        (0, 1, 0, 4),
        NO_CLAIMS,
    );
}

#[test]
fn a_denied_relation_is_not_scored() {
    relations_only(
        vec![denied(by(
            edge("iran", Predicate::Supplies, "russia"),
            "iran",
        ))],
        NO_RELATIONS_CORE,
        NO_RELATIONS_ALL,
        NO_CLAIMS,
    );
}

#[test]
fn any_listed_name_and_its_aliases_match_a_relation_end() {
    // "Washington" is an alias of United States, which gold lists as a subject
    let nodes = vec![
        node("washington", "Washington", EntityKind::Country),
        node("iran", "Iran", EntityKind::Country),
    ];
    let g = graph(nodes, vec![edge("washington", Predicate::Accuses, "iran")]);
    check(
        GOLD,
        &g,
        Expected {
            entities: (2, 2, 2, 5),
            core: (1, 1, 1, 2),
            all: (1, 1, 1, 4),
            claims: NO_CLAIMS,
        },
    );
}

#[test]
fn the_right_claimant_counts_and_the_wrong_one_does_not() {
    let supplies = || edge("iran", Predicate::Supplies, "russia");
    relations_only(
        vec![by(supplies(), "pentagon")],
        (1, 1, 1, 2),
        (1, 1, 1, 4),
        (1, 1, 1, 1),
    );
    relations_only(
        vec![by(supplies(), "united-states")],
        (1, 1, 1, 2),
        (1, 1, 1, 4),
        (0, 1, 0, 1),
    );
    // stated by the newspaper itself: found, but without its claimant
    relations_only(vec![supplies()], (1, 1, 1, 2), (1, 1, 1, 4), (0, 1, 0, 1));
    // one of two edges carries the claimant: enough
    relations_only(
        vec![supplies(), by(supplies(), "dana-stroul")],
        (2, 2, 1, 2),
        (2, 2, 1, 4),
        (1, 1, 1, 1),
    );
}

#[test]
fn core_and_all_are_scored_apart() {
    let edges = vec![
        edge("russia", Predicate::CooperatesWith, "iran"),
        edge("dana-stroul", Predicate::AffiliatedWith, "pentagon"),
    ];
    relations_only(edges, NO_RELATIONS_CORE, (2, 2, 2, 4), NO_CLAIMS);
    let edges = vec![
        edge("dana-stroul", Predicate::Accuses, "iran"),
        edge("iran", Predicate::Opposes, "united-states"),
    ];
    relations_only(edges, (1, 1, 1, 2), (1, 2, 1, 4), NO_CLAIMS);
}

#[test]
fn scores_merge_across_documents() {
    let gold = Gold::from_json(GOLD).expect("gold");
    let mut total = Scores::default();
    total.merge(&eval::score(
        &gold,
        &graph(
            exact_nodes(),
            vec![edge("dana-stroul", Predicate::Accuses, "iran")],
        ),
    ));
    total.merge(&eval::score(
        &gold,
        &graph(vec![node("tehran", "Tehran", EntityKind::Country)], vec![]),
    ));
    assert_eq!(total.documents, 2);
    assert_eq!(quad(total.entities), (6, 6, 6, 10));
    assert_eq!(quad(total.core), (1, 1, 1, 4));
    assert_eq!(
        eval::summary_line(eval::Scope::Entities, &total),
        "entities  P=1.000 R=0.600 F1=0.750  (predicted 6, gold 10, docs 2)"
    );
    assert_eq!(
        eval::summary_line(eval::Scope::Claims, &total),
        "claims    right claimant on 0 of 0 matched claimed relations (0.000)"
    );
}

#[test]
fn the_report_lists_misses_and_false_positives() {
    let gold = Gold::from_json(GOLD).expect("gold");
    let g = graph(
        exact_nodes(),
        vec![edge("iran", Predicate::Opposes, "united-states")],
    );
    let report = eval::assess(&gold, &g);
    let lines: Vec<String> = report
        .findings
        .iter()
        .map(|f| f.to_string().lines().next().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        lines,
        [
            "missed relation  Dana Stroul --accuses--> Iran",
            "missed relation  Iran --supplies--> Russia",
            "missed relation  Russia --cooperates-with--> Iran",
            "missed relation  Dana Stroul --affiliated-with--> Pentagon",
            "false relation   iran --opposes--> united-states",
        ]
    );
}

#[test]
fn a_graph_reads_back_from_the_json_of_build() {
    let g = graph(
        exact_nodes(),
        vec![by(edge("iran", Predicate::Supplies, "russia"), "pentagon")],
    );
    let mut json = Vec::new();
    newskg::write::json(&g, &mut json).expect("write");
    let back = newskg::read::graph::graph_from_json(json.as_slice()).expect("read back");
    assert_eq!(back.entity_count(), 5);
    assert_eq!(
        back.relations().cloned().collect::<Vec<_>>(),
        g.relations().cloned().collect::<Vec<_>>()
    );
    let broken = r#"{"entities": [], "relations": [{"subject": "a", "predicate": "supplies", "object": "b", "evidence": []}]}"#;
    assert!(newskg::read::graph::graph_from_json(broken.as_bytes()).is_err());
}

// ---- the command line ----

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval"))
}

fn newskg(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("run newskg");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The hand-written graph of `pred/brief.json` against `gold/brief.gold.json`:
/// a duplicate node (Tehran), a denied edge left out, a symmetric match, an
/// optional match, a false affiliation, two misses.
const BRIEF: &str = "\
entities  P=0.833 R=1.000 F1=0.909  (predicted 6, gold 5, docs 1)
core      P=1.000 R=0.667 F1=0.800  (predicted 2, gold 3, docs 1)
all       P=0.800 R=0.600 F1=0.686  (predicted 5, gold 5, docs 1)
claims    right claimant on 1 of 1 matched claimed relations (1.000)
";

#[test]
fn cli_scores_a_gold_and_a_graph() {
    let (code, out, err) = newskg(&["eval", "gold/brief.gold.json", "pred/brief.json"]);
    assert_eq!((code, out.as_str()), (0, BRIEF), "{err}");
}

#[test]
fn cli_scores_folders() {
    let (code, out, err) = newskg(&["eval", "--gold-dir", "gold", "--pred-dir", "pred"]);
    assert_eq!((code, out.as_str()), (0, BRIEF), "{err}");
}

#[test]
fn cli_verbose_lists_misses_and_false_positives_with_their_sentence() {
    let (code, out, _) = newskg(&["eval", "gold/brief.gold.json", "pred/brief.json", "-v"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("brief.gold.json\n"), "{out}");
    for want in [
        "  wrong entity     Tehran (Country, tehran): a second node for Iran",
        "  missed relation  Iran --denies--> Russia   (Iran denied sending drones to Russia)",
        "  missed relation  John Kirby --affiliated-with--> Pentagon   (Pentagon spokesman)",
        "  false relation   pentagon --affiliated-with--> united-states",
        "sentence 1: The United States accused Iran on Tuesday of supplying Russia with drones, Pentagon spokesman John Kirby said.",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(out.ends_with(BRIEF));
}

#[test]
fn cli_prints_totals_as_json() {
    let (code, out, _) = newskg(&["eval", "gold/brief.gold.json", "pred/brief.json", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "{\"entities\": {\"precision\": 0.833, \"recall\": 1.0, \"f1\": 0.909, \"predicted\": 6, \"gold\": 5}, \
         \"core\": {\"precision\": 1.0, \"recall\": 0.667, \"f1\": 0.8, \"predicted\": 2, \"gold\": 3}, \
         \"all\": {\"precision\": 0.8, \"recall\": 0.6, \"f1\": 0.686, \"predicted\": 5, \"gold\": 5}, \
         \"claims\": {\"precision\": 1.0, \"recall\": 1.0, \"f1\": 1.0, \"predicted\": 1, \"gold\": 1}}\n"
    );
}

#[test]
fn cli_builds_and_scores_articles() {
    // what extraction finds depends on the lexicons: check the layout and the gold side only
    let (code, out, err) = newskg(&["eval", "--gold-dir", "gold", "--articles", "articles"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    for (line, (scope, gold)) in
        lines
            .iter()
            .zip([("entities ", 5), ("core     ", 3), ("all      ", 5)])
    {
        assert!(line.starts_with(&format!("{scope} P=")), "{line}");
        assert!(line.ends_with(&format!(", gold {gold}, docs 1)")), "{line}");
    }
    assert!(
        lines[3].starts_with("claims    right claimant on "),
        "{}",
        lines[3]
    );
}

#[test]
fn cli_scores_a_missing_graph_as_empty_and_says_so() {
    let (code, out, err) = newskg(&["eval", "gold/brief.gold.json", "pred/nothing-here.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("nothing-here.json"), "{err}");
    assert!(
        out.starts_with("entities  P=0.000 R=0.000 F1=0.000  (predicted 0, gold 5, docs 1)"),
        "{out}"
    );
}

#[test]
fn cli_stops_on_a_broken_gold_file_and_names_it() {
    let (code, _, err) = newskg(&["eval", "pred/brief.json", "pred/brief.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("pred/brief.json: not a gold annotation"),
        "{err}"
    );
}
