//! The lexicon compiled for matching: one Aho-Corasick automaton over every
//! name of the gazetteer, phrase sets over the lexicons, and the gazetteer's
//! entries by id. Built once and shared by every document; building it is
//! the only start-up cost.
//!
//! This module does not decide what a match means; [`crate::mentions`] and
//! [`crate::relations`] do.

use crate::lexicon::{CountryEntry, CueKind, Lexicon, LexiconError, OrgEntry, Trigger};
use crate::ontology::EntityKind;
use crate::tokens::PhraseSet;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

/// How a gazetteer name refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameForm {
    /// The label or an alias: "Iran", "the Islamic Republic".
    Name,
    /// A capital: "Tehran".
    Capital,
    /// A demonym: "Iranian", "Iranians".
    Demonym,
    /// A seat of government: "the Kremlin".
    Metonym,
}

/// What one gazetteer pattern stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    /// Index into `Lexicon::countries` (kind Country), `Lexicon::persons` (Person) or `Lexicon::organizations`.
    pub entry: usize,
    pub kind: EntityKind,
    pub form: NameForm,
    /// The pattern as written in the gazetteer.
    pub pattern: String,
}

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub struct Index {
    pub lexicon: Lexicon,
    names: AhoCorasick,
    name_entries: Vec<NameEntry>,
    pub titles: AhoCorasick,
    pub title_entries: Vec<usize>,
    pub triggers: PhraseSet<usize>,
    pub cues: PhraseSet<CueKind>,
    pub items: PhraseSet<String>,
    /// The first state, organization and person of each id, by id.
    countries_by_id: FxHashMap<String, usize>,
    organizations_by_id: FxHashMap<String, usize>,
    persons_by_id: FxHashMap<String, usize>,
}

/// The position of the first entry of each id.
fn first_by_id<'a>(ids: impl Iterator<Item = &'a String>) -> FxHashMap<String, usize> {
    let mut map = FxHashMap::default();
    for (i, id) in ids.enumerate() {
        map.entry(id.clone()).or_insert(i);
    }
    map
}

impl Index {
    /// Compiles a lexicon.
    pub fn new(lexicon: Lexicon) -> Result<Index, LexiconError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut name_entries = Vec::new();
        let mut add = |pattern: &str, entry: usize, kind: EntityKind, form: NameForm| {
            if pattern.trim().is_empty() {
                return;
            }
            patterns.push(pattern.to_owned());
            name_entries.push(NameEntry {
                entry,
                kind,
                form,
                pattern: pattern.to_owned(),
            });
        };
        for (i, c) in lexicon.countries.iter().enumerate() {
            add(&c.label, i, EntityKind::Country, NameForm::Name);
            for a in &c.aliases {
                add(a, i, EntityKind::Country, NameForm::Name);
            }
            for a in &c.capitals {
                add(a, i, EntityKind::Country, NameForm::Capital);
            }
            for a in &c.demonyms {
                add(a, i, EntityKind::Country, NameForm::Demonym);
            }
            for a in &c.metonyms {
                add(a, i, EntityKind::Country, NameForm::Metonym);
            }
        }
        for (i, p) in lexicon.persons.iter().enumerate() {
            add(&p.label, i, EntityKind::Person, NameForm::Name);
            for a in &p.aliases {
                add(a, i, EntityKind::Person, NameForm::Name);
            }
        }
        for (i, o) in lexicon.organizations.iter().enumerate() {
            add(&o.label, i, o.kind, NameForm::Name);
            for a in &o.aliases {
                add(a, i, o.kind, NameForm::Name);
            }
        }
        let names = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&patterns)
            .map_err(|e| LexiconError::Syntax {
                file: "gazetteer".into(),
                line: 0,
                message: e.to_string(),
            })?;
        let titles = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(lexicon.titles.iter().map(|t| t.title.as_str()))
            .map_err(|e| LexiconError::Syntax {
                file: "gazetteer/titles.tsv".into(),
                line: 0,
                message: e.to_string(),
            })?;
        let title_entries = (0..lexicon.titles.len()).collect();
        let mut triggers = PhraseSet::default();
        for (i, t) in lexicon.triggers.iter().enumerate() {
            triggers.insert(&t.form, i);
        }
        let mut cues = PhraseSet::default();
        for (cue, kinds) in &lexicon.cues {
            for k in kinds {
                cues.insert(cue, *k);
            }
        }
        let mut items = PhraseSet::default();
        for (item, class) in &lexicon.items {
            items.insert(item, class.clone());
        }
        let countries_by_id = first_by_id(lexicon.countries.iter().map(|c| &c.id));
        let organizations_by_id = first_by_id(lexicon.organizations.iter().map(|o| &o.id));
        let persons_by_id = first_by_id(lexicon.persons.iter().map(|p| &p.id));
        Ok(Index {
            lexicon,
            countries_by_id,
            organizations_by_id,
            persons_by_id,
            names,
            name_entries,
            titles,
            title_entries,
            triggers,
            cues,
            items,
        })
    }

    /// The embedded lexicon, compiled.
    pub fn embedded() -> Result<Index, LexiconError> {
        Index::new(Lexicon::embedded()?)
    }

    /// Every gazetteer name in `text`, leftmost-longest, on word boundaries,
    /// with capitalization respected: a capitalized word of the pattern must be
    /// capitalized in the text, and an all-capitals pattern ("US") must match exactly.
    pub fn find_names<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (crate::text::Span, &'a NameEntry)> + 'a {
        self.names.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric())
                || after.is_some_and(|c| c.is_alphanumeric())
            {
                return None;
            }
            // "U.S" must not match inside "U.S.A" etc: handled by longest; a trailing dot is fine
            let entry = &self.name_entries[m.pattern().as_usize()];
            if !capitalization_matches(&entry.pattern, &text[s..e]) {
                return None;
            }
            Some((crate::text::Span::new(s, e), entry))
        })
    }

    /// The position in `Lexicon::countries` of the first state with this id.
    pub fn country_index(&self, id: &str) -> Option<usize> {
        self.countries_by_id.get(id).copied()
    }

    /// The position in `Lexicon::organizations` of the first organization with this id.
    pub fn organization_index(&self, id: &str) -> Option<usize> {
        self.organizations_by_id.get(id).copied()
    }

    /// The first state of the gazetteer with this id.
    pub fn country(&self, id: &str) -> Option<&CountryEntry> {
        self.country_index(id).map(|i| &self.lexicon.countries[i])
    }

    /// The first organization of the gazetteer with this id.
    pub fn organization(&self, id: &str) -> Option<&OrgEntry> {
        self.organization_index(id)
            .map(|i| &self.lexicon.organizations[i])
    }

    /// Every name the gazetteer knows for an entity id, as
    /// [`Lexicon::names_of`], found without a scan of the gazetteer.
    pub fn names_of(&self, id: &str) -> Vec<&str> {
        if let Some(c) = self.country(id) {
            let names = std::iter::once(&c.label)
                .chain(&c.aliases)
                .chain(&c.capitals)
                .chain(&c.metonyms);
            return names.map(String::as_str).collect();
        }
        if let Some(o) = self.organization(id) {
            return std::iter::once(&o.label)
                .chain(&o.aliases)
                .map(String::as_str)
                .collect();
        }
        if let Some(p) = self
            .persons_by_id
            .get(id)
            .map(|&i| &self.lexicon.persons[i])
        {
            return std::iter::once(&p.label)
                .chain(&p.aliases)
                .map(String::as_str)
                .collect();
        }
        Vec::new()
    }

    pub fn trigger(&self, i: usize) -> &Trigger {
        &self.lexicon.triggers[i]
    }
}

/// Whether `found` has the capitals `pattern` asks for.
pub fn capitalization_matches(pattern: &str, found: &str) -> bool {
    let (mut letters, mut capitals) = (0, 0);
    for c in pattern.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        capitals += usize::from(c.is_uppercase());
    }
    if letters >= 2 && capitals == letters {
        return pattern == found;
    }
    pattern
        .split_whitespace()
        .zip(found.split_whitespace())
        .all(|(p, f)| {
            let pc = p.chars().next();
            let fc = f.chars().next();
            match (pc, fc) {
                (Some(p), Some(f)) if p.is_uppercase() => f.is_uppercase(),
                _ => true,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalization() {
        assert!(capitalization_matches("Turkey", "Turkey"));
        assert!(!capitalization_matches("Turkey", "turkey"));
        assert!(!capitalization_matches("US", "us"));
        assert!(capitalization_matches("western allies", "Western allies"));
    }
}
