//! Writers: the graph out as JSON, RDF and Graphviz DOT. One file per output
//! family; every writer iterates in sorted order, so output is byte-for-byte
//! deterministic. Writers never change the graph.

pub mod dot;
pub mod json;
pub mod rdf;

pub use dot::dot;
pub use json::json;
pub use rdf::{quads, rdf};

use crate::graph::KnowledgeGraph;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Every output format of `newskg build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Json,
    Turtle,
    NTriples,
    NQuads,
    TriG,
    JsonLd,
    RdfXml,
    Dot,
    Svg,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Json,
        Format::Turtle,
        Format::NTriples,
        Format::NQuads,
        Format::TriG,
        Format::JsonLd,
        Format::RdfXml,
        Format::Dot,
        Format::Svg,
    ];

    /// The name used on the command line, which is also the file extension.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Turtle => "ttl",
            Format::NTriples => "nt",
            Format::NQuads => "nq",
            Format::TriG => "trig",
            Format::JsonLd => "jsonld",
            Format::RdfXml => "rdf",
            Format::Dot => "dot",
            Format::Svg => "svg",
        }
    }

    /// Parses a format name or a common alias (`turtle`, `ntriples`, `rdfxml`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "ttl" | "turtle" => Format::Turtle,
            "nt" | "ntriples" | "n-triples" => Format::NTriples,
            "nq" | "nquads" | "n-quads" => Format::NQuads,
            "trig" => Format::TriG,
            "jsonld" | "json-ld" => Format::JsonLd,
            "rdf" | "rdfxml" | "rdf-xml" | "xml" => Format::RdfXml,
            "dot" | "gv" => Format::Dot,
            "svg" => Format::Svg,
            _ => return None,
        })
    }
}

/// Settings shared by the writers.
#[derive(Debug, Clone)]
pub struct WriteOptions {
    /// Base of entity, document and statement IRIs.
    pub base_iri: String,
    /// Write claims as RDF 1.2 triple terms where the syntax supports them.
    pub rdf12: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            base_iri: crate::vocab::DEFAULT_BASE_IRI.to_owned(),
            rdf12: false,
        }
    }
}

/// A graph that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("cannot write {}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },
    #[error("the {0} format is not supported by this build")]
    Unsupported(&'static str),
    #[error("{0}")]
    Render(String),
}

/// Writes `graph` in `format`.
pub fn write(
    graph: &KnowledgeGraph,
    format: Format,
    options: &WriteOptions,
    w: &mut dyn Write,
) -> Result<(), WriteError> {
    match format {
        Format::Json => Ok(json(graph, w)?),
        Format::Dot => Ok(dot(graph, w)?),
        Format::Svg => dot::svg(graph, w),
        Format::Turtle => rdf(graph, oxrdfio::RdfFormat::Turtle, options, w),
        Format::NTriples => rdf(graph, oxrdfio::RdfFormat::NTriples, options, w),
        Format::NQuads => rdf(graph, oxrdfio::RdfFormat::NQuads, options, w),
        Format::TriG => rdf(graph, oxrdfio::RdfFormat::TriG, options, w),
        Format::JsonLd => {
            let profile = oxrdfio::JsonLdProfileSet::empty();
            rdf(graph, oxrdfio::RdfFormat::JsonLd { profile }, options, w)
        }
        Format::RdfXml => rdf(graph, oxrdfio::RdfFormat::RdfXml, options, w),
    }
}

/// Writes a file atomically: into a temporary file beside it, then renamed
/// over the target, so an interrupted run never leaves a half-written file.
pub fn to_file_atomic(
    path: &Path,
    body: impl FnOnce(&mut dyn Write) -> Result<(), WriteError>,
) -> Result<(), WriteError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let file_err = |source| WriteError::File {
        path: path.to_owned(),
        source,
    };
    let result = (|| {
        let f = std::fs::File::create(&tmp).map_err(file_err)?;
        let mut w = io::BufWriter::new(f);
        body(&mut w)?;
        let f = w.into_inner().map_err(|e| file_err(e.into_error()))?;
        f.sync_all().map_err(file_err)?;
        std::fs::rename(&tmp, path).map_err(file_err)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
