//! Explanations for people who extend the lexicons: why an edge of a graph
//! is there, and why an expected edge is not.
//!
//! [`explain_edge`] shows an edge with what made it: its sentences, the
//! trigger, the rule that fired, the claimant, polarity, item and date.
//! [`why_not`] runs extraction on one article and reports, for an expected
//! (subject, predicate, object), whether both entities were found and as
//! what, the sentences where both are mentioned, which triggers of the
//! predicate those sentences contain, and what was extracted from them
//! instead. It is a diagnosis to start from, not a proof: it does not replay
//! the rules, and it never changes what extraction does.

use crate::coref;
use crate::eval::normalize_name;
use crate::extract;
use crate::graph::{Entity, KnowledgeGraph, Relation};
use crate::index::Index;
use crate::lexicon::{Frame, TriggerKind};
use crate::mentions::{self, Mention};
use crate::ontology::{EntityKind, Polarity, Predicate};
use crate::sentences;
use crate::text::{Document, Span};
use crate::tokens;
use std::collections::BTreeSet;
use std::fmt;

/// Which edges to explain; `None` matches any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeFilter {
    /// An id, label or alias of the subject (case and a leading "the" ignored).
    pub subject: Option<String>,
    pub predicate: Option<Predicate>,
    /// An id, label or alias of the object.
    pub object: Option<String>,
}

/// Whether `name` is the id, label or an alias of the entity `id` of `graph`.
fn names_entity(graph: &KnowledgeGraph, id: &str, name: &str) -> bool {
    let wanted = normalize_name(name);
    if normalize_name(id) == wanted || mentions::slug(name) == id {
        return true;
    }
    graph
        .entity(id)
        .is_some_and(|e| e.names().any(|n| normalize_name(n) == wanted))
}

/// The edges of `graph` that `filter` selects, in the graph's sorted order.
pub fn select_edges<'g>(graph: &'g KnowledgeGraph, filter: &EdgeFilter) -> Vec<&'g Relation> {
    graph
        .relations()
        .filter(|r| filter.predicate.is_none_or(|p| p == r.predicate))
        .filter(|r| {
            filter
                .subject
                .as_deref()
                .is_none_or(|n| names_entity(graph, &r.subject, n))
        })
        .filter(|r| {
            filter
                .object
                .as_deref()
                .is_none_or(|n| names_entity(graph, &r.object, n))
        })
        .collect()
}

/// An edge with what made it, ready to print.
#[derive(Debug, Clone, Copy)]
pub struct EdgeExplanation<'g> {
    pub graph: &'g KnowledgeGraph,
    pub relation: &'g Relation,
}

/// Explains one edge of `graph`.
pub fn explain_edge<'g>(graph: &'g KnowledgeGraph, relation: &'g Relation) -> EdgeExplanation<'g> {
    EdgeExplanation { graph, relation }
}

/// `Label (id)`, or the bare id when the graph does not know it.
fn entity_name(graph: &KnowledgeGraph, id: &str) -> String {
    match graph.entity(id) {
        Some(e) if e.label != e.id => format!("{} ({})", e.label, e.id),
        _ => id.to_owned(),
    }
}

impl fmt::Display for EdgeExplanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (g, r) = (self.graph, self.relation);
        writeln!(
            f,
            "{} --{}--> {}",
            entity_name(g, &r.subject),
            r.predicate,
            entity_name(g, &r.object)
        )?;
        match &r.asserted_by {
            Some(c) => write!(f, "  claimed by {}", entity_name(g, c))?,
            None => f.write_str("  stated by the text itself")?,
        }
        write!(f, ", {}", r.polarity)?;
        if r.hedged {
            f.write_str(", hedged")?;
        }
        if let Some(v) = &r.reported_with {
            write!(f, ", reported with \"{v}\"")?;
        }
        writeln!(f)?;
        let what: Vec<String> = [("item", &r.item), ("date", &r.date)]
            .into_iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {v}")))
            .collect();
        if !what.is_empty() {
            writeln!(f, "  {}", what.join(", "))?;
        }
        let trigger = if r.trigger.is_empty() {
            String::from("none")
        } else {
            format!("\"{}\"", r.trigger)
        };
        let rule = if r.rule.is_empty() {
            "unknown"
        } else {
            r.rule.as_str()
        };
        writeln!(f, "  rule: {rule}, trigger: {trigger}")?;
        for ev in &r.evidence {
            writeln!(
                f,
                "  {}, sentence {} (bytes {}-{}): {}",
                ev.doc,
                ev.sentence,
                ev.start,
                ev.end,
                one_line(&ev.text)
            )?;
        }
        Ok(())
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What became of a name asked about in [`why_not`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The article mentions the entity.
    Mentioned {
        entity: Entity,
        /// Whether the entity is a node of the article's graph (an entity that
        /// never acts and takes part in no relation is not).
        node: bool,
        /// Each mention: its sentence and its text.
        mentions: Vec<(usize, String)>,
    },
    /// The gazetteer knows the name, but the article never mentions the entity.
    NotMentioned {
        id: String,
        label: String,
        kind: EntityKind,
    },
    /// Neither the article nor the gazetteer knows the name.
    Unknown,
}

/// One end of the expected relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct End {
    /// The name as asked.
    pub query: String,
    pub found: Found,
}

impl End {
    fn id(&self) -> Option<&str> {
        match &self.found {
            Found::Mentioned { entity, .. } => Some(&entity.id),
            _ => None,
        }
    }

    fn sentences(&self) -> BTreeSet<usize> {
        match &self.found {
            Found::Mentioned { mentions, .. } => mentions.iter().map(|(s, _)| *s).collect(),
            _ => BTreeSet::new(),
        }
    }
}

/// A trigger word found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerSeen {
    /// The words as the sentence has them.
    pub text: String,
    /// The form of `lexicon/triggers.tsv` it matched.
    pub form: String,
    pub predicate: Predicate,
    pub kind: TriggerKind,
    pub frame: Frame,
}

/// A sentence that mentions both ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedSentence {
    pub index: usize,
    pub text: String,
    /// Every trigger of the lexicon in the sentence, of any predicate.
    pub triggers: Vec<TriggerSeen>,
    /// What extraction made of the sentence.
    pub extracted: Vec<Relation>,
}

/// Why an expected relation is, or is not, in an article's graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhyNot {
    pub document: String,
    pub subject: End,
    pub predicate: Predicate,
    pub object: End,
    /// Edges with this subject, predicate and object that extraction did
    /// produce (any claimant or polarity; both ways for a symmetric predicate).
    pub extracted: Vec<Relation>,
    /// Sentences that mention both ends, in order.
    pub shared: Vec<SharedSentence>,
}

/// Runs extraction on `doc` and diagnoses why `subject predicate object`
/// is not among what it found.
pub fn why_not(
    doc: &Document,
    index: &Index,
    subject: &str,
    predicate: Predicate,
    object: &str,
) -> WhyNot {
    let text = doc.text.as_str();
    let sents = sentences::split(text, &index.lexicon);
    let toks: Vec<Vec<tokens::Token>> = sents
        .iter()
        .map(|s| tokens::tokenize(text, s.span))
        .collect();
    let mut found: Vec<Mention> = Vec::new();
    for (s, t) in sents.iter().zip(&toks) {
        found.extend(mentions::find(text, s.index, s.span, t, index));
    }
    let resolution = coref::resolve(&found, text, index);
    let extraction = extract::document(doc, index);
    let nodes: BTreeSet<&str> = extraction.entities.iter().map(|e| e.id.as_str()).collect();

    let locate = |query: &str| -> End {
        let wanted = normalize_name(query);
        let slug = mentions::slug(query);
        let mentions_of = |e: usize| -> Vec<(usize, String)> {
            found
                .iter()
                .enumerate()
                .filter(|(i, _)| resolution.of_mention.get(*i).copied().flatten() == Some(e))
                .map(|(_, m)| (m.sentence, m.span.slice(text).to_owned()))
                .collect()
        };
        let named = |i: usize| {
            let e = &resolution.entities[i].entity;
            e.id == slug
                || e.names().any(|n| normalize_name(n) == wanted)
                || mentions_of(i)
                    .iter()
                    .any(|(_, t)| normalize_name(t) == wanted)
        };
        let known = gazetteer_entry(index, &wanted, &slug);
        let hit = (0..resolution.entities.len())
            .find(|&i| named(i))
            .or_else(|| {
                known.as_ref().and_then(|(id, ..)| {
                    resolution.entities.iter().position(|r| &r.entity.id == id)
                })
            });
        let found = match (hit, known) {
            (Some(i), _) => {
                let entity = resolution.entities[i].entity.clone();
                Found::Mentioned {
                    node: nodes.contains(entity.id.as_str()),
                    entity,
                    mentions: mentions_of(i),
                }
            }
            (None, Some((id, label, kind))) => Found::NotMentioned { id, label, kind },
            (None, None) => Found::Unknown,
        };
        End {
            query: query.to_owned(),
            found,
        }
    };
    let subject = locate(subject);
    let object = locate(object);

    let extracted: Vec<Relation> = match (subject.id(), object.id()) {
        (Some(s), Some(o)) => extraction
            .relations
            .iter()
            .filter(|r| r.predicate == predicate)
            .filter(|r| {
                (r.subject == s && r.object == o)
                    || (predicate.is_symmetric() && r.subject == o && r.object == s)
            })
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    let both: BTreeSet<usize> = subject
        .sentences()
        .intersection(&object.sentences())
        .copied()
        .collect();
    let shared = both
        .into_iter()
        .filter_map(|i| {
            let s = sents.get(i)?;
            let t = toks.get(i)?;
            let triggers = index
                .triggers
                .find_all(t)
                .into_iter()
                .flat_map(|(first, n, values)| {
                    let span = Span::new(t[first].span.start, t[first + n - 1].span.end);
                    values.iter().map(move |&v| (span, v))
                })
                .map(|(span, v)| {
                    let tr = index.trigger(v);
                    TriggerSeen {
                        text: span.slice(text).to_owned(),
                        form: tr.form.clone(),
                        predicate: tr.predicate,
                        kind: tr.kind,
                        frame: tr.frame,
                    }
                })
                .collect();
            let extracted = extraction
                .relations
                .iter()
                .filter(|r| r.evidence.iter().any(|e| e.sentence == i))
                .cloned()
                .collect();
            Some(SharedSentence {
                index: i,
                text: s.span.slice(text).to_owned(),
                triggers,
                extracted,
            })
        })
        .collect();
    WhyNot {
        document: doc.id.clone(),
        subject,
        predicate,
        object,
        extracted,
        shared,
    }
}

/// A gazetteer entry one of whose names is `wanted` (normalized) or whose id is `slug`.
fn gazetteer_entry(
    index: &Index,
    wanted: &str,
    slug: &str,
) -> Option<(String, String, EntityKind)> {
    let is = |n: &String| normalize_name(n) == wanted;
    let lex = &index.lexicon;
    let country = lex.countries.iter().find(|c| {
        c.id == slug
            || is(&c.label)
            || c.aliases
                .iter()
                .chain(&c.capitals)
                .chain(&c.demonyms)
                .chain(&c.metonyms)
                .any(is)
    });
    if let Some(c) = country {
        return Some((c.id.clone(), c.label.clone(), EntityKind::Country));
    }
    lex.organizations
        .iter()
        .find(|o| o.id == slug || is(&o.label) || o.aliases.iter().any(is))
        .map(|o| (o.id.clone(), o.label.clone(), o.kind))
}

/// The name of a frame as `lexicon/triggers.tsv` writes it.
pub fn frame_name(frame: Frame) -> &'static str {
    frame.name()
}

/// The name of a trigger kind as `lexicon/triggers.tsv` writes it.
pub const fn trigger_kind_name(kind: TriggerKind) -> &'static str {
    match kind {
        TriggerKind::Verb => "verb",
        TriggerKind::Noun => "noun",
        TriggerKind::Adj => "adj",
    }
}

/// One extracted relation on one line: `s --p--> o [claimed by c, denied] (rule r, trigger "t")`.
fn relation_line(r: &Relation) -> String {
    let mut s = format!("{} --{}--> {}", r.subject, r.predicate, r.object);
    let mut notes = Vec::new();
    if let Some(c) = &r.asserted_by {
        notes.push(format!("claimed by {c}"));
    }
    if r.polarity == Polarity::Denied {
        notes.push("denied".to_owned());
    }
    if let Some(item) = &r.item {
        notes.push(format!("item {item}"));
    }
    if !notes.is_empty() {
        s.push_str(&format!(" [{}]", notes.join(", ")));
    }
    s.push_str(&format!(" (rule {}, trigger \"{}\")", r.rule, r.trigger));
    s
}

impl fmt::Display for End {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\": ", self.query)?;
        match &self.found {
            Found::Mentioned { entity, node, mentions } => {
                write!(f, "found as {} {} ({})", entity.kind, entity.id, entity.label)?;
                if !node {
                    f.write_str(", but not a node of the graph: it neither acts nor takes part in a relation")?;
                }
                let list: Vec<String> = mentions.iter().map(|(s, t)| format!("{s} \"{}\"", one_line(t))).collect();
                write!(f, "\n    mentioned in sentence {}", list.join(", "))
            }
            Found::NotMentioned { id, label, kind } => write!(
                f,
                "the gazetteer knows it as {kind} {id} ({label}), but no mention of it was found in the article: \
                 is it named there in a form the gazetteer lacks (add an alias to ontology/gazetteer/)?"
            ),
            Found::Unknown => f.write_str(
                "not found in the article, and the gazetteer has no such name: add it to ontology/gazetteer/ \
                 (a person is found through a title of titles.tsv or a given name of given-names.tsv)",
            ),
        }
    }
}

impl fmt::Display for WhyNot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.predicate;
        writeln!(
            f,
            "why not {} --{p}--> {} in {}?",
            self.subject.query, self.object.query, self.document
        )?;
        writeln!(f, "  subject {}", self.subject)?;
        writeln!(f, "  object  {}", self.object)?;
        if !self.extracted.is_empty() {
            writeln!(f, "  extracted after all:")?;
            for r in &self.extracted {
                let sentences: Vec<String> =
                    r.evidence.iter().map(|e| e.sentence.to_string()).collect();
                writeln!(
                    f,
                    "    {} in sentence {}",
                    relation_line(r),
                    sentences.join(", ")
                )?;
            }
        }
        if self.subject.id().is_none() || self.object.id().is_none() {
            return Ok(());
        }
        if self.shared.is_empty() {
            return writeln!(
                f,
                "  no sentence mentions both: relations are read within one sentence (a pronoun or a role noun \
                 counts as a mention when coreference resolves it)"
            );
        }
        let listed: Vec<String> = self.shared.iter().map(|s| s.index.to_string()).collect();
        writeln!(f, "  sentences that mention both: {}", listed.join(", "))?;
        let mut any_trigger = false;
        for s in &self.shared {
            writeln!(f, "  sentence {}: {}", s.index, one_line(&s.text))?;
            let (own, other): (Vec<&TriggerSeen>, Vec<&TriggerSeen>) =
                s.triggers.iter().partition(|t| t.predicate == p);
            any_trigger |= !own.is_empty();
            let show = |t: &TriggerSeen, with_predicate: bool| {
                let what = if with_predicate {
                    format!("{}, ", t.predicate)
                } else {
                    String::new()
                };
                format!(
                    "\"{}\" ({what}{} {}, form \"{}\")",
                    t.text,
                    trigger_kind_name(t.kind),
                    frame_name(t.frame),
                    t.form
                )
            };
            if own.is_empty() {
                writeln!(f, "    no trigger of {p}")?;
            } else {
                let list: Vec<String> = own.iter().map(|t| show(t, false)).collect();
                writeln!(f, "    triggers of {p}: {}", list.join(", "))?;
            }
            if !other.is_empty() {
                let list: Vec<String> = other.iter().map(|t| show(t, true)).collect();
                writeln!(f, "    other triggers: {}", list.join(", "))?;
            }
            if s.extracted.is_empty() {
                writeln!(f, "    nothing extracted from it")?;
            } else {
                for r in &s.extracted {
                    writeln!(f, "    extracted: {}", relation_line(r))?;
                }
            }
        }
        if self.extracted.is_empty() {
            if p == Predicate::AffiliatedWith {
                writeln!(
                    f,
                    "  hint: affiliated-with is read from a person's title (the affiliation column of \
                     ontology/gazetteer/titles.tsv) and from the country column of ontology/gazetteer/organizations.tsv, \
                     not from triggers"
                )?;
            } else if any_trigger {
                writeln!(
                    f,
                    "  hint: a trigger of {p} is there, but its frame did not find these two as its arguments; \
                     see how the frame looks for them in ontology/README.md"
                )?;
            } else {
                writeln!(f, "  hint: no sentence with both has a trigger of {p}: add the word that signals it to ontology/lexicon/triggers.tsv")?;
            }
        }
        Ok(())
    }
}
