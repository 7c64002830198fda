//! Loads the data extraction runs on: the gazetteer (states, organizations,
//! titles, given names) and the lexicons (relation triggers, cues, items,
//! abbreviations) from the TSV files of `ontology/`.
//!
//! The files are embedded in the binary at build time; a user folder with the
//! same layout adds entries on top ([`Lexicon::with_overlay`]). This module
//! parses and indexes; it does not look at any article. Matching lives in
//! [`crate::mentions`] and [`crate::relations`].

use crate::ontology::{EntityKind, Predicate};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The embedded data files, by their path under `ontology/`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "gazetteer/countries.tsv",
        include_str!("../ontology/gazetteer/countries.tsv"),
    ),
    (
        "gazetteer/organizations.tsv",
        include_str!("../ontology/gazetteer/organizations.tsv"),
    ),
    (
        "gazetteer/titles.tsv",
        include_str!("../ontology/gazetteer/titles.tsv"),
    ),
    (
        "gazetteer/given-names.tsv",
        include_str!("../ontology/gazetteer/given-names.tsv"),
    ),
    (
        "gazetteer/persons.tsv",
        include_str!("../ontology/gazetteer/persons.tsv"),
    ),
    (
        "lexicon/triggers.tsv",
        include_str!("../ontology/lexicon/triggers.tsv"),
    ),
    (
        "lexicon/cues.tsv",
        include_str!("../ontology/lexicon/cues.tsv"),
    ),
    (
        "lexicon/items.tsv",
        include_str!("../ontology/lexicon/items.tsv"),
    ),
    (
        "lexicon/acts.tsv",
        include_str!("../ontology/lexicon/acts.tsv"),
    ),
    (
        "lexicon/abbreviations.tsv",
        include_str!("../ontology/lexicon/abbreviations.tsv"),
    ),
];

/// The ontology in Turtle, embedded.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/newskg.ttl");
/// The SHACL shapes, embedded.
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

/// A malformed line in a data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error("cannot read {}: {message}", path.display())]
    Io { path: PathBuf, message: String },
}

/// A state of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CountryEntry {
    pub id: String,
    pub label: String,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
    pub capitals: Vec<String>,
    pub demonyms: Vec<String>,
    pub metonyms: Vec<String>,
}

/// An organization or informal group of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgEntry {
    pub id: String,
    pub label: String,
    pub kind: EntityKind,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
    /// The state a national agency belongs to.
    pub country: Option<String>,
}

/// A person of the gazetteer: a well-known official with the state or organization they speak for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonEntry {
    pub id: String,
    pub label: String,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    pub gender: Option<Gender>,
}

/// A title that introduces a person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleEntry {
    pub title: String,
    pub affiliation: Option<String>,
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

/// How a trigger finds its arguments (see ARCHITECTURE.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Frame {
    /// `S accuses O`, `S backs O`: the object follows the trigger.
    AgentPatient,
    /// `S supplies X to O`, `S provides O with X`: the recipient after `to`, or the first actor.
    AgentRecipient,
    /// `S is worried about O`: the object follows `about`/`over`/`by`, fanned out over pairs.
    AgentAbout,
    /// `cooperation between A and B`, `A-B ties`, `A cooperates with B`: symmetric.
    Pair,
    /// `S asked O to ...`, `S requested that O ...`: what follows is not asserted.
    AgentRequest,
    /// `S denied ...`: the content that follows is denied by S.
    Denial,
    /// `S rejected the claims ...`: a denial only with a claim noun or a word of falsity.
    DenialOfClaim,
    /// `S received X from O`: O supplies S.
    RecipientSource,
    /// `the war between A and B`, `the A-B conflict`: each side opposes the other.
    Rivals,
    /// `the Iran-backed militia`: the second half of a hyphenated word after a name.
    Compound,
}

impl Frame {
    const NAMES: [(&'static str, Frame); 10] = [
        ("agent-patient", Frame::AgentPatient),
        ("agent-recipient", Frame::AgentRecipient),
        ("agent-about", Frame::AgentAbout),
        ("pair", Frame::Pair),
        ("agent-request", Frame::AgentRequest),
        ("denial", Frame::Denial),
        ("denial-of-claim", Frame::DenialOfClaim),
        ("recipient-source", Frame::RecipientSource),
        ("rivals", Frame::Rivals),
        ("compound", Frame::Compound),
    ];

    fn parse(s: &str) -> Option<Frame> {
        Frame::NAMES.iter().find(|(n, _)| *n == s).map(|&(_, f)| f)
    }

    /// The name `lexicon/triggers.tsv` uses for this frame.
    pub fn name(self) -> &'static str {
        Frame::NAMES
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("", |&(n, _)| n)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    Verb,
    Noun,
    Adj,
}

/// One surface form that signals a relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub predicate: Predicate,
    pub kind: TriggerKind,
    pub frame: Frame,
    /// The form as written in the lexicon, lower case.
    pub form: String,
}

/// The kinds of cue words of `lexicon/cues.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    /// `said`, `told`, `according to`: introduces reported speech.
    Report,
    /// `claimed`, `alleged`: reported speech that asserts wrongdoing.
    Claim,
    /// `denied`, `rejected`: the content is denied.
    Deny,
    /// `not`, `never`, `no`: negates what follows.
    Negation,
    /// `allegedly`, `reportedly`.
    Hedge,
    /// `need to`, `would`, `if`: what follows is not a fact.
    Irrealis,
    /// `Deputy`, `Acting`, `Former`: modifies a title.
    TitleModifier,
    /// `neither confirmed nor denied`: no denial.
    ConfirmDeny,
    /// `officials`, `government`: a demonym before it is an actor.
    ActorNoun,
    /// `diplomat`, `minister`: a role noun that refers back to a person.
    RoleNoun,
    /// `allegations`, `claims`, `reports`: what a denial rejects.
    ClaimNoun,
    /// `false`, `baseless`: the verdict of a denial.
    Falsity,
    /// `statements`, `spokesman`: `X's statements` means X speaks.
    SpeechNoun,
    /// `Ministry`, `Agency`: the last word of an organization's name.
    OrgHead,
    /// `war`, `border`: after a state's name, the name only modifies it ("the Ukraine war").
    PlaceNoun,
    /// `strikes`, `drills`: an act whose agent a later "condemned the strikes" refers to.
    EventNoun,
    /// `the group`, `the militia`: refers back to an organization.
    OrgNoun,
    /// `both sides`, `the two countries`: the two parties last named.
    BothSides,
    /// `strained`, `frozen`: ties that are no cooperation.
    Hostile,
    /// `the foreign ministry`, `the government`: the state the text is about.
    StateNoun,
    /// `provocation`, `violation`: "called the launch a provocation" accuses its agent.
    Censure,
    /// `killed`, `looted`, `shelled`: a harmful act; a speaker who says another party
    /// did it accuses that party, and a later "condemned the attack" means its agent.
    Harm,
    /// `launched`, `conducted`: an act a later "condemned the launch" refers to.
    EventVerb,
    /// `GDP`, `EEZ`: capital letters that name no organization.
    CommonAcronym,
    /// `foreign`, `defence`: a portfolio that names a state's ministry in lower
    /// case ("the Russian foreign ministry").
    Portfolio,
    /// `freight forwarder`, `hacking group`: a kind of organization whose noun
    /// introduces a name ("the freight forwarder Kolkhida Trans", "APT31, a
    /// Chinese hacking group").
    OrgClassifier,
    /// `attack`, `bombing`, `cyberattack`: a harmful act named by a noun; who carried
    /// it out, or had it blamed on them, is accused.
    HarmNoun,
    /// `executive`, `activist`, `journalist`: a noun for a person, not an office;
    /// before capitalized words ("Huawei executive Meng Wanzhou") or at the end of
    /// an apposition after them ("Marlon Urbina, a Nicaraguan embassy attache,"),
    /// it says they name a person.
    PersonNoun,
    /// `network`, `gang`: a noun that is part of the name the capitalized words
    /// before it give ("the Foxtrot network").
    NamedGroupNoun,
    /// `Islamist`, `Maoist`, `Sunni`: a creed or a cause, capitalized but no name;
    /// before a group noun it describes the group ("the Islamist militant group").
    Creed,
    /// `war with`, `clashed with`: a fight of two sides, each opposing the other.
    Mutual,
    /// `Shoal`, `Strait`, `River`: a word that makes a name a place ("the Second
    /// Thomas Shoal"), never a person's.
    GeoNoun,
}

impl CueKind {
    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "report" => CueKind::Report,
            "claim" => CueKind::Claim,
            "deny" => CueKind::Deny,
            "negation" => CueKind::Negation,
            "hedge" => CueKind::Hedge,
            "irrealis" => CueKind::Irrealis,
            "title-modifier" => CueKind::TitleModifier,
            "confirm-deny" => CueKind::ConfirmDeny,
            "actor-noun" => CueKind::ActorNoun,
            "role-noun" => CueKind::RoleNoun,
            "claim-noun" => CueKind::ClaimNoun,
            "falsity" => CueKind::Falsity,
            "speech-noun" => CueKind::SpeechNoun,
            "org-head" => CueKind::OrgHead,
            "place-noun" => CueKind::PlaceNoun,
            "event-noun" => CueKind::EventNoun,
            "org-noun" => CueKind::OrgNoun,
            "both-sides" => CueKind::BothSides,
            "hostile" => CueKind::Hostile,
            "state-noun" => CueKind::StateNoun,
            "censure" => CueKind::Censure,
            "harm" => CueKind::Harm,
            "event-verb" => CueKind::EventVerb,
            "common-acronym" => CueKind::CommonAcronym,
            "portfolio" => CueKind::Portfolio,
            "org-classifier" => CueKind::OrgClassifier,
            "named-group-noun" => CueKind::NamedGroupNoun,
            "harm-noun" => CueKind::HarmNoun,
            "person-noun" => CueKind::PersonNoun,
            "creed" => CueKind::Creed,
            "mutual" => CueKind::Mutual,
            "geo-noun" => CueKind::GeoNoun,
            _ => return None,
        })
    }
}

/// Everything extraction knows, parsed and indexed.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<CountryEntry>,
    pub organizations: Vec<OrgEntry>,
    pub persons: Vec<PersonEntry>,
    pub titles: Vec<TitleEntry>,
    /// Lower-case given name -> gender, where usual.
    pub given_names: FxHashMap<String, Option<Gender>>,
    pub triggers: Vec<Trigger>,
    /// Lower-case cue phrase -> its kinds (a word may be several, e.g. a report and a claim).
    pub cues: BTreeMap<String, Vec<CueKind>>,
    /// Lower-case item noun -> class.
    pub items: BTreeMap<String, String>,
    /// Lower-case noun or verb of an act -> the act it names (`struck`, `strikes` -> `attack`).
    pub acts: BTreeMap<String, String>,
    /// Abbreviations with their final dot, as written (`U.S.`, `Gen.`).
    pub abbreviations: FxHashSet<String>,
}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (name, text) in EMBEDDED {
            lex.add_file(name, text)?;
        }
        Ok(lex)
    }

    /// The embedded lexicon plus the `*.tsv` files found under `dir` in the
    /// same layout (`gazetteer/countries.tsv`, `lexicon/triggers.tsv`, ...).
    pub fn with_overlay(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::embedded()?;
        let mut found = false;
        for (name, _) in EMBEDDED {
            let path = dir.join(name);
            if path.is_file() {
                let text = std::fs::read_to_string(&path).map_err(|e| LexiconError::Io {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
                lex.add_file(&path.display().to_string(), &text)?;
                found = true;
            }
        }
        if !found {
            return Err(LexiconError::Io {
                path: dir.to_owned(),
                message: "no gazetteer/*.tsv or lexicon/*.tsv file in it".into(),
            });
        }
        Ok(lex)
    }

    /// Parses one data file; which table it feeds is told by its file name.
    pub fn add_file(&mut self, name: &str, text: &str) -> Result<(), LexiconError> {
        let table = Table::parse(name, text)?;
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        match base {
            "countries.tsv" => self.add_countries(&table),
            "organizations.tsv" => self.add_organizations(&table),
            "titles.tsv" => self.add_titles(&table),
            "persons.tsv" => self.add_persons(&table),
            "given-names.tsv" => self.add_given_names(&table),
            "triggers.tsv" => self.add_triggers(&table),
            "cues.tsv" => self.add_cues(&table),
            "items.tsv" => self.add_items(&table),
            "acts.tsv" => self.add_acts(&table),
            "abbreviations.tsv" => self.add_abbreviations(&table),
            _ => Err(LexiconError::Syntax {
                file: name.into(),
                line: 0,
                message: "unknown data file".into(),
            }),
        }
    }

    fn add_countries(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let entry = CountryEntry {
                id: t.required(row, "id")?,
                label: t.required(row, "label")?,
                wikidata: t.optional(row, "wikidata"),
                aliases: t.list(row, "aliases"),
                capitals: t.list(row, "capitals"),
                demonyms: t.list(row, "demonyms"),
                metonyms: t.list(row, "metonyms"),
            };
            match self.countries.iter_mut().find(|c| c.id == entry.id) {
                Some(c) => {
                    c.aliases.extend(entry.aliases);
                    c.capitals.extend(entry.capitals);
                    c.demonyms.extend(entry.demonyms);
                    c.metonyms.extend(entry.metonyms);
                }
                None => self.countries.push(entry),
            }
        }
        Ok(())
    }

    fn add_organizations(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let kind_text = t.required(row, "type")?;
            let kind = match kind_text.parse::<EntityKind>() {
                Ok(k @ (EntityKind::Organization | EntityKind::Group)) => k,
                _ => {
                    return Err(t.error(
                        row,
                        format!("type must be Organization or Group, not `{kind_text}`"),
                    ))
                }
            };
            let entry = OrgEntry {
                id: t.required(row, "id")?,
                label: t.required(row, "label")?,
                kind,
                wikidata: t.optional(row, "wikidata"),
                aliases: t.list(row, "aliases"),
                country: t.optional(row, "country"),
            };
            match self.organizations.iter_mut().find(|o| o.id == entry.id) {
                Some(o) => o.aliases.extend(entry.aliases),
                None => self.organizations.push(entry),
            }
        }
        Ok(())
    }

    fn add_persons(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let entry = PersonEntry {
                id: t.required(row, "id")?,
                label: t.required(row, "label")?,
                wikidata: t.optional(row, "wikidata"),
                aliases: t.list(row, "aliases"),
                affiliation: t.optional(row, "affiliation"),
                role: t.optional(row, "role"),
                gender: match t.optional(row, "gender").as_deref() {
                    Some("f") => Some(Gender::Female),
                    Some("m") => Some(Gender::Male),
                    _ => None,
                },
            };
            match self.persons.iter_mut().find(|p| p.id == entry.id) {
                Some(p) => p.aliases.extend(entry.aliases),
                None => self.persons.push(entry),
            }
        }
        Ok(())
    }

    fn add_titles(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            self.titles.push(TitleEntry {
                title: t.required(row, "title")?,
                affiliation: t.optional(row, "affiliation"),
                role: t.optional(row, "role"),
            });
        }
        Ok(())
    }

    fn add_given_names(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let gender = match t.optional(row, "gender").as_deref() {
                Some("f") => Some(Gender::Female),
                Some("m") => Some(Gender::Male),
                _ => None,
            };
            self.given_names
                .insert(t.required(row, "name")?.to_lowercase(), gender);
        }
        Ok(())
    }

    fn add_triggers(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let p = t.required(row, "predicate")?;
            let predicate = p
                .parse::<Predicate>()
                .map_err(|e| t.error(row, e.to_string()))?;
            let kind = match t.required(row, "kind")?.as_str() {
                "verb" => TriggerKind::Verb,
                "noun" => TriggerKind::Noun,
                "adj" => TriggerKind::Adj,
                other => {
                    return Err(t.error(
                        row,
                        format!("kind must be verb, noun or adj, not `{other}`"),
                    ))
                }
            };
            let f = t.required(row, "frame")?;
            let frame =
                Frame::parse(&f).ok_or_else(|| t.error(row, format!("unknown frame `{f}`")))?;
            for form in t.list(row, "forms") {
                self.triggers.push(Trigger {
                    predicate,
                    kind,
                    frame,
                    form: form.to_lowercase(),
                });
            }
        }
        Ok(())
    }

    fn add_cues(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let k = t.required(row, "kind")?;
            let kind = CueKind::parse(&k)
                .ok_or_else(|| t.error(row, format!("unknown cue kind `{k}`")))?;
            for cue in t.list(row, "cue") {
                let kinds = self.cues.entry(cue.to_lowercase()).or_default();
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
        }
        Ok(())
    }

    fn add_items(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let class = t.optional(row, "class").unwrap_or_default();
            for item in t.list(row, "item") {
                self.items.insert(item.to_lowercase(), class.clone());
            }
        }
        Ok(())
    }

    fn add_acts(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            let act = t.required(row, "act")?;
            for word in t.list(row, "nouns").into_iter().chain(t.list(row, "verbs")) {
                self.acts.insert(word.to_lowercase(), act.clone());
            }
        }
        Ok(())
    }

    fn add_abbreviations(&mut self, t: &Table) -> Result<(), LexiconError> {
        for row in &t.rows {
            for a in t.list(row, "abbreviation") {
                self.abbreviations.insert(a);
            }
        }
        Ok(())
    }

    /// Every name the gazetteer knows for an entity id: label, aliases,
    /// capitals and seats of government (not demonyms).
    pub fn names_of(&self, id: &str) -> Vec<&str> {
        if let Some(c) = self.countries.iter().find(|c| c.id == id) {
            let names = std::iter::once(&c.label)
                .chain(&c.aliases)
                .chain(&c.capitals)
                .chain(&c.metonyms);
            return names.map(String::as_str).collect();
        }
        if let Some(o) = self.organizations.iter().find(|o| o.id == id) {
            return std::iter::once(&o.label)
                .chain(&o.aliases)
                .map(String::as_str)
                .collect();
        }
        if let Some(p) = self.persons.iter().find(|p| p.id == id) {
            return std::iter::once(&p.label)
                .chain(&p.aliases)
                .map(String::as_str)
                .collect();
        }
        Vec::new()
    }

    /// A given name's entry (`None` when the word is no known given name;
    /// `Some(None)` when it is one of either gender).
    pub fn given_name(&self, word: &str) -> Option<Option<Gender>> {
        crate::tokens::with_lowercase(word, |w| self.given_names.get(w).copied())
    }

    /// Whether `phrase` (lower case) is a cue of `kind`.
    pub fn is_cue(&self, phrase: &str, kind: CueKind) -> bool {
        self.cues.get(phrase).is_some_and(|k| k.contains(&kind))
    }

    /// The cue phrases of one kind.
    pub fn cues_of(&self, kind: CueKind) -> impl Iterator<Item = &str> {
        self.cues
            .iter()
            .filter(move |(_, k)| k.contains(&kind))
            .map(|(c, _)| c.as_str())
    }
}

/// A parsed TSV file: header and rows, with line numbers for errors.
struct Table {
    file: String,
    columns: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

type Row = (usize, Vec<String>);

impl Table {
    fn parse(file: &str, text: &str) -> Result<Table, LexiconError> {
        let mut columns: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_owned()).collect();
            match &columns {
                None => columns = Some(cells),
                Some(cols) => {
                    if cells.len() > cols.len() {
                        return Err(LexiconError::Syntax {
                            file: file.into(),
                            line: i + 1,
                            message: format!(
                                "{} cells, but the header names {} columns",
                                cells.len(),
                                cols.len()
                            ),
                        });
                    }
                    rows.push((i + 1, cells));
                }
            }
        }
        let columns = columns.ok_or_else(|| LexiconError::Syntax {
            file: file.into(),
            line: 0,
            message: "no header line".into(),
        })?;
        Ok(Table {
            file: file.into(),
            columns,
            rows,
        })
    }

    fn cell<'r>(&self, row: &'r Row, col: &str) -> Option<&'r str> {
        let i = self.columns.iter().position(|c| c == col)?;
        row.1.get(i).map(String::as_str).filter(|s| !s.is_empty())
    }

    fn required(&self, row: &Row, col: &str) -> Result<String, LexiconError> {
        self.cell(row, col)
            .map(str::to_owned)
            .ok_or_else(|| self.error(row, format!("column `{col}` is empty")))
    }

    fn optional(&self, row: &Row, col: &str) -> Option<String> {
        self.cell(row, col).map(str::to_owned)
    }

    fn list(&self, row: &Row, col: &str) -> Vec<String> {
        self.cell(row, col)
            .map(|c| {
                c.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn error(&self, row: &Row, message: impl fmt::Display) -> LexiconError {
        LexiconError::Syntax {
            file: self.file.clone(),
            line: row.0,
            message: message.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_loads() {
        let lex = Lexicon::embedded().expect("embedded data parses");
        assert!(lex.countries.len() >= 193);
        assert!(lex
            .countries
            .iter()
            .any(|c| c.id == "iran" && c.capitals.iter().any(|x| x == "Tehran")));
        assert!(!lex.triggers.is_empty());
    }

    #[test]
    fn malformed_line_names_file_and_line() {
        let mut lex = Lexicon::default();
        let err = lex.add_file(
            "lexicon/triggers.tsv",
            "predicate\tkind\tframe\tforms\nlikes\tverb\tpair\tlike\n",
        );
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err("lexicon/triggers.tsv:2: unknown relation `likes`".to_string())
        );
    }
}
