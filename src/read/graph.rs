//! Graph files back into a [`KnowledgeGraph`]: the JSON that `write::json`
//! writes, and the six RDF syntaxes that `write::rdf` writes (chosen by the
//! file extension: `ttl`, `nt`, `nq`, `trig`, `jsonld`, `rdf`).
//!
//! RDF is read by the model of `docs/rdf.md`: entities by their `nkg:`
//! class, documents by `nkg:Document`, and each `nkg:Statement` back into
//! one relation with its claimant, polarity and evidence. Direct triples are
//! not read: every relation has its statement. Named graphs are ignored
//! (their union is read), so a relation split over several document graphs
//! comes back whole.
//!
//! This module does not read articles (see the parent module) and does not
//! guess: a statement whose parts are missing is an error naming it.

use crate::graph::{DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation};
use crate::ontology::{EntityKind, Polarity, Predicate};
use crate::vocab::{dcterms, id, nif, nkg, owl, rdf, rdfs, schema, skos, WIKIDATA_ENTITY};
use crate::write::rdf::iri_segment_decode;
use oxrdf::{NamedNode, NamedNodeRef, NamedOrBlankNode, Term};
use oxrdfio::{RdfFormat, RdfParser};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A graph file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GraphReadError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Json {
        path: PathBuf,
        source: JsonGraphError,
    },
    #[error("{}: {message}", path.display())]
    Rdf { path: PathBuf, message: String },
    #[error("{}: unknown graph file extension (expected json, ttl, nt, nq, trig, jsonld or rdf)", path.display())]
    UnknownExtension { path: PathBuf },
    #[error("{}: {message}", path.display())]
    Malformed { path: PathBuf, message: String },
}

/// JSON that does not have the shape `newskg build` writes.
#[derive(Debug, thiserror::Error)]
pub enum JsonGraphError {
    #[error("invalid JSON graph at line {line} column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("relation {index} ({subject} {predicate} {object}) refers to the unknown entity `{missing}`")]
    UnknownEntity {
        index: usize,
        subject: String,
        predicate: Predicate,
        object: String,
        missing: String,
    },
}

/// Whether a path names a graph file this module reads, by its extension.
pub fn is_graph_file(path: &Path) -> bool {
    graph_syntax(path).is_some()
}

enum Syntax {
    Json,
    Rdf(RdfFormat),
}

fn graph_syntax(path: &Path) -> Option<Syntax> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some(Syntax::Json),
        "ttl" | "nt" | "nq" | "trig" | "jsonld" | "rdf" | "owl" | "xml" => {
            RdfFormat::from_extension(&ext).map(Syntax::Rdf)
        }
        _ => None,
    }
}

/// Reads one graph file, JSON or RDF, chosen by its extension; `-` reads
/// JSON from standard input.
pub fn graph_file(path: &Path) -> Result<KnowledgeGraph, GraphReadError> {
    if path.as_os_str() == "-" {
        return graph_from_json(std::io::stdin().lock()).map_err(|source| GraphReadError::Json {
            path: path.to_owned(),
            source,
        });
    }
    let syntax = graph_syntax(path).ok_or_else(|| GraphReadError::UnknownExtension {
        path: path.to_owned(),
    })?;
    let bytes = std::fs::read(path).map_err(|source| GraphReadError::Io {
        path: path.to_owned(),
        source,
    })?;
    match syntax {
        Syntax::Json => graph_from_json(bytes.as_slice()).map_err(|source| GraphReadError::Json {
            path: path.to_owned(),
            source,
        }),
        Syntax::Rdf(format) => graph_from_rdf(&bytes, format).map_err(|message| match message {
            RdfProblem::Syntax(message) => GraphReadError::Rdf {
                path: path.to_owned(),
                message,
            },
            RdfProblem::Model(message) => GraphReadError::Malformed {
                path: path.to_owned(),
                message,
            },
        }),
    }
}

/// Reads several graph files and merges them, in the order given.
pub fn graph_files(paths: &[PathBuf]) -> Result<KnowledgeGraph, GraphReadError> {
    let mut graph = KnowledgeGraph::new();
    for path in paths {
        graph.merge(graph_file(path)?);
    }
    Ok(graph)
}

/// The JSON shape of `write::json`.
#[derive(Deserialize)]
struct JsonGraph {
    #[serde(default)]
    documents: Vec<DocumentInfo>,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    relations: Vec<Relation>,
}

/// Rebuilds a graph from the JSON of `write::json`: `documents`, `entities`,
/// `relations`. A relation whose subject, object or claimant is not among the
/// entities is an error, not silently dropped.
pub fn graph_from_json(reader: impl std::io::Read) -> Result<KnowledgeGraph, JsonGraphError> {
    let parsed: JsonGraph =
        serde_json::from_reader(std::io::BufReader::new(reader)).map_err(|e| {
            let message = e.to_string();
            // serde_json appends " at line L column C"; the position comes first here
            let message = message
                .rfind(" at line ")
                .map_or(message.clone(), |i| message[..i].to_owned());
            JsonGraphError::Syntax {
                line: e.line(),
                column: e.column(),
                message,
            }
        })?;
    let mut graph = KnowledgeGraph::new();
    for d in parsed.documents {
        graph.add_document(d);
    }
    for e in parsed.entities {
        graph.add_entity(e);
    }
    for (index, r) in parsed.relations.into_iter().enumerate() {
        let missing = [Some(&r.subject), Some(&r.object), r.asserted_by.as_ref()]
            .into_iter()
            .flatten()
            .find(|id| graph.entity(id).is_none())
            .cloned();
        if let Some(missing) = missing {
            return Err(JsonGraphError::UnknownEntity {
                index,
                subject: r.subject,
                predicate: r.predicate,
                object: r.object,
                missing,
            });
        }
        graph.add_relation(r);
    }
    Ok(graph)
}

enum RdfProblem {
    Syntax(String),
    Model(String),
}

/// The triples of a file, by subject; duplicates (the same triple in two
/// named graphs) kept once.
#[derive(Default)]
struct Triples {
    by_subject: HashMap<NamedOrBlankNode, Vec<(NamedNode, Term)>>,
}

impl Triples {
    fn objects<'a>(
        &'a self,
        s: &NamedOrBlankNode,
        p: NamedNodeRef<'a>,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.by_subject
            .get(s)
            .into_iter()
            .flatten()
            .filter(move |(q, _)| q.as_ref() == p)
            .map(|(_, o)| o)
    }

    /// The lexical forms of the literal (or IRI) values of `p`, sorted.
    fn values(&self, s: &NamedOrBlankNode, p: NamedNodeRef<'_>) -> Vec<String> {
        let mut v: Vec<String> = self.objects(s, p).filter_map(term_value).collect();
        v.sort();
        v
    }

    fn value(&self, s: &NamedOrBlankNode, p: NamedNodeRef<'_>) -> Option<String> {
        self.values(s, p).into_iter().next()
    }

    fn iri(&self, s: &NamedOrBlankNode, p: NamedNodeRef<'_>) -> Option<NamedNode> {
        let mut v: Vec<NamedNode> = self
            .objects(s, p)
            .filter_map(|o| match o {
                Term::NamedNode(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        v.into_iter().next()
    }

    fn iris(&self, s: &NamedOrBlankNode, p: NamedNodeRef<'_>) -> Vec<NamedNode> {
        let mut v: Vec<NamedNode> = self
            .objects(s, p)
            .filter_map(|o| match o {
                Term::NamedNode(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        v
    }

    /// Subjects with `rdf:type class`, sorted.
    fn of_type(&self, class: NamedNodeRef<'_>) -> Vec<NamedOrBlankNode> {
        let mut v: Vec<NamedOrBlankNode> = self
            .by_subject
            .iter()
            .filter(|(_, pos)| {
                pos.iter().any(|(p, o)| {
                    p.as_ref() == rdf::TYPE && *o == Term::NamedNode(class.into_owned())
                })
            })
            .map(|(s, _)| s.clone())
            .collect();
        v.sort_by_key(|s| s.to_string());
        v
    }
}

fn term_value(term: &Term) -> Option<String> {
    match term {
        Term::Literal(l) => Some(l.value().to_owned()),
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn graph_from_rdf(bytes: &[u8], format: RdfFormat) -> Result<KnowledgeGraph, RdfProblem> {
    let mut triples = Triples::default();
    let mut seen = HashSet::new();
    for quad in RdfParser::from_format(format).for_slice(bytes) {
        let quad = quad.map_err(|e| RdfProblem::Syntax(e.to_string()))?;
        let key = (
            quad.subject.clone(),
            quad.predicate.clone(),
            quad.object.clone(),
        );
        if seen.insert(key) {
            triples
                .by_subject
                .entry(quad.subject)
                .or_default()
                .push((quad.predicate, quad.object));
        }
    }

    let mut graph = KnowledgeGraph::new();

    let mut document_ids: HashMap<NamedOrBlankNode, String> = HashMap::new();
    for d in triples.of_type(nkg::DOCUMENT) {
        let info = document(&triples, &d)?;
        document_ids.insert(d, info.id.clone());
        graph.add_document(info);
    }

    let mut entity_ids: HashMap<NamedOrBlankNode, String> = HashMap::new();
    let mut entities = BTreeMap::new();
    for kind in EntityKind::ALL {
        for e in triples.of_type(nkg::class(kind)) {
            let entity = entity(&triples, &e, kind)?;
            entity_ids.insert(e, entity.id.clone());
            entities.insert(entity.id.clone(), entity);
        }
    }
    for (_, e) in entities {
        graph.add_entity(e);
    }

    let ids = Ids {
        documents: &document_ids,
        entities: &entity_ids,
    };
    for s in triples.of_type(nkg::STATEMENT) {
        let relation = statement(&triples, &s, &ids)?;
        if graph.add_relation(relation).is_none() {
            return Err(RdfProblem::Model(format!(
                "statement {s} names an entity that is not described"
            )));
        }
    }
    Ok(graph)
}

struct Ids<'a> {
    documents: &'a HashMap<NamedOrBlankNode, String>,
    entities: &'a HashMap<NamedOrBlankNode, String>,
}

/// The id at the end of an instance IRI (`…/entity/iran` -> `iran`).
fn id_from_iri(node: &NamedOrBlankNode, segment: &str) -> Option<String> {
    match node {
        NamedOrBlankNode::NamedNode(n) => {
            let (_, rest) = n.as_str().rsplit_once(segment)?;
            Some(iri_segment_decode(rest))
        }
        _ => None,
    }
}

fn document(t: &Triples, d: &NamedOrBlankNode) -> Result<DocumentInfo, RdfProblem> {
    let id = t
        .value(d, dcterms::IDENTIFIER)
        .or_else(|| id_from_iri(d, id::DOCUMENT))
        .ok_or_else(|| RdfProblem::Model(format!("document {d} has no dcterms:identifier")))?;
    let sentences = match t.value(d, nkg::SENTENCE_COUNT) {
        Some(n) => count(&n, d, "nkg:sentenceCount")?,
        None => 0,
    };
    Ok(DocumentInfo {
        id,
        source: t.value(d, dcterms::SOURCE).unwrap_or_default(),
        sentences,
        title: t.value(d, dcterms::TITLE),
        url: t.value(d, schema::URL),
        date: t.value(d, dcterms::DATE),
        sha256: t.value(d, nkg::SHA256).unwrap_or_default(),
    })
}

fn count(lexical: &str, node: &NamedOrBlankNode, what: &str) -> Result<usize, RdfProblem> {
    lexical.trim().parse().map_err(|_| {
        RdfProblem::Model(format!(
            "{node}: {what} `{lexical}` is not a non-negative integer"
        ))
    })
}

fn entity(t: &Triples, e: &NamedOrBlankNode, kind: EntityKind) -> Result<Entity, RdfProblem> {
    let id = t
        .value(e, dcterms::IDENTIFIER)
        .or_else(|| id_from_iri(e, id::ENTITY))
        .ok_or_else(|| RdfProblem::Model(format!("entity {e} has no dcterms:identifier")))?;
    let label = t.value(e, rdfs::LABEL).unwrap_or_else(|| id.clone());
    let mut entity = Entity::new(id, label, kind);
    entity.aliases = t.values(e, skos::ALT_LABEL);
    entity.wikidata = t.iris(e, owl::SAME_AS).into_iter().find_map(|n| {
        n.as_str()
            .strip_prefix(WIKIDATA_ENTITY)
            .map(iri_segment_decode)
    });
    entity.role = t.value(e, nkg::ROLE);
    Ok(entity)
}

fn statement(t: &Triples, s: &NamedOrBlankNode, ids: &Ids<'_>) -> Result<Relation, RdfProblem> {
    let missing = |what: &str| RdfProblem::Model(format!("statement {s} has no {what}"));
    let entity_id = |node: NamedNode, what: &str| -> Result<String, RdfProblem> {
        let node = NamedOrBlankNode::NamedNode(node);
        ids.entities.get(&node).cloned().ok_or_else(|| {
            RdfProblem::Model(format!(
                "statement {s}: {what} {node} is not a described entity"
            ))
        })
    };
    let subject = entity_id(
        t.iri(s, rdf::SUBJECT)
            .ok_or_else(|| missing("rdf:subject"))?,
        "subject",
    )?;
    let object = entity_id(
        t.iri(s, rdf::OBJECT).ok_or_else(|| missing("rdf:object"))?,
        "object",
    )?;
    let property = t
        .iri(s, rdf::PREDICATE)
        .ok_or_else(|| missing("rdf:predicate"))?;
    let predicate = property
        .as_str()
        .strip_prefix(nkg::NS)
        .and_then(|local| Predicate::ALL.into_iter().find(|p| p.local_name() == local))
        .ok_or_else(|| {
            RdfProblem::Model(format!(
                "statement {s}: {property} is not a newskg relation"
            ))
        })?;
    let polarity = match t.iri(s, nkg::POLARITY) {
        Some(p) if p.as_ref() == nkg::ASSERTED => Polarity::Asserted,
        Some(p) if p.as_ref() == nkg::DENIED => Polarity::Denied,
        Some(p) => {
            return Err(RdfProblem::Model(format!(
                "statement {s}: unknown polarity {p}"
            )))
        }
        None => return Err(missing("nkg:polarity")),
    };
    let asserted_by = match t.iri(s, nkg::ASSERTED_BY) {
        Some(c) => Some(entity_id(c, "claimant")?),
        None => None,
    };
    let hedged = t
        .value(s, nkg::HEDGED)
        .is_some_and(|v| v == "true" || v == "1");
    let mut evidence = Vec::new();
    for e in t.iris(s, nkg::EVIDENCE_PROP) {
        evidence.push(evidence_of(t, &NamedOrBlankNode::NamedNode(e), ids)?);
    }
    Ok(Relation {
        subject,
        predicate,
        object,
        item: t.value(s, nkg::ITEM),
        asserted_by,
        polarity,
        hedged,
        reported_with: t.value(s, nkg::REPORTING_VERB),
        trigger: t.value(s, nkg::TRIGGER).unwrap_or_default(),
        rule: t.value(s, nkg::RULE).unwrap_or_default(),
        date: t.value(s, nkg::STATEMENT_DATE),
        evidence,
    })
}

fn evidence_of(t: &Triples, e: &NamedOrBlankNode, ids: &Ids<'_>) -> Result<Evidence, RdfProblem> {
    let missing = |what: &str| RdfProblem::Model(format!("evidence {e} has no {what}"));
    let source = NamedOrBlankNode::NamedNode(
        t.iri(e, dcterms::SOURCE)
            .ok_or_else(|| missing("dcterms:source"))?,
    );
    let doc = ids
        .documents
        .get(&source)
        .cloned()
        .or_else(|| id_from_iri(&source, id::DOCUMENT))
        .ok_or_else(|| RdfProblem::Model(format!("evidence {e}: {source} is not a document")))?;
    let number = |p: NamedNodeRef<'_>, what: &str| -> Result<usize, RdfProblem> {
        count(&t.value(e, p).ok_or_else(|| missing(what))?, e, what)
    };
    Ok(Evidence {
        doc,
        sentence: number(nkg::SENTENCE_INDEX, "nkg:sentenceIndex")?,
        start: number(nif::BEGIN_INDEX, "nif:beginIndex")?,
        end: number(nif::END_INDEX, "nif:endIndex")?,
        text: t.value(e, nif::ANCHOR_OF).unwrap_or_default(),
    })
}
