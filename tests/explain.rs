//! `newskg explain`: edges of a hand-written graph with what made them, and
//! the diagnosis of a missing edge. The library cases run on a small lexicon
//! written here, so they do not depend on the shipped gazetteer; the command
//! line cases check structure only, never what extraction finds.

use newskg::explain::{self, EdgeFilter, Found, WhyNot};
use newskg::{
    Document, Entity, EntityKind, Evidence, Index, KnowledgeGraph, Lexicon, Polarity, Predicate,
    Relation,
};
use std::path::Path;
use std::process::Command;

// ---- library: which edges, and how they are shown ----

fn graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut iran = Entity::new("iran", "Iran", EntityKind::Country);
    iran.aliases = vec!["Tehran".into()];
    g.add_entity(iran);
    g.add_entity(Entity::new("russia", "Russia", EntityKind::Country));
    g.add_entity(Entity::new(
        "united-kingdom",
        "United Kingdom",
        EntityKind::Country,
    ));
    let text = "London accused Tehran of sending drones to Moscow in November 2022.";
    let ev = Evidence {
        doc: "news".into(),
        sentence: 4,
        start: 100,
        end: 100 + text.len(),
        text: text.into(),
    };
    let rel = |s: &str, p, o: &str, by: Option<&str>, trigger: &str, rule: &str| Relation {
        subject: s.into(),
        predicate: p,
        object: o.into(),
        item: None,
        asserted_by: by.map(str::to_owned),
        polarity: Polarity::Asserted,
        hedged: false,
        reported_with: None,
        trigger: trigger.into(),
        rule: rule.into(),
        date: None,
        evidence: vec![ev.clone()],
    };
    let mut supplies = rel(
        "iran",
        Predicate::Supplies,
        "russia",
        Some("united-kingdom"),
        "sending",
        "accusation-content",
    );
    supplies.item = Some("drones".into());
    supplies.date = Some("in November 2022".into());
    supplies.reported_with = Some("accused".into());
    g.add_relation(supplies);
    g.add_relation(rel(
        "united-kingdom",
        Predicate::Accuses,
        "iran",
        None,
        "accused",
        "agent-patient",
    ));
    g
}

fn check_selected(filter: EdgeFilter, expected: &[&str]) {
    let g = graph();
    let got: Vec<String> = explain::select_edges(&g, &filter)
        .iter()
        .map(|r| format!("{} {} {}", r.subject, r.predicate, r.object))
        .collect();
    assert_eq!(got, expected, "{filter:?}");
}

#[test]
fn filters_select_edges_by_id_label_or_alias() {
    let all = ["iran supplies russia", "united-kingdom accuses iran"];
    check_selected(EdgeFilter::default(), &all);
    check_selected(
        EdgeFilter {
            subject: Some("Tehran".into()),
            ..EdgeFilter::default()
        },
        &all[..1],
    );
    check_selected(
        EdgeFilter {
            subject: Some("the united kingdom".into()),
            ..EdgeFilter::default()
        },
        &all[1..],
    );
    check_selected(
        EdgeFilter {
            object: Some("iran".into()),
            ..EdgeFilter::default()
        },
        &all[1..],
    );
    check_selected(
        EdgeFilter {
            predicate: Some(Predicate::Supplies),
            object: Some("Russia".into()),
            ..EdgeFilter::default()
        },
        &all[..1],
    );
    check_selected(
        EdgeFilter {
            predicate: Some(Predicate::Denies),
            ..EdgeFilter::default()
        },
        &[],
    );
}

#[test]
fn an_edge_shows_its_claim_trigger_rule_and_sentence() {
    let g = graph();
    let r = g.relations().next().expect("an edge");
    assert_eq!(
        explain::explain_edge(&g, r).to_string(),
        "Iran (iran) --supplies--> Russia (russia)\n\
         \x20 claimed by United Kingdom (united-kingdom), asserted, reported with \"accused\"\n\
         \x20 item: drones, date: in November 2022\n\
         \x20 rule: accusation-content, trigger: \"sending\"\n\
         \x20 news, sentence 4 (bytes 100-167): London accused Tehran of sending drones to Moscow in November 2022.\n"
    );
}

// ---- library: why not, on a lexicon written here ----

fn index() -> Index {
    let mut lex = Lexicon::default();
    let files = [
        ("countries.tsv", "id\tlabel\twikidata\taliases\tcapitals\tdemonyms\tmetonyms\niran\tIran\tQ794\t\tTehran\tIranian\t\nrussia\tRussia\tQ159\t\tMoscow\tRussian\tKremlin\nukraine\tUkraine\tQ212\t\tKyiv\tUkrainian\t\n"),
        ("triggers.tsv", "predicate\tkind\tframe\tforms\nsupplies\tverb\tagent-recipient\tsend|sent|sending\ncooperates-with\tnoun\tpair\tcooperation\n"),
    ];
    for (name, text) in files {
        lex.add_file(name, text).expect("test lexicon parses");
    }
    Index::new(lex).expect("test lexicon compiles")
}

const ARTICLE: &str = "Iran sent drones to Russia.\n\nMoscow and Tehran praised their cooperation.\n\nRussia thanked nobody.\n";

fn why_not(subject: &str, p: Predicate, object: &str) -> WhyNot {
    explain::why_not(
        &Document::new("news", "news.txt", ARTICLE),
        &index(),
        subject,
        p,
        object,
    )
}

fn sentences_of(found: &Found) -> Vec<usize> {
    match found {
        Found::Mentioned { mentions, .. } => mentions.iter().map(|(s, _)| *s).collect(),
        other => panic!("not mentioned: {other:?}"),
    }
}

#[test]
fn why_not_finds_both_ends_and_where_they_meet() {
    let w = why_not("Tehran", Predicate::CooperatesWith, "the Russia");
    assert!(matches!(&w.subject.found, Found::Mentioned { entity, .. } if entity.id == "iran"));
    assert!(matches!(&w.object.found, Found::Mentioned { entity, .. } if entity.id == "russia"));
    assert_eq!(sentences_of(&w.subject.found), [0, 1]);
    assert_eq!(sentences_of(&w.object.found), [0, 1, 2]);
    assert_eq!(w.shared.iter().map(|s| s.index).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(
        w.shared[1].text,
        "Moscow and Tehran praised their cooperation."
    );
}

#[test]
fn why_not_lists_the_triggers_of_each_shared_sentence() {
    let w = why_not("Iran", Predicate::Supplies, "Russia");
    let triggers: Vec<Vec<(String, Predicate)>> = w
        .shared
        .iter()
        .map(|s| {
            s.triggers
                .iter()
                .map(|t| (t.text.clone(), t.predicate))
                .collect()
        })
        .collect();
    assert_eq!(
        triggers,
        [
            vec![("sent".to_owned(), Predicate::Supplies)],
            vec![("cooperation".to_owned(), Predicate::CooperatesWith)]
        ]
    );
    assert_eq!(
        explain::frame_name(w.shared[0].triggers[0].frame),
        "agent-recipient"
    );
}

#[test]
fn why_not_tells_a_name_the_article_lacks_from_a_name_nobody_knows() {
    let w = why_not("Iran", Predicate::Supplies, "Ukraine");
    assert!(
        matches!(&w.object.found, Found::NotMentioned { id, .. } if id == "ukraine"),
        "{:?}",
        w.object
    );
    assert!(w.shared.is_empty());
    let w = why_not("Iran", Predicate::Supplies, "Atlantis");
    assert_eq!(w.object.found, Found::Unknown);
    assert!(
        w.to_string()
            .contains("\"Atlantis\": not found in the article, and the gazetteer has no such name"),
        "{w}"
    );
}

#[test]
fn why_not_says_when_no_sentence_has_a_trigger() {
    let text = why_not("Iran", Predicate::Opposes, "Russia").to_string();
    assert!(text.contains("no trigger of opposes"), "{text}");
    assert!(
        text.contains("hint: no sentence with both has a trigger of opposes"),
        "{text}"
    );
}

// ---- the command line ----

fn newskg(args: &[&str]) -> (i32, String, String) {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval"));
    let out = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run newskg");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_explains_the_selected_edges() {
    let (code, out, err) = newskg(&[
        "explain",
        "pred/brief.json",
        "--subject",
        "Tehran",
        "--predicate",
        "supplies",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Iran (iran) --supplies--> Russia (russia)
  claimed by Iran (iran), denied
  item: drones
  rule: denial, trigger: \"sending\"
  brief, sentence 2 (bytes 150-187): Iran denied sending drones to Russia.

Iran (iran) --supplies--> Russia (russia)
  claimed by Pentagon (pentagon), asserted
  item: drones
  rule: accusation-content, trigger: \"supplying\"
  brief, sentence 1 (bytes 38-148): The United States accused Iran on Tuesday of supplying Russia with drones, Pentagon spokesman John Kirby said.
"
    );
}

#[test]
fn cli_says_when_no_edge_matches() {
    let (code, out, err) = newskg(&["explain", "pred/brief.json", "--predicate", "worriesAbout"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("no edge of pred/brief.json matches"), "{err}");
}

#[test]
fn cli_rejects_an_unknown_relation_and_lists_the_known_ones() {
    let (code, _, err) = newskg(&["explain", "pred/brief.json", "--predicate", "likes"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "unknown relation `likes` (known relations: accuses, denies, supplies, worries-about"
        ),
        "{err}"
    );
}

#[test]
fn cli_diagnoses_a_missing_edge_of_an_article() {
    let (code, out, err) = newskg(&[
        "explain",
        "--article",
        "articles/brief.txt",
        "--why-not",
        "Tehran",
        "worries-about",
        "Russia",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "why not Tehran --worries-about--> Russia in brief?\n  subject \"Tehran\": "
        ),
        "{out}"
    );
    assert!(out.contains("  object  \"Russia\": "), "{out}");
    // whatever the lexicons find, every shared sentence is shown with its triggers and extractions
    let shown = out.lines().filter(|l| l.starts_with("  sentence ")).count();
    let said = out
        .lines()
        .find_map(|l| l.strip_prefix("  sentences that mention both: "))
        .map_or(0, |l| l.split(", ").count());
    assert_eq!(shown, said, "{out}");
}

#[test]
fn cli_why_not_names_what_nobody_knows() {
    let (code, out, _) = newskg(&[
        "explain",
        "--article",
        "articles/brief.txt",
        "--why-not",
        "Zorblax Quux",
        "supplies",
        "Russia",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("subject \"Zorblax Quux\": not found in the article, and the gazetteer has no such name"), "{out}");
}

#[test]
fn cli_why_not_needs_an_article() {
    let (code, _, err) = newskg(&["explain", "--why-not", "Iran", "supplies", "Russia"]);
    assert_eq!(code, 2, "{err}");
}
