//! Scoring a graph against gold annotations, by the rules of the annotation
//! contract: names compare case-insensitively with a leading "the" dropped
//! and whitespace folded, and any name of a gold entity (label, alias,
//! Wikidata id) stands for all of them; each gold entity is matched by one
//! node only, so a second node for it ("Tehran" beside "Iran") or a node of
//! the wrong type is an error; relation precision counts predictions that
//! match any gold relation (optional ones included), recall counts the
//! required ones; denied relations are left out (a denial is scored through
//! its explicit `denies` edge); `cooperates-with` matches both ways; core
//! relations and all relations are scored apart; and of the required gold
//! relations found that name a claimant, the share found with that claimant.
//!
//! [`assess`] scores one document and lists what went wrong in a [`Report`];
//! [`Scores::merge`] adds documents up. This module also reads the JSON that
//! `newskg build` writes back into a [`KnowledgeGraph`]. It does not extract
//! anything and prints nothing: `newskg eval` does both.

use crate::graph::{Entity, KnowledgeGraph, Relation};
use crate::ontology::{EntityKind, Polarity, Predicate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The gold annotation of one document (`NAME.gold.json`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Gold {
    /// The article's file name.
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Names of entities a prediction may have as nodes without being wrong.
    #[serde(default)]
    pub optional_entities: Vec<String>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// A gold entity: its name, type and other names.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    /// The type as written; [`GoldEntity::kind`] reads it.
    #[serde(rename = "type", default)]
    pub type_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
}

impl GoldEntity {
    /// The entity type, if it is one of the contract's.
    pub fn kind(&self) -> Option<EntityKind> {
        self.type_name.parse().ok()
    }

    /// The name, aliases and Wikidata id, normalized.
    pub fn names(&self) -> BTreeSet<String> {
        name_set(
            std::iter::once(self.name.as_str())
                .chain(self.aliases.iter().map(String::as_str))
                .chain(self.wikidata.as_deref()),
        )
    }
}

/// A gold relation: acceptable names of each end, the predicate as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldRelation {
    pub s: Names,
    pub p: String,
    pub o: Names,
    /// Who claims the relation; `None` when the newspaper states it.
    #[serde(default)]
    pub asserted_by: Option<Names>,
    /// Defensible but not required: neither missing it nor predicting it is an error.
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl GoldRelation {
    /// The predicate, if it is one of the contract's (case and punctuation ignored).
    pub fn predicate(&self) -> Option<Predicate> {
        Predicate::parse_loose(&self.p)
    }
}

/// One name or a list of names, as the gold format allows.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "OneOrMany")]
pub struct Names(pub Vec<String>);

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl From<OneOrMany> for Names {
    fn from(v: OneOrMany) -> Names {
        match v {
            OneOrMany::One(s) => Names(vec![s]),
            OneOrMany::Many(v) => Names(v),
        }
    }
}

impl Names {
    /// The first name, as the annotator's main one.
    pub fn first(&self) -> &str {
        self.0.first().map_or("", String::as_str)
    }
}

impl Gold {
    /// Parses a gold annotation.
    pub fn from_json(text: &str) -> Result<Gold, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Reads a gold annotation file.
    pub fn from_file(path: &Path) -> Result<Gold, EvalError> {
        let text = read_text(path)?;
        Gold::from_json(&text).map_err(|source| EvalError::Gold {
            path: path.to_owned(),
            source,
        })
    }
}

/// A file that could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not a gold annotation: {source}", path.display())]
    Gold {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error(transparent)]
    Graph(#[from] crate::read::graph::GraphReadError),
}

fn read_text(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Reads a graph file written by `newskg build` (JSON or RDF).
pub fn read_graph(path: &Path) -> Result<KnowledgeGraph, EvalError> {
    Ok(crate::read::graph::graph_file(path)?)
}

pub use crate::text::normalize_name;

fn name_set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    names
        .into_iter()
        .map(normalize_name)
        .filter(|n| !n.is_empty())
        .collect()
}

/// The names of a node: label, aliases, Wikidata id, normalized.
fn node_names(e: &Entity) -> BTreeSet<String> {
    name_set(e.names().chain(e.wikidata.as_deref()))
}

fn meet(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().any(|n| b.contains(n))
}

/// The kinds of node that are scored as entities (groups are not).
pub const fn is_scored_kind(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Country | EntityKind::Person | EntityKind::Organization
    )
}

/// What part of the graph a count is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Country, Person and Organization nodes.
    Entities,
    /// The four relations of the design card.
    Core,
    /// All nine relations.
    All,
    /// The claimant of the relations found that gold says are claimed.
    Claims,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Entities, Scope::Core, Scope::All, Scope::Claims];

    pub const fn as_str(self) -> &'static str {
        match self {
            Scope::Entities => "entities",
            Scope::Core => "core",
            Scope::All => "all",
            Scope::Claims => "claims",
        }
    }

    /// Whether relations of `p` are scored in this scope.
    pub const fn covers(self, p: Predicate) -> bool {
        match self {
            Scope::Core => p.is_core(),
            Scope::All => true,
            Scope::Entities | Scope::Claims => false,
        }
    }
}

/// Counts of one scope: precision is `matched_predictions / predictions`,
/// recall is `matched_gold / gold`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub matched_predictions: usize,
    pub predictions: usize,
    pub matched_gold: usize,
    pub gold: usize,
}

impl Counts {
    /// Zero when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predictions, self.predictions)
    }

    /// Zero when gold has nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }

    /// The harmonic mean of precision and recall; zero when both are.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.matched_predictions += other.matched_predictions;
        self.predictions += other.predictions;
        self.matched_gold += other.matched_gold;
        self.gold += other.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The counts of every scope, over one or more documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub entities: Counts,
    pub core: Counts,
    pub all: Counts,
    /// `matched_*` = found with the right claimant; `predictions` = `gold` =
    /// required gold relations found that name a claimant.
    pub claims: Counts,
    pub documents: usize,
}

impl Scores {
    pub fn get(&self, scope: Scope) -> Counts {
        match scope {
            Scope::Entities => self.entities,
            Scope::Core => self.core,
            Scope::All => self.all,
            Scope::Claims => self.claims,
        }
    }

    /// Adds the counts of other documents.
    pub fn merge(&mut self, other: &Scores) {
        self.entities.add(other.entities);
        self.core.add(other.core);
        self.all.add(other.all);
        self.claims.add(other.claims);
        self.documents += other.documents;
    }
}

/// Why a node counts against precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeError {
    /// Another node already matched this gold entity.
    Duplicate { gold: String },
    /// Gold has the entity, with another type.
    WrongKind { gold: String, expected: EntityKind },
    /// No gold entity has any of its names.
    NotInGold,
}

/// One thing a prediction got wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A gold entity no node matched.
    MissedEntity { name: String, kind: EntityKind },
    /// A node that matches no gold entity it may stand for.
    WrongEntity {
        id: String,
        label: String,
        kind: EntityKind,
        error: NodeError,
    },
    /// A required gold relation no prediction matched.
    MissedRelation {
        subject: String,
        predicate: String,
        object: String,
        note: String,
    },
    /// A predicted relation that matches no gold relation.
    FalseRelation { relation: Box<Relation> },
    /// A gold relation found, but never with one of its claimants.
    WrongClaimant {
        subject: String,
        predicate: String,
        object: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::MissedEntity { name, kind } => write!(f, "missed entity    {name} ({kind})"),
            Finding::WrongEntity {
                id,
                label,
                kind,
                error,
            } => {
                write!(f, "wrong entity     {label} ({kind}, {id}): ")?;
                match error {
                    NodeError::Duplicate { gold } => write!(f, "a second node for {gold}"),
                    NodeError::WrongKind { gold, expected } => write!(f, "{gold} is a {expected}"),
                    NodeError::NotInGold => f.write_str("not in gold"),
                }
            }
            Finding::MissedRelation {
                subject,
                predicate,
                object,
                note,
            } => {
                write!(f, "missed relation  {subject} --{predicate}--> {object}")?;
                if !note.is_empty() {
                    write!(f, "   ({note})")?;
                }
                Ok(())
            }
            Finding::FalseRelation { relation: r } => {
                write!(
                    f,
                    "false relation   {} --{}--> {}",
                    r.subject, r.predicate, r.object
                )?;
                if let Some(c) = &r.asserted_by {
                    write!(f, " [claimed by {c}]")?;
                }
                if let Some(ev) = r.evidence.first() {
                    write!(
                        f,
                        "\n                 sentence {}: {}",
                        ev.sentence,
                        one_line(&ev.text)
                    )?;
                }
                if !r.rule.is_empty() {
                    write!(
                        f,
                        "\n                 rule {}, trigger \"{}\"",
                        r.rule, r.trigger
                    )?;
                }
                Ok(())
            }
            Finding::WrongClaimant {
                subject,
                predicate,
                object,
                expected,
                found,
            } => {
                write!(
                    f,
                    "wrong claimant   {subject} --{predicate}--> {object}: claimed by {}",
                    expected.join(" / ")
                )?;
                if found.is_empty() {
                    f.write_str(", found as the newspaper's own statement")
                } else {
                    write!(f, ", found claimed by {}", found.join(", "))
                }
            }
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The scores of one document and what went wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub scores: Scores,
    /// Missed entities, wrong entities, missed relations, false relations,
    /// wrong claimants, each in gold or graph order.
    pub findings: Vec<Finding>,
}

/// Scores one document's graph against its gold annotation.
pub fn score(gold: &Gold, predicted: &KnowledgeGraph) -> Scores {
    assess(gold, predicted).scores
}

/// Every name of a gold entity stands for all names of that entity.
struct Expansion(BTreeMap<String, BTreeSet<String>>);

impl Expansion {
    fn new(gold: &Gold) -> Expansion {
        let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for e in &gold.entities {
            let group = e.names();
            for n in &group {
                map.entry(n.clone())
                    .or_default()
                    .extend(group.iter().cloned());
            }
        }
        Expansion(map)
    }

    /// The listed names with every other name of their gold entities.
    fn expand(&self, listed: &[String]) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for n in listed {
            let key = normalize_name(n);
            match self.0.get(&key) {
                Some(all) => out.extend(all.iter().cloned()),
                None => {
                    out.insert(key);
                }
            }
        }
        out
    }
}

/// A gold relation, its names expanded.
struct Wanted<'g> {
    gold: &'g GoldRelation,
    predicate: Predicate,
    subject: BTreeSet<String>,
    object: BTreeSet<String>,
    claimants: BTreeSet<String>,
}

/// A predicted relation, with the names of its ends.
struct Claimed<'p> {
    relation: &'p Relation,
    subject: BTreeSet<String>,
    object: BTreeSet<String>,
    claimant: BTreeSet<String>,
}

impl Wanted<'_> {
    fn matched_by(&self, c: &Claimed<'_>) -> bool {
        if self.predicate != c.relation.predicate {
            return false;
        }
        let forward = meet(&c.subject, &self.subject) && meet(&c.object, &self.object);
        forward
            || (self.predicate.is_symmetric()
                && meet(&c.subject, &self.object)
                && meet(&c.object, &self.subject))
    }
}

/// Scores one document and lists its misses and false positives.
pub fn assess(gold: &Gold, predicted: &KnowledgeGraph) -> Report {
    let mut report = Report::default();
    report.scores.documents = 1;
    assess_entities(gold, predicted, &mut report);
    assess_relations(gold, predicted, &mut report);
    report
}

fn assess_entities(gold: &Gold, predicted: &KnowledgeGraph, report: &mut Report) {
    let wanted: Vec<(&GoldEntity, EntityKind, BTreeSet<String>)> = gold
        .entities
        .iter()
        .filter_map(|g| {
            g.kind()
                .filter(|k| is_scored_kind(*k))
                .map(|k| (g, k, g.names()))
        })
        .collect();
    let optional = name_set(gold.optional_entities.iter().map(String::as_str));
    let mut taken = vec![false; wanted.len()];
    let mut counts = Counts {
        gold: wanted.len(),
        ..Counts::default()
    };
    let mut errors = Vec::new();
    for node in predicted.entities().filter(|e| is_scored_kind(e.kind)) {
        counts.predictions += 1;
        let names = node_names(node);
        let same_kind: Vec<usize> = (0..wanted.len())
            .filter(|&i| wanted[i].1 == node.kind && meet(&names, &wanted[i].2))
            .collect();
        if let Some(&i) = same_kind.iter().find(|&&i| !taken[i]) {
            taken[i] = true;
            counts.matched_predictions += 1;
            continue;
        }
        if same_kind.is_empty() && meet(&names, &optional) {
            counts.matched_predictions += 1;
            continue;
        }
        let error = match same_kind.first() {
            Some(&i) => NodeError::Duplicate {
                gold: wanted[i].0.name.clone(),
            },
            None => match wanted.iter().find(|w| meet(&names, &w.2)) {
                Some(w) => NodeError::WrongKind {
                    gold: w.0.name.clone(),
                    expected: w.1,
                },
                None => NodeError::NotInGold,
            },
        };
        errors.push(Finding::WrongEntity {
            id: node.id.clone(),
            label: node.label.clone(),
            kind: node.kind,
            error,
        });
    }
    counts.matched_gold = taken.iter().filter(|t| **t).count();
    for (w, _) in wanted.iter().zip(&taken).filter(|(_, t)| !**t) {
        report.findings.push(Finding::MissedEntity {
            name: w.0.name.clone(),
            kind: w.1,
        });
    }
    report.findings.extend(errors);
    report.scores.entities = counts;
}

fn assess_relations(gold: &Gold, predicted: &KnowledgeGraph, report: &mut Report) {
    let names = Expansion::new(gold);
    let wanted: Vec<Wanted<'_>> = gold
        .relations
        .iter()
        .filter_map(|g| {
            Some(Wanted {
                gold: g,
                predicate: g.predicate()?,
                subject: names.expand(&g.s.0),
                object: names.expand(&g.o.0),
                claimants: g
                    .asserted_by
                    .as_ref()
                    .map(|c| names.expand(&c.0))
                    .unwrap_or_default(),
            })
        })
        .collect();
    let ends = |id: &str| {
        predicted
            .entity(id)
            .map_or_else(|| name_set([id]), node_names)
    };
    let claimed: Vec<Claimed<'_>> = predicted
        .relations()
        .filter(|r| r.polarity != Polarity::Denied)
        .map(|r| Claimed {
            relation: r,
            subject: ends(&r.subject),
            object: ends(&r.object),
            claimant: r.asserted_by.as_deref().map(ends).unwrap_or_default(),
        })
        .collect();

    for scope in [Scope::Core, Scope::All] {
        let preds: Vec<&Claimed<'_>> = claimed
            .iter()
            .filter(|c| scope.covers(c.relation.predicate))
            .collect();
        let golds: Vec<&Wanted<'_>> = wanted
            .iter()
            .filter(|w| scope.covers(w.predicate))
            .collect();
        let mut counts = Counts {
            predictions: preds.len(),
            ..Counts::default()
        };
        let mut false_relations = Vec::new();
        for c in &preds {
            if golds.iter().any(|w| w.matched_by(c)) {
                counts.matched_predictions += 1;
            } else {
                false_relations.push(Finding::FalseRelation {
                    relation: Box::new(c.relation.clone()),
                });
            }
        }
        let required: Vec<&Wanted<'_>> =
            golds.iter().copied().filter(|w| !w.gold.optional).collect();
        counts.gold = required.len();
        let mut missed = Vec::new();
        let mut claims = Counts::default();
        let mut wrong_claimants = Vec::new();
        for w in &required {
            let matching: Vec<&&Claimed<'_>> = preds.iter().filter(|c| w.matched_by(c)).collect();
            if matching.is_empty() {
                missed.push(Finding::MissedRelation {
                    subject: w.gold.s.first().to_owned(),
                    predicate: w.gold.p.clone(),
                    object: w.gold.o.first().to_owned(),
                    note: w.gold.note.clone().unwrap_or_default(),
                });
                continue;
            }
            counts.matched_gold += 1;
            let Some(expected) = w.gold.asserted_by.as_ref().filter(|c| !c.0.is_empty()) else {
                continue;
            };
            claims.predictions += 1;
            claims.gold += 1;
            if matching.iter().any(|c| meet(&c.claimant, &w.claimants)) {
                claims.matched_predictions += 1;
                claims.matched_gold += 1;
            } else {
                let found: BTreeSet<String> = matching
                    .iter()
                    .filter_map(|c| c.relation.asserted_by.clone())
                    .collect();
                wrong_claimants.push(Finding::WrongClaimant {
                    subject: w.gold.s.first().to_owned(),
                    predicate: w.gold.p.clone(),
                    object: w.gold.o.first().to_owned(),
                    expected: expected.0.clone(),
                    found: found.into_iter().collect(),
                });
            }
        }
        match scope {
            Scope::Core => report.scores.core = counts,
            _ => {
                report.scores.all = counts;
                report.scores.claims = claims;
                report.findings.extend(missed);
                report.findings.extend(false_relations);
                report.findings.extend(wrong_claimants);
            }
        }
    }
}

/// The totals of [`Scores`] as JSON: for each scope its precision, recall
/// and F1 rounded to three decimals, and its prediction and gold counts, in
/// the layout `{"entities": {"precision": 0.8, "recall": 0.667, ...}, ...}`.
pub fn totals_json(scores: &Scores) -> String {
    let number = |x: f64| {
        let rounded = format!("{x:.3}").parse::<f64>().unwrap_or(x);
        serde_json::to_string(&rounded).unwrap_or_else(|_| String::from("0.0"))
    };
    let parts: Vec<String> = Scope::ALL
        .into_iter()
        .map(|scope| {
            let c = scores.get(scope);
            format!(
                "\"{}\": {{\"precision\": {}, \"recall\": {}, \"f1\": {}, \"predicted\": {}, \"gold\": {}}}",
                scope.as_str(),
                number(c.precision()),
                number(c.recall()),
                number(c.f1()),
                c.predictions,
                c.gold
            )
        })
        .collect();
    format!("{{{}}}", parts.join(", "))
}

/// The summary line of one scope, e.g.
/// `entities  P=0.800 R=0.667 F1=0.727  (predicted 5, gold 6, docs 1)`.
pub fn summary_line(scope: Scope, scores: &Scores) -> String {
    let c = scores.get(scope);
    match scope {
        Scope::Claims => format!(
            "claims    right claimant on {} of {} matched claimed relations ({:.3})",
            c.matched_predictions,
            c.predictions,
            c.precision()
        ),
        _ => format!(
            "{:<9} P={:.3} R={:.3} F1={:.3}  (predicted {}, gold {}, docs {})",
            scope.as_str(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.predictions,
            c.gold,
            scores.documents
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize_name(input), expected, "normalizing {input:?}");
    }

    #[test]
    fn names_normalize() {
        check("Iran", "iran");
        check("  The  United\u{a0}States ", "united states");
        check("the\tWest", "west");
        check("Theocracy", "theocracy");
        check("the", "the");
        check("THE  Pentagon", "pentagon");
        check("", "");
    }

    #[test]
    fn totals_json_layout() {
        let s = totals_json(&Scores::default());
        assert!(s.starts_with("{\"entities\": {\"precision\": 0.0, \"recall\": 0.0, \"f1\": 0.0, \"predicted\": 0, \"gold\": 0}"), "{s}");
    }
}
