//! The JSON shape documented in the README: `documents`, `entities`,
//! `relations`, each relation with claimant, polarity and evidence.

use crate::graph::KnowledgeGraph;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Out<'a> {
    documents: Vec<&'a crate::graph::DocumentInfo>,
    entities: Vec<&'a crate::graph::Entity>,
    relations: Vec<&'a crate::graph::Relation>,
}

/// Writes the graph as pretty-printed JSON, with a final newline.
pub fn json(graph: &KnowledgeGraph, mut w: impl Write) -> io::Result<()> {
    let out = Out {
        documents: graph.documents().collect(),
        entities: graph.entities().collect(),
        relations: graph.relations().collect(),
    };
    serde_json::to_writer_pretty(&mut w, &out)?;
    w.write_all(b"\n")
}
