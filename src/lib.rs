//! newskg turns news articles into a knowledge graph: who does what to whom,
//! and who says so.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! read::*            files, JSON Lines, HTML, WARC    -> Document
//! sentences::split   Document                         -> [Sentence]
//! tokens::tokenize   Sentence                         -> [Token]
//! mentions::find     Sentence + Index                 -> [Mention]  (gazetteer, titles, names, pronouns)
//! mentions::defined_acronyms [Mention] of a document  -> [Mention]  ("(UNAMA)" names its organization)
//! mentions::repeated_names   [Mention] of a document  -> [Mention]  (a new body's name used again)
//! coref::resolve     [Mention]                        -> entities, one per real-world entity
//! relations::extract mentions + triggers + cues       -> [Relation] (claimant, polarity, evidence)
//! graph              [Extraction]                     -> KnowledgeGraph (petgraph), merged across documents
//! write::*           KnowledgeGraph                   -> JSON, RDF (6 syntaxes), DOT
//! ```
//!
//! [`build`] runs it over many documents in parallel and merges in a sorted
//! order, so the same input always gives the same bytes out.

pub mod coref;
pub mod corpus;
pub mod diagnostics;
pub mod eval;
pub mod explain;
pub mod extract;
pub mod graph;
pub mod index;
pub mod lexicon;
pub mod load;
pub mod mentions;
pub mod ontology;
pub mod paths;
pub mod query;
pub mod read;
pub mod relations;
pub mod render;
pub mod sentences;
pub mod store;
pub mod text;
pub mod tokens;
pub mod vocab;
pub mod write;

pub use diagnostics::Diagnostic;
pub use extract::Extraction;
pub use graph::{DocumentInfo, Entity, Evidence, KnowledgeGraph, Relation};
pub use index::Index;
pub use lexicon::Lexicon;
pub use ontology::{EntityKind, Polarity, Predicate};
pub use text::{Document, Span};

use rayon::prelude::*;

/// Extracts every document (in parallel) and merges the results into one
/// graph, in document-id order.
pub fn build(docs: &[Document], index: &Index) -> (KnowledgeGraph, Vec<Diagnostic>) {
    let extractions: Vec<Extraction> = docs
        .par_iter()
        .map(|d| extract::document(d, index))
        .collect();
    corpus::merge(extractions)
}
