//! Asking a built graph questions: load graph files, resolve the names a
//! person types to entities, select the relations that match a pattern, and
//! print them as a table, CSV or JSON.
//!
//! [`load_graphs`] reads graph files through [`crate::read::graph`] and
//! merges several files into one graph.
//! Names resolve through labels, aliases and ids, ignoring case and a leading
//! "the"; an unknown name is an error that suggests the closest names.
//!
//! This module never changes a relation: a claim stays a claim, a denial a
//! denial, and each row says who claims it.

use crate::graph::{Entity, KnowledgeGraph, Relation};
use crate::ontology::{Polarity, Predicate};
use crate::read::graph::GraphReadError;
pub use crate::text::normalize_name;
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;

/// Loads graph files (JSON or any RDF syntax `newskg build` writes; `-` is
/// JSON on standard input) and merges them into one graph.
pub fn load_graphs(paths: &[PathBuf]) -> Result<KnowledgeGraph, GraphReadError> {
    crate::read::graph::graph_files(paths)
}

/// A name that does not pick out one entity.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("no entity is called `{name}`{}", suggest(.closest))]
    Unknown { name: String, closest: Vec<String> },
    #[error("`{name}` names several entities: {}; use an id", .candidates.join(", "))]
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
}

fn suggest(closest: &[String]) -> String {
    if closest.is_empty() {
        "; the graph has no entities".to_owned()
    } else {
        format!("; closest names: {}", closest.join(", "))
    }
}

/// The entity a name refers to: its id, label or one of its aliases.
/// A label match wins over an alias match.
///
/// ```
/// use newskg::{query, Entity, EntityKind, KnowledgeGraph};
///
/// let mut graph = KnowledgeGraph::new();
/// let mut iran = Entity::new("iran", "Iran", EntityKind::Country);
/// iran.aliases.push("Tehran".into());
/// graph.add_entity(iran);
/// assert_eq!(query::resolve(&graph, "the TEHRAN")?.id, "iran");
/// let err = query::resolve(&graph, "Tehrn").unwrap_err();
/// assert_eq!(err.to_string(), "no entity is called `Tehrn`; closest names: Tehran (Iran)");
/// # Ok::<(), query::NameError>(())
/// ```
pub fn resolve<'g>(graph: &'g KnowledgeGraph, name: &str) -> Result<&'g Entity, NameError> {
    let key = normalize_name(name);
    if let Some(e) = graph.entity(name.trim()) {
        return Ok(e);
    }
    let by_label: Vec<&Entity> = graph
        .entities()
        .filter(|e| normalize_name(&e.label) == key)
        .collect();
    let matches = if by_label.is_empty() {
        graph
            .entities()
            .filter(|e| {
                normalize_name(&e.id) == key || e.aliases.iter().any(|a| normalize_name(a) == key)
            })
            .collect()
    } else {
        by_label
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(NameError::Unknown {
            name: name.to_owned(),
            closest: closest_names(graph, &key, 5),
        }),
        many => Err(NameError::Ambiguous {
            name: name.to_owned(),
            candidates: many
                .iter()
                .map(|e| format!("{} ({})", e.label, e.id))
                .collect(),
        }),
    }
}

/// Up to `n` names of the graph nearest to `key`, each with the label of
/// its entity when it is an alias. A name is near when its edit distance to
/// `key` is small, or when one of its words is (`Lavrov` is near `Sergei
/// Lavrov`); when nothing is near, the few nearest are given anyway.
fn closest_names(graph: &KnowledgeGraph, key: &str, n: usize) -> Vec<String> {
    let mut scored: Vec<(usize, String)> = Vec::new();
    for e in graph.entities() {
        let best = e
            .names()
            .map(|name| (name_distance(&normalize_name(name), key), name))
            .min();
        if let Some((d, name)) = best {
            let shown = if name == e.label {
                name.to_owned()
            } else {
                format!("{name} ({})", e.label)
            };
            scored.push((d, shown));
        }
    }
    scored.sort();
    scored.dedup();
    let near = (key.chars().count() / 2).max(2);
    if scored.first().is_some_and(|(d, _)| *d <= near) {
        scored
            .into_iter()
            .take_while(|(d, _)| *d <= near)
            .take(n)
            .map(|(_, s)| s)
            .collect()
    } else {
        scored.into_iter().take(3).map(|(_, s)| s).collect()
    }
}

fn name_distance(name: &str, key: &str) -> usize {
    let whole = edit_distance(name, key);
    let word = name
        .split_whitespace()
        .map(|w| edit_distance(w, key) + 1)
        .min()
        .unwrap_or(whole);
    whole.min(word)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The names a person typed, before resolution.
#[derive(Debug, Clone, Default)]
pub struct Pattern {
    pub subject: Option<String>,
    pub predicate: Option<Predicate>,
    pub object: Option<String>,
    pub asserted_by: Option<String>,
    pub polarity: Option<Polarity>,
}

/// A pattern with its names resolved to entity ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub subject: Option<String>,
    pub predicate: Option<Predicate>,
    pub object: Option<String>,
    pub asserted_by: Option<String>,
    pub polarity: Option<Polarity>,
}

impl Query {
    /// Resolves every name of the pattern; the first unknown name is the error.
    pub fn resolve(graph: &KnowledgeGraph, p: &Pattern) -> Result<Query, NameError> {
        let id = |n: &Option<String>| -> Result<Option<String>, NameError> {
            n.as_deref()
                .map(|n| resolve(graph, n).map(|e| e.id.clone()))
                .transpose()
        };
        Ok(Query {
            subject: id(&p.subject)?,
            predicate: p.predicate,
            object: id(&p.object)?,
            asserted_by: id(&p.asserted_by)?,
            polarity: p.polarity,
        })
    }

    pub fn matches(&self, r: &Relation) -> bool {
        self.subject.as_ref().is_none_or(|s| *s == r.subject)
            && self.predicate.is_none_or(|p| p == r.predicate)
            && self.object.as_ref().is_none_or(|o| *o == r.object)
            && self
                .asserted_by
                .as_ref()
                .is_none_or(|c| r.asserted_by.as_ref() == Some(c))
            && self.polarity.is_none_or(|p| p == r.polarity)
    }
}

/// The relations that match, in the graph's sorted order.
pub fn select<'g>(graph: &'g KnowledgeGraph, q: &Query) -> Vec<&'g Relation> {
    graph.relations().filter(|r| q.matches(r)).collect()
}

/// One printed row: a relation, or with evidence one of its sentences.
/// Names are labels; JSON also carries the entity ids, and `null` where
/// there is no item or claimant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub subject: String,
    pub relation: String,
    pub object: String,
    pub item: Option<String>,
    pub claimant: Option<String>,
    pub polarity: String,
    pub subject_id: String,
    pub object_id: String,
    pub claimant_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

impl Row {
    const HEADER: [&'static str; 6] = [
        "subject", "relation", "object", "item", "claimant", "polarity",
    ];
    const EVIDENCE_HEADER: [&'static str; 2] = ["document", "sentence"];

    fn cells(&self) -> Vec<&str> {
        let mut v = vec![
            self.subject.as_str(),
            self.relation.as_str(),
            self.object.as_str(),
            self.item.as_deref().unwrap_or_default(),
            self.claimant.as_deref().unwrap_or_default(),
            self.polarity.as_str(),
        ];
        if let (Some(d), Some(s)) = (&self.document, &self.sentence) {
            v.push(d);
            v.push(s);
        }
        v
    }
}

/// Rows for the relations, labels in place of ids; with `evidence`, one
/// row per evidence sentence.
pub fn rows(graph: &KnowledgeGraph, relations: &[&Relation], evidence: bool) -> Vec<Row> {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or_else(|| id.to_owned(), |e| e.label.clone())
    };
    let mut out = Vec::new();
    for r in relations {
        let base = Row {
            subject: name(&r.subject),
            relation: r.predicate.as_str().to_owned(),
            object: name(&r.object),
            item: r.item.clone(),
            claimant: r.asserted_by.as_deref().map(name),
            polarity: r.polarity.as_str().to_owned(),
            subject_id: r.subject.clone(),
            object_id: r.object.clone(),
            claimant_id: r.asserted_by.clone(),
            document: None,
            sentence: None,
        };
        if evidence {
            for ev in &r.evidence {
                out.push(Row {
                    document: Some(ev.doc.clone()),
                    sentence: Some(ev.text.clone()),
                    ..base.clone()
                });
            }
        } else {
            out.push(base);
        }
    }
    out
}

/// How query results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowFormat {
    Table,
    Csv,
    Json,
}

impl RowFormat {
    pub fn parse(s: &str) -> Option<RowFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Some(RowFormat::Table),
            "csv" => Some(RowFormat::Csv),
            "json" => Some(RowFormat::Json),
            _ => None,
        }
    }
}

/// Prints rows; the header is printed even when there are none.
pub fn write_rows(
    rows: &[Row],
    evidence: bool,
    format: RowFormat,
    mut w: impl Write,
) -> io::Result<()> {
    let mut header: Vec<&str> = Row::HEADER.to_vec();
    if evidence {
        header.extend(Row::EVIDENCE_HEADER);
    }
    match format {
        RowFormat::Json => {
            serde_json::to_writer_pretty(&mut w, rows)?;
            w.write_all(b"\n")
        }
        RowFormat::Csv => {
            write_csv_record(&mut w, &header)?;
            for r in rows {
                write_csv_record(&mut w, &r.cells())?;
            }
            Ok(())
        }
        RowFormat::Table => {
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            t.set_header(header);
            for r in rows {
                t.add_row(r.cells().into_iter().map(visible).collect::<Vec<_>>());
            }
            writeln!(w, "{t}")
        }
    }
}

/// Control characters shown escaped, so a name cannot move the terminal
/// cursor or break a table row.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// One CSV record (RFC 4180): fields with a comma, quote or line break are
/// quoted, quotes doubled; records end with CRLF.
pub fn write_csv_record(mut w: impl Write, fields: &[&str]) -> io::Result<()> {
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) || f.starts_with(' ') || f.ends_with(' ') {
            line.push('"');
            line.push_str(&f.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(f);
        }
    }
    line.push_str("\r\n");
    w.write_all(line.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_norm(input: &str, expected: &str) {
        assert_eq!(normalize_name(input), expected, "normalizing {input:?}");
    }

    #[test]
    fn names_normalize() {
        check_norm("The  United States", "united states");
        check_norm("the", "the");
        check_norm("КРЕМЛЬ", "кремль");
        check_norm("Theresa May", "theresa may");
    }

    fn check_distance(a: &str, b: &str, expected: usize) {
        assert_eq!(edit_distance(a, b), expected, "{a:?} vs {b:?}");
    }

    #[test]
    fn edit_distances() {
        check_distance("", "", 0);
        check_distance("tehran", "tehrn", 1);
        check_distance("kitten", "sitting", 3);
        check_distance("кремль", "кремл", 1);
    }

    fn check_csv(fields: &[&str], expected: &str) {
        let mut out = Vec::new();
        write_csv_record(&mut out, fields).ok();
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        check_csv(&["a", "b"], "a,b\r\n");
        check_csv(
            &[r#""Q" <x> \ y"#, "a,b"],
            "\"\"\"Q\"\" <x> \\ y\",\"a,b\"\r\n",
        );
        check_csv(&["line\nbreak", ""], "\"line\nbreak\",\r\n");
    }
}
