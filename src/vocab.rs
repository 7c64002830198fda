//! IRIs of every vocabulary term newskg writes, as constants (after oxrdf's
//! `vocab`). Standard vocabularies first (rdf, rdfs, owl, skos, xsd, dcterms,
//! PROV-O, NIF, schema.org, Wikidata); `nkg` only where none fits.
//!
//! This module holds names only; how they are combined is in `write::rdf`.

use oxrdf::NamedNodeRef;

/// The default base of instance IRIs (entities, documents, statements);
/// `--base-iri` replaces it.
pub const DEFAULT_BASE_IRI: &str = "https://w3id.org/newskg/id/";

pub mod nkg {
    use super::NamedNodeRef;
    pub const NS: &str = "https://w3id.org/newskg/ontology#";
    pub const COUNTRY: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Country");
    pub const PERSON: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Person");
    pub const ORGANIZATION: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Organization");
    pub const GROUP: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Group");
    pub const STATEMENT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Statement");
    pub const DOCUMENT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Document");
    pub const EVIDENCE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Evidence");
    pub const ASSERTED_BY: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#assertedBy");
    pub const POLARITY: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#polarity");
    pub const ASSERTED: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Asserted");
    pub const DENIED: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#Denied");
    pub const HEDGED: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#hedged");
    pub const ITEM: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#item");
    pub const REPORTING_VERB: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#reportingVerb");
    pub const TRIGGER: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#trigger");
    pub const RULE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#rule");
    pub const STATEMENT_DATE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#statementDate");
    pub const EVIDENCE_PROP: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#evidence");
    pub const SENTENCE_INDEX: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#sentenceIndex");
    pub const ROLE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#role");
    pub const SENTENCE_COUNT: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#sentenceCount");
    pub const SHA256: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://w3id.org/newskg/ontology#sha256");
    /// The prefix newskg's Turtle and TriG use for this namespace.
    pub const PREFIX: &str = "nkg";

    /// The class of an entity kind: `nkg:Country`.
    pub const fn class(kind: crate::ontology::EntityKind) -> NamedNodeRef<'static> {
        use crate::ontology::EntityKind;
        match kind {
            EntityKind::Country => COUNTRY,
            EntityKind::Person => PERSON,
            EntityKind::Organization => ORGANIZATION,
            EntityKind::Group => GROUP,
        }
    }

    /// The property of a relation: `nkg:worriesAbout`.
    pub fn property(predicate: crate::ontology::Predicate) -> oxrdf::NamedNode {
        oxrdf::NamedNode::new_unchecked(format!("{NS}{}", predicate.local_name()))
    }
}

/// Path segments of instance IRIs under the base IRI: an entity is
/// `{base}entity/{id}`, a statement `{base}statement/{hash}`, and so on.
pub mod id {
    pub const ENTITY: &str = "entity/";
    pub const STATEMENT: &str = "statement/";
    pub const EVIDENCE: &str = "evidence/";
    pub const DOCUMENT: &str = "document/";
    pub const GRAPH: &str = "graph/";

    /// The prefixes Turtle and TriG use for instance IRIs, as (prefix, path
    /// segment under the base IRI): `entity:iran`.
    pub const PREFIXES: [(&str, &str); 4] = [
        ("document", DOCUMENT),
        ("entity", ENTITY),
        ("graph", GRAPH),
        ("statement", STATEMENT),
    ];
}

/// The prefixes written in Turtle, TriG and RDF/XML, as (prefix, namespace).
/// Instance prefixes ([`id::PREFIXES`]) are added by the writer.
pub const PREFIXES: [(&str, &str); 11] = [
    ("dcterms", dcterms::NS),
    ("nif", nif::NS),
    (nkg::PREFIX, nkg::NS),
    ("owl", owl::NS),
    ("prov", prov::NS),
    ("rdf", rdf::NS),
    ("rdfs", rdfs::NS),
    ("schema", schema::NS),
    ("skos", skos::NS),
    ("wd", WIKIDATA_ENTITY),
    ("xsd", xsd::NS),
];

pub mod rdf {
    pub use oxrdf::vocab::rdf::{OBJECT, PREDICATE, SUBJECT, TYPE};
    pub const NS: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// RDF 1.2: links a statement resource to the triple term it reifies.
    pub const REIFIES: oxrdf::NamedNodeRef<'_> =
        oxrdf::NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
}

pub mod rdfs {
    pub use oxrdf::vocab::rdfs::{COMMENT, LABEL};
    pub const NS: &str = "http://www.w3.org/2000/01/rdf-schema#";
}

pub mod xsd {
    pub use oxrdf::vocab::xsd::{BOOLEAN, DATE, INTEGER, STRING};
    pub const NS: &str = "http://www.w3.org/2001/XMLSchema#";
}

pub mod owl {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2002/07/owl#";
    pub const SAME_AS: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#sameAs");
}

pub mod skos {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/2004/02/skos/core#";
    pub const ALT_LABEL: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
}

pub mod dcterms {
    use super::NamedNodeRef;
    pub const NS: &str = "http://purl.org/dc/terms/";
    pub const SOURCE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/source");
    pub const TITLE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/title");
    pub const DATE: NamedNodeRef<'_> = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/date");
    pub const IDENTIFIER: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://purl.org/dc/terms/identifier");
}

pub mod prov {
    use super::NamedNodeRef;
    pub const NS: &str = "http://www.w3.org/ns/prov#";
    pub const WAS_DERIVED_FROM: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
    pub const WAS_ATTRIBUTED_TO: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasAttributedTo");
    pub const WAS_GENERATED_BY: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("http://www.w3.org/ns/prov#wasGeneratedBy");
}

pub mod nif {
    use super::NamedNodeRef;
    pub const NS: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    pub const BEGIN_INDEX: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
    );
    pub const END_INDEX: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex",
    );
    pub const ANCHOR_OF: NamedNodeRef<'_> = NamedNodeRef::new_unchecked(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf",
    );
}

pub mod schema {
    use super::NamedNodeRef;
    pub const NS: &str = "https://schema.org/";
    pub const URL: NamedNodeRef<'_> = NamedNodeRef::new_unchecked("https://schema.org/url");
    pub const NEWS_ARTICLE: NamedNodeRef<'_> =
        NamedNodeRef::new_unchecked("https://schema.org/NewsArticle");
}

/// Wikidata entity namespace: `Q794` becomes `http://www.wikidata.org/entity/Q794`.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";
