//! Loading into any SPARQL 1.1 store with the Graph Store HTTP Protocol:
//! each article's named graph is sent with `PUT {endpoint}?graph=<iri>`,
//! which replaces what that graph held, so loading the same article twice
//! changes nothing and loading a changed article drops its old statements.
//!
//! Authentication is HTTP Basic or Digest (RFC 7616: MD5, SHA-256 and their
//! `-sess` forms, `qop=auth`), answered to the server's challenge, with the
//! credentials of [`credentials_from_env`]. Transient failures (connection
//! refused, timeouts, 5xx, 429) are retried a bounded number of times with
//! exponential backoff; other refusals stop the load with the status and
//! the start of the server's answer.
//!
//! This module does not query stores and does not decide what is in a
//! graph (that is `write::rdf::quads`). Entities that no relation mentions
//! live in the default graph and are not sent: a PUT of the default graph
//! would replace what other tools keep there.

use crate::graph::KnowledgeGraph;
use crate::write::rdf::{quads, union_triples};
use crate::write::WriteOptions;
use base64::Engine as _;
use md5::Md5;
use oxrdf::{GraphName, NamedNode, Quad, Triple};
use oxrdfio::{RdfFormat, RdfSerializer};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::time::Duration;

/// The environment variables credentials are read from.
pub const USER_VAR: &str = "NEWSKG_USER";
pub const PASSWORD_VAR: &str = "NEWSKG_PASSWORD";

/// A user name and password for the store.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"***")
            .finish()
    }
}

/// Credentials from `NEWSKG_USER` and `NEWSKG_PASSWORD`, when the user is set.
pub fn credentials_from_env() -> Option<Credentials> {
    let user = std::env::var(USER_VAR).ok().filter(|u| !u.is_empty())?;
    let password = std::env::var(PASSWORD_VAR).unwrap_or_default();
    Some(Credentials { user, password })
}

/// The syntax of the request bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySyntax {
    /// `application/n-triples`.
    NTriples,
    /// `text/turtle`.
    Turtle,
}

impl BodySyntax {
    fn format(self) -> RdfFormat {
        match self {
            BodySyntax::NTriples => RdfFormat::NTriples,
            BodySyntax::Turtle => RdfFormat::Turtle,
        }
    }
}

/// Where and how to load.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// The Graph Store Protocol endpoint (Virtuoso: `/sparql-graph-crud-auth`).
    pub endpoint: String,
    pub credentials: Option<Credentials>,
    pub body: BodySyntax,
    /// How many times a request is tried in all before a transient failure is final.
    pub attempts: u32,
    /// The wait before the first retry; it doubles each time.
    pub backoff: Duration,
    /// The time limit of one request.
    pub timeout: Duration,
}

impl LoadOptions {
    pub fn new(endpoint: impl Into<String>) -> Self {
        LoadOptions {
            endpoint: endpoint.into(),
            credentials: None,
            body: BodySyntax::NTriples,
            attempts: 4,
            backoff: Duration::from_millis(250),
            timeout: Duration::from_secs(60),
        }
    }
}

/// A load that failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("invalid endpoint `{endpoint}`: {reason}")]
    BadEndpoint { endpoint: String, reason: String },
    #[error("cannot reach {endpoint}: {reason} (tried {attempts} times)")]
    Unreachable {
        endpoint: String,
        reason: String,
        attempts: u32,
    },
    #[error("{endpoint} refused graph <{graph}>: HTTP {status}{hint}: {excerpt}")]
    Refused {
        endpoint: String,
        graph: String,
        status: u16,
        hint: &'static str,
        excerpt: String,
    },
    #[error("{endpoint} asks for authentication that newskg cannot answer: {challenge}")]
    UnsupportedAuth { endpoint: String, challenge: String },
    #[error("cannot serialize graph <{graph}>: {source}")]
    Serialize {
        graph: String,
        source: std::io::Error,
    },
}

/// One named graph, ready to send.
#[derive(Debug, Clone)]
pub struct GraphBody {
    pub graph: NamedNode,
    pub triples: Vec<Triple>,
}

/// The named graphs of a knowledge graph (one per article), in IRI order.
/// Quads of the default graph are left out (see the module comment).
pub fn graph_bodies(graph: &KnowledgeGraph, options: &WriteOptions) -> Vec<GraphBody> {
    let mut by_graph: BTreeMap<String, (NamedNode, Vec<Quad>)> = BTreeMap::new();
    for quad in quads(graph, options) {
        if let GraphName::NamedNode(g) = &quad.graph_name {
            by_graph
                .entry(g.as_str().to_owned())
                .or_insert_with(|| (g.clone(), Vec::new()))
                .1
                .push(quad);
        }
    }
    by_graph
        .into_values()
        .map(|(graph, quads)| GraphBody {
            graph,
            triples: union_triples(quads),
        })
        .collect()
}

/// What a load sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadSummary {
    pub graphs: usize,
    pub triples: usize,
    /// Triples of the default graph, not sent.
    pub left_out: usize,
}

/// Sends every article graph of `graph` to the store, one PUT each.
/// `on_sent` is called after each graph is accepted.
pub fn load(
    graph: &KnowledgeGraph,
    write_options: &WriteOptions,
    options: &LoadOptions,
    mut on_sent: impl FnMut(&GraphBody),
) -> Result<LoadSummary, LoadError> {
    let bodies = graph_bodies(graph, write_options);
    let all = quads(graph, write_options);
    let left_out = union_triples(
        all.into_iter()
            .filter(|q| q.graph_name.is_default_graph())
            .collect(),
    )
    .len();
    let mut client = Client::new(options)?;
    let mut summary = LoadSummary {
        left_out,
        ..LoadSummary::default()
    };
    for body in &bodies {
        client.put_graph(body)?;
        summary.graphs += 1;
        summary.triples += body.triples.len();
        on_sent(body);
    }
    Ok(summary)
}

/// Sends one graph with `PUT {endpoint}?graph=<iri>`.
pub fn put_graph(body: &GraphBody, options: &LoadOptions) -> Result<(), LoadError> {
    Client::new(options)?.put_graph(body)
}

/// An HTTP agent plus what it learnt of the server's authentication.
struct Client<'a> {
    options: &'a LoadOptions,
    agent: ureq::Agent,
    challenge: Option<Challenge>,
    nonce_count: u32,
}

struct Reply {
    status: u16,
    challenges: Vec<String>,
    retry_after: Option<u64>,
    body: String,
}

enum Failure {
    /// Worth another try.
    Transient(String),
    Final(LoadError),
}

impl<'a> Client<'a> {
    fn new(options: &'a LoadOptions) -> Result<Self, LoadError> {
        let endpoint = &options.endpoint;
        let bad = |reason: &str| LoadError::BadEndpoint {
            endpoint: endpoint.clone(),
            reason: reason.to_owned(),
        };
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(bad("it must start with http:// or https://"));
        }
        if endpoint.contains('#') {
            return Err(bad("it must not contain a fragment (#)"));
        }
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(options.timeout))
            .build();
        Ok(Client {
            options,
            agent: config.into(),
            challenge: None,
            nonce_count: 0,
        })
    }

    fn put_graph(&mut self, body: &GraphBody) -> Result<(), LoadError> {
        let bytes = serialize(body, self.options.body).map_err(|source| LoadError::Serialize {
            graph: body.graph.as_str().to_owned(),
            source,
        })?;
        let separator = if self.options.endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        let url = format!(
            "{}{separator}graph={}",
            self.options.endpoint,
            percent_encode(body.graph.as_str())
        );
        let mut attempt = 1;
        loop {
            let wait = match self.put_authenticated(&url, &bytes, body) {
                Ok(()) => return Ok(()),
                Err(Failure::Final(e)) => return Err(e),
                Err(Failure::Transient(reason)) if attempt >= self.options.attempts.max(1) => {
                    return Err(LoadError::Unreachable {
                        endpoint: self.options.endpoint.clone(),
                        reason,
                        attempts: attempt,
                    })
                }
                Err(Failure::Transient(_)) => self
                    .options
                    .backoff
                    .saturating_mul(1 << (attempt - 1).min(10)),
            };
            std::thread::sleep(wait);
            attempt += 1;
        }
    }

    /// One PUT, answering an authentication challenge once.
    fn put_authenticated(
        &mut self,
        url: &str,
        bytes: &[u8],
        body: &GraphBody,
    ) -> Result<(), Failure> {
        let mut reply = self.send(url, bytes)?;
        if reply.status == 401 && self.options.credentials.is_some() {
            let Some(challenge) = pick_challenge(&reply.challenges) else {
                return Err(Failure::Final(LoadError::UnsupportedAuth {
                    endpoint: self.options.endpoint.clone(),
                    challenge: reply.challenges.join(", "),
                }));
            };
            self.challenge = Some(challenge);
            self.nonce_count = 0;
            reply = self.send(url, bytes)?;
        }
        match reply.status {
            200..=299 => Ok(()),
            429 | 500..=599 => {
                if let Some(seconds) = reply.retry_after {
                    std::thread::sleep(Duration::from_secs(seconds.min(10)));
                }
                Err(Failure::Transient(format!(
                    "HTTP {}: {}",
                    reply.status,
                    excerpt(&reply.body)
                )))
            }
            status => Err(Failure::Final(LoadError::Refused {
                endpoint: self.options.endpoint.clone(),
                graph: body.graph.as_str().to_owned(),
                status,
                hint: match status {
                    401 if self.options.credentials.is_none() => {
                        " (set NEWSKG_USER and NEWSKG_PASSWORD)"
                    }
                    401 | 403 => " (check NEWSKG_USER and NEWSKG_PASSWORD)",
                    _ => "",
                },
                excerpt: excerpt(&reply.body),
            })),
        }
    }

    fn send(&mut self, url: &str, bytes: &[u8]) -> Result<Reply, Failure> {
        let content_type = match self.options.body {
            BodySyntax::NTriples => "application/n-triples",
            BodySyntax::Turtle => "text/turtle",
        };
        let mut request = self.agent.put(url).header("Content-Type", content_type);
        if let (Some(credentials), Some(challenge)) = (&self.options.credentials, &self.challenge) {
            self.nonce_count += 1;
            let authorization =
                challenge.authorization(credentials, "PUT", request_target(url), self.nonce_count);
            request = request.header("Authorization", authorization);
        }
        let mut response = request.send(bytes).map_err(|e| match e {
            ureq::Error::Io(_) | ureq::Error::ConnectionFailed | ureq::Error::Timeout(_) => {
                Failure::Transient(e.to_string())
            }
            other => Failure::Final(LoadError::Unreachable {
                endpoint: self.options.endpoint.clone(),
                reason: other.to_string(),
                attempts: 1,
            }),
        })?;
        let status = response.status().as_u16();
        let challenges = response
            .headers()
            .get_all("www-authenticate")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok());
        let body = response.body_mut().read_to_string().unwrap_or_default();
        Ok(Reply {
            status,
            challenges,
            retry_after,
            body,
        })
    }
}

fn serialize(body: &GraphBody, syntax: BodySyntax) -> std::io::Result<Vec<u8>> {
    let mut out = RdfSerializer::from_format(syntax.format()).for_writer(Vec::new());
    for t in &body.triples {
        out.serialize_triple(t)?;
    }
    out.finish()
}

/// The first 300 characters of a server's answer, on one line.
fn excerpt(body: &str) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = flat.chars().take(300).collect();
    if cut.len() < flat.len() {
        cut.push('…');
    }
    if cut.is_empty() {
        "(empty answer)".to_owned()
    } else {
        cut
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The path and query of a URL: what Digest calls the `uri`.
fn request_target(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
}

/// An authentication challenge newskg can answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Digest(DigestChallenge),
}

/// The parameters of a `WWW-Authenticate: Digest` challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestChallenge {
    pub realm: String,
    pub nonce: String,
    pub opaque: Option<String>,
    /// `MD5`, `MD5-sess`, `SHA-256` or `SHA-256-sess`.
    pub algorithm: String,
    /// Whether the server offers `qop=auth`.
    pub qop_auth: bool,
}

/// The best challenge among the `WWW-Authenticate` values: Digest with
/// SHA-256, then Digest with MD5, then Basic.
pub fn pick_challenge(headers: &[String]) -> Option<Challenge> {
    let mut digests: Vec<DigestChallenge> =
        headers.iter().filter_map(|h| parse_digest(h)).collect();
    digests.sort_by_key(|d| !d.algorithm.to_ascii_uppercase().starts_with("SHA-256"));
    if let Some(d) = digests.into_iter().next() {
        return Some(Challenge::Digest(d));
    }
    headers
        .iter()
        .any(|h| {
            h.trim_start()
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("basic"))
        })
        .then_some(Challenge::Basic)
}

/// Parses one `Digest ...` challenge; `None` for other schemes and for
/// algorithms newskg does not know.
pub fn parse_digest(header: &str) -> Option<DigestChallenge> {
    let header = header.trim_start();
    let (scheme, rest) = header.split_once(char::is_whitespace)?;
    if !scheme.eq_ignore_ascii_case("digest") {
        return None;
    }
    let params = parse_params(rest);
    let get = |k: &str| {
        params
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.clone())
    };
    let algorithm = get("algorithm").unwrap_or_else(|| "MD5".to_owned());
    if !["MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS"]
        .contains(&algorithm.to_ascii_uppercase().as_str())
    {
        return None;
    }
    let qop_auth =
        get("qop").is_some_and(|q| q.split(',').any(|v| v.trim().eq_ignore_ascii_case("auth")));
    Some(DigestChallenge {
        realm: get("realm").unwrap_or_default(),
        nonce: get("nonce")?,
        opaque: get("opaque"),
        algorithm,
        qop_auth,
    })
}

/// `key=value, key="quoted, value"` pairs.
fn parse_params(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            chars.next();
        }
        let key: String = chars
            .by_ref()
            .take_while(|c| *c != '=')
            .collect::<String>()
            .trim()
            .to_owned();
        if key.is_empty() {
            return out;
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next()),
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            value = chars
                .by_ref()
                .take_while(|c| *c != ',')
                .collect::<String>()
                .trim()
                .to_owned();
        }
        out.push((key, value));
    }
}

impl Challenge {
    /// The `Authorization` header answering this challenge.
    pub fn authorization(
        &self,
        credentials: &Credentials,
        method: &str,
        uri: &str,
        nonce_count: u32,
    ) -> String {
        match self {
            Challenge::Basic => {
                let token = format!("{}:{}", credentials.user, credentials.password);
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(token)
                )
            }
            Challenge::Digest(d) => d.authorization(
                credentials,
                method,
                uri,
                nonce_count,
                &client_nonce(nonce_count),
            ),
        }
    }
}

impl DigestChallenge {
    /// The `Authorization: Digest ...` header (RFC 7616 section 3.4).
    pub fn authorization(
        &self,
        credentials: &Credentials,
        method: &str,
        uri: &str,
        nonce_count: u32,
        cnonce: &str,
    ) -> String {
        let algorithm = self.algorithm.to_ascii_uppercase();
        let hash = |s: &str| -> String {
            if algorithm.starts_with("SHA-256") {
                hex(&Sha256::digest(s.as_bytes()))
            } else {
                hex(&<Md5 as md5::Digest>::digest(s.as_bytes()))
            }
        };
        let mut ha1 = hash(&format!(
            "{}:{}:{}",
            credentials.user, self.realm, credentials.password
        ));
        if algorithm.ends_with("-SESS") {
            ha1 = hash(&format!("{ha1}:{}:{cnonce}", self.nonce));
        }
        let ha2 = hash(&format!("{method}:{uri}"));
        let nc = format!("{nonce_count:08x}");
        let response = if self.qop_auth {
            hash(&format!("{ha1}:{}:{nc}:{cnonce}:auth:{ha2}", self.nonce))
        } else {
            hash(&format!("{ha1}:{}:{ha2}", self.nonce))
        };
        let mut header = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm={}, response=\"{response}\"",
            quote(&credentials.user),
            quote(&self.realm),
            quote(&self.nonce),
            self.algorithm
        );
        if let Some(opaque) = &self.opaque {
            header.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
        }
        if self.qop_auth {
            header.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
        }
        header
    }
}

fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A client nonce: not secret, only unpredictable enough to differ per request.
fn client_nonce(nonce_count: u32) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let seed = format!("{}:{}:{nonce_count}", now.as_nanos(), std::process::id());
    hex(&Sha256::digest(seed.as_bytes())[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_digest(challenge: &str, expected: Option<DigestChallenge>) {
        assert_eq!(parse_digest(challenge), expected, "{challenge}");
    }

    #[test]
    fn digest_challenges_parse() {
        check_digest(
            r#"Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="ef09", opaque="5ebe", stale="false", qop="auth", algorithm="MD5""#,
            Some(DigestChallenge {
                realm: "SPARQL".into(),
                nonce: "ef09".into(),
                opaque: Some("5ebe".into()),
                algorithm: "MD5".into(),
                qop_auth: true,
            }),
        );
        check_digest(
            r#"Digest realm="a, b", nonce=xyz"#,
            Some(DigestChallenge {
                realm: "a, b".into(),
                nonce: "xyz".into(),
                opaque: None,
                algorithm: "MD5".into(),
                qop_auth: false,
            }),
        );
        check_digest(
            r#"Digest realm="r", nonce="n", algorithm=SHA-512-256"#,
            None,
        );
        check_digest(r#"Basic realm="r""#, None);
    }

    /// The example of RFC 7616 section 3.9.1 (MD5 and SHA-256).
    #[test]
    fn digest_response_matches_rfc_7616() {
        let credentials = Credentials {
            user: "Mufasa".into(),
            password: "Circle of Life".into(),
        };
        let challenge = |algorithm: &str| DigestChallenge {
            realm: "http-auth@example.org".into(),
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v".into(),
            opaque: Some("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS".into()),
            algorithm: algorithm.into(),
            qop_auth: true,
        };
        let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        let md5 = challenge("MD5").authorization(&credentials, "GET", "/dir/index.html", 1, cnonce);
        assert!(
            md5.contains(r#"response="8ca523f5e9506fed4657c9700eebdbec""#),
            "{md5}"
        );
        let sha =
            challenge("SHA-256").authorization(&credentials, "GET", "/dir/index.html", 1, cnonce);
        assert!(
            sha.contains(
                r#"response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1""#
            ),
            "{sha}"
        );
    }

    #[test]
    fn basic_wins_only_without_digest() {
        let basic = vec![r#"Basic realm="r""#.to_owned()];
        assert_eq!(pick_challenge(&basic), Some(Challenge::Basic));
        let both = vec![
            r#"Basic realm="r""#.to_owned(),
            r#"Digest realm="r", nonce="n""#.to_owned(),
        ];
        assert!(matches!(pick_challenge(&both), Some(Challenge::Digest(_))));
        let credentials = Credentials {
            user: "Aladdin".into(),
            password: "open sesame".into(),
        };
        assert_eq!(
            Challenge::Basic.authorization(&credentials, "PUT", "/", 1),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn targets_and_encoding() {
        assert_eq!(
            request_target("http://127.0.0.1:8890/sparql-graph-crud-auth?graph=x"),
            "/sparql-graph-crud-auth?graph=x"
        );
        assert_eq!(request_target("http://host"), "/");
        assert_eq!(
            percent_encode("https://w3id.org/a b"),
            "https%3A%2F%2Fw3id.org%2Fa%20b"
        );
    }
}
