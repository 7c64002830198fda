//! Graphviz output: the graph as a DOT diagram, and that diagram laid out by
//! the system `dot` program (SVG, PNG, PDF).
//!
//! The diagram is built with `dot_structures` and printed by
//! `graphviz_rust::printer`. Node shape and fill say the entity type, edge
//! colour says the relation; a claim made by someone (`asserted_by`) is a
//! dashed edge that names its claimant, and a denied relation is a grey
//! dotted edge marked `[denied]`, so a diagram never shows an accusation or
//! a denial as a plain fact. Officials sit in a shaded cluster with the
//! country or organization they are affiliated with, and a legend explains
//! every shape, colour and line style used. Every text that comes from the
//! input is quoted and escaped here (the printer writes ids as given).
//!
//! The edge of the `i`-th relation of [`KnowledgeGraph::relations`] has the
//! DOT (and SVG) id `r{i}`, and the node of the `i`-th entity of
//! [`KnowledgeGraph::entities`] the id `n{i}`: `render::html` relies on it.
//!
//! This module does not choose what to show (see `render` for views) and
//! does not lay anything out itself: layout is the job of Graphviz.

use crate::graph::{Entity, KnowledgeGraph, Relation};
use crate::ontology::{EntityKind, Polarity, Predicate};
use graphviz_rust::cmd::{CommandArg, Format as GvFormat};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// The colour of lines that show a denied relation, whatever the relation.
pub const DENIED_COLOR: &str = "#7f7f7f";

/// What `dot` can produce from a diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Image {
    Svg,
    Png,
    Pdf,
}

impl Image {
    pub const fn name(self) -> &'static str {
        match self {
            Image::Svg => "svg",
            Image::Png => "png",
            Image::Pdf => "pdf",
        }
    }
}

/// A diagram that `dot` could not lay out.
#[derive(Debug, thiserror::Error)]
pub enum LayoutError {
    #[error("the Graphviz program `dot` was not found: install Graphviz (Debian/Ubuntu: `apt-get install graphviz`, macOS: `brew install graphviz`) to write {0}")]
    DotMissing(&'static str),
    #[error("Graphviz `dot -T{format}` failed: {message}")]
    DotFailed {
        format: &'static str,
        message: String,
    },
}

/// Writes the graph as a DOT diagram, with a final newline.
pub fn dot(graph: &KnowledgeGraph, mut w: impl Write) -> io::Result<()> {
    w.write_all(dot_string(graph).as_bytes())?;
    w.write_all(b"\n")
}

/// The DOT text of the graph's diagram.
///
/// ```
/// use newskg::{write::dot, Entity, EntityKind, KnowledgeGraph};
///
/// let mut graph = KnowledgeGraph::new();
/// graph.add_entity(Entity::new("q", "\"Q\" <x> \\ y", EntityKind::Person));
/// let text = dot::dot_string(&graph);
/// assert!(text.starts_with("digraph \"newskg\" {"));
/// assert!(text.contains(r#"label="\"Q\" <x> \\ y""#));
/// ```
pub fn dot_string(graph: &KnowledgeGraph) -> String {
    diagram(graph).print(&mut PrinterContext::default())
}

/// Lays the graph out with the system `dot` and writes the SVG.
pub fn svg(graph: &KnowledgeGraph, mut w: impl Write) -> Result<(), super::WriteError> {
    let bytes = layout(&dot_string(graph), Image::Svg)
        .map_err(|e| super::WriteError::Render(e.to_string()))?;
    Ok(w.write_all(&bytes)?)
}

/// Runs `dot -T<format>` on DOT text and returns what it printed.
pub fn layout(dot_text: &str, format: Image) -> Result<Vec<u8>, LayoutError> {
    let gv = match format {
        Image::Svg => GvFormat::Svg,
        Image::Png => GvFormat::Png,
        Image::Pdf => GvFormat::Pdf,
    };
    graphviz_rust::exec_dot(dot_text.to_owned(), vec![CommandArg::Format(gv)]).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            LayoutError::DotMissing(format.name())
        } else {
            LayoutError::DotFailed {
                format: format.name(),
                message: e.to_string().trim().to_owned(),
            }
        }
    })
}

/// The Graphviz graph of the diagram: settings, legend, clusters, nodes, edges.
pub fn diagram(graph: &KnowledgeGraph) -> Graph {
    let mut stmts: Vec<Stmt> = vec![
        GraphAttributes::Graph(vec![
            attr("rankdir", plain("LR")),
            attr("charset", quoted("UTF-8")),
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("12")),
            attr("nodesep", plain("0.5")),
            attr("ranksep", plain("1.2")),
            attr("concentrate", plain("false")),
            attr("newrank", plain("true")),
            attr("pad", plain("0.3")),
            attr("tooltip", quoted("newskg knowledge graph")),
        ])
        .into(),
        GraphAttributes::Node(vec![
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("12")),
            attr("style", quoted("filled")),
            attr("penwidth", plain("1.2")),
        ])
        .into(),
        GraphAttributes::Edge(vec![
            attr("fontname", quoted("Helvetica")),
            attr("fontsize", plain("10")),
            attr("arrowsize", plain("0.8")),
        ])
        .into(),
    ];

    let entities: Vec<&Entity> = graph.entities().collect();
    let node_ids: BTreeMap<&str, String> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), format!("n{i}")))
        .collect();
    let relations: Vec<&Relation> = graph.relations().collect();

    stmts.push(legend(&entities, &relations).into());

    let anchors = affiliations(graph, &relations);
    let mut in_cluster: BTreeSet<&str> = BTreeSet::new();
    for (anchor, members) in &anchors {
        in_cluster.insert(anchor);
        in_cluster.extend(members.iter().copied());
    }
    for (i, (anchor, members)) in anchors.iter().enumerate() {
        let mut sub = vec![
            Stmt::Attribute(attr("style", quoted("rounded,filled"))),
            Stmt::Attribute(attr("fillcolor", quoted("#f4f4f4"))),
            Stmt::Attribute(attr("color", quoted("#d0d0d0"))),
            Stmt::Attribute(attr("label", quoted(""))),
        ];
        for id in std::iter::once(anchor).chain(members.iter()) {
            if let (Some(e), Some(nid)) = (graph.entity(id), node_ids.get(id)) {
                sub.push(entity_node(e, nid).into());
            }
        }
        stmts.push(
            Subgraph {
                id: Id::Plain(format!("cluster_{i}")),
                stmts: sub,
            }
            .into(),
        );
    }
    for e in &entities {
        if !in_cluster.contains(e.id.as_str()) {
            if let Some(nid) = node_ids.get(e.id.as_str()) {
                stmts.push(entity_node(e, nid).into());
            }
        }
    }
    for (i, r) in relations.iter().enumerate() {
        if let (Some(s), Some(o)) = (
            node_ids.get(r.subject.as_str()),
            node_ids.get(r.object.as_str()),
        ) {
            stmts.push(relation_edge(graph, r, i, s, o).into());
        }
    }
    Graph::DiGraph {
        id: quoted("newskg"),
        strict: false,
        stmts,
    }
}

/// Anchor entity (country, organization, group) -> the persons drawn in its
/// cluster: each person with an `affiliated-with` relation goes with the
/// first such anchor in sorted order, so every node is in one cluster at most.
fn affiliations<'g>(
    graph: &'g KnowledgeGraph,
    relations: &[&'g Relation],
) -> BTreeMap<&'g str, Vec<&'g str>> {
    let mut placed: BTreeMap<&str, &str> = BTreeMap::new();
    for r in relations {
        if r.predicate != Predicate::AffiliatedWith || r.polarity != Polarity::Asserted {
            continue;
        }
        let (Some(person), Some(anchor)) = (graph.entity(&r.subject), graph.entity(&r.object))
        else {
            continue;
        };
        if person.kind == EntityKind::Person && anchor.kind != EntityKind::Person {
            placed
                .entry(person.id.as_str())
                .or_insert(anchor.id.as_str());
        }
    }
    let mut clusters: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (person, anchor) in placed {
        clusters.entry(anchor).or_default().push(person);
    }
    clusters
}

/// Shape, fill colour and name of each entity type.
pub const fn kind_style(kind: EntityKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        EntityKind::Country => ("box", "#aec7e8", "rounded box"),
        EntityKind::Person => ("ellipse", "#ffd8a8", "ellipse"),
        EntityKind::Organization => ("hexagon", "#b8e0b0", "hexagon"),
        EntityKind::Group => ("octagon", "#e0c6ea", "octagon"),
    }
}

/// The line colour of each relation.
pub const fn relation_color(p: Predicate) -> &'static str {
    match p {
        Predicate::Accuses => "#d62728",
        Predicate::Denies => "#8c564b",
        Predicate::Supplies => "#1f77b4",
        Predicate::WorriesAbout => "#ff7f0e",
        Predicate::CooperatesWith => "#2ca02c",
        Predicate::Opposes => "#9467bd",
        Predicate::Supports => "#17becf",
        Predicate::Requests => "#bcbd22",
        Predicate::AffiliatedWith => "#b0b0b0",
    }
}

fn entity_node(e: &Entity, nid: &str) -> Node {
    let (shape, fill, _) = kind_style(e.kind);
    let mut label = e.label.clone();
    if let Some(role) = e.role.as_deref().filter(|r| !r.trim().is_empty()) {
        label.push('\n');
        label.push_str(role);
    }
    let mut tooltip = format!("{}: {}", e.kind, e.label);
    if let Some(role) = &e.role {
        tooltip.push_str(&format!(" ({role})"));
    }
    if !e.aliases.is_empty() {
        tooltip.push_str(&format!("\nalso: {}", e.aliases.join(", ")));
    }
    let mut attrs = vec![
        attr("id", quoted(nid)),
        attr("label", quoted(&label)),
        attr("shape", plain(shape)),
        attr("fillcolor", quoted(fill)),
        attr("tooltip", quoted(&tooltip)),
    ];
    if e.kind == EntityKind::Country {
        attrs.push(attr("style", quoted("rounded,filled")));
    }
    Node::new(NodeId(Id::Plain(nid.to_owned()), None), attrs)
}

/// The label of an edge: the relation (with its item), a `[denied]` mark,
/// and who claims or denies it.
pub fn relation_label(graph: &KnowledgeGraph, r: &Relation) -> String {
    let mut first = String::new();
    if r.polarity == Polarity::Denied {
        first.push_str("[denied] ");
    }
    first.push_str(r.predicate.as_str());
    if let Some(item) = r.item.as_deref().filter(|i| !i.trim().is_empty()) {
        first.push_str(": ");
        first.push_str(item);
    }
    let mut second = Vec::new();
    if let Some(c) = &r.asserted_by {
        let name = graph.entity(c).map_or(c.as_str(), |e| e.label.as_str());
        let verb = if r.polarity == Polarity::Denied {
            "denied by"
        } else {
            "claimed by"
        };
        second.push(format!("{verb} {name}"));
    }
    if r.hedged {
        second.push("hedged".to_owned());
    }
    if second.is_empty() {
        first
    } else {
        format!("{first}\n{}", second.join(", "))
    }
}

fn relation_tooltip(graph: &KnowledgeGraph, r: &Relation) -> String {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or_else(|| id.to_owned(), |e| e.label.clone())
    };
    let mut t = format!("{} {} {}", name(&r.subject), r.predicate, name(&r.object));
    if let Some(item) = &r.item {
        t.push_str(&format!(" ({item})"));
    }
    match (&r.asserted_by, r.polarity) {
        (Some(c), Polarity::Asserted) => t.push_str(&format!("; claimed by {}", name(c))),
        (Some(c), Polarity::Denied) => t.push_str(&format!("; denied by {}", name(c))),
        (None, Polarity::Denied) => t.push_str("; denied"),
        (None, Polarity::Asserted) => {}
    }
    t.push_str(&format!(
        "; {} evidence sentence{}",
        r.evidence.len(),
        if r.evidence.len() == 1 { "" } else { "s" }
    ));
    for ev in r.evidence.iter().take(3) {
        let text: String = ev.text.chars().take(300).collect();
        t.push_str(&format!("\n[{} #{}] {}", ev.doc, ev.sentence, text));
    }
    t
}

fn relation_edge(graph: &KnowledgeGraph, r: &Relation, index: usize, s: &str, o: &str) -> Edge {
    let denied = r.polarity == Polarity::Denied;
    let color = if denied {
        DENIED_COLOR
    } else {
        relation_color(r.predicate)
    };
    let style = if denied {
        "dotted"
    } else if r.asserted_by.is_some() {
        "dashed"
    } else {
        "solid"
    };
    let weight = 1.0 + 0.5 * (r.evidence.len().saturating_sub(1).min(4) as f64);
    let tooltip = relation_tooltip(graph, r);
    let mut attributes = vec![
        attr("id", quoted(&format!("r{index}"))),
        attr("label", quoted(&relation_label(graph, r))),
        attr("color", quoted(color)),
        attr("fontcolor", quoted(color)),
        attr("style", plain(style)),
        attr("penwidth", plain(&format!("{weight:.1}"))),
        attr("tooltip", quoted(&tooltip)),
        attr("labeltooltip", quoted(&tooltip)),
    ];
    if denied {
        attributes.push(attr("arrowhead", plain("odot")));
    }
    if r.predicate.is_symmetric() {
        attributes.push(attr("dir", plain("both")));
    }
    if r.predicate == Predicate::AffiliatedWith {
        attributes.push(attr("fontsize", plain("8")));
    }
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(Id::Plain(s.to_owned()), None)),
            Vertex::N(NodeId(Id::Plain(o.to_owned()), None)),
        ),
        attributes,
    }
}

/// The legend: one HTML-like table node listing the entity types and
/// relations present, and the three line styles.
fn legend(entities: &[&Entity], relations: &[&Relation]) -> Node {
    let kinds: BTreeSet<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let predicates: BTreeSet<Predicate> = relations.iter().map(|r| r.predicate).collect();
    let mut rows = String::from(r#"<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>"#);
    for k in kinds {
        let (_, fill, shape) = kind_style(k);
        rows.push_str(&format!(
            r#"<TR><TD BGCOLOR="{fill}">{k}</TD><TD ALIGN="LEFT">{shape}</TD></TR>"#
        ));
    }
    for p in predicates {
        let c = relation_color(p);
        rows.push_str(&format!(
            r#"<TR><TD><FONT COLOR="{c}">&#8212;&#8212;&#8212;&gt;</FONT></TD><TD ALIGN="LEFT"><FONT COLOR="{c}">{p}</FONT></TD></TR>"#
        ));
    }
    rows.push_str(r#"<TR><TD>solid</TD><TD ALIGN="LEFT">stated by the article itself</TD></TR>"#);
    rows.push_str(
        r#"<TR><TD>dashed</TD><TD ALIGN="LEFT">claimed by someone (named on the edge)</TD></TR>"#,
    );
    rows.push_str(&format!(
        r#"<TR><TD><FONT COLOR="{DENIED_COLOR}">dotted, grey</FONT></TD><TD ALIGN="LEFT"><FONT COLOR="{DENIED_COLOR}">[denied]: said not to hold</FONT></TD></TR>"#
    ));
    rows.push_str(r#"<TR><TD>thicker</TD><TD ALIGN="LEFT">more evidence sentences</TD></TR>"#);
    rows.push_str(
        r#"<TR><TD>shaded box</TD><TD ALIGN="LEFT">officials and their affiliation</TD></TR>"#,
    );
    let table = format!(
        r#"<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4">{rows}</TABLE>>"#
    );
    Node::new(
        NodeId(Id::Plain("legend".to_owned()), None),
        vec![
            attr("id", quoted("legend")),
            attr("shape", plain("plaintext")),
            attr("style", quoted("")),
            attr("fontsize", plain("10")),
            attr("label", Id::Html(table)),
            attr("tooltip", quoted("Legend")),
        ],
    )
}

fn attr(key: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(key.to_owned()), value)
}

/// A token known to be a valid DOT id (keywords of our own, numbers).
fn plain(s: &str) -> Id {
    Id::Plain(s.to_owned())
}

/// Any text as a double-quoted DOT string.
fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

/// Escapes text for a double-quoted DOT string that Graphviz reads as an
/// escString: backslashes and quotes are escaped, a line break becomes
/// `\n`, `&` becomes `&amp;` (Graphviz decodes entities in labels), and
/// control characters, which XML (SVG) cannot hold, become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(escape(input), expected, "escaping {input:?}");
    }

    #[test]
    fn escapes_quotes_backslashes_newlines_and_ampersands() {
        check("plain", "plain");
        check(r#""Q" <x> \ y"#, r#"\"Q\" <x> \\ y"#);
        check("a\nb\r\nc", r"a\nb\nc");
        check("AT&T", "AT&amp;T");
        check("trailing\\", "trailing\\\\");
        check("bell\u{7}", "bell ");
        check("Кремль 中国", "Кремль 中国");
    }
}
