//! The knowledge graph: entities as nodes, relations as typed edges, each
//! edge with its claimant, polarity and evidence.
//!
//! [`KnowledgeGraph`] is a petgraph `StableGraph` (parallel typed edges) plus
//! an index from entity id to node. Adding an entity twice merges its names;
//! adding the same relation twice (same subject, predicate, object, claimant
//! and polarity) merges its evidence, so a relation reported by many articles
//! is one edge whose evidence lists every article. Iteration order is sorted,
//! never insertion order, so every writer is deterministic.
//!
//! This module does not extract anything; it only assembles and merges.

use crate::ontology::{EntityKind, Polarity, Predicate};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A node: one real-world entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable slug (`united-states`, `dana-stroul`); the same in every document.
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Other names seen in the text or known from the gazetteer, sorted.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// A person's role or title as the text gives it ("CIA Director").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Entity {
    pub fn new(id: impl Into<String>, label: impl Into<String>, kind: EntityKind) -> Self {
        Entity {
            id: id.into(),
            label: label.into(),
            kind,
            aliases: Vec::new(),
            wikidata: None,
            role: None,
        }
    }

    /// Every name of this entity: its label and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.label.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    fn absorb(&mut self, other: &Entity) {
        for name in other.names() {
            if name != self.label && !self.aliases.iter().any(|a| a == name) {
                self.aliases.push(name.to_owned());
            }
        }
        self.aliases.sort();
        if self.wikidata.is_none() {
            self.wikidata.clone_from(&other.wikidata);
        }
        if self.role.is_none() {
            self.role.clone_from(&other.role);
        }
    }
}

/// Where a relation was read: one sentence of one document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub doc: String,
    /// The sentence's index in its document, from 0.
    pub sentence: usize,
    /// Byte offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
    /// The sentence text.
    pub text: String,
}

impl Evidence {
    pub fn new(
        doc: impl Into<String>,
        sentence: usize,
        start: usize,
        end: usize,
        text: impl Into<String>,
    ) -> Evidence {
        Evidence {
            doc: doc.into(),
            sentence,
            start,
            end,
            text: text.into(),
        }
    }
}

/// An edge: a typed relation with its claim context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    pub subject: String,
    pub predicate: Predicate,
    pub object: String,
    /// What is supplied, requested, denied (`drones`), where the text names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Who claims it; `None` when the newspaper itself states it.
    #[serde(default)]
    pub asserted_by: Option<String>,
    #[serde(default)]
    pub polarity: Polarity,
    /// Whether the text hedges the claim ("allegedly", "reportedly").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// The reporting verb of the claim ("said", "accused"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_with: Option<String>,
    /// The words that signalled the relation.
    #[serde(default)]
    pub trigger: String,
    /// The name of the rule that fired (see `newskg explain`).
    #[serde(default)]
    pub rule: String,
    /// The date the text gives for the statement or event ("in November 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub evidence: Vec<Evidence>,
}

impl Relation {
    /// A relation the newspaper itself asserts, with no evidence yet; set the
    /// other fields with struct update syntax (`Relation { asserted_by, ..Relation::new(s, p, o) }`).
    pub fn new(
        subject: impl Into<String>,
        predicate: Predicate,
        object: impl Into<String>,
    ) -> Relation {
        Relation {
            subject: subject.into(),
            predicate,
            object: object.into(),
            item: None,
            asserted_by: None,
            polarity: Polarity::Asserted,
            hedged: false,
            reported_with: None,
            trigger: String::new(),
            rule: String::new(),
            date: None,
            evidence: Vec::new(),
        }
    }

    /// What makes two relations the same edge.
    pub fn key(&self) -> RelationKey {
        RelationKey {
            subject: self.subject.clone(),
            predicate: self.predicate,
            object: self.object.clone(),
            asserted_by: self.asserted_by.clone(),
            polarity: self.polarity,
        }
    }
}

/// Subject, predicate, object, claimant and polarity: the identity of an edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RelationKey {
    pub subject: String,
    pub predicate: Predicate,
    pub object: String,
    pub asserted_by: Option<String>,
    pub polarity: Polarity,
}

/// What is recorded of each document that went into the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub source: String,
    pub sentences: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// SHA-256 of the text.
    #[serde(default)]
    pub sha256: String,
}

/// Entities, relations and the documents they come from.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    documents: BTreeMap<String, DocumentInfo>,
    graph: StableGraph<Entity, Relation>,
    nodes: BTreeMap<String, NodeIndex>,
    edges: BTreeMap<RelationKey, EdgeIndex>,
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        KnowledgeGraph::default()
    }

    pub fn add_document(&mut self, info: DocumentInfo) {
        self.documents.insert(info.id.clone(), info);
    }

    /// Adds an entity, or merges its names into the entity with the same id.
    pub fn add_entity(&mut self, entity: Entity) -> NodeIndex {
        if let Some(&ix) = self.nodes.get(&entity.id) {
            self.graph[ix].absorb(&entity);
            return ix;
        }
        let id = entity.id.clone();
        let ix = self.graph.add_node(entity);
        self.nodes.insert(id, ix);
        ix
    }

    /// Adds a relation between two entities already in the graph, or merges
    /// its evidence into the same edge. Returns `None` when an endpoint is
    /// unknown (the relation is dropped, not invented).
    pub fn add_relation(&mut self, relation: Relation) -> Option<EdgeIndex> {
        let key = relation.key();
        if let Some(&ix) = self.edges.get(&key) {
            let edge = &mut self.graph[ix];
            for ev in relation.evidence {
                if !edge.evidence.contains(&ev) {
                    edge.evidence.push(ev);
                }
            }
            edge.evidence.sort();
            if edge.item.is_none() {
                edge.item = relation.item;
            }
            if edge.date.is_none() {
                edge.date = relation.date;
            }
            edge.hedged &= relation.hedged;
            return Some(ix);
        }
        let s = *self.nodes.get(&relation.subject)?;
        let o = *self.nodes.get(&relation.object)?;
        if let Some(claimant) = &relation.asserted_by {
            if !self.nodes.contains_key(claimant) {
                return None;
            }
        }
        let mut relation = relation;
        relation.evidence.sort();
        relation.evidence.dedup();
        let ix = self.graph.add_edge(s, o, relation);
        self.edges.insert(key, ix);
        Some(ix)
    }

    /// Merges another graph into this one (documents, entities, relations).
    pub fn merge(&mut self, other: KnowledgeGraph) {
        for e in other.entities() {
            self.add_entity(e.clone());
        }
        for r in other.relations() {
            self.add_relation(r.clone());
        }
        self.documents.extend(other.documents);
    }

    /// Documents, sorted by id.
    pub fn documents(&self) -> impl Iterator<Item = &DocumentInfo> {
        self.documents.values()
    }

    /// Entities, sorted by id.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.nodes.values().map(|&ix| &self.graph[ix])
    }

    /// Relations, sorted by subject, predicate, object, claimant, polarity.
    pub fn relations(&self) -> impl Iterator<Item = &Relation> {
        self.edges.values().map(|&ix| &self.graph[ix])
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.nodes.get(id).map(|&ix| &self.graph[ix])
    }

    pub fn entity_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn relation_count(&self) -> usize {
        self.edges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.documents.is_empty()
    }

    /// The underlying petgraph graph, for graph algorithms (paths, components).
    pub fn petgraph(&self) -> &StableGraph<Entity, Relation> {
        &self.graph
    }

    /// The node of an entity id.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(s: &str, p: Predicate, o: &str, doc: &str) -> Relation {
        Relation {
            evidence: vec![Evidence::new(doc, 0, 0, 1, "x")],
            ..Relation::new(s, p, o)
        }
    }

    #[test]
    fn same_relation_in_two_documents_is_one_edge_with_two_evidences() {
        let mut g = KnowledgeGraph::new();
        g.add_entity(Entity::new("iran", "Iran", EntityKind::Country));
        g.add_entity(Entity::new("russia", "Russia", EntityKind::Country));
        g.add_relation(rel("iran", Predicate::Supplies, "russia", "b"));
        g.add_relation(rel("iran", Predicate::Supplies, "russia", "a"));
        assert_eq!(g.relation_count(), 1);
        let docs: Vec<_> = g
            .relations()
            .next()
            .map(|r| r.evidence.iter().map(|e| e.doc.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(docs, ["a", "b"]);
    }

    #[test]
    fn relation_to_unknown_entity_is_dropped() {
        let mut g = KnowledgeGraph::new();
        g.add_entity(Entity::new("iran", "Iran", EntityKind::Country));
        assert!(g
            .add_relation(rel("iran", Predicate::Supplies, "nowhere", "a"))
            .is_none());
    }

    #[test]
    fn entity_names_merge() {
        let mut g = KnowledgeGraph::new();
        let mut a = Entity::new("iran", "Iran", EntityKind::Country);
        a.aliases.push("Tehran".into());
        g.add_entity(a);
        let mut b = Entity::new("iran", "Iran", EntityKind::Country);
        b.aliases.push("Iranian".into());
        g.add_entity(b);
        assert_eq!(
            g.entity("iran").map(|e| e.aliases.clone()),
            Some(vec!["Iranian".to_string(), "Tehran".to_string()])
        );
    }
}
