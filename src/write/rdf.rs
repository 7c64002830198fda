//! The graph as RDF: one set of quads, written in six syntaxes (Turtle,
//! N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) with the oxigraph family.
//!
//! [`quads`] is the model (see `docs/rdf.md`): entities, one reified
//! statement per relation with its claimant, polarity and evidence, one
//! document resource per article, and one named graph per article holding
//! what that article says. A direct triple `<s> nkg:p <o>` is written only
//! for a relation the newspaper itself asserts (polarity asserted, no
//! claimant): a claim or a denial is never turned into a fact. Quads are
//! sorted, so the same graph always gives the same bytes.
//!
//! This module does not read RDF back (see `read::graph`) and does not talk
//! to stores (see `store` and `load`).

use crate::graph::{DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation};
use crate::ontology::Polarity;
use crate::vocab::{self, dcterms, id, nif, nkg, owl, prov, rdf, rdfs, schema, skos, xsd};
use crate::write::{WriteError, WriteOptions};
use oxrdf::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term, Triple};
use oxrdfio::{RdfFormat, RdfSerializer};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Every quad of the graph, sorted: each statement, its evidence, the direct
/// triples and the entity descriptions in the named graph of each document
/// they come from; entities that no relation mentions (and relations
/// without evidence) in the default graph.
///
/// The base IRI is taken as given; [`check_base_iri`] validates it.
pub fn quads(graph: &KnowledgeGraph, options: &WriteOptions) -> Vec<Quad> {
    let iris = Iris {
        base: &options.base_iri,
    };
    let mut out = Vec::new();

    let mut by_doc: BTreeMap<&str, Vec<&Relation>> = BTreeMap::new();
    for info in graph.documents() {
        by_doc.entry(info.id.as_str()).or_default();
    }
    let mut without_evidence = Vec::new();
    for relation in graph.relations() {
        let docs: BTreeSet<&str> = relation.evidence.iter().map(|e| e.doc.as_str()).collect();
        if docs.is_empty() {
            without_evidence.push(relation);
        }
        for doc in docs {
            by_doc.entry(doc).or_default().push(relation);
        }
    }

    let mut described = BTreeSet::new();
    for (doc, relations) in &by_doc {
        let g = GraphName::NamedNode(iris.graph(doc));
        let info = graph.documents().find(|d| d.id == *doc);
        document_quads(&iris, doc, info, &g, &mut out);
        let mut mentioned = BTreeSet::new();
        for relation in relations {
            relation_quads(&iris, relation, Some(doc), options.rdf12, &g, &mut out);
            mentioned.extend(mentioned_entities(relation));
        }
        for entity in mentioned.iter().filter_map(|id| graph.entity(id)) {
            entity_quads(&iris, entity, &g, &mut out);
        }
        described.extend(mentioned);
    }

    let default = GraphName::DefaultGraph;
    for relation in without_evidence {
        relation_quads(&iris, relation, None, options.rdf12, &default, &mut out);
    }
    for entity in graph
        .entities()
        .filter(|e| !described.contains(e.id.as_str()))
    {
        entity_quads(&iris, entity, &default, &mut out);
    }
    sort_quads(out)
}

/// The named graph of a document: `{base}graph/{doc-slug}`. It depends on
/// the document id only, so a changed article replaces its own graph.
pub fn document_graph(doc_id: &str, options: &WriteOptions) -> NamedNode {
    Iris {
        base: &options.base_iri,
    }
    .graph(doc_id)
}

/// The IRI of an entity: `{base}entity/{id}`.
pub fn entity_iri(entity_id: &str, options: &WriteOptions) -> NamedNode {
    Iris {
        base: &options.base_iri,
    }
    .entity(entity_id)
}

/// The IRI of the statement resource of a relation:
/// `{base}statement/{first 16 hex digits of sha256("s|p|o|claimant|polarity")}`.
pub fn statement_iri(relation: &Relation, options: &WriteOptions) -> NamedNode {
    Iris {
        base: &options.base_iri,
    }
    .statement(relation)
}

/// Checks that a base IRI is an absolute IRI ending in `/` or `#`.
pub fn check_base_iri(base: &str) -> Result<(), WriteError> {
    NamedNode::new(base)
        .map_err(|e| WriteError::Render(format!("invalid base IRI `{base}`: {e}")))?;
    if base.ends_with('/') || base.ends_with('#') {
        Ok(())
    } else {
        Err(WriteError::Render(format!(
            "invalid base IRI `{base}`: it must end with `/` or `#`"
        )))
    }
}

/// Writes the graph in an RDF syntax. N-Quads and TriG keep the named
/// graphs; the other syntaxes write their union as triples, once each.
pub fn rdf(
    graph: &KnowledgeGraph,
    format: RdfFormat,
    options: &WriteOptions,
    w: &mut dyn Write,
) -> Result<(), WriteError> {
    check_base_iri(&options.base_iri)?;
    if options.rdf12 && !cfg!(feature = "rdf12") {
        return Err(WriteError::Unsupported(
            "RDF 1.2 (build with `--features rdf12` for --rdf12)",
        ));
    }
    let mut all = quads(graph, options);
    if matches!(format, RdfFormat::JsonLd { .. } | RdfFormat::RdfXml) {
        // These syntaxes have no triple terms: the annotation is left out.
        all.retain(|q| !is_triple_term(&q.object));
    }
    let mut serializer = RdfSerializer::from_format(format);
    let instance_prefixes =
        id::PREFIXES.map(|(p, segment)| (p, format!("{}{segment}", options.base_iri)));
    let vocabulary_prefixes = vocab::PREFIXES.map(|(p, ns)| (p, ns.to_owned()));
    let prefixes: Vec<(&str, String)> = if matches!(format, RdfFormat::RdfXml) {
        vocabulary_prefixes.into_iter().collect()
    } else {
        vocabulary_prefixes
            .into_iter()
            .chain(instance_prefixes)
            .collect()
    };
    for (prefix, ns) in prefixes {
        serializer = serializer
            .with_prefix(prefix, ns.as_str())
            .map_err(|e| WriteError::Render(format!("invalid prefix IRI `{ns}`: {e}")))?;
    }
    let mut out = serializer.for_writer(w);
    if matches!(format, RdfFormat::NQuads | RdfFormat::TriG) {
        for quad in &all {
            out.serialize_quad(quad)?;
        }
    } else {
        for triple in union_triples(all) {
            out.serialize_triple(&triple)?;
        }
    }
    out.finish()?;
    Ok(())
}

/// The triples of all graphs, each once, sorted.
pub fn union_triples(quads: Vec<Quad>) -> Vec<Triple> {
    let mut keyed: Vec<(String, Triple)> = quads
        .into_iter()
        .map(|q| {
            let t = Triple::from(q);
            (t.to_string(), t)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed.into_iter().map(|(_, t)| t).collect()
}

fn sort_quads(quads: Vec<Quad>) -> Vec<Quad> {
    use std::fmt::Write as _;
    // one key per quad: graph, subject, predicate, object in N-Quads form,
    // separated by a byte no IRI or literal serialization contains
    let mut keyed: Vec<(String, Quad)> = quads
        .into_iter()
        .map(|q| {
            let mut key = String::with_capacity(160);
            let _ = write!(
                key,
                "{}\u{0}{}\u{0}{}\u{0}{}",
                q.graph_name, q.subject, q.predicate, q.object
            );
            (key, q)
        })
        .collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed.into_iter().map(|(_, q)| q).collect()
}

#[cfg(feature = "rdf12")]
fn is_triple_term(term: &Term) -> bool {
    matches!(term, Term::Triple(_))
}

#[cfg(not(feature = "rdf12"))]
fn is_triple_term(_term: &Term) -> bool {
    false
}

/// Builds instance IRIs under the base.
struct Iris<'a> {
    base: &'a str,
}

impl Iris<'_> {
    fn under(&self, segment: &str, rest: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{segment}{rest}", self.base))
    }

    fn entity(&self, entity_id: &str) -> NamedNode {
        self.under(id::ENTITY, &iri_segment(entity_id))
    }

    fn document(&self, doc_id: &str) -> NamedNode {
        self.under(id::DOCUMENT, &iri_segment(doc_id))
    }

    fn graph(&self, doc_id: &str) -> NamedNode {
        self.under(id::GRAPH, &iri_segment(doc_id))
    }

    fn evidence(&self, evidence: &Evidence) -> NamedNode {
        let rest = format!(
            "{}/{}-{}",
            iri_segment(&evidence.doc),
            evidence.start,
            evidence.end
        );
        self.under(id::EVIDENCE, &rest)
    }

    fn statement(&self, relation: &Relation) -> NamedNode {
        let key = format!(
            "{}|{}|{}|{}|{}",
            relation.subject,
            relation.predicate.as_str(),
            relation.object,
            relation.asserted_by.as_deref().unwrap_or(""),
            relation.polarity.as_str()
        );
        let digest = Sha256::digest(key.as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        self.under(id::STATEMENT, &hex)
    }
}

/// An id as one IRI path segment: Unicode letters and digits and `-._~`
/// stay, every other byte is percent-encoded. Distinct ids give distinct
/// segments, and the same id always the same one.
pub fn iri_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The inverse of [`iri_segment`], for reading IRIs back.
pub fn iri_segment_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hi), Some(lo)) = (hex_value(bytes[i + 1]), hex_value(bytes[i + 2])) {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

fn mentioned_entities(relation: &Relation) -> impl Iterator<Item = &str> {
    [
        Some(relation.subject.as_str()),
        Some(relation.object.as_str()),
        relation.asserted_by.as_deref(),
    ]
    .into_iter()
    .flatten()
}

fn string(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn integer(n: usize) -> Term {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER).into()
}

fn push(
    out: &mut Vec<Quad>,
    s: &NamedNode,
    p: NamedNodeRef<'_>,
    o: impl Into<Term>,
    g: &GraphName,
) {
    out.push(Quad::new(s.clone(), p, o, g.clone()));
}

fn entity_quads(iris: &Iris<'_>, entity: &Entity, g: &GraphName, out: &mut Vec<Quad>) {
    let s = iris.entity(&entity.id);
    push(out, &s, rdf::TYPE, nkg::class(entity.kind), g);
    push(out, &s, rdfs::LABEL, string(&entity.label), g);
    push(out, &s, dcterms::IDENTIFIER, string(&entity.id), g);
    for alias in &entity.aliases {
        push(out, &s, skos::ALT_LABEL, string(alias), g);
    }
    if let Some(q) = &entity.wikidata {
        let wd = NamedNode::new_unchecked(format!("{}{}", vocab::WIKIDATA_ENTITY, iri_segment(q)));
        push(out, &s, owl::SAME_AS, wd, g);
    }
    if let Some(role) = &entity.role {
        push(out, &s, nkg::ROLE, string(role), g);
    }
}

fn document_quads(
    iris: &Iris<'_>,
    doc: &str,
    info: Option<&DocumentInfo>,
    g: &GraphName,
    out: &mut Vec<Quad>,
) {
    let s = iris.document(doc);
    push(out, &s, rdf::TYPE, nkg::DOCUMENT, g);
    push(out, &s, rdf::TYPE, schema::NEWS_ARTICLE, g);
    push(out, &s, dcterms::IDENTIFIER, string(doc), g);
    let Some(info) = info else { return };
    push(out, &s, dcterms::SOURCE, string(&info.source), g);
    push(out, &s, nkg::SENTENCE_COUNT, integer(info.sentences), g);
    if let Some(title) = &info.title {
        push(out, &s, dcterms::TITLE, string(title), g);
    }
    if let Some(date) = &info.date {
        push(out, &s, dcterms::DATE, date_literal(date), g);
    }
    if let Some(url) = &info.url {
        match NamedNode::new(url.as_str()) {
            Ok(iri) => push(out, &s, schema::URL, iri, g),
            Err(_) => push(out, &s, schema::URL, string(url), g),
        }
    }
    if !info.sha256.is_empty() {
        push(out, &s, nkg::SHA256, string(&info.sha256), g);
    }
}

/// `2024-03-01` as an `xsd:date`, anything else as a plain string.
fn date_literal(date: &str) -> Term {
    let b = date.as_bytes();
    let is_iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if is_iso {
        Literal::new_typed_literal(date, xsd::DATE).into()
    } else {
        string(date)
    }
}

/// The statement of a relation, its evidence from `doc` (all of it when
/// `doc` is `None`) and, for a relation the newspaper asserts, the direct
/// triple.
fn relation_quads(
    iris: &Iris<'_>,
    relation: &Relation,
    doc: Option<&str>,
    rdf12: bool,
    g: &GraphName,
    out: &mut Vec<Quad>,
) {
    let subject = iris.entity(&relation.subject);
    let object = iris.entity(&relation.object);
    let property = nkg::property(relation.predicate);
    if relation.polarity == Polarity::Asserted && relation.asserted_by.is_none() {
        out.push(Quad::new(
            subject.clone(),
            property.clone(),
            object.clone(),
            g.clone(),
        ));
    }

    let s = iris.statement(relation);
    push(out, &s, rdf::TYPE, nkg::STATEMENT, g);
    push(out, &s, rdf::SUBJECT, subject.clone(), g);
    push(out, &s, rdf::PREDICATE, property.clone(), g);
    push(out, &s, rdf::OBJECT, object.clone(), g);
    let polarity = match relation.polarity {
        Polarity::Asserted => nkg::ASSERTED,
        Polarity::Denied => nkg::DENIED,
    };
    push(out, &s, nkg::POLARITY, polarity, g);
    if let Some(claimant) = &relation.asserted_by {
        let c = iris.entity(claimant);
        push(out, &s, nkg::ASSERTED_BY, c.clone(), g);
        push(out, &s, prov::WAS_ATTRIBUTED_TO, c, g);
    }
    push(out, &s, nkg::HEDGED, Literal::from(relation.hedged), g);
    if let Some(item) = &relation.item {
        push(out, &s, nkg::ITEM, string(item), g);
    }
    if let Some(verb) = &relation.reported_with {
        push(out, &s, nkg::REPORTING_VERB, string(verb), g);
    }
    if !relation.trigger.is_empty() {
        push(out, &s, nkg::TRIGGER, string(&relation.trigger), g);
    }
    if !relation.rule.is_empty() {
        push(out, &s, nkg::RULE, string(&relation.rule), g);
    }
    if let Some(date) = &relation.date {
        push(out, &s, nkg::STATEMENT_DATE, string(date), g);
    }
    if rdf12 {
        reifies(&s, Triple::new(subject, property, object), g, out);
    }
    for evidence in relation
        .evidence
        .iter()
        .filter(|e| doc.is_none_or(|d| e.doc == d))
    {
        let e = iris.evidence(evidence);
        let document = iris.document(&evidence.doc);
        push(out, &s, nkg::EVIDENCE_PROP, e.clone(), g);
        push(out, &s, prov::WAS_DERIVED_FROM, document.clone(), g);
        push(out, &e, rdf::TYPE, nkg::EVIDENCE, g);
        push(out, &e, dcterms::SOURCE, document, g);
        push(out, &e, nif::BEGIN_INDEX, integer(evidence.start), g);
        push(out, &e, nif::END_INDEX, integer(evidence.end), g);
        push(out, &e, nif::ANCHOR_OF, string(&evidence.text), g);
        push(out, &e, nkg::SENTENCE_INDEX, integer(evidence.sentence), g);
    }
}

/// RDF 1.2: `<statement> rdf:reifies <<( s p o )>>`.
#[cfg(feature = "rdf12")]
fn reifies(statement: &NamedNode, triple: Triple, g: &GraphName, out: &mut Vec<Quad>) {
    push(
        out,
        statement,
        rdf::REIFIES,
        Term::Triple(Box::new(triple)),
        g,
    );
}

#[cfg(not(feature = "rdf12"))]
fn reifies(_statement: &NamedNode, _triple: Triple, _g: &GraphName, _out: &mut Vec<Quad>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip() {
        for id in ["iran", "dana-stroul", "a b/c", "café", "100%"] {
            assert_eq!(iri_segment_decode(&iri_segment(id)), id);
        }
        assert_eq!(iri_segment("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn dates() {
        assert_eq!(
            date_literal("2024-03-01"),
            Literal::new_typed_literal("2024-03-01", xsd::DATE).into()
        );
        assert_eq!(date_literal("March 2024"), string("March 2024"));
    }
}
