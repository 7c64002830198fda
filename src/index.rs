//! The lexicon compiled for matching: one Aho-Corasick automaton over every
//! name of the gazetteer and one over every title, each tried only at the
//! words some pattern begins with, phrase sets over the lexicons, the
//! gazetteer's entries by id, and the seed of each entry, whose strings every
//! mention of it shares. Built once and shared by every document; building it is
//! the only start-up cost.
//!
//! This module does not decide what a match means; [`crate::mentions`] and
//! [`crate::relations`] do.

use crate::lexicon::{
    CountryEntry, CueKind, Gender, Lexicon, LexiconError, OrgEntry, PersonEntry, Trigger,
};
use crate::mentions::{Seed, Shared};
use crate::ontology::EntityKind;
use crate::tokens::{PhraseSet, Token, WordFilter, WordMap};
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, Match, MatchKind, PatternID,
    StartKind,
};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::hash_map::Entry;

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

/// The longest cue of `lexicon/cues.tsv` that starts at a token: its length
/// in tokens and its kinds.
pub type CueHit<'a> = Option<(usize, &'a [CueKind])>;

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub struct Index {
    pub lexicon: Lexicon,
    names: WordAutomaton,
    name_entries: Vec<NameEntry>,
    /// The capitals each name pattern asks for, by pattern.
    name_capitals: Vec<Capitals>,
    titles: WordAutomaton,
    pub title_entries: Vec<usize>,
    /// The words of each title of a minister, envoy, spokesperson or military
    /// or intelligence officer (not of a head of state or government), as written.
    pub office_titles: Vec<Vec<String>>,
    /// The words of each title of a head of state or government that names no
    /// body of its own ("President", not "NATO Secretary-General").
    pub head_titles: Vec<Vec<String>>,
    pub triggers: PhraseSet<usize>,
    pub cues: PhraseSet<CueKind>,
    pub items: PhraseSet<String>,
    /// `Lexicon::given_names`, found by a token's slot.
    given_names: WordMap<Option<Gender>>,
    /// The first state, organization and person of each id, by id.
    countries_by_id: FxHashMap<String, usize>,
    organizations_by_id: FxHashMap<String, usize>,
    persons_by_id: FxHashMap<String, usize>,
    /// The first person of each label, by label.
    persons_by_label: FxHashMap<String, usize>,
    /// The seed of each state, person and organization, by position in the lexicon.
    country_seeds: Vec<Seed>,
    person_seeds: Vec<Seed>,
    organization_seeds: Vec<Seed>,
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
        let name_capitals = patterns.iter().map(|p| Capitals::of(p)).collect();
        let names = WordAutomaton::new(&patterns).map_err(|message| LexiconError::Syntax {
            file: "gazetteer".into(),
            line: 0,
            message,
        })?;
        let title_patterns: Vec<&str> = lexicon.titles.iter().map(|t| t.title.as_str()).collect();
        let titles =
            WordAutomaton::new(&title_patterns).map_err(|message| LexiconError::Syntax {
                file: "gazetteer/titles.tsv".into(),
                line: 0,
                message,
            })?;
        let title_entries = (0..lexicon.titles.len()).collect();
        let office_titles = lexicon
            .titles
            .iter()
            .filter(|t| {
                t.role.as_deref().is_some_and(|r| {
                    matches!(
                        r,
                        "minister" | "spokesperson" | "diplomat" | "military" | "intelligence"
                    )
                })
            })
            .map(|t| t.title.split_whitespace().map(String::from).collect())
            .collect();
        let head_titles = lexicon
            .titles
            .iter()
            // (a "Leader" may lead a party or an armed group)
            .filter(|t| {
                t.role.as_deref() == Some("head")
                    && t.affiliation.is_none()
                    && !t.title.to_lowercase().contains("leader")
            })
            .map(|t| t.title.split_whitespace().map(String::from).collect())
            .collect();
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
        let mut given_names = WordMap::default();
        for (name, gender) in &lexicon.given_names {
            given_names.get_or_insert_with(name, || *gender);
        }
        let countries_by_id = first_by_id(lexicon.countries.iter().map(|c| &c.id));
        let organizations_by_id = first_by_id(lexicon.organizations.iter().map(|o| &o.id));
        let persons_by_id = first_by_id(lexicon.persons.iter().map(|p| &p.id));
        let persons_by_label = first_by_id(lexicon.persons.iter().map(|p| &p.label));
        let country_seeds = lexicon
            .countries
            .iter()
            .map(|c| Seed {
                id: (&c.id).into(),
                label: (&c.label).into(),
                kind: EntityKind::Country,
                wikidata: c.wikidata.as_ref().map(Shared::from),
                country: None,
            })
            .collect();
        let person_seeds = lexicon
            .persons
            .iter()
            .map(|p| Seed {
                id: (&p.id).into(),
                label: (&p.label).into(),
                kind: EntityKind::Person,
                wikidata: p.wikidata.as_ref().map(Shared::from),
                country: p.affiliation.as_ref().map(Shared::from),
            })
            .collect();
        let organization_seeds = lexicon
            .organizations
            .iter()
            .map(|o| Seed {
                id: (&o.id).into(),
                label: (&o.label).into(),
                kind: o.kind,
                wikidata: o.wikidata.as_ref().map(Shared::from),
                country: o.country.as_ref().map(Shared::from),
            })
            .collect();
        Ok(Index {
            country_seeds,
            person_seeds,
            organization_seeds,
            lexicon,
            countries_by_id,
            organizations_by_id,
            persons_by_id,
            persons_by_label,
            names,
            name_entries,
            name_capitals,
            titles,
            title_entries,
            office_titles,
            head_titles,
            triggers,
            cues,
            items,
            given_names,
        })
    }

    /// The embedded lexicon, compiled.
    pub fn embedded() -> Result<Index, LexiconError> {
        Index::new(Lexicon::embedded()?)
    }

    /// Every gazetteer name that starts at a word of `tokens` and ends by
    /// `end`, leftmost-longest, on word boundaries, with capitalization
    /// respected: a capitalized word of the pattern must be capitalized in the
    /// text, and an all-capitals pattern ("US") must match exactly. Spans are
    /// in `text`, which `tokens` were cut from.
    pub fn find_names<'a>(
        &'a self,
        text: &str,
        tokens: &[Token],
        end: usize,
    ) -> Vec<(crate::text::Span, &'a NameEntry)> {
        let mut out = Vec::new();
        self.for_each_name(text, tokens, end, |span, entry| out.push((span, entry)));
        out
    }

    /// Calls `found` with each name [`Index::find_names`] reports, in order.
    pub fn for_each_name<'a>(
        &'a self,
        text: &str,
        tokens: &[Token],
        end: usize,
        mut found: impl FnMut(crate::text::Span, &'a NameEntry),
    ) {
        self.names.find_in_tokens(text, tokens, end, |m| {
            let (s, e) = (m.start(), m.end());
            if !on_word_boundaries(text, s, e) {
                return false;
            }
            let entry = &self.name_entries[m.pattern().as_usize()];
            let capitals = self.name_capitals[m.pattern().as_usize()];
            let fits = capitals.matches(&entry.pattern, &text[s..e]);
            if fits {
                found(crate::text::Span::new(s, e), entry);
            }
            fits
        });
    }

    /// Every title of the gazetteer that starts at a word of `tokens` and
    /// ends by `end`, leftmost-longest, on word boundaries, in any case: each
    /// span in `text` with the position of its title in `Lexicon::titles`.
    pub fn find_titles(
        &self,
        text: &str,
        tokens: &[Token],
        end: usize,
    ) -> Vec<(crate::text::Span, usize)> {
        let mut out = Vec::new();
        self.titles.find_in_tokens(text, tokens, end, |m| {
            if on_word_boundaries(text, m.start(), m.end()) {
                out.push((
                    crate::text::Span::new(m.start(), m.end()),
                    m.pattern().as_usize(),
                ));
            }
            true
        });
        out
    }

    /// The seed of an entry of the lexicon: of `Lexicon::countries` (kind
    /// Country), `Lexicon::persons` (Person) or `Lexicon::organizations`.
    /// Its strings are shared with every other copy.
    pub fn seed(&self, kind: EntityKind, entry: usize) -> Seed {
        let seeds = match kind {
            EntityKind::Country => &self.country_seeds,
            EntityKind::Person => &self.person_seeds,
            _ => &self.organization_seeds,
        };
        seeds[entry].clone()
    }

    /// The seed of the first state or, failing that, organization with this id.
    pub fn seed_by_id(&self, id: &str) -> Option<Seed> {
        if let Some(i) = self.country_index(id) {
            return Some(self.country_seeds[i].clone());
        }
        self.organization_index(id)
            .map(|i| self.organization_seeds[i].clone())
    }

    /// The position in `Lexicon::countries` of the first state with this id.
    pub fn country_index(&self, id: &str) -> Option<usize> {
        self.countries_by_id.get(id).copied()
    }

    /// The position in `Lexicon::organizations` of the first organization with this id.
    pub fn organization_index(&self, id: &str) -> Option<usize> {
        self.organizations_by_id.get(id).copied()
    }

    /// The first person of the gazetteer with this label.
    pub fn person_by_label(&self, label: &str) -> Option<&PersonEntry> {
        self.persons_by_label
            .get(label)
            .map(|&i| &self.lexicon.persons[i])
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

    /// The longest cue starting at each token of a sentence, looked up once
    /// for both [`crate::mentions`] and [`crate::relations`].
    pub fn cue_hits(&self, tokens: &[Token]) -> Vec<CueHit<'_>> {
        let mut out = Vec::with_capacity(tokens.len());
        self.extend_cue_hits(tokens, &mut out);
        out
    }

    /// Like [`Index::cue_hits`], appended to `out`.
    pub fn extend_cue_hits<'a>(&'a self, tokens: &[Token], out: &mut Vec<CueHit<'a>>) {
        out.extend((0..tokens.len()).map(|i| self.cues.longest_at(tokens, i)));
    }

    /// A token's word among the given names, as [`Lexicon::given_name`]
    /// has it: found by the token's slot when the word is ASCII (and so its
    /// own lower case), without lower-casing or hashing it.
    pub fn given_name(&self, token: &Token) -> Option<Option<Gender>> {
        if token.is_plain_word() || token.lower.is_ascii() {
            self.given_names.get_token(token).copied()
        } else {
            self.lexicon.given_name(&token.lower)
        }
    }

    pub fn trigger(&self, i: usize) -> &Trigger {
        &self.lexicon.triggers[i]
    }
}

/// An Aho-Corasick automaton run only where a word starts whose lower-case
/// form is the first word of some pattern, anchored there. News text is
/// mostly words no name begins with, so this touches the (large) automaton
/// at a few positions per sentence instead of at every byte. A word is a
/// run of alphanumeric characters; a pattern that begins with another
/// character is tried wherever that character occurs.
#[derive(Debug, Clone)]
struct WordAutomaton {
    automaton: AhoCorasick,
    /// The lower-case first word of every pattern, with what may follow it.
    first_words: WordMap<First>,
    /// The same words, for a quick test of a word that is no token.
    first_filter: WordFilter,
    /// The longest first word, in bytes.
    longest_first: usize,
    /// The first characters of patterns that begin with no word.
    other_starts: Vec<char>,
}

impl WordAutomaton {
    fn new<P: AsRef<str>>(patterns: &[P]) -> Result<WordAutomaton, String> {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(patterns.iter().map(|p| p.as_ref()))
            .map_err(|e| e.to_string())?;
        let mut first_words: FxHashMap<String, Follow> = FxHashMap::default();
        // the ASCII words that are whole patterns by themselves
        let mut whole_words: FxHashSet<String> = FxHashSet::default();
        let mut other_starts = Vec::new();
        for p in patterns {
            let p = p.as_ref();
            let word = &p[..p.find(|c: char| !c.is_alphanumeric()).unwrap_or(p.len())];
            if word.is_empty() {
                if let Some(c) = p.chars().next() {
                    if !other_starts.contains(&c) {
                        other_starts.push(c);
                    }
                }
                continue;
            }
            let follow = match p.as_bytes()[word.len()..].split_first() {
                Some((b' ', after)) if word.is_ascii() && !after.is_empty() => {
                    Follow::Space(vec![Start::of(after)])
                }
                _ => Follow::Any,
            };
            if word.len() == p.len() && word.is_ascii() {
                whole_words.insert(word.to_ascii_lowercase());
            }
            match first_words.entry(word.to_lowercase()) {
                Entry::Vacant(e) => {
                    e.insert(follow);
                }
                Entry::Occupied(mut e) => e.get_mut().add(follow),
            }
        }
        // "Ira" would match at "Iran" whatever follows it
        for (word, follow) in &mut first_words {
            if (1..word.len()).any(|k| word.get(..k).is_some_and(|w| whole_words.contains(w))) {
                *follow = Follow::Any;
            }
        }
        let longest_first = first_words.keys().map(String::len).max().unwrap_or(0);
        let mut first_filter = WordFilter::default();
        for w in first_words.keys() {
            first_filter.insert(w);
        }
        // the bytes some pattern has right after an ASCII first word, as a
        // prefix of the pattern ("russia" before the "n" of "Russian" too)
        let mut goes_on: FxHashMap<&str, [u64; 4]> = FxHashMap::default();
        for p in patterns {
            let p = p.as_ref();
            for (k, &b) in p.as_bytes().iter().enumerate().skip(1) {
                let Some(prefix) = p.get(..k).filter(|w| w.is_ascii()) else {
                    break;
                };
                let Some((key, _)) =
                    first_words.get_key_value(prefix.to_ascii_lowercase().as_str())
                else {
                    continue;
                };
                let b = b.to_ascii_lowercase();
                goes_on.entry(key.as_str()).or_default()[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        let first_words = first_words
            .iter()
            .map(|(word, follow)| {
                // the pattern the automaton reports for the word alone
                let whole = automaton
                    .find(Input::new(word.as_str()).anchored(Anchored::Yes))
                    .filter(|m| word.is_ascii() && m.end() == word.len())
                    .map(|m| m.pattern());
                // a word no pattern is, nor begins with a pattern ("Ira" of "Iran")
                let only_longer = whole.is_none()
                    && word.is_ascii()
                    && !(1..word.len())
                        .any(|k| word.get(..k).is_some_and(|w| whole_words.contains(w)));
                let first = First {
                    follow: follow.clone(),
                    whole,
                    goes_on: goes_on.get(word.as_str()).copied().unwrap_or_default(),
                    only_longer,
                };
                (word, first)
            })
            .fold(WordMap::default(), |mut map, (word, first)| {
                // (each word once: the words are the keys of a map)
                map.get_or_insert_with(word, || first);
                map
            });
        Ok(WordAutomaton {
            automaton,
            first_words,
            first_filter,
            longest_first,
            other_starts,
        })
    }

    /// Whether `word`, in lower case, is the first word of some pattern.
    fn starts_pattern(&self, word: &str) -> bool {
        word.len() <= self.longest_first
            && self.first_filter.may_contain(word)
            && self.first_words.get(word).is_some()
    }

    /// Calls `accept` with each match that starts at a word of `tokens` and
    /// ends by `end`, left to right, none overlapping the one before;
    /// positions are in `text`. Where `accept` turns the longest match down
    /// (its capitals differ: "Tasnim news agency" for "Tasnim News Agency"),
    /// shorter ones at the same place are offered ("Tasnim").
    fn find_in_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        end: usize,
        accept: impl FnMut(Match) -> bool,
    ) {
        let mut accept = accept;
        let mut resume = 0;
        // `known`: the longest match at `at`, where it is known without the automaton
        let mut try_at = |at: usize, known: Option<Match>| {
            if at < resume {
                return;
            }
            let longest = known.or_else(|| {
                let input = Input::new(text).range(at..end).anchored(Anchored::Yes);
                self.automaton.find(input)
            });
            let Some(longest) = longest else {
                return;
            };
            resume = longest.end();
            let mut m = longest;
            while !accept(m) {
                let input = Input::new(text)
                    .range(at..m.end() - 1)
                    .anchored(Anchored::Yes);
                match self.automaton.find(input) {
                    Some(shorter) if shorter.end() > at => m = shorter,
                    _ => return,
                }
                resume = m.end();
            }
        };
        for t in tokens {
            let lower: &str = &t.lower;
            if t.is_plain_word() {
                if lower.len() <= self.longest_first {
                    if let Some(f) = self.first_words.get_token(t) {
                        if f.may_start(text, t.span, end)
                            && f.follow.may_match(text.get(t.span.end..).unwrap_or(""))
                        {
                            try_at(t.span.start, f.alone(text, t.span, end));
                        }
                    }
                }
                continue;
            }
            // a punctuation mark (one character): where a pattern begins with it
            if !t.is_word() {
                // (a mark of one byte is that byte, read without slicing the text)
                let mark = match text.as_bytes().get(t.span.start) {
                    Some(&b) if t.span.len() == 1 => Some(char::from(b)),
                    _ => t.span.slice(text).chars().next(),
                };
                if mark.is_some_and(|c| self.other_starts.contains(&c)) {
                    try_at(t.span.start, None);
                }
                continue;
            }
            // a word with inner punctuation ("U.S.", "al-Shabaab")
            let word = t.span.slice(text);
            let aligned = lower.len() == word.len();
            let mut prev_alnum = false;
            for (k, c) in word.char_indices() {
                let alnum = c.is_alphanumeric();
                let candidate = if alnum && !prev_alnum {
                    let run = word[k..]
                        .find(|c: char| !c.is_alphanumeric())
                        .map_or(word.len(), |n| k + n);
                    if aligned {
                        self.starts_pattern(&lower[k..run])
                    } else {
                        self.starts_pattern(&word[k..run].to_lowercase())
                    }
                } else {
                    !alnum && self.other_starts.contains(&c)
                };
                prev_alnum = alnum;
                if candidate {
                    try_at(t.span.start + k, None);
                }
            }
        }
    }
}

/// The first word of some patterns: what may follow it, and whether the
/// automaton's longest match at the word can be known without running it.
#[derive(Debug, Clone)]
struct First {
    follow: Follow,
    /// The pattern the automaton reports for the word by itself, if the word
    /// (of ASCII letters and digits) is a whole pattern.
    whole: Option<PatternID>,
    /// The bytes (in ASCII lower case) that some pattern has right after the
    /// word, as bits.
    goes_on: [u64; 4],
    /// Whether every pattern that may match at the word (of ASCII letters
    /// and digits) goes on after it: the word is no pattern, and no shorter
    /// pattern is the start of it.
    only_longer: bool,
}

impl First {
    /// Whether some pattern may match at the word of `text` at `span`, with
    /// matches ending by `end`: not when every pattern goes on after the word
    /// and none with the byte after it ("A.P. Moller-Maersk" at "a statement").
    #[inline]
    fn may_start(&self, text: &str, span: crate::text::Span, end: usize) -> bool {
        if !self.only_longer {
            return true;
        }
        match text.as_bytes().get(span.end) {
            Some(&b) if span.end < end => {
                let b = b.to_ascii_lowercase();
                self.goes_on[usize::from(b / 64)] & (1 << (b % 64)) != 0
            }
            _ => false,
        }
    }

    /// The longest match at the word of `text` at `span`, with matches ending
    /// by `end`, when the word is a whole pattern and no pattern goes on with
    /// the byte after it: the word itself. None when the automaton must tell.
    #[inline]
    fn alone(&self, text: &str, span: crate::text::Span, end: usize) -> Option<Match> {
        let pattern = self.whole?;
        if span.end > end {
            return None;
        }
        if let Some(&b) = text.as_bytes().get(span.end).filter(|_| span.end < end) {
            let b = b.to_ascii_lowercase();
            if self.goes_on[usize::from(b / 64)] & (1 << (b % 64)) != 0 {
                return None;
            }
        }
        Some(Match::new(pattern, span.start..span.end))
    }
}

/// What follows the first word of the patterns that begin with it, for a
/// word of ASCII letters and digits to rule out the automaton where no
/// pattern can match. The automaton compares ASCII letters in any case and
/// every other byte as it is; so does this.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Follow {
    /// Anything: the word is a pattern by itself, or a pattern goes on from
    /// it with another character than a space, or a pattern is a shorter
    /// word it begins with.
    Any,
    /// A space, then the first bytes of one of these.
    Space(Vec<Start>),
}

/// The first bytes (up to three, in ASCII lower case) of what follows the
/// space after a pattern's first word, packed in a number, so that the bytes
/// of the text are compared with it at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Start {
    bytes: u32,
    len: usize,
}

impl Start {
    /// The start of `after`, the rest of a pattern.
    fn of(after: &[u8]) -> Start {
        let mut bytes = [0u8; 4];
        let len = after.len().min(3);
        bytes[..len].copy_from_slice(&after[..len]);
        bytes.make_ascii_lowercase();
        Start {
            bytes: u32::from_le_bytes(bytes),
            len,
        }
    }

    /// Whether `text` begins with this start, in any ASCII case (`text`
    /// being `Start::of` the text, and `len` the text's length).
    fn begins(self, text: Start) -> bool {
        let mask = (1u64 << (8 * self.len)) - 1;
        self.len <= text.len && u64::from(text.bytes) & mask == u64::from(self.bytes)
    }
}

impl Follow {
    fn add(&mut self, other: Follow) {
        match (&mut *self, other) {
            (Follow::Space(starts), Follow::Space(more)) => {
                for s in more {
                    if !starts.contains(&s) {
                        starts.push(s);
                    }
                }
            }
            _ => *self = Follow::Any,
        }
    }

    /// Whether a pattern may match the word followed by `next` (the text
    /// after it). A word goes on only when the next character is
    /// alphanumeric too ("did" of "didn't"): then anything may.
    fn may_match(&self, next: &str) -> bool {
        let Follow::Space(starts) = self else {
            return true;
        };
        match next.chars().next() {
            Some(' ') => {
                let after = Start::of(&next.as_bytes()[1..]);
                starts.iter().any(|s| s.begins(after))
            }
            Some(c) => c.is_alphanumeric(),
            None => false,
        }
    }
}

/// Whether `text[start..end]` neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The capitals a pattern asks of the text it matches, as
/// [`capitalization_matches`] reads them, worked out once for each pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capitals {
    /// An all-capitals pattern ("US"): the text must be the pattern itself.
    Exact,
    /// The byte offsets, as bits, where a word of the pattern begins with a
    /// capital: the text, which the automaton matched in any ASCII case and
    /// whose words therefore begin where the pattern's do, must have a
    /// capital there too.
    WordStarts(u64),
    /// A pattern with a capitalized word beyond the bits.
    Other,
}

impl Capitals {
    fn of(pattern: &str) -> Capitals {
        let (mut letters, mut capitals) = (0, 0);
        for c in pattern.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            capitals += usize::from(c.is_uppercase());
        }
        if letters >= 2 && capitals == letters {
            return Capitals::Exact;
        }
        let mut bits = 0u64;
        let mut word_start = true;
        for (at, c) in pattern.char_indices() {
            if word_start && c.is_uppercase() {
                let Some(bit) = 1u64.checked_shl(at as u32) else {
                    return Capitals::Other;
                };
                bits |= bit;
            }
            word_start = c.is_whitespace();
        }
        Capitals::WordStarts(bits)
    }

    /// Whether `found` has the capitals `pattern` asks for (`self` being
    /// `Capitals::of(pattern)`, and `found` a match of `pattern` in any ASCII case).
    fn matches(self, pattern: &str, found: &str) -> bool {
        match self {
            Capitals::Exact => pattern == found,
            Capitals::WordStarts(mut bits) => {
                while bits != 0 {
                    let at = bits.trailing_zeros() as usize;
                    let capital = found
                        .get(at..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_uppercase);
                    if !capital {
                        return false;
                    }
                    // the next capitalized word
                    bits &= bits - 1;
                }
                true
            }
            Capitals::Other => capitalization_matches(pattern, found),
        }
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

    /// Calls `f` with each automaton, the first word's entry, and the text of
    /// each first word followed by each of `afters`, ended after the word and
    /// after the whole text; returns how many times `f` said it checked one.
    fn each_first_word(
        afters: &[&str],
        mut f: impl FnMut(&WordAutomaton, &First, &str, crate::text::Span, usize) -> bool,
    ) -> usize {
        let index = Index::embedded().expect("the built-in lexicon compiles");
        let mut checked = 0;
        for automaton in [&index.names, &index.titles] {
            for (word, first) in automaton.first_words.iter() {
                for after in afters {
                    let text = format!("{word}{after}");
                    let span = crate::text::Span::new(0, word.len());
                    for end in [word.len(), text.len()] {
                        checked += usize::from(f(automaton, first, &text, span, end));
                    }
                }
            }
        }
        checked
    }

    /// Wherever the longest match at a first word is known without the
    /// automaton, it is the automaton's own, whatever follows the word.
    #[test]
    fn a_match_known_alone_is_the_automatons() {
        let afters = ["", " ", " said", "'s", "n", "-based", " Minister", ".", ","];
        let known_alone = each_first_word(&afters, |automaton, first, text, span, end| {
            let Some(known) = first.alone(text, span, end) else {
                return false;
            };
            let input = Input::new(text).range(0..end).anchored(Anchored::Yes);
            assert_eq!(Some(known), automaton.automaton.find(input), "{text:?}");
            true
        });
        assert!(known_alone > 1000, "{known_alone}");
    }

    /// Wherever a first word rules out every pattern by the byte after it,
    /// the automaton finds no match there, whatever follows the word.
    #[test]
    fn a_word_ruled_out_by_the_byte_after_it_matches_nothing() {
        let afters = [
            "",
            " ",
            " said",
            "'s",
            "n",
            "-based",
            " Minister",
            ".",
            ",",
            ".P.",
            "-",
        ];
        let ruled_out = each_first_word(&afters, |automaton, first, text, span, end| {
            if first.may_start(text, span, end) {
                return false;
            }
            let input = Input::new(text).range(0..end).anchored(Anchored::Yes);
            assert_eq!(None, automaton.automaton.find(input), "{text:?}");
            true
        });
        assert!(ruled_out > 1000, "{ruled_out}");
    }

    /// The gazetteer names `find_names` reports in `sentence`, in order.
    fn check_names(sentence: &str, expected: &[&str]) {
        let index = Index::embedded().expect("the built-in lexicon compiles");
        let tokens = crate::tokens::tokenize(sentence, crate::text::Span::new(0, sentence.len()));
        let found: Vec<&str> = index
            .find_names(sentence, &tokens, sentence.len())
            .into_iter()
            .map(|(span, _)| span.slice(sentence))
            .collect();
        assert_eq!(found, expected, "in {sentence:?}");
    }

    #[test]
    fn names_start_at_words() {
        check_names("Iran-Russia ties", &["Iran", "Russia"]);
        check_names(
            "the U.S. and the United Kingdom",
            &["U.S.", "United Kingdom"],
        );
        // never inside a word, nor a lower-case common word
        check_names("Tiranian turkey farms", &[]);
        // a name that begins with a lower-case word, in either case
        check_names("the West said", &["the West"]);
        check_names("The West said", &["The West"]);
        // where the capitals of a longer name differ, a shorter name at the same
        // place still counts ("Tasnim News Agency" is a row, "Tasnim" its label)
        check_names("the Tasnim news agency said", &["Tasnim"]);
    }

    #[test]
    fn titles_in_any_case() {
        let index = Index::embedded().expect("the built-in lexicon compiles");
        let s = "Foreign Minister Abbas Araghchi and the defense minister";
        let tokens = crate::tokens::tokenize(s, crate::text::Span::new(0, s.len()));
        let found: Vec<&str> = index
            .find_titles(s, &tokens, s.len())
            .into_iter()
            .map(|(span, _)| span.slice(s))
            .collect();
        assert_eq!(found, ["Foreign Minister", "defense minister"]);
    }

    #[test]
    fn what_follows_a_first_word_rules_out_only_what_cannot_match() {
        let automaton = WordAutomaton::new(&["Ira", "Iran Air", "the West", "the UN", "al-Qaeda"])
            .expect("the patterns compile");
        let found = |s: &'static str| -> Vec<&'static str> {
            let tokens = crate::tokens::tokenize(s, crate::text::Span::new(0, s.len()));
            let mut out = Vec::new();
            automaton.find_in_tokens(s, &tokens, s.len(), |m| {
                out.push(&s[m.start()..m.end()]);
                true
            });
            out
        };
        assert_eq!(found("Iran Air flew"), ["Iran Air"]);
        // a shorter pattern inside the word still matches here (and is
        // dropped later, not being on word boundaries)
        assert_eq!(found("Iran said"), ["Ira"]);
        assert_eq!(
            found("THE WEST and the UN, the east"),
            ["THE WEST", "the UN"]
        );
        assert_eq!(found("the\nWest, the  West, the Wes"), Vec::<&str>::new());
        assert_eq!(found("the al-Qaeda"), ["al-Qaeda"]);
    }

    #[test]
    fn capitalization() {
        assert!(capitalization_matches("Turkey", "Turkey"));
        assert!(!capitalization_matches("Turkey", "turkey"));
        assert!(!capitalization_matches("US", "us"));
        assert!(capitalization_matches("western allies", "Western allies"));
    }

    #[test]
    fn capitals_worked_out_once_agree() {
        let cases = [
            ("Turkey", "Turkey"),
            ("Turkey", "turkey"),
            ("US", "us"),
            ("US", "US"),
            ("U.S.", "u.s."),
            ("western allies", "Western allies"),
            ("the West", "The West"),
            ("the West", "the west"),
            ("Islamic Republic of Iran", "Islamic republic of Iran"),
            ("Islamic Republic of Iran", "Islamic Republic Of Iran"),
            ("Ă", "ă"),
        ];
        for (pattern, found) in cases {
            assert_eq!(
                Capitals::of(pattern).matches(pattern, found),
                capitalization_matches(pattern, found),
                "{pattern:?} / {found:?}"
            );
        }
    }
}
