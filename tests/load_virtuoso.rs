//! `newskg load` against a real SPARQL 1.1 store: a fresh Virtuoso on
//! 127.0.0.1, started by `scripts/virtuoso-test-server` (Debian package
//! `virtuoso-opensource`), with Digest authentication. Loading twice
//! changes nothing, a changed article replaces its statements, and the
//! graph answers SPARQL over HTTP. Set NEWSKG_SKIP_VIRTUOSO=1 to skip the
//! Virtuoso test where the server cannot be installed (never in CI).
//!
//! The retry and refusal tests use a small HTTP server on 127.0.0.1 that
//! answers with fixed statuses.

#[path = "support/rdf_graph.rs"]
mod rdf_graph;

use newskg::load::{self, Credentials, LoadOptions};
use newskg::write::{self, Format, WriteOptions};
use newskg::KnowledgeGraph;
use rdf_graph::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Virtuoso {
    child: Child,
    endpoint: String,
    sparql: String,
}

impl Virtuoso {
    fn start() -> Virtuoso {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/virtuoso-test-server");
        let mut child = Command::new(&script)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        let stdout = child.stdout.take().expect("piped stdout");
        let mut endpoint = None;
        let mut sparql = None;
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(e) = line.strip_prefix("endpoint=") {
                endpoint = Some(e.to_owned());
            } else if let Some(s) = line.strip_prefix("sparql=") {
                sparql = Some(s.to_owned());
            } else if line == "ready" {
                break;
            }
        }
        match (endpoint, sparql) {
            (Some(endpoint), Some(sparql)) => Virtuoso {
                child,
                endpoint,
                sparql,
            },
            _ => {
                let mut stderr = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = e.read_to_string(&mut stderr);
                }
                let _ = child.wait();
                panic!(
                    "Virtuoso did not start (install it with `apt-get install -y virtuoso-opensource`, \
                     or set NEWSKG_SKIP_VIRTUOSO=1 to skip): {stderr}"
                );
            }
        }
    }

    /// Runs a SELECT over the SPARQL endpoint; the values of the first column.
    fn select(&self, query: &str) -> Vec<String> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let mut response = agent
            .get(&self.sparql)
            .query("query", query)
            .header("Accept", "application/sparql-results+json")
            .call()
            .unwrap_or_else(|e| panic!("SPARQL query failed: {e}\n{query}"));
        let body = response.body_mut().read_to_string().expect("answer body");
        let json: serde_json::Value =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
        let var = json["head"]["vars"][0]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        json["results"]["bindings"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|r| r[&var]["value"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn count(&self, query: &str) -> usize {
        let values = self.select(query);
        values
            .first()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no count in {values:?} for {query}"))
    }
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        // SIGTERM lets the script stop the server and delete its folder.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

const GRAPHS: &str = "https://w3id.org/newskg/id/graph/";

fn triples_in_newskg_graphs(v: &Virtuoso) -> usize {
    v.count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{GRAPHS}\")) }}"))
}

fn write_json(dir: &Path, name: &str, graph: &KnowledgeGraph) -> PathBuf {
    let mut out = Vec::new();
    write::write(graph, Format::Json, &WriteOptions::default(), &mut out).expect("writing JSON");
    write_file(dir, name, &out)
}

fn newskg_load(
    endpoint: &str,
    file: &Path,
    credentials: Option<(&str, &str)>,
    extra: &[&str],
) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newskg"));
    cmd.arg("load")
        .arg("--endpoint")
        .arg(endpoint)
        .args(extra)
        .arg(file);
    cmd.env_remove("NEWSKG_USER").env_remove("NEWSKG_PASSWORD");
    if let Some((user, password)) = credentials {
        cmd.env("NEWSKG_USER", user)
            .env("NEWSKG_PASSWORD", password);
    }
    let out = cmd.output().expect("running newskg");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The small graph after article-a was edited: the denial is gone.
fn edited_graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let original = small_graph();
    for d in original.documents() {
        g.add_document(d.clone());
    }
    for e in original.entities() {
        g.add_entity(e.clone());
    }
    for r in original
        .relations()
        .filter(|r| r.polarity != newskg::Polarity::Denied)
    {
        g.add_relation(r.clone());
    }
    g
}

#[test]
fn virtuoso_load_is_idempotent_replaces_changed_articles_and_answers_sparql() {
    if std::env::var("NEWSKG_SKIP_VIRTUOSO").is_ok_and(|v| v == "1") {
        eprintln!("\n!!! SKIPPED: the Virtuoso integration test (NEWSKG_SKIP_VIRTUOSO=1) !!!\n");
        return;
    }
    let v = Virtuoso::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let dba = Some(("dba", "dba"));
    let expected: usize = load::graph_bodies(&small_graph(), &WriteOptions::default())
        .iter()
        .map(|b| b.triples.len())
        .sum();

    // First load.
    let original = write_json(dir.path(), "graph.json", &small_graph());
    let (code, stdout, stderr) = newskg_load(&v.endpoint, &original, dba, &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!(
            "loaded 2 graphs ({expected} triples) into {}",
            v.endpoint
        )),
        "{stdout}"
    );
    assert_eq!(triples_in_newskg_graphs(&v), expected);

    // Second load of the same articles, with Turtle bodies: nothing changes.
    let (code, stdout, stderr) = newskg_load(&v.endpoint, &original, dba, &["--body", "ttl"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(triples_in_newskg_graphs(&v), expected);

    // The README question, over HTTP.
    let who = "PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?claimant WHERE { GRAPH ?g {
          ?st a nkg:Statement ; rdf:subject <https://w3id.org/newskg/id/entity/iran> ;
              rdf:predicate nkg:supplies ; rdf:object <https://w3id.org/newskg/id/entity/russia> ;
              nkg:polarity ?polarity ; nkg:assertedBy ?who .
          ?who rdfs:label ?claimant } } ORDER BY ?polarity ?claimant";
    assert_eq!(v.select(who), ["United States", "Iran"]);

    // Article-a changed: its denial is gone from the store.
    let edited = write_json(dir.path(), "edited.json", &edited_graph());
    let (code, stdout, stderr) = newskg_load(&v.endpoint, &edited, dba, &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let expected_after: usize = load::graph_bodies(&edited_graph(), &WriteOptions::default())
        .iter()
        .map(|b| b.triples.len())
        .sum();
    assert!(expected_after < expected);
    assert_eq!(triples_in_newskg_graphs(&v), expected_after);
    assert_eq!(v.select(who), ["United States"]);
    let denied = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/newskg/ontology#polarity> <https://w3id.org/newskg/ontology#Denied> } }";
    assert_eq!(v.count(denied), 0);

    // The library call, with Digest authentication.
    let mut options = LoadOptions::new(v.endpoint.clone());
    options.credentials = Some(Credentials {
        user: "dba".into(),
        password: "dba".into(),
    });
    let summary = load::load(&small_graph(), &WriteOptions::default(), &options, |_| {})
        .expect("library load");
    assert_eq!((summary.graphs, summary.triples), (2, expected));
    assert_eq!(triples_in_newskg_graphs(&v), expected);

    // No or wrong credentials: refused, with the status and a hint.
    let (code, _, stderr) = newskg_load(&v.endpoint, &original, None, &[]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("HTTP 401")
            && stderr.contains("NEWSKG_USER")
            && stderr.contains(&v.endpoint),
        "{stderr}"
    );
    let (code, _, stderr) = newskg_load(&v.endpoint, &original, Some(("dba", "wrong")), &[]);
    assert_ne!(code, 0);
    assert!(stderr.contains("HTTP 401"), "{stderr}");
    assert_eq!(triples_in_newskg_graphs(&v), expected);
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

#[test]
fn a_store_that_is_down_is_named_after_bounded_retries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write_json(dir.path(), "graph.json", &small_graph());
    let endpoint = format!("http://127.0.0.1:{}/store", free_port());
    let started = std::time::Instant::now();
    let (code, _, stderr) = newskg_load(&endpoint, &file, None, &["--attempts", "3"]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains(&format!("cannot reach {endpoint}")) && stderr.contains("tried 3 times"),
        "{stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}

/// A server on 127.0.0.1 that answers each request with the next of
/// `replies` (status and body), reading the request fully first; returns
/// its URL and a handle giving the request lines it saw.
fn scripted_server(
    replies: Vec<(u16, &'static str)>,
) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/store", listener.local_addr().expect("address"));
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for (status, body) in replies {
            let Ok((mut stream, _)) = listener.accept() else {
                break;
            };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body_in = vec![0; length];
            let _ = reader.read_exact(&mut body_in);
            seen.push(request_line.trim().to_owned());
            let reply = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
        seen
    });
    (url, handle)
}

#[test]
fn transient_failures_are_retried_and_refusals_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write_json(dir.path(), "graph.json", &small_graph());

    // 503, then 429, then accepted (twice: two article graphs).
    let (url, server) = scripted_server(vec![
        (503, "busy"),
        (429, "slow down"),
        (201, ""),
        (204, ""),
    ]);
    let (code, stdout, stderr) = newskg_load(&url, &file, None, &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let seen = server.join().expect("server");
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert!(
        seen[0].starts_with(
            "PUT /store?graph=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Fgraph%2Farticle-a HTTP/1.1"
        ),
        "{seen:?}"
    );
    assert!(seen[3].contains("graph%2Farticle-b"), "{seen:?}");

    // 400: no retry, the status and the start of the answer.
    let (url, server) = scripted_server(vec![(400, "Bad RDF: unexpected token")]);
    let (code, _, stderr) = newskg_load(&url, &file, None, &[]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("HTTP 400")
            && stderr.contains("Bad RDF: unexpected token")
            && stderr.contains(&url),
        "{stderr}"
    );
    assert_eq!(server.join().expect("server").len(), 1);
}
