//! Extraction of one document: sentences, tokens, mentions, coreference,
//! relations, acts against a state's organ also against the state, and
//! affiliations, assembled into entities and relations with evidence. Extraction never fails: odd input yields fewer relations and a
//! diagnostic, never an error or a panic.

use crate::coref;
use crate::diagnostics::Diagnostic;
use crate::graph::{DocumentInfo, Entity, KnowledgeGraph, Relation};
use crate::index::{CueHit, Index};
use crate::mentions::{self, Mention};
use crate::ontology::{EntityKind, Polarity, Predicate};
use crate::relations::{self, Context, SentenceInput};
use crate::sentences;
use crate::text::Document;
use crate::tokens;
use rustc_hash::{FxHashMap, FxHashSet};

/// What one document yields.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub info: DocumentInfo,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    /// Adds this document's entities and relations to a graph.
    pub fn add_to(self, graph: &mut KnowledgeGraph) {
        graph.add_document(self.info);
        for e in self.entities {
            graph.add_entity(e);
        }
        for r in self.relations {
            graph.add_relation(r);
        }
    }

    /// This document alone, as a graph.
    pub fn into_graph(self) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        self.add_to(&mut g);
        g
    }
}

/// Extracts one document.
pub fn document(doc: &Document, index: &Index) -> Extraction {
    let text = doc.text.as_str();
    let mut diagnostics = Vec::new();
    let sents = sentences::split(text, &index.lexicon);
    // the text in ASCII lower case, for the tokens' lower-case forms to borrow
    let lowered = text.to_ascii_lowercase();
    // the tokens of each sentence (in one buffer for the document, each
    // sentence's a slice of it), and their cues, shared by mentions and relations
    let mut token_buffer: Vec<tokens::Token> = Vec::with_capacity(text.len() / 4 + sents.len());
    let mut token_ends: Vec<usize> = Vec::with_capacity(sents.len());
    for s in &sents {
        tokens::tokenize_lowered_into(text, &lowered, s.span, &mut token_buffer);
        token_ends.push(token_buffer.len());
    }
    let toks: Vec<&[tokens::Token]> = slices(&token_buffer, &token_ends);
    let mut cue_buffer: Vec<CueHit> = Vec::with_capacity(token_buffer.len());
    let mut cue_ends: Vec<usize> = Vec::with_capacity(toks.len());
    for t in &toks {
        index.extend_cue_hits(t, &mut cue_buffer);
        cue_ends.push(cue_buffer.len());
    }
    let cues: Vec<&[CueHit]> = slices(&cue_buffer, &cue_ends);
    // (about one mention for every four tokens: allocated once for most documents)
    let mut mentions: Vec<Mention> = Vec::with_capacity(token_buffer.len() / 3 + 8);
    for ((s, t), c) in sents
        .iter()
        .zip(toks.iter().copied())
        .zip(cues.iter().copied())
    {
        mentions::find_with_cues(text, s.index, s.span, t, c, index, &mut mentions);
    }
    mentions::defined_acronyms(text, &toks, &mut mentions);
    mentions::repeated_names(text, &toks, &mut mentions);
    let resolution = coref::resolve(&mentions, text, index);
    let ids: Vec<String> = resolution
        .entities
        .iter()
        .map(|e| e.entity.id.clone())
        .collect();

    let mut rels: Vec<Relation> = Vec::new();
    let mut ctx = Context::default();
    // each sentence's mentions, in a list of its own made at its final size
    let mut counts = vec![0; sents.len()];
    for m in &mentions {
        if let Some(n) = counts.get_mut(m.sentence) {
            *n += 1;
        }
    }
    let mut by_sentence: Vec<Vec<(usize, &Mention)>> =
        counts.into_iter().map(Vec::with_capacity).collect();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push((i, m));
        }
    }
    for (((s, t), c), ms) in sents
        .iter()
        .zip(toks.iter().copied())
        .zip(cues.iter().copied())
        .zip(by_sentence)
    {
        let input = SentenceInput {
            text,
            doc: &doc.id,
            index: s.index,
            span: s.span,
            tokens: t,
            mentions: ms,
        };
        let found = relations::extract_with_cues(&input, c, &resolution, index, &mut ctx);
        for f in found {
            rels.push(relations::to_relation(f, &ids, relations::evidence(&input)));
        }
    }
    // "Lai condemned the PLA's drills": an act against a state's organ (its army,
    // coast guard, ministry) is against the state too, when the article names it
    // (each organization's state found once, not once per relation)
    let in_article: FxHashSet<&str> = resolution
        .entities
        .iter()
        .map(|x| x.entity.id.as_str())
        .collect();
    let states: FxHashMap<&str, String> = resolution
        .entities
        .iter()
        .filter(|r| r.entity.kind == EntityKind::Organization)
        .filter_map(|r| {
            let state = coref::seed_by_id(index, &r.entity.id).and_then(|seed| seed.country)?;
            in_article
                .contains(state.as_str())
                .then(|| (r.entity.id.as_str(), state.to_string()))
        })
        .collect();
    let state_of = |id: &str| states.get(id).cloned();
    let mut rolled: Vec<Relation> = Vec::new();
    for r in &rels {
        if !matches!(
            r.predicate,
            Predicate::Accuses | Predicate::Opposes | Predicate::WorriesAbout
        ) {
            continue;
        }
        let Some(state) = state_of(&r.object) else {
            continue;
        };
        let subject_state = state_of(&r.subject);
        if state == r.subject.as_str() || subject_state.as_deref() == Some(state.as_str()) {
            continue;
        }
        let mut up = r.clone();
        up.object = state;
        up.rule = "state-of-organ".into();
        rolled.push(up);
    }
    rels.extend(rolled);
    // affiliations: a person's organization or state, from the title, an
    // apposition or the persons gazetteer; and the state of that organization
    // when the article names the state ("CIA Director William Burns" -> CIA, United States)
    let mut extra: Vec<Entity> = Vec::new();
    for r in resolution
        .entities
        .iter()
        .filter(|r| r.entity.kind == EntityKind::Person)
    {
        let Some((aff, sentence)) = &r.affiliation else {
            continue;
        };
        let Some(s) = sents.get(*sentence) else {
            continue;
        };
        let in_doc = |id: &str| resolution.entities.iter().any(|x| x.entity.id == id);
        let mut targets = vec![aff.id.clone()];
        let org_state = aff
            .country
            .clone()
            .or_else(|| coref::seed_by_id(index, &aff.id).and_then(|seed| seed.country));
        if let Some(state) = org_state.filter(|c| in_doc(c)) {
            targets.push(state);
        }
        let input = SentenceInput {
            text,
            doc: &doc.id,
            index: s.index,
            span: s.span,
            tokens: toks[s.index],
            mentions: Vec::new(),
        };
        for target in targets {
            if target == r.entity.id {
                continue;
            }
            if !in_doc(&target) && !extra.iter().any(|x| x.id == target) {
                // a person's organization is a node even when named only in the title
                let Some(seed) = coref::seed_by_id(index, &target) else {
                    continue;
                };
                let mut e = Entity::new(seed.id, seed.label, seed.kind);
                e.wikidata = seed.wikidata.map(String::from);
                extra.push(e);
            }
            rels.push(Relation {
                subject: r.entity.id.clone(),
                predicate: Predicate::AffiliatedWith,
                object: target.into(),
                item: None,
                asserted_by: None,
                polarity: Polarity::Asserted,
                hedged: false,
                reported_with: None,
                trigger: r.entity.role.clone().unwrap_or_default(),
                rule: "affiliation".into(),
                date: None,
                evidence: vec![relations::evidence(&input)],
            });
        }
    }
    // nodes: entities that act or take part in a relation
    let mut used: FxHashSet<&str> = FxHashSet::default();
    for r in &rels {
        used.insert(&r.subject);
        used.insert(&r.object);
        if let Some(a) = &r.asserted_by {
            used.insert(a);
        }
    }
    let entities: Vec<Entity> = resolution
        .entities
        .into_iter()
        .filter(|r| r.acts || used.contains(r.entity.id.as_str()))
        .map(|r| r.entity)
        .chain(extra)
        .collect();
    // every name the gazetteer knows, so that "Kyiv" finds the node the text called "Kiev"
    let mut entities = entities;
    for e in &mut entities {
        for name in index.names_of(&e.id) {
            if name != e.label && !e.aliases.iter().any(|a| a == name) {
                e.aliases.push(name.to_owned());
            }
        }
        e.aliases.sort();
    }
    let kept: FxHashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let before = rels.len();
    rels.retain(|r| kept.contains(r.subject.as_str()) && kept.contains(r.object.as_str()));
    if rels.len() < before {
        diagnostics.push(Diagnostic::info(
            &doc.id,
            format!(
                "{} relations dropped for lack of an entity",
                before - rels.len()
            ),
        ));
    }
    if sents.is_empty() {
        diagnostics.push(Diagnostic::warning(&doc.source, "the document has no text"));
    }
    let info = DocumentInfo {
        id: doc.id.clone(),
        source: doc.source.clone(),
        sentences: sents.len(),
        title: doc.title.clone(),
        url: doc.url.clone(),
        date: doc.date.clone(),
        sha256: doc.content_hash(),
    };
    Extraction {
        info,
        entities,
        relations: rels,
        diagnostics,
    }
}

/// The consecutive pieces of `buffer` that end at `ends`.
fn slices<'b, T>(buffer: &'b [T], ends: &[usize]) -> Vec<&'b [T]> {
    ends.iter()
        .zip(std::iter::once(&0).chain(ends))
        .map(|(&end, &start)| buffer.get(start..end).unwrap_or_default())
        .collect()
}
