//! The RDF writers: every syntax parses with an independent parser
//! (`rapper`, rdflib), reads back into the same graph, is deterministic,
//! never turns a claim or a denial into a fact, and conforms to the SHACL
//! shapes of `ontology/shapes.ttl`.

#[path = "support/rdf_graph.rs"]
mod rdf_graph;

use newskg::read::graph::graph_file;
use newskg::write::rdf::{quads, statement_iri};
use newskg::write::{self, Format, WriteOptions};
use newskg::KnowledgeGraph;
use rdf_graph::*;
use sha2::{Digest, Sha256};
use std::process::Command;

const RDF_FORMATS: [Format; 6] = [
    Format::Turtle,
    Format::NTriples,
    Format::NQuads,
    Format::TriG,
    Format::JsonLd,
    Format::RdfXml,
];

fn render(graph: &KnowledgeGraph, format: Format, options: &WriteOptions) -> Vec<u8> {
    let mut out = Vec::new();
    write::write(graph, format, options, &mut out)
        .unwrap_or_else(|e| panic!("writing {}: {e}", format.name()));
    out
}

fn render_default(format: Format) -> Vec<u8> {
    render(&small_graph(), format, &WriteOptions::default())
}

/// `rapper` parses the file and counts its triples; the count must match
/// the triples (or quads) newskg wrote.
fn check_rapper(format: Format, rapper_syntax: &str, expected: usize) {
    require_tool("rapper", "apt-get install -y raptor2-utils");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(
        dir.path(),
        &format!("graph.{}", format.name()),
        &render_default(format),
    );
    let out = Command::new("rapper")
        .args(["-i", rapper_syntax, "-c"])
        .arg(&path)
        .output()
        .expect("running rapper");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "rapper rejected {}: {stderr}",
        format.name()
    );
    let count = stderr
        .lines()
        .find_map(|l| {
            l.split("returned ")
                .nth(1)?
                .split(' ')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .unwrap_or_else(|| panic!("no count in rapper's output: {stderr}"));
    assert_eq!(count, expected, "{}: {stderr}", format.name());
}

fn triple_count() -> usize {
    newskg::write::rdf::union_triples(quads(&small_graph(), &WriteOptions::default())).len()
}

#[test]
fn rapper_parses_turtle() {
    check_rapper(Format::Turtle, "turtle", triple_count());
}

#[test]
fn rapper_parses_ntriples() {
    check_rapper(Format::NTriples, "ntriples", triple_count());
}

#[test]
fn rapper_parses_nquads() {
    check_rapper(
        Format::NQuads,
        "nquads",
        quads(&small_graph(), &WriteOptions::default()).len(),
    );
}

#[test]
fn rapper_parses_trig() {
    check_rapper(
        Format::TriG,
        "trig",
        quads(&small_graph(), &WriteOptions::default()).len(),
    );
}

#[test]
fn rapper_parses_rdfxml() {
    check_rapper(Format::RdfXml, "rdfxml", triple_count());
}

/// rdflib parses the file into a Dataset; prints the number of quads.
fn check_rdflib(format: Format, rdflib_format: &str, expected: usize) {
    require_python_module("rdflib", "pip install rdflib");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(
        dir.path(),
        &format!("graph.{}", format.name()),
        &render_default(format),
    );
    let script = "import sys, rdflib\nd = rdflib.Dataset()\nd.parse(sys.argv[1], format=sys.argv[2])\nprint(len(set((s, p, o) for s, p, o, g in d.quads((None, None, None, None)))), sum(1 for _ in d.quads((None, None, None, None))))";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .arg(rdflib_format)
        .output()
        .expect("running python3");
    assert!(
        out.status.success(),
        "rdflib rejected {}: {}",
        format.name(),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let counts: Vec<usize> = stdout
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(
        counts.first().copied(),
        Some(triple_count()),
        "distinct triples in {}: {stdout}",
        format.name()
    );
    assert_eq!(
        counts.get(1).copied(),
        Some(expected),
        "quads in {}: {stdout}",
        format.name()
    );
}

#[test]
fn rdflib_parses_jsonld() {
    check_rdflib(Format::JsonLd, "json-ld", triple_count());
}

#[test]
fn rdflib_parses_trig() {
    check_rdflib(
        Format::TriG,
        "trig",
        quads(&small_graph(), &WriteOptions::default()).len(),
    );
}

#[test]
fn every_syntax_reads_back_into_the_same_graph() {
    let graph = small_graph();
    let dir = tempfile::tempdir().expect("temp dir");
    for format in RDF_FORMATS.into_iter().chain([Format::Json]) {
        let path = write_file(
            dir.path(),
            &format!("graph.{}", format.name()),
            &render(&graph, format, &WriteOptions::default()),
        );
        let back =
            graph_file(&path).unwrap_or_else(|e| panic!("reading back {}: {e}", format.name()));
        assert_eq!(
            back.entities().collect::<Vec<_>>(),
            graph.entities().collect::<Vec<_>>(),
            "entities via {}",
            format.name()
        );
        assert_eq!(
            back.relations().collect::<Vec<_>>(),
            graph.relations().collect::<Vec<_>>(),
            "relations via {}",
            format.name()
        );
        assert_eq!(
            back.documents().collect::<Vec<_>>(),
            graph.documents().collect::<Vec<_>>(),
            "documents via {}",
            format.name()
        );
    }
}

#[test]
fn reading_back_works_under_another_base_iri() {
    let options = WriteOptions {
        base_iri: "http://example.org/kg#".into(),
        rdf12: false,
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(
        dir.path(),
        "graph.ttl",
        &render(&small_graph(), Format::Turtle, &options),
    );
    let back = graph_file(&path).expect("reading back");
    assert_eq!(
        back.relations().collect::<Vec<_>>(),
        small_graph().relations().collect::<Vec<_>>()
    );
    let text =
        String::from_utf8(render(&small_graph(), Format::NTriples, &options)).expect("UTF-8");
    assert!(
        text.contains("<http://example.org/kg#entity/iran>"),
        "{text}"
    );
}

#[test]
fn output_is_byte_identical_across_runs_and_insertion_orders() {
    let mut reversed = KnowledgeGraph::new();
    let g = small_graph();
    for d in g.documents().collect::<Vec<_>>().into_iter().rev() {
        reversed.add_document(d.clone());
    }
    for e in g.entities().collect::<Vec<_>>().into_iter().rev() {
        reversed.add_entity(e.clone());
    }
    for r in g.relations().collect::<Vec<_>>().into_iter().rev() {
        reversed.add_relation(r.clone());
    }
    for format in RDF_FORMATS {
        let first = render_default(format);
        assert_eq!(first, render_default(format), "{} twice", format.name());
        assert_eq!(
            first,
            render(&reversed, format, &WriteOptions::default()),
            "{} reversed",
            format.name()
        );
    }
}

/// The N-Triples lines with the given subject, predicate and object.
fn lines_with(nt: &str, s: &str, p: &str, o: &str) -> usize {
    nt.lines()
        .filter(|l| l.starts_with(&format!("{s} {p} {o} ")))
        .count()
}

const ID: &str = "https://w3id.org/newskg/id/";
const NKG: &str = "https://w3id.org/newskg/ontology#";

fn entity(id: &str) -> String {
    format!("<{ID}entity/{id}>")
}

fn nkg(local: &str) -> String {
    format!("<{NKG}{local}>")
}

#[test]
fn claims_and_denials_are_never_direct_triples() {
    let nt = String::from_utf8(render_default(Format::NTriples)).expect("UTF-8");
    // Claimed by the United States, denied by Iran: no fact.
    assert_eq!(
        lines_with(&nt, &entity("iran"), &nkg("supplies"), &entity("russia")),
        0,
        "{nt}"
    );
    // Claimed by Dana Stroul: no fact.
    assert_eq!(
        lines_with(
            &nt,
            &entity("dana-stroul"),
            &nkg("accuses"),
            &entity("iran")
        ),
        0,
        "{nt}"
    );
    // Stated by the newspaper: a fact, hedged or not.
    assert_eq!(
        lines_with(
            &nt,
            &entity("pentagon"),
            &nkg("affiliatedWith"),
            &entity("united-states")
        ),
        1,
        "{nt}"
    );
    assert_eq!(
        lines_with(
            &nt,
            &entity("united-states"),
            &nkg("worriesAbout"),
            &entity("iran")
        ),
        1,
        "{nt}"
    );
    // The claim and the denial are statements.
    let statements = nt
        .lines()
        .filter(|l| {
            l.contains(&format!(
                " <{}> ",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
            ))
        })
        .count();
    assert_eq!(statements, 5, "{nt}");
    assert_eq!(
        nt.matches(&format!("{} {}", nkg("polarity"), nkg("Denied")))
            .count(),
        1,
        "{nt}"
    );
}

#[test]
fn no_relation_is_a_fact_unless_asserted_without_claimant() {
    // Over every syntax that keeps named graphs and over the union.
    let graph = small_graph();
    let all = quads(&graph, &WriteOptions::default());
    for relation in graph.relations() {
        let is_fact = all.iter().any(|q| {
            q.subject.to_string() == entity(&relation.subject)
                && q.predicate.as_str() == format!("{NKG}{}", relation.predicate.local_name())
                && q.object.to_string() == entity(&relation.object)
        });
        let should_be =
            relation.polarity == newskg::Polarity::Asserted && relation.asserted_by.is_none();
        assert_eq!(is_fact, should_be, "{relation:?}");
    }
}

#[test]
fn statement_iris_hash_the_relation_key() {
    let graph = small_graph();
    for relation in graph.relations() {
        let key = format!(
            "{}|{}|{}|{}|{}",
            relation.subject,
            relation.predicate.as_str(),
            relation.object,
            relation.asserted_by.as_deref().unwrap_or(""),
            relation.polarity.as_str()
        );
        let hex: String = Sha256::digest(key.as_bytes())
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            statement_iri(relation, &WriteOptions::default()).as_str(),
            format!("{ID}statement/{hex}")
        );
    }
}

#[test]
fn each_document_graph_holds_only_its_own_evidence() {
    let nq = String::from_utf8(render_default(Format::NQuads)).expect("UTF-8");
    let graph_a = format!("<{ID}graph/article-a> .");
    let graph_b = format!("<{ID}graph/article-b> .");
    let fact = lines_with(
        &nq,
        &entity("pentagon"),
        &nkg("affiliatedWith"),
        &entity("united-states"),
    );
    assert_eq!(fact, 2, "the fact is in both article graphs:\n{nq}");
    let evidence_a = format!("<{ID}evidence/article-a/105-");
    let evidence_b = format!("<{ID}evidence/article-b/0-");
    for line in nq.lines() {
        if line.contains(&evidence_a) {
            assert!(line.ends_with(&graph_a), "{line}");
        }
        if line.contains(&evidence_b) {
            assert!(line.ends_with(&graph_b), "{line}");
        }
    }
    // Entity descriptions are in the graph of each article that mentions them.
    let iran_label = format!(
        "{} <http://www.w3.org/2000/01/rdf-schema#label> \"Iran\" ",
        entity("iran")
    );
    assert!(
        nq.lines()
            .any(|l| l.starts_with(&iran_label) && l.ends_with(&graph_a)),
        "{nq}"
    );
    assert!(
        nq.lines()
            .any(|l| l.starts_with(&iran_label) && l.ends_with(&graph_b)),
        "{nq}"
    );
    // The West is mentioned by no relation: default graph.
    assert!(
        nq.lines()
            .any(|l| l.starts_with(&entity("the-west")) && l.ends_with("\" .")),
        "{nq}"
    );
}

#[test]
fn turtle_snapshot() {
    let ttl = String::from_utf8(render_default(Format::Turtle)).expect("UTF-8");
    insta::assert_snapshot!("small_graph_turtle", ttl);
}

#[test]
fn invalid_base_iri_is_an_error() {
    for base in ["not an iri", "http://example.org/no-slash"] {
        let options = WriteOptions {
            base_iri: base.into(),
            rdf12: false,
        };
        let mut out = Vec::new();
        let err = write::write(&small_graph(), Format::Turtle, &options, &mut out).expect_err(base);
        assert!(err.to_string().contains(base), "{err}");
    }
}

#[cfg(not(feature = "rdf12"))]
#[test]
fn rdf12_needs_the_feature() {
    let options = WriteOptions {
        rdf12: true,
        ..WriteOptions::default()
    };
    let err = write::write(&small_graph(), Format::Turtle, &options, &mut Vec::new())
        .expect_err("no rdf12");
    assert!(matches!(err, write::WriteError::Unsupported(_)), "{err}");
}

#[cfg(feature = "rdf12")]
#[test]
fn rdf12_reifies_each_statement_with_a_triple_term() {
    let options = WriteOptions {
        rdf12: true,
        ..WriteOptions::default()
    };
    let ttl = String::from_utf8(render(&small_graph(), Format::Turtle, &options)).expect("UTF-8");
    assert_eq!(ttl.matches("rdf:reifies").count(), 5, "{ttl}");
    assert!(
        ttl.contains("<<( entity:iran nkg:supplies entity:russia )>>"),
        "{ttl}"
    );
    // JSON-LD and RDF/XML have no triple terms: the annotation is left out.
    let jsonld =
        String::from_utf8(render(&small_graph(), Format::JsonLd, &options)).expect("UTF-8");
    assert!(!jsonld.contains("reifies"), "{jsonld}");
    // The annotation does not disturb reading back.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_file(dir.path(), "graph.ttl", ttl.as_bytes());
    let back = graph_file(&path).expect("reading back");
    assert_eq!(
        back.relations().collect::<Vec<_>>(),
        small_graph().relations().collect::<Vec<_>>()
    );
}

/// pyshacl validates the Turtle of the small graph against the shapes and
/// the ontology.
#[test]
fn turtle_conforms_to_the_shapes() {
    require_python_module("pyshacl", "pip install pyshacl");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(dir.path(), "graph.ttl", &render_default(Format::Turtle));
    let shapes = write_file(
        dir.path(),
        "shapes.ttl",
        newskg::lexicon::SHAPES_TTL.as_bytes(),
    );
    let ontology = write_file(
        dir.path(),
        "newskg.ttl",
        newskg::lexicon::ONTOLOGY_TTL.as_bytes(),
    );
    let out = Command::new("python3")
        .args(["-m", "pyshacl", "-s"])
        .arg(&shapes)
        .arg("-e")
        .arg(&ontology)
        .arg(&data)
        .output()
        .expect("running pyshacl");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && report.contains("Conforms: True"),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn shacl_report(data: &str) -> String {
    require_python_module("pyshacl", "pip install pyshacl");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = write_file(dir.path(), "data.ttl", data.as_bytes());
    let shapes = write_file(
        dir.path(),
        "shapes.ttl",
        newskg::lexicon::SHAPES_TTL.as_bytes(),
    );
    let out = Command::new("python3")
        .args(["-m", "pyshacl", "-s"])
        .arg(&shapes)
        .arg(&data)
        .output()
        .expect("running pyshacl");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const PREFIXES: &str = "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n@prefix e: <https://w3id.org/newskg/id/entity/> .\n";

/// The shapes can fail: a statement without polarity does not conform.
#[test]
fn shapes_reject_a_statement_without_polarity() {
    let bad = format!("{PREFIXES}<urn:s> a nkg:Statement ; rdf:subject e:iran ; rdf:predicate nkg:supplies ; rdf:object e:russia ; nkg:hedged false .\n");
    let report = shacl_report(&bad);
    assert!(
        report.contains("Conforms: False") && report.contains("polarity"),
        "{report}"
    );
}

/// A claim written as a fact does not conform.
#[test]
fn shapes_reject_a_claim_written_as_a_fact() {
    let bad = format!(
        "{PREFIXES}e:iran nkg:supplies e:russia .\n<urn:s> a nkg:Statement ; rdf:subject e:iran ; rdf:predicate nkg:supplies ; rdf:object e:russia ; nkg:polarity nkg:Asserted ; nkg:assertedBy e:united-states .\n"
    );
    let report = shacl_report(&bad);
    assert!(
        report.contains("Conforms: False")
            && report.contains("has no statement asserted by the newspaper"),
        "{report}"
    );
}

/// Structural checks on a real extraction (whatever it finds): every syntax
/// reads back into the same graph, and no claim or denial is a fact.
#[test]
fn extracted_graph_round_trips_and_keeps_claims_apart() {
    let index = newskg::Index::embedded().expect("embedded lexicon");
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pentagon-iran-russia.txt");
    let doc = newskg::read::text_file(&path).expect("example article");
    let (graph, _) = newskg::build(&[doc], &index);
    let dir = tempfile::tempdir().expect("temp dir");
    for format in RDF_FORMATS {
        let file = write_file(
            dir.path(),
            &format!("graph.{}", format.name()),
            &render(&graph, format, &WriteOptions::default()),
        );
        let back =
            graph_file(&file).unwrap_or_else(|e| panic!("reading back {}: {e}", format.name()));
        assert_eq!(
            back.entities().collect::<Vec<_>>(),
            graph.entities().collect::<Vec<_>>(),
            "{}",
            format.name()
        );
        assert_eq!(
            back.relations().collect::<Vec<_>>(),
            graph.relations().collect::<Vec<_>>(),
            "{}",
            format.name()
        );
    }
    let all = quads(&graph, &WriteOptions::default());
    for relation in graph.relations() {
        let is_fact = all.iter().any(|q| {
            q.subject.to_string() == entity(&relation.subject)
                && q.predicate.as_str() == format!("{NKG}{}", relation.predicate.local_name())
                && q.object.to_string() == entity(&relation.object)
        });
        let asserted_by_paper =
            relation.polarity == newskg::Polarity::Asserted && relation.asserted_by.is_none();
        let same_pair_asserted = graph.relations().any(|r| {
            r.subject == relation.subject
                && r.predicate == relation.predicate
                && r.object == relation.object
                && r.polarity == newskg::Polarity::Asserted
                && r.asserted_by.is_none()
        });
        assert_eq!(is_fact, same_pair_asserted, "{relation:?}");
        if asserted_by_paper {
            assert!(is_fact, "{relation:?}");
        }
    }
}
