//! SPARQL in process: graph files loaded into an in-memory Oxigraph store,
//! queried with SPARQL 1.1, answers written as CSV, TSV or SPARQL JSON
//! results (the table is drawn by the command line).
//!
//! JSON graphs are turned into RDF with `write::rdf::quads`, so they have
//! the same named graphs as a TriG file; RDF files are loaded as they are.
//! The default graph also holds the union of all graphs (each triple once),
//! so a query without `GRAPH` sees every article.
//! Nothing is written to disk and nothing is sent over the network: the
//! store has no SERVICE handler. See `load` for sending graphs to a store.

use crate::read::graph::{graph_file, GraphReadError};
use crate::write::rdf::quads;
use crate::write::WriteOptions;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A store that could not be built or queried.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Read(#[from] GraphReadError),
    #[error("{}: {message}", path.display())]
    Load { path: PathBuf, message: String },
    #[error("SPARQL syntax error at line {line} column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("SPARQL syntax error: {0}")]
    SyntaxElsewhere(String),
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(String),
    #[error("in-memory store: {0}")]
    Storage(String),
}

/// The answer to a query, read in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// SELECT: the variables and one row per solution (`None` = unbound).
    Solutions {
        variables: Vec<String>,
        rows: Vec<Vec<Option<Term>>>,
    },
    /// ASK.
    Boolean(bool),
    /// CONSTRUCT and DESCRIBE.
    Graph(Vec<Triple>),
}

/// How an answer is written by [`write_answer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerSyntax {
    Csv,
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
}

/// An empty in-memory store.
pub fn new_store() -> Result<Store, StoreError> {
    Store::new().map_err(|e| StoreError::Storage(e.to_string()))
}

/// Loads graph files into a new store: JSON graphs as RDF (named graph per
/// document), RDF files as they are, chosen by extension.
pub fn store_of_files(paths: &[PathBuf], options: &WriteOptions) -> Result<Store, StoreError> {
    let store = new_store()?;
    for path in paths {
        load_file(&store, path, options)?;
    }
    Ok(store)
}

/// Loads one graph file into a store.
pub fn load_file(store: &Store, path: &Path, options: &WriteOptions) -> Result<(), StoreError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if ext == "json" {
        let graph = graph_file(path)?;
        return insert_with_union(store, quads(&graph, options));
    }
    let format = RdfFormat::from_extension(&ext).ok_or_else(|| StoreError::Load {
        path: path.to_owned(),
        message: "unknown graph file extension (expected json, ttl, nt, nq, trig, jsonld or rdf)"
            .into(),
    })?;
    let bytes = std::fs::read(path).map_err(|e| StoreError::Load {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let parsed: Result<Vec<Quad>, _> = RdfParser::from_format(format)
        .rename_blank_nodes()
        .for_slice(&bytes)
        .collect();
    let parsed = parsed.map_err(|e| StoreError::Load {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    insert_with_union(store, parsed)
}

/// Inserts quads in their graphs and their triples in the default graph.
fn insert_with_union(store: &Store, quads: Vec<Quad>) -> Result<(), StoreError> {
    let union: Vec<Quad> = quads
        .iter()
        .filter(|q| !q.graph_name.is_default_graph())
        .map(|q| {
            Quad::new(
                q.subject.clone(),
                q.predicate.clone(),
                q.object.clone(),
                GraphName::DefaultGraph,
            )
        })
        .collect();
    store
        .extend(quads.into_iter().chain(union))
        .map_err(|e| StoreError::Storage(e.to_string()))
}

/// Runs a SPARQL query and reads its whole answer. The prefixes of the
/// written RDF (`nkg:`, `rdfs:`, `entity:`, ...) are predeclared, for the
/// default base IRI.
pub fn sparql(store: &Store, query: &str) -> Result<Answer, StoreError> {
    sparql_with(store, query, &WriteOptions::default())
}

/// [`sparql`] with the instance prefixes of another base IRI.
pub fn sparql_with(
    store: &Store,
    query: &str,
    options: &WriteOptions,
) -> Result<Answer, StoreError> {
    let mut evaluator = SparqlEvaluator::new();
    let instance = crate::vocab::id::PREFIXES
        .iter()
        .map(|(p, seg)| (*p, format!("{}{seg}", options.base_iri)));
    let vocabulary = crate::vocab::PREFIXES
        .iter()
        .map(|(p, ns)| (*p, (*ns).to_owned()));
    for (prefix, ns) in vocabulary.chain(instance) {
        evaluator = evaluator
            .with_prefix(prefix, ns.as_str())
            .map_err(|e| StoreError::SyntaxElsewhere(format!("prefix {prefix}: <{ns}>: {e}")))?;
    }
    let prepared = evaluator
        .parse_query(query)
        .map_err(|e| syntax_error(&e.to_string()))?;

    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| StoreError::Evaluation(e.to_string()))?;
    match results {
        QueryResults::Boolean(b) => Ok(Answer::Boolean(b)),
        QueryResults::Solutions(solutions) => {
            let vars: Vec<Variable> = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for solution in solutions {
                let solution = solution.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                rows.push(vars.iter().map(|v| solution.get(v).cloned()).collect());
            }
            Ok(Answer::Solutions {
                variables: vars.iter().map(|v| v.as_str().to_owned()).collect(),
                rows,
            })
        }
        QueryResults::Graph(triples) => {
            let triples: Result<Vec<Triple>, _> = triples.collect();
            Ok(Answer::Graph(
                triples.map_err(|e| StoreError::Evaluation(e.to_string()))?,
            ))
        }
    }
}

/// The parser says `error at 3:7: expected ...`; this turns it into a
/// line and column.
fn syntax_error(message: &str) -> StoreError {
    let parsed = message.strip_prefix("error at ").and_then(|rest| {
        let (position, detail) = rest.split_once(": ")?;
        let (line, column) = position.split_once(':')?;
        Some((line.parse().ok()?, column.parse().ok()?, detail.to_owned()))
    });
    match parsed {
        Some((line, column, message)) => StoreError::Syntax {
            line,
            column,
            message,
        },
        None => StoreError::SyntaxElsewhere(message.to_owned()),
    }
}

/// Writes an answer as CSV, TSV or SPARQL JSON results. A graph answer
/// (CONSTRUCT, DESCRIBE) is written as N-Triples whatever the syntax.
pub fn write_answer(answer: &Answer, syntax: AnswerSyntax, w: &mut dyn Write) -> io::Result<()> {
    let format = match syntax {
        AnswerSyntax::Csv => QueryResultsFormat::Csv,
        AnswerSyntax::Tsv => QueryResultsFormat::Tsv,
        AnswerSyntax::Json => QueryResultsFormat::Json,
    };
    match answer {
        Answer::Boolean(b) => {
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(w, *b)?;
        }
        Answer::Solutions { variables, rows } => {
            let vars: Vec<Variable> = variables
                .iter()
                .map(|v| Variable::new_unchecked(v.as_str()))
                .collect();
            let mut out = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(w, vars.clone())?;
            for row in rows {
                out.serialize(
                    vars.iter()
                        .zip(row)
                        .filter_map(|(v, t)| t.as_ref().map(|t| (v, t))),
                )?;
            }
            out.finish()?;
        }
        Answer::Graph(triples) => {
            for t in triples {
                writeln!(w, "{t} .")?;
            }
        }
    }
    Ok(())
}

/// A term for people: a literal's value, an IRI shortened with the
/// prefixes of the written RDF (`entity:iran`, `nkg:supplies`) when one fits.
pub fn term_for_display(term: &Term, options: &WriteOptions) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => {
            let iri = n.as_str();
            let instance = crate::vocab::id::PREFIXES
                .iter()
                .map(|(p, seg)| (*p, format!("{}{seg}", options.base_iri)));
            let vocabulary = crate::vocab::PREFIXES
                .iter()
                .map(|(p, ns)| (*p, (*ns).to_owned()));
            instance
                .chain(vocabulary)
                .filter_map(|(p, ns)| {
                    let local = iri.strip_prefix(ns.as_str())?;
                    (!local.is_empty() && !local.contains(['/', '#']))
                        .then(|| format!("{p}:{local}"))
                })
                .next()
                .unwrap_or_else(|| format!("<{iri}>"))
        }
        other => other.to_string(),
    }
}
