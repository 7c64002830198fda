//! Pictures of the graph: cut a view out of it (one entity's neighbourhood,
//! some relations, well-attested edges only) and draw it as DOT, SVG, PNG,
//! PDF or one self-contained HTML page.
//!
//! The HTML page holds the SVG diagram inline, the data of every edge as
//! JSON in a `<script type="application/json">` element (escaped so that no
//! name can close the element), and a small script that shows an edge's
//! evidence sentences, claimant, polarity and item when it is hovered or
//! clicked. The page loads nothing from the network; its content security
//! policy forbids it.
//!
//! Drawing is `write::dot`'s job and layout is Graphviz's; this module only
//! selects and assembles.

use crate::graph::KnowledgeGraph;
use crate::ontology::Predicate;
use crate::write::dot::{self, Image, LayoutError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::{self, Write};

/// Which part of the graph to draw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// Draw only the entities within `depth` relations of this entity id.
    pub focus: Option<String>,
    pub depth: usize,
    /// Draw only these relations; empty means all.
    pub relations: Vec<Predicate>,
    /// Draw only relations with at least this many evidence sentences.
    pub min_evidence: usize,
}

/// The part of `graph` that `view` selects. Relations are filtered first;
/// the focus neighbourhood is then walked over the relations that remain,
/// in both directions. Entities are kept when a kept relation links them
/// or names them as its claimant (so a claim never loses who made it), and
/// the focus entity always; entities without relations are left out.
pub fn select_view(graph: &KnowledgeGraph, view: &View) -> KnowledgeGraph {
    let relations: Vec<_> = graph
        .relations()
        .filter(|r| view.relations.is_empty() || view.relations.contains(&r.predicate))
        .filter(|r| r.evidence.len() >= view.min_evidence)
        .collect();
    let mut keep: BTreeSet<&str> = BTreeSet::new();
    let relations: Vec<_> = match &view.focus {
        Some(focus) => {
            let mut adj: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
            for r in &relations {
                adj.entry(&r.subject).or_default().insert(&r.object);
                adj.entry(&r.object).or_default().insert(&r.subject);
            }
            let mut dist: BTreeMap<&str, usize> = BTreeMap::from([(focus.as_str(), 0)]);
            let mut queue = VecDeque::from([focus.as_str()]);
            while let Some(v) = queue.pop_front() {
                let d = dist[v];
                if d >= view.depth {
                    continue;
                }
                for &n in adj.get(v).into_iter().flatten() {
                    if !dist.contains_key(n) {
                        dist.insert(n, d + 1);
                        queue.push_back(n);
                    }
                }
            }
            keep.extend(dist.keys().copied().filter(|id| graph.entity(id).is_some()));
            relations
                .into_iter()
                .filter(|r| keep.contains(r.subject.as_str()) && keep.contains(r.object.as_str()))
                .collect()
        }
        None => relations,
    };
    for r in &relations {
        keep.insert(&r.subject);
        keep.insert(&r.object);
        if let Some(c) = &r.asserted_by {
            keep.insert(c);
        }
    }
    let docs: BTreeSet<&str> = relations
        .iter()
        .flat_map(|r| r.evidence.iter().map(|e| e.doc.as_str()))
        .collect();
    let mut out = KnowledgeGraph::new();
    for d in graph.documents().filter(|d| docs.contains(d.id.as_str())) {
        out.add_document(d.clone());
    }
    for id in keep {
        if let Some(e) = graph.entity(id) {
            out.add_entity(e.clone());
        }
    }
    for r in relations {
        out.add_relation(r.clone());
    }
    out
}

/// What `newskg render` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Picture {
    Dot,
    Svg,
    Png,
    Pdf,
    Html,
}

impl Picture {
    pub const ALL: [Picture; 5] = [
        Picture::Svg,
        Picture::Png,
        Picture::Pdf,
        Picture::Html,
        Picture::Dot,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Picture::Dot => "dot",
            Picture::Svg => "svg",
            Picture::Png => "png",
            Picture::Pdf => "pdf",
            Picture::Html => "html",
        }
    }

    /// A format name or a file extension (`gv`, `htm` too).
    pub fn parse(s: &str) -> Option<Picture> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "dot" | "gv" => Picture::Dot,
            "svg" => Picture::Svg,
            "png" => Picture::Png,
            "pdf" => Picture::Pdf,
            "html" | "htm" => Picture::Html,
            _ => return None,
        })
    }
}

/// A picture that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Layout(#[from] LayoutError),
    #[error("Graphviz returned SVG without an <svg> element")]
    NotSvg,
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Draws the graph in `format`.
pub fn render(
    graph: &KnowledgeGraph,
    format: Picture,
    mut w: impl Write,
) -> Result<(), RenderError> {
    let dot_text = dot::dot_string(graph);
    let bytes = match format {
        Picture::Dot => {
            let mut b = dot_text.into_bytes();
            b.push(b'\n');
            b
        }
        Picture::Svg => dot::layout(&dot_text, Image::Svg)?,
        Picture::Png => dot::layout(&dot_text, Image::Png)?,
        Picture::Pdf => dot::layout(&dot_text, Image::Pdf)?,
        Picture::Html => {
            let svg = dot::layout(&dot_text, Image::Svg)?;
            html_page(graph, &String::from_utf8_lossy(&svg))?.into_bytes()
        }
    };
    Ok(w.write_all(&bytes)?)
}

#[derive(Serialize)]
struct PageData<'a> {
    entities: Vec<PageEntity<'a>>,
    relations: Vec<PageRelation<'a>>,
    documents: BTreeMap<&'a str, PageDocument<'a>>,
}

#[derive(Serialize)]
struct PageEntity<'a> {
    id: String,
    label: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    role: Option<&'a str>,
}

#[derive(Serialize)]
struct PageRelation<'a> {
    id: String,
    subject: String,
    relation: &'static str,
    object: String,
    item: Option<&'a str>,
    claimant: Option<String>,
    polarity: &'static str,
    hedged: bool,
    date: Option<&'a str>,
    evidence: Vec<PageEvidence<'a>>,
}

#[derive(Serialize)]
struct PageEvidence<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct PageDocument<'a> {
    title: Option<&'a str>,
    url: Option<&'a str>,
    date: Option<&'a str>,
    source: &'a str,
}

/// The data of the page's edges and nodes, under the ids `write::dot` gives them.
fn page_data(graph: &KnowledgeGraph) -> PageData<'_> {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or_else(|| id.to_owned(), |e| e.label.clone())
    };
    PageData {
        entities: graph
            .entities()
            .enumerate()
            .map(|(i, e)| PageEntity {
                id: format!("n{i}"),
                label: &e.label,
                kind: e.kind.as_str(),
                aliases: &e.aliases,
                role: e.role.as_deref(),
            })
            .collect(),
        relations: graph
            .relations()
            .enumerate()
            .map(|(i, r)| PageRelation {
                id: format!("r{i}"),
                subject: name(&r.subject),
                relation: r.predicate.as_str(),
                object: name(&r.object),
                item: r.item.as_deref(),
                claimant: r.asserted_by.as_deref().map(name),
                polarity: r.polarity.as_str(),
                hedged: r.hedged,
                date: r.date.as_deref(),
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| PageEvidence {
                        doc: &e.doc,
                        sentence: e.sentence,
                        text: &e.text,
                    })
                    .collect(),
            })
            .collect(),
        documents: graph
            .documents()
            .map(|d| {
                (
                    d.id.as_str(),
                    PageDocument {
                        title: d.title.as_deref(),
                        url: d.url.as_deref(),
                        date: d.date.as_deref(),
                        source: &d.source,
                    },
                )
            })
            .collect(),
    }
}

/// JSON that can sit inside a `<script>` element: `<`, `>`, `&` and the
/// two JavaScript line separators are written as `\u` escapes, so no
/// string can close the element or open a comment.
pub fn script_safe_json(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The self-contained HTML page around an SVG made by `dot -Tsvg` from
/// `write::dot::dot_string(graph)`.
pub fn html_page(graph: &KnowledgeGraph, svg: &str) -> Result<String, RenderError> {
    // Drop the XML prolog and doctype: inline SVG starts at its element.
    let start = svg.find("<svg").ok_or(RenderError::NotSvg)?;
    let svg = svg[start..].trim_end();
    let data = script_safe_json(&page_data(graph)).map_err(io::Error::other)?;
    let summary = format!(
        "{} entities, {} relations, {} documents",
        graph.entity_count(),
        graph.relation_count(),
        graph.documents().count()
    );
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newskg graph</title>
<style>{PAGE_CSS}</style>
</head>
<body>
<header><h1>newskg graph</h1><p>{summary}. Hover or click an edge to see its evidence; click a node for its names. <button type="button" id="zoom">Actual size</button></p></header>
<main>
<div id="diagram">
{svg}
</div>
<aside id="details" aria-live="polite"><p class="hint">Hover or click an edge.</p></aside>
</main>
<script type="application/json" id="newskg-data">{data}</script>
<script>{PAGE_JS}</script>
</body>
</html>
"#
    ))
}

const PAGE_CSS: &str = r##"
body { margin: 0; font-family: Helvetica, Arial, sans-serif; color: #222; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0 0 4px 0; }
header p { margin: 0; font-size: 13px; color: #555; }
main { display: flex; align-items: flex-start; }
#diagram { flex: 1 1 auto; overflow: auto; padding: 8px; max-height: calc(100vh - 70px); }
#diagram svg { max-width: 100%; height: auto; }
#diagram.actual svg { max-width: none; }
#zoom { margin-left: 8px; font-size: 12px; }
#diagram g.edge, #diagram g.node { cursor: pointer; }
#diagram g.edge:hover path, #diagram g.edge.selected path { stroke-width: 3.5; }
#details { flex: 0 0 360px; border-left: 1px solid #ddd; padding: 8px 16px; font-size: 13px; max-height: calc(100vh - 70px); overflow: auto; }
#details h2 { font-size: 15px; margin: 4px 0 8px 0; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0 0 8px 0; }
#details dt { font-weight: bold; color: #555; }
#details dd { margin: 0; }
#details blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #bbb; background: #f7f7f7; }
#details .source { font-size: 11px; color: #666; }
#details .denied { color: #7f7f7f; font-weight: bold; }
.hint { color: #777; }
"##;

const PAGE_JS: &str = r##"
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newskg-data").textContent);
  var relations = new Map(data.relations.map(function (r) { return [r.id, r]; }));
  var entities = new Map(data.entities.map(function (e) { return [e.id, e]; }));
  var panel = document.getElementById("details");
  var pinned = null;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function field(dl, name, value, cls) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value, cls));
  }
  function showRelation(r) {
    panel.replaceChildren();
    panel.appendChild(el("h2", r.subject + " \u2192 " + r.relation + " \u2192 " + r.object));
    var dl = el("dl");
    field(dl, "relation", r.relation);
    field(dl, "item", r.item);
    field(dl, "polarity", r.polarity, r.polarity === "denied" ? "denied" : null);
    field(dl, "claimant", r.claimant || "the article itself");
    if (r.hedged) { field(dl, "hedged", "yes"); }
    field(dl, "date", r.date);
    panel.appendChild(dl);
    panel.appendChild(el("h2", r.evidence.length + (r.evidence.length === 1 ? " evidence sentence" : " evidence sentences")));
    r.evidence.forEach(function (ev) {
      panel.appendChild(el("blockquote", ev.text));
      var doc = data.documents[ev.doc] || {};
      var where = (doc.title || ev.doc) + ", sentence " + (ev.sentence + 1);
      if (doc.date) { where += ", " + doc.date; }
      if (doc.url) { where += " (" + doc.url + ")"; }
      panel.appendChild(el("p", where, "source"));
    });
  }
  function showEntity(e) {
    panel.replaceChildren();
    panel.appendChild(el("h2", e.label));
    var dl = el("dl");
    field(dl, "type", e.kind);
    field(dl, "role", e.role);
    field(dl, "also", e.aliases.join(", "));
    panel.appendChild(dl);
  }
  function select(g, show) {
    document.querySelectorAll("#diagram .selected").forEach(function (x) { x.classList.remove("selected"); });
    g.classList.add("selected");
    show();
  }
  var edges = document.querySelectorAll("#diagram g.edge");
  edges.forEach(function (g) {
    var r = relations.get(g.id);
    if (!r) { return; }
    g.addEventListener("mouseenter", function () { if (!pinned) { select(g, function () { showRelation(r); }); } });
    g.addEventListener("click", function (ev) { ev.preventDefault(); pinned = g; select(g, function () { showRelation(r); }); });
  });
  document.querySelectorAll("#diagram g.node").forEach(function (g) {
    var e = entities.get(g.id);
    if (!e) { return; }
    g.addEventListener("click", function (ev) { ev.preventDefault(); pinned = g; select(g, function () { showEntity(e); }); });
  });
  var zoom = document.getElementById("zoom");
  zoom.addEventListener("click", function () {
    var actual = document.getElementById("diagram").classList.toggle("actual");
    zoom.textContent = actual ? "Fit to window" : "Actual size";
  });
  document.body.setAttribute("data-edges", String(edges.length));
  var wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
  var first = wanted && document.getElementById(wanted);
  if (first && relations.has(wanted)) { pinned = first; select(first, function () { showRelation(relations.get(wanted)); }); }
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(script_safe_json(&input).ok().as_deref(), Some(expected));
    }

    #[test]
    fn json_cannot_close_the_script_element() {
        check("</script><b>", r#""\u003c/script\u003e\u003cb\u003e""#);
        check("a & \"b\"", r#""a \u0026 \"b\"""#);
        check("<!--", r#""\u003c!--""#);
        check("Кремль", r#""Кремль""#);
    }
}
