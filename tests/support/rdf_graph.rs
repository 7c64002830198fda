//! A small hand-built graph for the RDF, store and load tests: a claim, a
//! denial, a fact the newspaper states in two articles, and a hedged
//! worry. Built with `add_entity`/`add_relation`, so no test depends on
//! extraction or on the gazetteer.

#![allow(dead_code)]

use newskg::{
    DocumentInfo, Entity, EntityKind, Evidence, KnowledgeGraph, Polarity, Predicate, Relation,
};
use std::path::Path;
use std::process::Command;

pub fn evidence(doc: &str, sentence: usize, start: usize, text: &str) -> Evidence {
    Evidence {
        doc: doc.into(),
        sentence,
        start,
        end: start + text.len(),
        text: text.into(),
    }
}

pub fn relation(
    subject: &str,
    predicate: Predicate,
    object: &str,
    evidence: Vec<Evidence>,
) -> Relation {
    Relation {
        evidence,
        ..Relation::new(subject, predicate, object)
    }
}

pub fn entity(
    id: &str,
    label: &str,
    kind: EntityKind,
    aliases: &[&str],
    wikidata: Option<&str>,
) -> Entity {
    let mut e = Entity::new(id, label, kind);
    e.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
    e.wikidata = wikidata.map(str::to_owned);
    e
}

pub const CLAIM: &str = "The United States says Iran supplies drones to Russia.";
pub const DENIAL: &str = "Iran denied that it supplies Russia with drones.";
pub const FACT_A: &str = "The Pentagon, the US defence department, said so.";
pub const FACT_B: &str = "The Pentagon is the US defence department.";
pub const WORRY: &str = "Washington reportedly worries about Iran.";

/// The graph of two short articles, `article-a` and `article-b`.
pub fn small_graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    g.add_document(DocumentInfo {
        id: "article-a".into(),
        source: "news/article-a.txt".into(),
        sentences: 3,
        title: Some("Drones for Russia".into()),
        url: Some("https://news.example/a".into()),
        date: Some("2023-11-02".into()),
        sha256: "aa".repeat(32),
    });
    g.add_document(DocumentInfo {
        id: "article-b".into(),
        source: "news/article-b.txt".into(),
        sentences: 2,
        title: None,
        url: None,
        date: Some("November 2023".into()),
        sha256: "bb".repeat(32),
    });
    g.add_entity(entity(
        "iran",
        "Iran",
        EntityKind::Country,
        &["Iranian", "Tehran"],
        Some("Q794"),
    ));
    g.add_entity(entity(
        "russia",
        "Russia",
        EntityKind::Country,
        &["Moscow"],
        Some("Q159"),
    ));
    g.add_entity(entity(
        "united-states",
        "United States",
        EntityKind::Country,
        &["US", "Washington"],
        Some("Q30"),
    ));
    g.add_entity(entity(
        "pentagon",
        "Pentagon",
        EntityKind::Organization,
        &[],
        Some("Q11208"),
    ));
    let mut stroul = entity(
        "dana-stroul",
        "Dana Stroul",
        EntityKind::Person,
        &["Stroul"],
        None,
    );
    stroul.role = Some("Deputy Assistant Secretary of Defense".into());
    g.add_entity(stroul);
    g.add_entity(entity("the-west", "the West", EntityKind::Group, &[], None));

    let mut claim = relation(
        "iran",
        Predicate::Supplies,
        "russia",
        vec![evidence("article-a", 0, 0, CLAIM)],
    );
    claim.asserted_by = Some("united-states".into());
    claim.item = Some("drones".into());
    claim.reported_with = Some("says".into());
    claim.trigger = "supplies".into();
    claim.rule = "agent-recipient".into();
    g.add_relation(claim);

    let mut denial = relation(
        "iran",
        Predicate::Supplies,
        "russia",
        vec![evidence("article-a", 1, 56, DENIAL)],
    );
    denial.asserted_by = Some("iran".into());
    denial.polarity = Polarity::Denied;
    denial.item = Some("drones".into());
    denial.reported_with = Some("denied".into());
    denial.trigger = "supplies".into();
    denial.rule = "deny".into();
    denial.date = Some("on Tuesday".into());
    g.add_relation(denial);

    let mut fact = relation(
        "pentagon",
        Predicate::AffiliatedWith,
        "united-states",
        vec![
            evidence("article-a", 2, 105, FACT_A),
            evidence("article-b", 0, 0, FACT_B),
        ],
    );
    fact.rule = "gazetteer".into();
    g.add_relation(fact);

    let mut worry = relation(
        "united-states",
        Predicate::WorriesAbout,
        "iran",
        vec![evidence("article-b", 1, 44, WORRY)],
    );
    worry.hedged = true;
    worry.trigger = "worries about".into();
    worry.rule = "agent-about".into();
    g.add_relation(worry);

    let mut accusation = relation(
        "dana-stroul",
        Predicate::Accuses,
        "iran",
        vec![evidence("article-b", 1, 44, WORRY)],
    );
    accusation.asserted_by = Some("dana-stroul".into());
    g.add_relation(accusation);
    g
}

/// Fails with what to install when an external tool is missing.
pub fn require_tool(tool: &str, install: &str) {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "this test needs `{tool}`: install it with `{install}`"
    );
}

/// Fails with what to install when a Python module is missing.
pub fn require_python_module(module: &str, install: &str) {
    require_tool("python3", "apt-get install -y python3");
    let ok = Command::new("python3")
        .arg("-c")
        .arg(format!("import {module}"))
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "this test needs the Python module `{module}`: install it with `{install}`"
    );
}

pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    path
}
