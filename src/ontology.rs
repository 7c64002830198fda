//! The closed vocabulary of the graph: entity kinds, relation predicates,
//! polarity. Names here are the ones of the annotation contract
//! (`worries-about`); RDF local names are their camelCase forms.
//!
//! This module knows nothing about English; words that signal a relation are
//! data in `ontology/lexicon/`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of real-world thing a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Country,
    Person,
    Organization,
    Group,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Country,
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Group,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "Country",
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Group => "Group",
        }
    }

    /// Whether this kind can act: every kind can, but persons and states are the usual actors.
    pub const fn is_state_like(self) -> bool {
        matches!(
            self,
            EntityKind::Country | EntityKind::Organization | EntityKind::Group
        )
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityKind {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, UnknownName> {
        let key = s.trim().to_ascii_lowercase();
        EntityKind::ALL
            .into_iter()
            .find(|k| {
                k.as_str().eq_ignore_ascii_case(&key)
                    || (key == "organisation" && *k == EntityKind::Organization)
            })
            .ok_or_else(|| UnknownName {
                what: "entity type",
                name: s.to_owned(),
            })
    }
}

/// The nine relations of the annotation contract. Direction is subject -> object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Predicate {
    Accuses,
    Denies,
    Supplies,
    WorriesAbout,
    CooperatesWith,
    Opposes,
    Supports,
    Requests,
    AffiliatedWith,
}

impl Predicate {
    pub const ALL: [Predicate; 9] = [
        Predicate::Accuses,
        Predicate::Denies,
        Predicate::Supplies,
        Predicate::WorriesAbout,
        Predicate::CooperatesWith,
        Predicate::Opposes,
        Predicate::Supports,
        Predicate::Requests,
        Predicate::AffiliatedWith,
    ];

    /// The contract's name: `worries-about`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Predicate::Accuses => "accuses",
            Predicate::Denies => "denies",
            Predicate::Supplies => "supplies",
            Predicate::WorriesAbout => "worries-about",
            Predicate::CooperatesWith => "cooperates-with",
            Predicate::Opposes => "opposes",
            Predicate::Supports => "supports",
            Predicate::Requests => "requests",
            Predicate::AffiliatedWith => "affiliated-with",
        }
    }

    /// The RDF local name: `worriesAbout`.
    pub const fn local_name(self) -> &'static str {
        match self {
            Predicate::Accuses => "accuses",
            Predicate::Denies => "denies",
            Predicate::Supplies => "supplies",
            Predicate::WorriesAbout => "worriesAbout",
            Predicate::CooperatesWith => "cooperatesWith",
            Predicate::Opposes => "opposes",
            Predicate::Supports => "supports",
            Predicate::Requests => "requests",
            Predicate::AffiliatedWith => "affiliatedWith",
        }
    }

    /// The four relations of the design card.
    pub const fn is_core(self) -> bool {
        matches!(
            self,
            Predicate::Accuses | Predicate::Denies | Predicate::Supplies | Predicate::WorriesAbout
        )
    }

    /// `cooperates-with` holds both ways.
    pub const fn is_symmetric(self) -> bool {
        matches!(self, Predicate::CooperatesWith)
    }

    /// The predicate whose name, ignoring case and punctuation, is `s`
    /// (`worries-about`, `worriesAbout` and `WORRIES_ABOUT` are one).
    pub fn parse_loose(s: &str) -> Option<Predicate> {
        let key = letters_only(s);
        Predicate::ALL
            .into_iter()
            .find(|p| letters_only(p.as_str()) == key)
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Predicate {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, UnknownName> {
        Predicate::parse_loose(s).ok_or_else(|| UnknownName {
            what: "relation",
            name: s.to_owned(),
        })
    }
}

/// Whether a relation is claimed to hold or claimed not to hold.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Asserted,
    Denied,
}

impl Polarity {
    pub const fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Denied => "denied",
        }
    }
}

impl fmt::Display for Polarity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not in a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{name}`")]
pub struct UnknownName {
    pub what: &'static str,
    pub name: String,
}

pub(crate) fn letters_only(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_parse_loosely() {
        for p in Predicate::ALL {
            assert_eq!(p.as_str().parse::<Predicate>(), Ok(p));
            assert_eq!(p.local_name().parse::<Predicate>(), Ok(p));
        }
        assert_eq!(
            "WORRIES_ABOUT".parse::<Predicate>(),
            Ok(Predicate::WorriesAbout)
        );
        assert!("likes".parse::<Predicate>().is_err());
    }

    #[test]
    fn kinds_parse() {
        assert_eq!(
            "organisation".parse::<EntityKind>(),
            Ok(EntityKind::Organization)
        );
        assert_eq!("country".parse::<EntityKind>(), Ok(EntityKind::Country));
    }
}
