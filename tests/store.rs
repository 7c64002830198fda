//! SPARQL over graph files in process: the README's question ("who claims
//! that Iran supplies Russia, and who denies it?") over a hand-built graph,
//! read from JSON and from every RDF syntax; answers as table, CSV, TSV,
//! JSON; syntax errors with their position. CLI tests run the real binary.

#[path = "support/rdf_graph.rs"]
mod rdf_graph;

use newskg::store::{self, Answer, AnswerSyntax, StoreError};
use newskg::write::{self, Format, WriteOptions};
use rdf_graph::*;
use std::path::PathBuf;
use std::process::Command;

const WHO_CLAIMS: &str = r#"
SELECT ?claimant ?polarity ?sentence WHERE {
  ?statement a nkg:Statement ;
      rdf:subject entity:iran ; rdf:predicate nkg:supplies ; rdf:object entity:russia ;
      nkg:polarity ?polarity ; nkg:assertedBy ?who ; nkg:evidence ?evidence .
  ?who rdfs:label ?claimant .
  ?evidence nif:anchorOf ?sentence .
}
ORDER BY ?polarity ?claimant
"#;

fn graph_file_of(dir: &std::path::Path, format: Format) -> PathBuf {
    let mut out = Vec::new();
    write::write(&small_graph(), format, &WriteOptions::default(), &mut out).expect("writing");
    write_file(dir, &format!("graph.{}", format.name()), &out)
}

/// The answer's rows as display strings.
fn rows(answer: &Answer) -> Vec<Vec<String>> {
    let Answer::Solutions { rows, .. } = answer else {
        panic!("not solutions: {answer:?}")
    };
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|t| {
                    t.as_ref()
                        .map(|t| store::term_for_display(t, &WriteOptions::default()))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect()
}

fn check<const N: usize>(answer: &Answer, expected: &[[&str; N]]) {
    let expected: Vec<Vec<String>> = expected
        .iter()
        .map(|r| r.iter().map(|s| (*s).to_owned()).collect())
        .collect();
    assert_eq!(rows(answer), expected);
}

const EXPECTED: [[&str; 3]; 2] = [
    ["United States", "nkg:Asserted", CLAIM],
    ["Iran", "nkg:Denied", DENIAL],
];

#[test]
fn who_claims_iran_supplies_russia_and_who_denies_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    for format in [
        Format::Json,
        Format::Turtle,
        Format::NTriples,
        Format::NQuads,
        Format::TriG,
        Format::JsonLd,
        Format::RdfXml,
    ] {
        let path = graph_file_of(dir.path(), format);
        let store = store::store_of_files(&[path], &WriteOptions::default()).expect("loading");
        let answer =
            store::sparql(&store, WHO_CLAIMS).unwrap_or_else(|e| panic!("{}: {e}", format.name()));
        check(&answer, &EXPECTED);
    }
}

#[test]
fn only_the_newspapers_own_statements_are_facts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store::store_of_files(
        &[graph_file_of(dir.path(), Format::Json)],
        &WriteOptions::default(),
    )
    .expect("loading");
    let facts = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(nkg:)) && isIRI(?o) && STRSTARTS(STR(?o), STR(entity:)) && ?p NOT IN (nkg:assertedBy)) } ORDER BY ?s";
    let answer = store::sparql(&store, facts).expect("query");
    check(
        &answer,
        &[
            [
                "entity:pentagon",
                "nkg:affiliatedWith",
                "entity:united-states",
            ],
            ["entity:united-states", "nkg:worriesAbout", "entity:iran"],
        ],
    );
}

#[test]
fn named_graphs_are_per_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store::store_of_files(
        &[graph_file_of(dir.path(), Format::TriG)],
        &WriteOptions::default(),
    )
    .expect("loading");
    let q = "SELECT ?g (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a nkg:Evidence } } GROUP BY ?g ORDER BY ?g";
    check(
        &store::sparql(&store, q).expect("query"),
        &[["graph:article-a", "3"], ["graph:article-b", "2"]],
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let store = store::new_store().expect("store");
    let err = store::sparql(&store, "SELECT ?s\nWHERE { ?s ?p }").expect_err("bad query");
    match &err {
        StoreError::Syntax { line, column, .. } => assert_eq!((*line, *column), (2, 16), "{err}"),
        other => panic!("not a positioned syntax error: {other}"),
    }
    assert!(
        err.to_string()
            .starts_with("SPARQL syntax error at line 2 column 16"),
        "{err}"
    );
}

#[test]
fn answers_as_csv_tsv_and_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store::store_of_files(
        &[graph_file_of(dir.path(), Format::Json)],
        &WriteOptions::default(),
    )
    .expect("loading");
    let answer = store::sparql(
        &store,
        "SELECT ?label WHERE { entity:iran rdfs:label ?label }",
    )
    .expect("query");
    let render = |syntax| {
        let mut out = Vec::new();
        store::write_answer(&answer, syntax, &mut out).expect("writing");
        String::from_utf8(out).expect("UTF-8")
    };
    assert_eq!(render(AnswerSyntax::Csv), "label\r\nIran\r\n");
    assert_eq!(render(AnswerSyntax::Tsv), "?label\n\"Iran\"\n");
    let json: serde_json::Value = serde_json::from_str(&render(AnswerSyntax::Json)).expect("JSON");
    assert_eq!(json["results"]["bindings"][0]["label"]["value"], "Iran");
    assert_eq!(json["head"]["vars"][0], "label");
}

fn newskg(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .output()
        .expect("running newskg");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_sparql_prints_a_table_csv_and_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let graph = graph_file_of(dir.path(), Format::Json);
    let graph = graph.to_str().expect("UTF-8 path");
    let query = write_file(dir.path(), "who.rq", WHO_CLAIMS.as_bytes());
    let at_query = format!("@{}", query.display());

    let (code, stdout, stderr) = newskg(&["sparql", graph, &at_query]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("United States")
            && stdout.contains("nkg:Denied")
            && stdout.contains("2 rows"),
        "{stdout}"
    );

    let (code, stdout, stderr) = newskg(&["sparql", graph, &at_query, "--format", "csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("claimant,polarity,sentence\r\nUnited States,https://w3id.org/newskg/ontology#Asserted,"), "{stdout}");

    let (code, stdout, stderr) = newskg(&["sparql", graph, WHO_CLAIMS, "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("SPARQL JSON results");
    assert_eq!(json["results"]["bindings"][1]["claimant"]["value"], "Iran");
}

#[test]
fn cli_sparql_reports_errors_with_position_and_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let graph = graph_file_of(dir.path(), Format::Turtle);
    let graph = graph.to_str().expect("UTF-8 path");
    let (code, _, stderr) = newskg(&["sparql", graph, "SELECT ?s WHERE { ?s ?p }"]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("SPARQL syntax error at line 1 column"),
        "{stderr}"
    );

    let broken = write_file(dir.path(), "broken.ttl", b"<a> <b> .\n");
    let (code, _, stderr) = newskg(&["sparql", broken.to_str().expect("UTF-8"), "ASK {}"]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("broken.ttl") && stderr.contains("line 1"),
        "{stderr}"
    );
}
