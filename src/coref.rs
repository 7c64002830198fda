//! Resolves mentions to entities: one entity per real-world thing.
//!
//! Gazetteer mentions resolve by id (Tehran and Iran are one state); persons
//! by their name (a shorter or longer form of a name already seen is the same
//! person; two different full names are never merged); surnames to the person
//! whose name they end; pronouns to the most recent compatible antecedent;
//! role nouns ("the CIA director") to the most recent person with that role
//! and qualifier; "his country" to the state of the person "his" refers to.
//!
//! It does not find mentions ([`crate::mentions`]) or relations.

use crate::graph::Entity;
use crate::index::Index;
use crate::lexicon::Gender;
use crate::mentions::{Mention, MentionKind, Pronoun, Seed};
use crate::ontology::EntityKind;
use crate::text::Span;

/// An entity of one document, with what coreference learned about it.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub entity: Entity,
    /// Organization or state the entity belongs to, with the sentence that says so.
    pub affiliation: Option<(Seed, usize)>,
    pub gender: Option<Gender>,
    /// Whether the entity acts somewhere (a demonym that only modifies a thing does not).
    pub acts: bool,
    /// The first sentence it is mentioned in.
    pub first_sentence: usize,
}

/// Entities of a document, and the entity of each mention (same order as the mentions).
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    pub entities: Vec<Resolved>,
    pub of_mention: Vec<Option<usize>>,
}

impl Resolution {
    pub fn entity_of(&self, mention: usize) -> Option<&Resolved> {
        self.of_mention
            .get(mention)
            .copied()
            .flatten()
            .map(|e| &self.entities[e])
    }
}

/// Resolves `mentions` (in document order) to entities.
pub fn resolve(mentions: &[Mention], text: &str, index: &Index) -> Resolution {
    let mut r = Resolution::default();
    // persons first, so that a surname before the full name still resolves;
    // each with the words of the name it was introduced by
    let mut persons: Vec<(Vec<String>, usize)> = Vec::new();
    for m in mentions {
        if let MentionKind::Person {
            name,
            role,
            affiliation,
            gender,
        } = &m.kind
        {
            if let Some(e) = find_person(&r, &persons, name) {
                let res = &mut r.entities[e];
                if name.split_whitespace().count() > res.entity.label.split_whitespace().count() {
                    let old = std::mem::replace(&mut res.entity.label, name.clone());
                    add_alias(&mut res.entity, &old);
                } else {
                    add_alias(&mut res.entity, name);
                }
                if res.entity.role.is_none() {
                    res.entity.role.clone_from(role);
                }
                if res.affiliation.is_none() {
                    res.affiliation = affiliation.clone().map(|a| (a, m.sentence));
                }
                res.first_sentence = res.first_sentence.min(m.sentence);
            } else {
                let mut entity = Entity::new(
                    crate::mentions::slug(name),
                    name.clone(),
                    EntityKind::Person,
                );
                entity.role.clone_from(role);
                r.entities.push(Resolved {
                    entity,
                    affiliation: affiliation.clone().map(|a| (a, m.sentence)),
                    gender: *gender,
                    acts: true,
                    first_sentence: m.sentence,
                });
                persons.push((name_words(name), r.entities.len() - 1));
            }
        }
    }
    for &(_, e) in &persons {
        let res = &mut r.entities[e];
        // a person of the gazetteer: Wikidata id, and the state they speak for when the text does not say
        if let Some(p) = index.person_by_label(&res.entity.label) {
            res.entity.wikidata.clone_from(&p.wikidata);
            res.gender = res.gender.or(p.gender);
            if res.affiliation.is_none() {
                res.affiliation = p
                    .affiliation
                    .as_deref()
                    .and_then(|a| seed_by_id(index, a))
                    .map(|s| (s, res.first_sentence));
            }
        }
        // "In Beijing, foreign ministry spokeswoman Mao Ning said": the state of the place
        // ('"... the hysteria in Tallinn is artificial," spokeswoman Irina Volkova told a
        // briefing in Moscow': the place nearest the person)
        if res.affiliation.is_none() && res.entity.role.is_some() {
            let sentence = in_sentence(mentions, res.first_sentence);
            let person = sentence.iter().find(|x| {
                matches!(&x.kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
            });
            let at = person.map_or(0, |x| x.tokens.0);
            let person_start = person.map_or(0, |x| x.span.start);
            // a place inside the quotation the person speaks is what they speak about
            let quoted_before = |x: &Mention| {
                x.span.end <= person_start
                    && text
                        .get(x.span.end..person_start)
                        .is_some_and(|between| between.contains(['"', '”']))
            };
            // '"... cooked up in Vilnius"', after the person, inside a quotation
            let quoted_after = |x: &Mention| {
                x.span.start >= person_start
                    && text
                        .get(person_start..x.span.start)
                        .is_some_and(|between| between.matches(['"', '“', '”']).count() % 2 == 1)
            };
            // after the person, a place is what they speak about ("said Islamabad had
            // shared evidence with Tehran") or where they went ("signed a contract in
            // Paris"), unless it is where they speak ("told a briefing in Moscow")
            let spoke_in = |x: &Mention| {
                text.get(person_start..x.span.start).is_some_and(|between| {
                    let mut words = between.split_whitespace().rev();
                    words.next() == Some("in")
                        && words.next().is_some_and(|w| {
                            matches!(
                                w.trim_matches(|c: char| !c.is_alphanumeric()),
                                "reporters"
                                    | "briefing"
                                    | "conference"
                                    | "journalists"
                                    | "speaking"
                                    | "interview"
                            )
                        })
                })
            };
            let place = sentence
                .iter()
                .filter_map(|x| match &x.kind {
                    MentionKind::Known {
                        seed,
                        form: crate::index::NameForm::Capital,
                    } if !x.actor
                        && x.tokens.0 > 0
                        && seed.kind == EntityKind::Country
                        && !quoted_before(x)
                        && !quoted_after(x)
                        && (x.span.end <= person_start || spoke_in(x)) =>
                    {
                        Some((x.tokens.0.abs_diff(at), seed))
                    }
                    _ => None,
                })
                .min_by_key(|&(distance, _)| distance)
                .map(|(_, seed)| seed.clone());
            if let Some(seed) = place {
                res.affiliation = Some((seed, res.first_sentence));
            }
        }
        // "Foreign Minister Rimantas Kairys said Lithuania would ...": the state that acts
        // next to a titled official in the sentence that introduces them
        if res.affiliation.is_none() && res.entity.role.is_some() {
            let person = in_sentence(mentions, res.first_sentence).iter().find(|x| {
                matches!(&x.kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
            });
            // "Foreign Secretary Nasreen Jahan told High Commissioner Arvind Sharma": the
            // object of a verb is no official of the state that acts before it
            let object = person.is_some_and(|pm| {
                text.get(..pm.span.start)
                    .and_then(|before| before.split_whitespace().next_back())
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "told"
                                | "met"
                                | "with"
                                | "summoned"
                                | "called"
                                | "phoned"
                                | "urged"
                                | "asked"
                                | "thanked"
                                | "accused"
                                | "received"
                                | "hosted"
                                | "welcomed"
                                | "expelled"
                                | "arrested"
                                | "detained"
                                | "extradited"
                                | "captured"
                                | "sanctioned"
                                | "charged"
                                | "indicted"
                                | "jailed"
                                | "sentenced"
                                | "to"
                                | "for"
                                | "against"
                        )
                    })
            });
            // "The Kremlin is worried about the role of the United States, Deputy Foreign
            // Minister Oleg Vasnetsov told": a speaker after what they say speaks for its
            // subject, the sentence's first state
            // (not after a direct quotation: '"Ankara lectures the world ...," Foreign
            // Minister Avi Shaked said' is about the other side as often as not)
            let postposed = person.is_some_and(|pm| {
                text.get(..pm.span.start)
                    .is_some_and(|before| before.trim_end().ends_with(','))
                    && text.get(pm.span.end..).is_some_and(|after| {
                        let w = after.split_whitespace().next().unwrap_or("");
                        matches!(w, "said" | "told" | "says" | "added" | "wrote")
                    })
            });
            // ("the chaos in Haiti", said by President Castillo Peña: a place governed
            // by a preposition is no subject)
            let subject = person.filter(|_| postposed).and_then(|pm| {
                in_sentence(mentions, pm.sentence)
                    .iter()
                    .find(|x| x.actor && !x.governed)
                    .filter(|x| x.tokens.1 <= pm.tokens.0)
                    .and_then(|x| match &x.kind {
                        MentionKind::Known { seed, .. } if seed.kind == EntityKind::Country => {
                            Some(seed.clone())
                        }
                        _ => None,
                    })
            });
            if let Some(seed) = subject {
                res.affiliation = Some((seed, res.first_sentence));
            } else if let Some(pm) = person.filter(|_| !object) {
                let nearest = in_sentence(mentions, pm.sentence)
                    .iter()
                    .filter(|x| x.actor && !x.governed)
                    .filter_map(|x| match &x.kind {
                        MentionKind::Known { seed, .. }
                        | MentionKind::Demonym { seed, acts: true }
                            if seed.kind == EntityKind::Country =>
                        {
                            // only to the left: what follows is what the official speaks about
                            (x.tokens.1 <= pm.tokens.0)
                                .then(|| (pm.tokens.0 - x.tokens.1, seed.clone()))
                        }
                        _ => None,
                    })
                    .filter(|(d, _)| *d <= 8)
                    .min_by_key(|(d, _)| *d);
                if let Some((_, seed)) = nearest {
                    res.affiliation = Some((seed, res.first_sentence));
                }
            }
        }
    }
    // "Ethiopia swiftly dismissed the complaint. ... government spokesman Dawit
    // Gebremariam said": an official whose title does not name a state speaks for
    // the state that is the subject of the sentence just before (in order, so that
    // an official found this way can be that subject for the next one)
    // the officials whose state is this guess: an owner the text names is better
    let mut guessed: Vec<usize> = Vec::new();
    // the states of the dateline and the lead, found once for every official who needs them
    let article_states = std::cell::OnceCell::new();
    for &(_, e) in &persons {
        let res = &r.entities[e];
        if res.affiliation.is_some() {
            continue;
        }
        let Some(role) = res.entity.role.as_deref() else {
            continue;
        };
        // heads of state and government are named with their state where the text
        // can: only the dateline or the lead places one that is not
        let head = !state_office(index, role) && head_office(index, role);
        if !head && !state_office(index, role) {
            continue;
        }
        // a spokesperson may speak for a body; ministers and envoys speak for a state
        let spokes = res.entity.role.as_deref().is_some_and(|role| {
            let role = role.to_ascii_lowercase();
            role.contains("spokes") || role.contains("press secretary")
        });
        // "Mexican President Claudia Sheinbaum ... Her security minister, Omar García
        // Harfuch": the state of the person whose official this is
        let owner = (!head)
            .then(|| {
                owner_of_title(&r, &persons, mentions, text, res)
                    .or_else(|| envoy_state(mentions, text, res))
                    .or_else(|| spoken_state(mentions, text, res))
                    .or_else(|| {
                        topic_party(&r, &persons, mentions, text, spokes, res.first_sentence)
                    })
            })
            .flatten();
        // ("STOCKHOLM, Dec 2 - ... Foreign Minister Johan Ekdahl said": at last, the
        // state of the article's one dateline, for an official no other rule placed)
        // ("Prime Minister Ousmane Sonko, a fierce critic of France, has accused Paris":
        // no state the official accuses or criticizes where the text introduces them)
        let fits = |seed: &Seed| !censured_by(mentions, text, res, seed);
        let guess = owner.filter(fits).or_else(|| {
            (!spokes && !is_envoy(res))
                .then(|| {
                    let (dateline, lead) = article_states.get_or_init(|| {
                        (dateline_state(mentions, text), lead_state(mentions, text))
                    });
                    dateline
                        .clone()
                        .filter(fits)
                        .or_else(|| lead.clone().filter(fits))
                })
                .flatten()
        });
        if let Some(seed) = guess {
            let first = r.entities[e].first_sentence;
            r.entities[e].affiliation = Some((seed, first));
            guessed.push(e);
        }
    }
    // then every mention in order (each resolution kept in a list made at its final size)
    r.of_mention.reserve_exact(mentions.len());
    let mut recent: Vec<(usize, usize)> = Vec::new(); // (entity, sentence) in order of mention
    let mut acting: Vec<(usize, usize)> = Vec::new(); // those not after a preposition
    let surnames = SurnameKeys::of(&persons);
    for m in mentions {
        let e = match &m.kind {
            MentionKind::Known { seed, .. } => Some(known(&mut r, seed, m, text, true)),
            MentionKind::Demonym { seed, acts } => Some(known(&mut r, seed, m, text, *acts)),
            MentionKind::Org {
                seed,
                aliases,
                head,
            } => {
                // a bare "the Foreign Ministry" after "the Iranian Foreign Ministry" is that ministry
                let earlier = (seed.country.is_none())
                    .then(|| {
                        recent.iter().rev().map(|&(e, _)| e).find(|&e| {
                            r.entities[e].entity.kind == EntityKind::Organization
                                && r.entities[e].entity.label.ends_with(head.as_str())
                        })
                    })
                    .flatten();
                match earlier {
                    Some(e) => Some(e),
                    None => {
                        let e = known(&mut r, seed, m, text, true);
                        for a in aliases {
                            add_alias(&mut r.entities[e].entity, a);
                        }
                        if let Some(c) = &seed.country {
                            if r.entities[e].affiliation.is_none() {
                                let cs = Seed {
                                    id: c.clone(),
                                    label: c.clone(),
                                    kind: EntityKind::Country,
                                    wikidata: None,
                                    country: None,
                                };
                                r.entities[e].affiliation = Some((cs, m.sentence));
                            }
                        }
                        Some(e)
                    }
                }
            }
            MentionKind::Person { name, .. } => find_person(&r, &persons, name),
            MentionKind::Surname => {
                let s = m.span.slice(text);
                let e = surnames
                    .may_be(s)
                    .then(|| surname(&r, &persons, s, &recent))
                    .flatten();
                if let Some(e) = e {
                    add_alias(&mut r.entities[e].entity, s);
                }
                // "the RED-Tabara rebel group ... RED-Tabara claimed": an organization
                // found by the form of its name, named again alone
                // (the gazetteer's own bodies are found by their names already)
                e.or_else(|| {
                    r.entities.iter().position(|x| {
                        x.entity.kind == EntityKind::Organization
                            && x.entity.names().any(|n| n == s)
                            && index.organization_index(&x.entity.id).is_none()
                    })
                })
            }
            // "Burundi ... says it has no contact", "claimed the attack, saying it had
            // targeted soldiers": "it" after a reporting verb is the one who speaks, the
            // sentence's subject
            MentionKind::Pronoun {
                pronoun: Pronoun::It,
                possessive: false,
            } if {
                matches!(
                    word_before(text, m.span.start),
                    "said"
                        | "says"
                        | "saying"
                        | "added"
                        | "stated"
                        | "announced"
                        | "insisted"
                        | "claimed"
                        | "argued"
                        | "confirmed"
                        | "maintained"
                        | "maintains"
                        | "insists"
                        | "claims"
                        | "adding"
                )
            } =>
            {
                let before: Vec<(&Mention, usize)> =
                    acting_so_far(mentions, &r.of_mention, m).collect();
                // the party just before the verb ("but Burundi says it"), else the
                // sentence's subject ("RED-Tabara, which ..., claimed the attack, saying it")
                let verb_start = text[..m.span.start]
                    .trim_end()
                    .trim_end_matches("that")
                    .trim_end()
                    .rfind(char::is_whitespace)
                    .map_or(0, |k| k + 1);
                before
                    .iter()
                    .rev()
                    .find(|(x, _)| {
                        // "The EU's border agency, Frontex, said it": past the comma
                        // that closes an apposition which is the name alone
                        let apposition = text[..x.span.start].trim_end().ends_with(',');
                        text.get(x.span.end..verb_start).is_some_and(|t| {
                            let t = t.trim();
                            t.is_empty()
                                || (apposition && t.trim_start_matches(',').trim().is_empty())
                        })
                    })
                    .or(before.first())
                    .map(|&(_, e)| e)
                    .filter(|&e| {
                        matches!(
                            r.entities[e].entity.kind,
                            EntityKind::Country | EntityKind::Organization
                        )
                    })
                    .or_else(|| pronoun_antecedent(&r, Pronoun::It, &recent, m.sentence))
            }
            // "Hamas rejected the plan. Israel accused it of stalling": the object of a
            // verb is not the clause's subject
            MentionKind::Pronoun {
                pronoun: Pronoun::It,
                possessive: false,
            } if matches!(
                word_before(text, m.span.start),
                "accused"
                    | "accusing"
                    | "accuses"
                    | "accuse"
                    | "blamed"
                    | "blaming"
                    | "blames"
                    | "urged"
                    | "urging"
                    | "condemned"
                    | "criticised"
                    | "criticized"
                    | "warned"
            ) =>
            {
                let subject = acting_so_far(mentions, &r.of_mention, m)
                    .next()
                    .map(|(_, e)| e);
                recent
                    .iter()
                    .rev()
                    .take_while(|&&(_, s)| m.sentence.saturating_sub(s) <= 3)
                    .map(|&(e, _)| e)
                    .find(|&e| Some(e) != subject && can_refer(Pronoun::It, &r.entities[e]))
            }
            // "ordered the French soldiers to leave, accusing them of spying": the state
            // whose people the sentence named last
            MentionKind::Pronoun {
                pronoun: Pronoun::They,
                possessive: false,
            } if matches!(
                word_before(text, m.span.start),
                "accused" | "accusing" | "accuses" | "accuse" | "blamed" | "blaming" | "blames"
            ) =>
            {
                let start = mentions.partition_point(|x| x.sentence < m.sentence);
                mentions[start..r.of_mention.len()]
                    .iter()
                    .zip(&r.of_mention[start..])
                    .rev()
                    .find(|(x, _)| matches!(x.kind, MentionKind::Demonym { acts: true, .. }))
                    .and_then(|(_, e)| *e)
                    .or_else(|| pronoun_antecedent(&r, Pronoun::They, &recent, m.sentence))
            }
            // "Netanyahu's office said Israel would not end the war before Hamas had been
            // dismantled, and it accused the group of stalling": "it" that opens the
            // second clause is the first clause's subject (a person's: their state's)
            MentionKind::Pronoun {
                pronoun: Pronoun::It,
                possessive: false,
            } if text[..m.span.start].trim_end().ends_with(", and") => {
                acting_so_far(mentions, &r.of_mention, m)
                    .next()
                    .and_then(|(_, e)| {
                        if can_refer(Pronoun::It, &r.entities[e]) {
                            return Some(e);
                        }
                        let (seed, _) = r.entities[e].affiliation.as_ref()?;
                        r.entities.iter().position(|x| x.entity.id == seed.id)
                    })
                    .or_else(|| pronoun_antecedent(&r, Pronoun::It, &recent, m.sentence))
            }
            MentionKind::Pronoun { pronoun, .. } => {
                // "... after Kishida said he was ready to meet Kim Jong Un. He urged":
                // a person pronoun that opens a sentence is the previous one's subject
                let opens = text[..m.span.start]
                    .trim_end_matches([' ', '"', '“'])
                    .ends_with(['.', '\n', '!', '?', '”', '"'])
                    || m.span.start == 0;
                opens
                    .then(|| first_person(&r, *pronoun, &recent, m.sentence))
                    .flatten()
                    .or_else(|| pronoun_antecedent(&r, *pronoun, &recent, m.sentence))
            }
            MentionKind::CountryOf { pronoun, side } => {
                pronoun_antecedent(&r, *pronoun, &recent, m.sentence)
                    .and_then(|p| country_of(&mut r, p, *side, m, text, index))
            }
            MentionKind::Role { noun, qualifier } => {
                role(&mut r, noun, qualifier.as_ref(), &recent, m, text)
            }
            // "the Commission": only a body named with that head, in the article so far
            MentionKind::OrgNoun { noun } if noun.starts_with(char::is_uppercase) => {
                let head = noun.to_lowercase();
                recent.iter().rev().map(|&(e, _)| e).find(|&e| {
                    r.entities[e].entity.kind == EntityKind::Organization
                        && crate::tokens::with_lowercase(&r.entities[e].entity.label, |n| {
                            n.split_whitespace().next_back() == Some(head.as_str())
                        })
                })
            }
            MentionKind::OrgNoun { noun } => {
                // "the group" is first an organization called a group (Wagner Group),
                // then a group or militia rather than a state agency
                let near = || {
                    recent
                        .iter()
                        .rev()
                        .take_while(|&&(_, s)| m.sentence.saturating_sub(s) <= 4)
                        .map(|&(e, _)| e)
                };
                let head = noun.rsplit(' ').next().unwrap_or("");
                let named = |e: usize| {
                    r.entities[e].entity.kind == EntityKind::Organization
                        && r.entities[e].entity.names().any(|n| {
                            crate::tokens::with_lowercase(n, |n| {
                                n.split_whitespace().any(|w| w == head)
                            })
                        })
                };
                near()
                    .find(|&e| named(e))
                    .or_else(|| {
                        near().find(|&e| {
                            r.entities[e].entity.kind == EntityKind::Organization
                                && r.entities[e].affiliation.is_none()
                        })
                    })
                    // "crew of a Chinese coast guard boat, the agency said": a body that
                    // acted before one named after a preposition
                    .or_else(|| {
                        let i = r.of_mention.len();
                        mentions[..i]
                            .iter()
                            .zip(&r.of_mention)
                            .rev()
                            .take_while(|(x, _)| m.sentence.saturating_sub(x.sentence) <= 4)
                            .filter(|(x, _)| !x.governed)
                            .filter_map(|(_, e)| *e)
                            .find(|&e| r.entities[e].entity.kind == EntityKind::Organization)
                    })
                    .or_else(|| {
                        near().find(|&e| r.entities[e].entity.kind == EntityKind::Organization)
                    })
            }
            MentionKind::Half { north } => {
                let prefix = if *north { "North " } else { "South " };
                r.entities.iter().position(|x| {
                    x.entity.kind == EntityKind::Country && x.entity.label.starts_with(prefix)
                })
            }
            MentionKind::Neighbour => {
                // "Niger halted exports to Benin, accusing its southern neighbour": the
                // state last named that is not the clause's subject (nor the subject's state)
                let subject = acting_so_far(mentions, &r.of_mention, m)
                    .next()
                    .map(|(_, e)| e);
                let own = subject.and_then(|e| r.entities[e].affiliation.as_ref().map(|a| &a.0.id));
                recent
                    .iter()
                    .rev()
                    .take_while(|&&(_, s)| m.sentence.saturating_sub(s) <= 3)
                    .map(|&(e, _)| e)
                    .find(|&e| {
                        Some(e) != subject
                            && own.is_none_or(|id| *id != r.entities[e].entity.id)
                            && r.entities[e].entity.kind == EntityKind::Country
                    })
            }
            MentionKind::StateNoun => {
                let place = in_sentence(mentions, m.sentence).iter().find(|x| {
                    !x.actor
                        && matches!(&x.kind, MentionKind::Known { seed, form: crate::index::NameForm::Capital } if seed.kind == EntityKind::Country)
                });
                // "In a statement carried by KCNA, the foreign ministry said": the agency's
                // state speaks (not "a loan that CNPC agreed to lend the junta")
                let speaks = text
                    .get(m.span.end..)
                    .and_then(|t| t.split_whitespace().next())
                    .is_some_and(|w| matches!(w, "said" | "says" | "added" | "stated"));
                let agency_state = in_sentence(mentions, m.sentence)
                    .iter()
                    .filter(|x| speaks && x.tokens.1 <= m.tokens.0)
                    .find_map(|x| match &x.kind {
                        MentionKind::Known { seed, .. }
                            if seed.kind == EntityKind::Organization =>
                        {
                            seed.country.clone()
                        }
                        _ => None,
                    })
                    .and_then(|c| seed_by_id(index, &c));
                // "the junta", "the regime" after "Myanmar's junta" or "the Myanmar regime":
                // the state the text named with that noun before
                let noun = m.span.slice(text).rsplit(' ').next().unwrap_or_default();
                let named_with = matches!(noun, "junta" | "regime")
                    .then(|| {
                        // (a bounded look-back: a long text costs no more per mention)
                        mentions[..mentions.partition_point(|x| x.span.start < m.span.start)]
                            .iter()
                            .rev()
                            .take(BOTH_SIDES_LOOK_BACK)
                            .find_map(|x| match &x.kind {
                                MentionKind::Known { seed, .. }
                                    if seed.kind == EntityKind::Country
                                        && text.get(x.span.end..).is_some_and(|after| {
                                            let after = after
                                                .trim_start_matches(['\'', '’'])
                                                .trim_start_matches('s')
                                                .trim_start()
                                                .trim_start_matches("military ");
                                            after.starts_with(noun)
                                                && !after[noun.len()..]
                                                    .starts_with(|c: char| c.is_alphanumeric())
                                        }) =>
                                {
                                    Some(seed.clone())
                                }
                                _ => None,
                            })
                    })
                    .flatten();
                // "He said the government would coordinate with Seoul": in what an official
                // says, the government is their own
                let speaker_state = acting_so_far(mentions, &r.of_mention, m)
                    .next()
                    .map(|(_, e)| e)
                    .filter(|&e| r.entities[e].entity.kind == EntityKind::Person)
                    .filter(|_| {
                        matches!(
                            word_before(text, m.span.start),
                            "said" | "says" | "added" | "stressed" | "insisted"
                        )
                    })
                    .and_then(|e| r.entities[e].affiliation.as_ref())
                    .map(|(seed, _)| seed.clone())
                    .filter(|seed| seed.kind == EntityKind::Country);
                let government_before = government_before(mentions, &r, text, m);
                match place {
                    Some(Mention {
                        kind: MentionKind::Known { seed, .. },
                        ..
                    }) => Some(known(&mut r, seed, m, text, true)),
                    // (the noun the text named a state with before wins over a body
                    // of another state in the sentence: "a loan that CNPC agreed to
                    // lend the junta" after "Niger's junta")
                    _ if named_with.is_some() => {
                        named_with.map(|s| known(&mut r, &s, m, text, true))
                    }
                    _ if agency_state.is_some() => {
                        agency_state.map(|s| known(&mut r, &s, m, text, true))
                    }
                    _ if speaker_state.is_some() => {
                        speaker_state.map(|s| known(&mut r, &s, m, text, true))
                    }
                    // "the government said ... Opposition leader X accused the government":
                    // a bare "the government" keeps meaning the state it meant before
                    _ if government_before.is_some() => government_before,
                    // the state last named before this sentence and not in it
                    // ("Beijing supplies the junta": not China)
                    _ => recent
                        .iter()
                        .rev()
                        .filter(|&&(_, s)| s < m.sentence)
                        .map(|&(e, _)| e)
                        .filter(|&e| {
                            // not a party acting in this sentence ("accused Moscow and Beijing of
                            // supplying the junta"); a place it names may be the junta's state
                            let first = mentions.partition_point(|x| x.sentence < m.sentence);
                            !mentions[first..]
                                .iter()
                                .zip(r.of_mention.get(first..).unwrap_or_default())
                                .any(|(x, xe)| {
                                    x.sentence == m.sentence
                                        && x.tokens.1 <= m.tokens.0
                                        && !x.governed
                                        && matches!(x.kind, MentionKind::Known { .. })
                                        && *xe == Some(e)
                                })
                        })
                        .find(|&e| r.entities[e].entity.kind == EntityKind::Country),
                }
            }
            MentionKind::BothSides {
                which,
                count,
                organizations,
            } => {
                let count = usize::from(*count);
                // "the warring parties": armed organizations first, then states
                // parties of earlier sentences first ("Beijing called on both sides"), those
                // of the same sentence only when the text has named no others yet ("Iran ...
                // Afghanistan's Taliban ..., after border guards from the two countries")
                // "appeals to both sides", "urged the two countries": the speaker is no side
                let addressed = text
                    .get(..m.span.start)
                    .and_then(|t| t.split_whitespace().next_back())
                    .is_some_and(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "to" | "on" | "upon" | "urged" | "urges" | "asked" | "asks" | "told"
                        )
                    });
                // "Brazil's foreign minister, who urged both governments": the one who
                // asks, the subject of the sentence, is no side
                let asker: Option<usize> = addressed
                    .then(|| acting_so_far(mentions, &r.of_mention, m).next())
                    .flatten()
                    .map(|(_, e)| e)
                    .map(|e| {
                        // a person asks for the state or body they speak for
                        r.entities[e]
                            .affiliation
                            .as_ref()
                            .and_then(|(seed, _)| {
                                r.entities.iter().position(|x| x.entity.id == seed.id)
                            })
                            .unwrap_or(e)
                    });
                let pick_in = |orgs_only: bool, same_sentence: bool| {
                    // (a ministry or an embassy is a state's body, never a side)
                    let body = |e: usize| {
                        let label = r.entities[e].entity.label.as_str();
                        ["Ministry", "Embassy", "Office", "Department"]
                            .iter()
                            .any(|w| label.contains(w))
                    };
                    let party = |e: usize| {
                        Some(e) != asker
                            && match r.entities[e].entity.kind {
                                EntityKind::Country => !orgs_only,
                                EntityKind::Organization => *organizations && !body(e),
                                _ => false,
                            }
                    };
                    let earlier = |s: usize| s < m.sentence || (same_sentence && s == m.sentence);
                    // the parties named in the last sentences, most recent first
                    let mut named: Vec<(usize, usize)> = Vec::new(); // (entity, last sentence)
                                                                     // (a bounded look-back: a long text costs no more per mention)
                    let back = || recent.iter().rev().take(BOTH_SIDES_LOOK_BACK);
                    for &(e, s) in back().filter(|&&(_, s)| earlier(s)) {
                        if party(e) && !named.iter().any(|&(x, _)| x == e) {
                            named.push((e, s));
                        }
                    }
                    // of those, the ones the text has named most: "both countries" after a
                    // passage on a mediator or a third state are the two the article is about
                    let mut window: Vec<usize> = named.iter().map(|&(e, _)| e).collect();
                    // named as an actor first ("Burundi accused Rwanda"), then as a place
                    // ("in eastern Congo")
                    let times = |e: usize| {
                        let free = acting
                            .iter()
                            .rev()
                            .take(BOTH_SIDES_LOOK_BACK)
                            .filter(|&&(x, s)| x == e && earlier(s))
                            .count();
                        (free, back().filter(|&&(x, s)| x == e && earlier(s)).count())
                    };
                    // stable: equal counts keep the most recent first
                    window.sort_by_cached_key(|&e| std::cmp::Reverse(times(e)));
                    window.truncate(count);
                    (window.len() == count).then(|| window[usize::from(*which)])
                };
                // "blamed Israel and the United States, charges both countries reject":
                // after a claim noun, the last parties of the same sentence
                let after_claim = matches!(
                    word_before(text, m.span.start)
                        .to_ascii_lowercase()
                        .as_str(),
                    "charges"
                        | "charge"
                        | "claims"
                        | "claim"
                        | "allegations"
                        | "allegation"
                        | "accusations"
                        | "accusation"
                );
                let just_named = || {
                    let mut last: Vec<usize> = Vec::new();
                    for &(e, _) in recent.iter().rev().take_while(|&&(_, s)| s == m.sentence) {
                        let party = matches!(
                            r.entities[e].entity.kind,
                            EntityKind::Country | EntityKind::Organization
                        );
                        if party && !last.contains(&e) {
                            last.push(e);
                        }
                    }
                    last.truncate(count);
                    last.reverse();
                    (last.len() == count).then(|| last[usize::from(*which)])
                };
                let first_sentence = !addressed && recent.iter().all(|&(_, s)| s == m.sentence);
                let pick = |orgs_only: bool| pick_in(orgs_only, first_sentence);
                let accused = after_claim.then(just_named).flatten();
                // "Japan and Australia also voiced alarm. In a joint statement, the two
                // governments said": the parties the sentence before opened with, joined
                let joined = || {
                    let prev = m.sentence.checked_sub(1)?;
                    let first = mentions.partition_point(|x| x.sentence < prev);
                    let end = mentions.partition_point(|x| x.sentence <= prev);
                    // the parties named there, once each span, in order
                    let mut named: Vec<(Span, usize, bool)> = Vec::new();
                    for (x, e) in mentions[first..end].iter().zip(&r.of_mention[first..end]) {
                        let Some(e) = *e else { continue };
                        let party = matches!(
                            r.entities[e].entity.kind,
                            EntityKind::Country | EntityKind::Organization
                        );
                        if party
                            && x.actor
                            && !named.iter().any(|(s, _, _)| s.start == x.span.start)
                        {
                            named.push((x.span, e, x.governed));
                        }
                    }
                    let list = named.get(..count)?;
                    let joined = !list[0].2
                        && list.windows(2).all(|w| {
                            text.get(w[0].0.end..w[1].0.start)
                                .is_some_and(|g| matches!(g.trim(), "and" | ","))
                        });
                    joined.then_some(list[usize::from(*which)].1)
                };
                let joined = (!addressed && !after_claim).then(joined).flatten();
                // "Mali, Burkina Faso and Niger left the bloc. ... urged the three capitals":
                // three or more are the last list of exactly that many parties, a few
                // sentences back at most
                let listed = || {
                    if count < 3 {
                        return None;
                    }
                    let from = m.sentence.saturating_sub(LIST_LOOK_BACK);
                    let first = mentions.partition_point(|x| x.sentence < from);
                    let end = mentions.partition_point(|x| x.sentence < m.sentence);
                    let mut best = None;
                    for s in from..m.sentence {
                        let lo = first + mentions[first..end].partition_point(|x| x.sentence < s);
                        let hi = first + mentions[first..end].partition_point(|x| x.sentence <= s);
                        let mut named: Vec<(Span, usize)> = Vec::new();
                        for (x, e) in mentions[lo..hi].iter().zip(&r.of_mention[lo..hi]) {
                            let Some(e) = *e else { continue };
                            let party = matches!(
                                r.entities[e].entity.kind,
                                EntityKind::Country | EntityKind::Organization
                            );
                            if party
                                && x.actor
                                && !named.iter().any(|(sp, _)| sp.start == x.span.start)
                            {
                                named.push((x.span, e));
                            }
                        }
                        let joins = |a: &(Span, usize), b: &(Span, usize)| {
                            text.get(a.0.end..b.0.start)
                                .is_some_and(|g| matches!(g.trim(), "and" | "," | ", and"))
                        };
                        // a list of exactly `count`: joined inside, not outside
                        for k in 0..named.len().saturating_sub(count - 1) {
                            let list = &named[k..k + count];
                            let inside = list.windows(2).all(|w| joins(&w[0], &w[1]));
                            let before = k > 0 && joins(&named[k - 1], &list[0]);
                            let after = named
                                .get(k + count)
                                .is_some_and(|x| joins(&list[count - 1], x));
                            let distinct = list
                                .iter()
                                .enumerate()
                                .all(|(i, a)| list[..i].iter().all(|b| b.1 != a.1));
                            if inside && !before && !after && distinct {
                                best = Some(list[usize::from(*which)].1);
                            }
                        }
                    }
                    best
                };
                let listed = (!after_claim).then(listed).flatten();
                if accused.is_some() {
                    accused
                } else if joined.is_some() {
                    joined
                } else if listed.is_some() {
                    listed
                } else if *organizations {
                    pick(true).or_else(|| pick(false))
                } else {
                    pick(false)
                }
            }
        };
        if let Some(e) = e {
            if m.actor
                && !matches!(
                    m.kind,
                    MentionKind::Demonym { acts: false, .. } | MentionKind::BothSides { .. }
                )
            {
                recent.push((e, m.sentence));
                if !m.governed {
                    acting.push((e, m.sentence));
                }
            }
        }
        r.of_mention.push(e);
    }
    // "The Karen Border Guard Force is led by Saw Chit Thu", "a gang whose leader,
    // Rawa Majid,": the person who leads a body named just before belongs to it
    for (i, m) in mentions.iter().enumerate() {
        let (MentionKind::Person { .. }, Some(e)) = (&m.kind, r.of_mention[i]) else {
            continue;
        };
        if r.entities[e].affiliation.is_some() && !guessed.contains(&e) {
            continue;
        }
        let before = text.get(..m.span.start).unwrap_or_default().trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let leads = [
            "led by",
            "headed by",
            "commanded by",
            "whose leader",
            "whose chief",
        ]
        .iter()
        .any(|p| before.ends_with(p));
        if !leads {
            continue;
        }
        let body = mentions[..i]
            .iter()
            .zip(&r.of_mention[..i])
            .rev()
            .take_while(|(x, _)| x.sentence == m.sentence)
            .filter_map(|(_, e)| *e)
            .find(|&o| r.entities[o].entity.kind == EntityKind::Organization);
        if let Some(o) = body {
            let seed = seed_of_entity(index, &r.entities[o].entity);
            r.entities[e].affiliation = Some((seed, m.sentence));
        }
    }
    // "Martin Reyes, the bank's vice president", "the league's Secretary-General":
    // a title that names a body by the head of its name belongs to the body the
    // article named with that head before
    // (the bodies of each head in order of first mention, found once: each official
    // looks up the last one before them, at no cost that grows with the article)
    let mut by_head: Vec<Vec<(usize, usize)>> = vec![Vec::new(); BODY_HEADS.len()];
    for (i, x) in r.entities.iter().enumerate() {
        if x.entity.kind != EntityKind::Organization {
            continue;
        }
        let h = crate::tokens::with_lowercase(&x.entity.label, |n| {
            let last = n.split_whitespace().next_back().unwrap_or_default();
            BODY_HEADS.iter().position(|h| *h == last)
        });
        if let Some(h) = h {
            by_head[h].push((x.first_sentence, i));
        }
    }
    for list in &mut by_head {
        list.sort_unstable();
    }
    for e in 0..r.entities.len() {
        let res = &r.entities[e];
        if res.entity.kind != EntityKind::Person
            || (res.affiliation.is_some() && !guessed.contains(&e))
        {
            continue;
        }
        let Some(role) = res.entity.role.as_deref() else {
            continue;
        };
        let first = res.first_sentence;
        // (the one introduced last before the person)
        let body = role
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| BODY_HEADS.iter().position(|h| *h == w))
            .filter_map(|h| {
                let list = &by_head[h];
                list[..list.partition_point(|&(s, _)| s <= first)]
                    .last()
                    .copied()
            })
            .max();
        if let Some((_, b)) = body {
            let seed = seed_of_entity(index, &r.entities[b].entity);
            r.entities[e].affiliation = Some((seed, first));
        }
    }
    // "Its chief spokesman, Zabihullah Mujahid,": an official introduced by "its",
    // "their" or "the group's" belongs to what they refer to
    for (i, m) in mentions.iter().enumerate().skip(1) {
        let (MentionKind::Person { .. }, Some(e)) = (&m.kind, r.of_mention[i]) else {
            continue;
        };
        if (r.entities[e].affiliation.is_some() && !guessed.contains(&e))
            || r.entities[e].entity.role.is_none()
        {
            continue;
        }
        // ("The group's spokesman, Corneille Bahati,": a noun that refers back, too)
        let p = &mentions[i - 1];
        let owner_word = match p.kind {
            MentionKind::Pronoun {
                possessive: true, ..
            } => true,
            MentionKind::OrgNoun { .. } | MentionKind::StateNoun => p.possessive,
            _ => false,
        };
        if !owner_word {
            continue;
        }
        if p.sentence != m.sentence || p.tokens.1 > m.tokens.0 || m.tokens.0 - p.tokens.1 > 4 {
            continue;
        }
        let Some(owner) = r.of_mention[i - 1] else {
            continue;
        };
        let o = &r.entities[owner].entity;
        if !matches!(o.kind, EntityKind::Organization | EntityKind::Country) || owner == e {
            continue;
        }
        let seed = seed_of_entity(index, o);
        r.entities[e].affiliation = Some((seed, m.sentence));
    }
    // "Junta spokesman Major General Kyaw Thant": the state "the junta" stands for
    // in this article, not the topic of the sentence before
    let juntas: Vec<(usize, usize)> = mentions
        .iter()
        .zip(&r.of_mention)
        .filter(|(m, _)| {
            matches!(m.kind, MentionKind::StateNoun) && m.span.slice(text).ends_with("junta")
        })
        .filter_map(|(m, e)| e.map(|e| (m.sentence, e)))
        .collect();
    if !juntas.is_empty() {
        // the persons whose title as written has "junta" ("Junta spokesman Major
        // General Kyaw Thant"), in one pass over the mentions
        let mut junta_persons: Vec<usize> = mentions
            .iter()
            .zip(&r.of_mention)
            .filter(|(m, _)| matches!(m.kind, MentionKind::Person { .. }))
            .filter(|(m, _)| {
                // a word of the title before the name, with no punctuation between,
                // or a word of the mention
                let before = text.get(..m.span.start).unwrap_or_default();
                let from = before.char_indices().rev().nth(80).map_or(0, |(i, _)| i);
                let title = before[from..]
                    .rsplit(|c: char| {
                        matches!(c, ',' | '.' | ';' | ':' | '"' | '“' | '”' | '(' | ')')
                    })
                    .next()
                    .unwrap_or_default();
                title
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| w.eq_ignore_ascii_case("junta"))
                    || m.span
                        .slice(text)
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case("junta"))
            })
            .filter_map(|(_, e)| *e)
            .collect();
        junta_persons.sort_unstable();
        junta_persons.dedup();
        for p in junta_persons {
            let first = r.entities[p].first_sentence;
            // the last "junta" named by the person's first sentence, else the first one
            let k = juntas.partition_point(|&(s, _)| s <= first);
            let state = juntas
                .get(k.wrapping_sub(1))
                .or(juntas.first())
                .map(|&(_, e)| e);
            if let Some(state) = state.filter(|&st| st != p) {
                let o = &r.entities[state].entity;
                if o.kind != EntityKind::Country {
                    continue;
                }
                let seed = seed_of_entity(index, o);
                r.entities[p].affiliation = Some((seed, first));
            }
        }
    }
    r
}

/// The gazetteer's seed for an entity of the document, or one made from it
/// when the gazetteer does not know it.
fn seed_of_entity(index: &Index, e: &Entity) -> Seed {
    seed_by_id(index, &e.id).unwrap_or_else(|| Seed {
        id: e.id.as_str().into(),
        label: e.label.as_str().into(),
        kind: e.kind,
        wikidata: e.wikidata.as_deref().map(Into::into),
        country: None,
    })
}

fn add_alias(e: &mut Entity, name: &str) {
    let name = name.trim();
    if name.is_empty() || name == e.label || e.aliases.iter().any(|a| a == name) {
        return;
    }
    e.aliases.push(name.to_owned());
    e.aliases.sort();
}

fn known(r: &mut Resolution, seed: &Seed, m: &Mention, text: &str, acts: bool) -> usize {
    let surface = m.span.slice(text);
    let e = match r.entities.iter().position(|x| x.entity.id == seed.id) {
        Some(e) => e,
        None => {
            let mut entity = Entity::new(seed.id.clone(), seed.label.clone(), seed.kind);
            entity.wikidata = seed.wikidata.as_deref().map(str::to_owned);
            let affiliation = seed.country.as_ref().map(|c| {
                (
                    Seed {
                        id: c.clone(),
                        label: c.clone(),
                        kind: EntityKind::Country,
                        wikidata: None,
                        country: None,
                    },
                    m.sentence,
                )
            });
            let _ = text;
            r.entities.push(Resolved {
                entity,
                affiliation,
                gender: None,
                acts: false,
                first_sentence: m.sentence,
            });
            r.entities.len() - 1
        }
    };
    let res = &mut r.entities[e];
    res.acts |= acts
        || (!m.actor
            && matches!(
                m.kind,
                MentionKind::Known {
                    form: crate::index::NameForm::Name | crate::index::NameForm::Metonym,
                    ..
                }
            ));
    if matches!(
        m.kind,
        MentionKind::Known { .. } | MentionKind::Demonym { .. }
    ) {
        add_alias(
            &mut res.entity,
            trim_prefix(trim_prefix(surface, "the "), "The "),
        );
    }
    e
}

/// The heads of bodies' names a title may name them by ("the bank's vice
/// president" of the World Bank).
const BODY_HEADS: &[&str] = &[
    "bank",
    "league",
    "commission",
    "council",
    "mission",
    "fund",
    "court",
    "agency",
    "alliance",
    "bloc",
    "union",
    "movement",
    "front",
    "group",
    "organization",
    "organisation",
    "party",
];

/// How many mentions back "both sides" looks for its parties and counts them.
const BOTH_SIDES_LOOK_BACK: usize = 400;

/// How many sentences back "the three countries" finds the list it stands for.
const LIST_LOOK_BACK: usize = 12;

/// The state an earlier bare "the government" of an earlier sentence resolved
/// to, where `m` is one too (a junta, an island or an army may be another's).
/// The mentions before `m` are resolved already: `r.of_mention` holds them in
/// order.
fn government_before(
    mentions: &[Mention],
    r: &Resolution,
    text: &str,
    m: &Mention,
) -> Option<usize> {
    let government = |x: &Mention| {
        x.span
            .slice(text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("government"))
    };
    if !government(m) {
        return None;
    }
    let done = r.of_mention.len().min(mentions.len());
    mentions[..done]
        .iter()
        .zip(&r.of_mention)
        .rev()
        .take(BOTH_SIDES_LOOK_BACK)
        .filter(|(x, _)| x.sentence < m.sentence && matches!(x.kind, MentionKind::StateNoun))
        .find(|(x, _)| government(x))
        .and_then(|(_, e)| *e)
        .filter(|&e| r.entities[e].entity.kind == EntityKind::Country)
}

/// `s` without every leading `prefix`, as [`str::trim_start_matches`] gives
/// it, without setting up a substring searcher.
fn trim_prefix<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
        s = rest;
    }
    s
}

fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| w.len() > 1)
        .collect();
    // "Surangel Whipps Jr." is Whipps
    if words.len() > 2 && matches!(words.last().map(String::as_str), Some("jr" | "sr")) {
        words.pop();
    }
    words
}

/// Calls `f` with the words [`name_words`] gives for `name`, lower-cased on
/// the stack when the name is short and ASCII.
fn with_name_words<R>(name: &str, f: impl FnOnce(&[&str]) -> R) -> R {
    const MOST: usize = 8;
    let mut buf = [0u8; 64];
    if name.is_ascii() && name.len() <= buf.len() {
        let lower = &mut buf[..name.len()];
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            let mut words = [""; MOST];
            let mut n = 0;
            for w in lower
                .split_whitespace()
                .map(|w| w.trim_end_matches('.'))
                .filter(|w| w.len() > 1)
            {
                if n == MOST {
                    n += 1;
                    break;
                }
                words[n] = w;
                n += 1;
            }
            if n <= MOST {
                // (as `name_words`: "Surangel Whipps Jr." is Whipps)
                if n > 2 && matches!(words[n - 1], "jr" | "sr") {
                    n -= 1;
                }
                return f(&words[..n]);
            }
        }
    }
    let owned = name_words(name);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    f(&words)
}

/// The person already seen whose name is a shorter or longer form of `name`.
fn find_person(r: &Resolution, persons: &[(Vec<String>, usize)], name: &str) -> Option<usize> {
    with_name_words(name, |words| find_person_by_words(r, persons, words))
}

/// [`find_person`] for the words of the name.
fn find_person_by_words(
    r: &Resolution,
    persons: &[(Vec<String>, usize)],
    words: &[&str],
) -> Option<usize> {
    persons.iter().find_map(|(other, e)| {
        let same_last = words.last().copied() == other.last().map(String::as_str);
        let short_in_long = if words.len() <= other.len() {
            words.iter().all(|w| other.iter().any(|x| x == w))
        } else {
            other.iter().all(|x| words.contains(&x.as_str()))
        };
        (same_last && short_in_long && r.entities[*e].entity.kind == EntityKind::Person)
            .then_some(*e)
    })
}

/// The lengths and first and last bytes of the words [`surname`] compares a
/// word with (the persons' surnames), as bits: an ASCII word whose bit is
/// clear is none of them, known without lower-casing it.
struct SurnameKeys([u64; 4]);

impl SurnameKeys {
    /// The bit of a word of `len` bytes, first byte `first` and last byte `last`.
    fn bit(len: usize, first: u8, last: u8) -> usize {
        (len.wrapping_mul(31) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last)) % 256
    }

    fn of(persons: &[(Vec<String>, usize)]) -> SurnameKeys {
        let mut bits = [0u64; 4];
        for (w, _) in persons {
            let keys = [
                w.last().filter(|_| w.len() >= 2),
                w.first().filter(|_| (2..=3).contains(&w.len())),
            ];
            for key in keys.into_iter().flatten() {
                let k = key.as_bytes();
                let at = |i: usize| k.get(i).copied().unwrap_or(0);
                let b = SurnameKeys::bit(k.len(), at(0), at(k.len().wrapping_sub(1)));
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        SurnameKeys(bits)
    }

    /// False when `s` (in any case) is certainly none of the keys.
    fn may_be(&self, s: &str) -> bool {
        if !s.is_ascii() {
            return true;
        }
        // an ASCII word in lower case: the same length, its bytes lower-cased
        let w = s.as_bytes();
        let at = |i: usize| w.get(i).map_or(0, u8::to_ascii_lowercase);
        let b = SurnameKeys::bit(w.len(), at(0), at(w.len().wrapping_sub(1)));
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// The person whose name ends (or, for East Asian order, starts) with `s`.
fn surname(
    r: &Resolution,
    persons: &[(Vec<String>, usize)],
    s: &str,
    recent: &[(usize, usize)],
) -> Option<usize> {
    // the last word of a name, else its first: a family name written first ("Wang"
    // for Wang Zhiyuan, "Kim" for Kim Jong Un)
    let matching: Vec<usize> = crate::tokens::with_lowercase(s, |key| {
        let is_key = |x: Option<&String>| x.is_some_and(|x| x == key);
        let last: Vec<usize> = persons
            .iter()
            .filter(|(w, _)| w.len() >= 2 && is_key(w.last()))
            .map(|&(_, e)| e)
            .collect();
        if !last.is_empty() {
            return last;
        }
        // (not a given name, "Israel" for Israel Katz)
        // (not the name of a state or body: "Israel" for Israel Katz)
        let given = r.entities.iter().any(|x| {
            x.entity.kind != EntityKind::Person
                && x.entity.names().any(|n| n.eq_ignore_ascii_case(key))
        });
        persons
            .iter()
            .filter(|(w, _)| (w.len() == 3 || (w.len() == 2 && !given)) && is_key(w.first()))
            .map(|&(_, e)| e)
            .collect()
    });
    match matching.len() {
        0 => None,
        1 => Some(matching[0]),
        // two persons share the name: the most recent one
        _ => recent
            .iter()
            .rev()
            .map(|&(e, _)| e)
            .find(|e| matching.contains(e))
            .or(Some(matching[0])),
    }
    .filter(|&e| r.entities[e].entity.kind == EntityKind::Person)
}

fn pronoun_antecedent(
    r: &Resolution,
    p: Pronoun,
    recent: &[(usize, usize)],
    sentence: usize,
) -> Option<usize> {
    recent
        .iter()
        .rev()
        .take_while(|&&(_, s)| sentence.saturating_sub(s) <= 3)
        .map(|&(e, _)| e)
        .find(|&e| can_refer(p, &r.entities[e]))
}

/// Whether pronoun `p` can refer to `x`: "he" and "she" to a person not known to
/// be of the other gender, "it" to a state or organization, "they" to a group.
fn can_refer(p: Pronoun, x: &Resolved) -> bool {
    match p {
        Pronoun::He => x.entity.kind == EntityKind::Person && x.gender != Some(Gender::Female),
        Pronoun::She => x.entity.kind == EntityKind::Person && x.gender != Some(Gender::Male),
        Pronoun::It => matches!(
            x.entity.kind,
            EntityKind::Country | EntityKind::Organization
        ),
        Pronoun::They => x.entity.kind == EntityKind::Group,
    }
}

/// "Her security minister, Omar García Harfuch": where a possessive pronoun opens
/// the title of a person's first mention, the state of the nearest person before
/// whom the pronoun can refer to.
fn owner_of_title(
    r: &Resolution,
    persons: &[(Vec<String>, usize)],
    mentions: &[Mention],
    text: &str,
    res: &Resolved,
) -> Option<Seed> {
    // the person's mention in its first sentence, found without a pass over the document
    let first = mentions.partition_point(|x| x.sentence < res.first_sentence);
    let at = first
        + in_sentence(mentions, res.first_sentence).iter().position(|x| {
            matches!(&x.kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
        })?;
    let start = mentions[at].span.start;
    let sentence_start = mentions[..at]
        .iter()
        .rev()
        .find(|x| x.sentence != res.first_sentence)
        .map_or(0, |x| x.span.end);
    let before = text.get(sentence_start.min(start)..start)?;
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let k = words
        .iter()
        .position(|w| matches!(*w, "Her" | "His" | "her" | "his"))?;
    // only the title's lower-case words lie between ("Her security minister,")
    if !words[..k]
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == ',' || c == '-'))
    {
        return None;
    }
    let pronoun = if words[k].eq_ignore_ascii_case("her") {
        Pronoun::She
    } else {
        Pronoun::He
    };
    // (a bounded look-back: a long text costs no more per official)
    mentions[..at]
        .iter()
        .rev()
        .take(BOTH_SIDES_LOOK_BACK)
        .find_map(|x| match &x.kind {
            MentionKind::Person { name, .. } => {
                let p = find_person(r, persons, name)?;
                let who = &r.entities[p];
                if !can_refer(pronoun, who) {
                    return None;
                }
                who.affiliation
                    .as_ref()
                    .map(|(s, _)| s)
                    .filter(|s| s.kind == EntityKind::Country)
                    .cloned()
            }
            _ => None,
        })
}

/// "Thailand does not recognise the court's jurisdiction, Foreign Minister Maris
/// Sangiampongsa said": an official who speaks after what they report, in the
/// sentence that introduces them, speaks for the state that opens it.
fn spoken_state(mentions: &[Mention], text: &str, res: &Resolved) -> Option<Seed> {
    let sentence = in_sentence(mentions, res.first_sentence);
    let at = sentence.iter().position(|x| {
        matches!(&x.kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
    })?;
    let first = sentence.first()?;
    if first.tokens.0 > 1 || !first.actor || first.governed {
        return None;
    }
    let seed = match &first.kind {
        MentionKind::Known { seed, .. } | MentionKind::Demonym { seed, acts: true }
            if seed.kind == EntityKind::Country =>
        {
            seed
        }
        _ => return None,
    };
    // the official follows a comma, and the title's words lie between
    let person = &sentence[at];
    let before = text.get(first.span.end..person.span.start)?;
    let (_, title) = before.rsplit_once(',')?;
    let after = text.get(person.span.end..)?.trim_start();
    (at > 0
        && title.split_whitespace().count() <= 4
        && title
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && ["said", "says", "told", "added"]
            .iter()
            .any(|w| after.starts_with(w)))
    .then(|| seed.clone())
}

/// "Seoul summoned China's ambassador. ... Ambassador Dai Bing": an ambassador or
/// envoy whose title names no state is the envoy of the state last named with
/// that noun ("China's ambassador", "the Chinese envoy") in the official's first
/// sentence before them or the sentence before it.
fn envoy_state(mentions: &[Mention], text: &str, res: &Resolved) -> Option<Seed> {
    let noun = envoy_noun(res)?;
    let first = mentions.partition_point(|x| x.sentence + 1 < res.first_sentence);
    let end = mentions.partition_point(|x| x.sentence <= res.first_sentence);
    // the official's own mention in their first sentence bounds the look-back
    let at = (first..end)
        .find(|&k| {
            mentions[k].sentence == res.first_sentence
                && matches!(&mentions[k].kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
        })
        .unwrap_or(end);
    mentions[first..at].iter().rev().find_map(|x| {
        let seed = match &x.kind {
            MentionKind::Known { seed, .. } | MentionKind::Demonym { seed, .. }
                if seed.kind == EntityKind::Country =>
            {
                seed
            }
            _ => return None,
        };
        let after = text.get(x.span.end..)?;
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after)
            .trim_start();
        (after.starts_with(noun) && !after[noun.len()..].starts_with(char::is_alphanumeric))
            .then(|| seed.clone())
    })
}

/// The first party of the sentence before `sentence` that `p` can refer to: a
/// person for "he" and "she", a state or a body for "it".
fn first_person(
    r: &Resolution,
    p: Pronoun,
    recent: &[(usize, usize)],
    sentence: usize,
) -> Option<usize> {
    if !matches!(p, Pronoun::He | Pronoun::She | Pronoun::It) {
        return None;
    }
    let before = sentence.checked_sub(1)?;
    // the sentence before is at the end of `recent`
    let from = recent.partition_point(|&(_, s)| s < before);
    recent[from..]
        .iter()
        .take_while(|&&(_, s)| s == before)
        .map(|&(e, _)| e)
        .find(|&e| can_refer(p, &r.entities[e]))
}

fn country_of(
    r: &mut Resolution,
    person: usize,
    side: bool,
    m: &Mention,
    text: &str,
    index: &Index,
) -> Option<usize> {
    let (aff, _) = r.entities[person].affiliation.clone()?;
    if side {
        return Some(known(r, &aff, m, text, true));
    }
    let country_id = if aff.kind == EntityKind::Country {
        aff.id
    } else {
        aff.country.clone()?
    };
    let seed = seed_by_id(index, &country_id)?;
    Some(known(r, &seed, m, text, true))
}

/// The gazetteer seed of an id.
pub fn seed_by_id(index: &Index, id: &str) -> Option<Seed> {
    index.seed_by_id(id)
}

fn role(
    r: &mut Resolution,
    noun: &str,
    qualifier: Option<&Seed>,
    recent: &[(usize, usize)],
    m: &Mention,
    text: &str,
) -> Option<usize> {
    let fits = |x: &Resolved| {
        if x.entity.kind != EntityKind::Person {
            return false;
        }
        let role = x.entity.role.as_deref().unwrap_or("");
        let role_ok = crate::tokens::with_lowercase(role, |role| {
            role.contains(noun)
                || (noun == "diplomat"
                    && (role.contains("foreign")
                        || role.contains("ambassador")
                        || role.contains("envoy")
                        || role.contains("secretary of state")))
                || (noun.starts_with("spokes") && role.contains("spokes"))
                || (noun == "official" && !role.is_empty())
                || (noun == "minister" && role.contains("secretary"))
                || (noun == "leader"
                    && (role.contains("president")
                        || role.contains("prime minister")
                        || role.contains("leader")))
        });
        let qual_ok = match qualifier {
            None => true,
            Some(q) => x
                .affiliation
                .as_ref()
                .is_some_and(|(a, _)| a.id == q.id || a.country.as_deref() == Some(q.id.as_str())),
        };
        role_ok && qual_ok
    };
    let hit = recent
        .iter()
        .rev()
        .map(|&(e, _)| e)
        .find(|&e| fits(&r.entities[e]));
    if hit.is_some() {
        return hit;
    }
    // an unnamed official stands for the state or organization that qualifies it
    qualifier.map(|q| known(r, q, m, text, true))
}

/// The mentions of one sentence: mentions come in document order, so a
/// binary search finds them without a pass over the whole document.
/// The mentions of `m`'s sentence before it that act, not after a preposition,
/// with the entities they were resolved to (`of_mention` holds the resolutions
/// so far, in text order): the sentence's subject first.
fn acting_so_far<'m>(
    mentions: &'m [Mention],
    of_mention: &'m [Option<usize>],
    m: &Mention,
) -> impl Iterator<Item = (&'m Mention, usize)> {
    let start = mentions.partition_point(|x| x.sentence < m.sentence);
    mentions[start..of_mention.len()]
        .iter()
        .zip(&of_mention[start..])
        .filter(|(x, _)| x.actor && !x.governed)
        .filter_map(|(x, e)| e.map(|e| (x, e)))
}

/// The word of `text` just before byte `at`, past a "that" and the day of a
/// statement ("said that it", "said Tuesday that it", "said on Monday it").
fn word_before(text: &str, at: usize) -> &str {
    let mut words = text.get(..at).unwrap_or_default().split_whitespace().rev();
    let mut w = words.next().unwrap_or_default();
    if w == "that" {
        w = words.next().unwrap_or_default();
    }
    if matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "today"
            | "yesterday"
            | "earlier"
            | "later"
    ) {
        w = words.next().unwrap_or_default();
        if w == "on" {
            w = words.next().unwrap_or_default();
        }
    }
    w
}

fn in_sentence(mentions: &[Mention], sentence: usize) -> &[Mention] {
    let a = mentions.partition_point(|x| x.sentence < sentence);
    let b = mentions.partition_point(|x| x.sentence <= sentence);
    &mentions[a..b]
}

/// Whether a role as the text gives it ("Deputy Defence Minister", "the
/// assistant minister for political affairs") holds a title of an office of
/// state or organization (`titles.tsv` gives it a role), not an honorific.
fn state_office(index: &Index, role: &str) -> bool {
    has_title(&index.office_titles, role)
}

/// Whether a role holds the title of a head of state or government
/// ("President", "Prime Minister").
fn head_office(index: &Index, role: &str) -> bool {
    has_title(&index.head_titles, role)
}

/// Whether a role holds one of `titles` (each as its words).
fn has_title(titles: &[Vec<String>], role: &str) -> bool {
    let role = role.to_lowercase();
    let words: Vec<&str> = role
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // heads of state and government are named with their state; the passage's
    // state is a guess worth making only for ministers, envoys and spokespeople
    titles.iter().any(|title| {
        // the title's words in a row, compared without lower-casing a copy of each title
        let n = title.len();
        n > 0
            && words
                .windows(n)
                .any(|w| w.iter().zip(title).all(|(a, b)| a.eq_ignore_ascii_case(b)))
    })
}

/// The party a passage is about just before `sentence`: in the sentence
/// before (or the one before that), the first state that acts, not after a
/// preposition, or the state of the first official that does ("Moldovan
/// officials rejected the claims"); for a spokesperson (`spokes`), also an
/// organization that speaks ("Pakistan's Foreign Office said").
fn topic_party(
    r: &Resolution,
    persons: &[(Vec<String>, usize)],
    mentions: &[Mention],
    text: &str,
    spokes: bool,
    sentence: usize,
) -> Option<Seed> {
    let speaks = |x: &Mention| {
        text.get(x.span.end..)
            .and_then(|after| after.split_whitespace().next())
            .is_some_and(|w| {
                matches!(
                    w,
                    "said"
                        | "says"
                        | "told"
                        | "stated"
                        | "announced"
                        | "accused"
                        | "denied"
                        | "rejected"
                        | "dismissed"
                        | "insisted"
                        | "warned"
                        | "added"
                )
            })
    };
    let state_of = |aff: &Option<(Seed, usize)>| {
        aff.as_ref()
            .map(|(s, _)| s)
            .filter(|s| s.kind == EntityKind::Country)
            .cloned()
    };
    (sentence.saturating_sub(2)..sentence).rev().find_map(|s| {
        in_sentence(mentions, s)
            .iter()
            .filter(|x| x.actor && !x.governed)
            .find_map(|x| match &x.kind {
                MentionKind::Known { seed, .. } | MentionKind::Demonym { seed, acts: true }
                    if seed.kind == EntityKind::Country =>
                {
                    Some(seed.clone())
                }
                // "Pakistan's Foreign Office said ... Spokeswoman Ayesha Rana said": the
                // official speaks for the body
                MentionKind::Known { seed, .. } | MentionKind::Org { seed, .. }
                    if spokes && seed.kind == EntityKind::Organization && speaks(x) =>
                {
                    Some(seed.clone())
                }
                // an envoy serves abroad: the passage is not about their state
                MentionKind::Person { name, .. } => find_person(r, persons, name)
                    .filter(|&p| !is_envoy(&r.entities[p]))
                    .and_then(|p| state_of(&r.entities[p].affiliation)),
                _ => None,
            })
    })
}

/// Whether the sentence that introduces a person names `seed` as the one the
/// person accuses or criticizes ("a fierce critic of France", "accused Paris of").
fn censured_by(mentions: &[Mention], text: &str, res: &Resolved, seed: &Seed) -> bool {
    let sentence = in_sentence(mentions, res.first_sentence);
    let Some(person) = sentence.iter().find(|x| {
        matches!(&x.kind, MentionKind::Person { name, .. } if *name == res.entity.label || res.entity.aliases.contains(name))
    }) else {
        return false;
    };
    sentence.iter().any(|x| {
        let same = match &x.kind {
            MentionKind::Known { seed: s, .. } | MentionKind::Demonym { seed: s, .. } => {
                s.id == seed.id
            }
            _ => false,
        };
        same && x.span.start > person.span.end
            && text.get(..x.span.start).is_some_and(|before| {
                let mut words = before.split_whitespace().rev();
                let w1 = words.next().unwrap_or("");
                let w2 = words.next().unwrap_or("");
                matches!(
                    w1,
                    "accused"
                        | "accusing"
                        | "accuses"
                        | "blamed"
                        | "blaming"
                        | "condemned"
                        | "criticised"
                        | "criticized"
                ) || (w1 == "of" && matches!(w2, "critic" | "critics" | "opponent" | "foe"))
            })
    })
}

/// The state of an article's dateline ("STOCKHOLM, Dec 2 -"), when it names
/// one place: a capital in capital letters among the first sentences.
fn dateline_state(mentions: &[Mention], text: &str) -> Option<Seed> {
    let mut places = mentions
        .iter()
        .take_while(|m| m.sentence <= 2)
        .filter(|m| {
            matches!(&m.kind, MentionKind::Known { seed, form: crate::index::NameForm::Capital }
                if seed.kind == EntityKind::Country)
                && m.span.len() >= 3
                && m.span.slice(text).chars().all(|c| !c.is_lowercase())
                && text
                    .get(m.span.end..)
                    .is_some_and(|after| after.starts_with([',', '/', ' ']))
        })
        .filter_map(|m| match &m.kind {
            MentionKind::Known { seed, .. } => Some(seed),
            _ => None,
        });
    let first = places.next()?;
    places.all(|s| s.id == first.id).then(|| first.clone())
}

/// The state that acts first in an article's opening sentences ("Japan lodged a
/// formal protest with South Korea"), not a place of its dateline.
fn lead_state(mentions: &[Mention], text: &str) -> Option<Seed> {
    mentions
        .iter()
        .take_while(|m| m.sentence <= 2)
        .filter(|m| m.actor && !m.governed)
        .filter(|m| m.span.slice(text).chars().any(char::is_lowercase))
        .find_map(|m| match &m.kind {
            MentionKind::Known { seed, .. } | MentionKind::Demonym { seed, acts: true }
                if seed.kind == EntityKind::Country =>
            {
                Some(seed.clone())
            }
            _ => None,
        })
}

/// Whether a person's title ends in "ambassador" or "envoy".
fn is_envoy(res: &Resolved) -> bool {
    envoy_noun(res).is_some()
}

/// The noun of an envoy's title ("Ambassador", "Special Envoy"), lower-cased.
fn envoy_noun(res: &Resolved) -> Option<&'static str> {
    let role = res.entity.role.as_deref()?;
    ["ambassador", "envoy"].into_iter().find(|n| {
        role.len() >= n.len()
            && role.is_char_boundary(role.len() - n.len())
            && role[role.len() - n.len()..].eq_ignore_ascii_case(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Index;
    use crate::sentences;
    use crate::tokens::tokenize;

    /// The mentions of `input` and their resolution.
    fn mentions_resolved(input: &str) -> (Vec<Mention>, Resolution) {
        let index = Index::embedded().expect("lexicon");
        let mut mentions = Vec::new();
        for s in sentences::split(input, &index.lexicon) {
            let toks = tokenize(input, s.span);
            mentions.extend(crate::mentions::find(input, s.index, s.span, &toks, &index));
        }
        let r = resolve(&mentions, input, &index);
        (mentions, r)
    }

    /// Resolves a text and lists, for each resolved mention, "surface=entity-id".
    fn check(input: &str, expected: &[&str]) {
        let (mentions, r) = mentions_resolved(input);
        let got: Vec<String> = mentions
            .iter()
            .zip(&r.of_mention)
            .filter_map(|(m, e)| {
                e.map(|e| format!("{}={}", m.span.slice(input), r.entities[e].entity.id))
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn its_neighbour_is_another_state() {
        check(
            "Niger halted exports through the pipeline to Benin's coast, accusing its southern neighbour of hosting French bases.",
            &["Niger=niger", "Benin=benin", "its southern neighbour=benin", "French=france"],
        );
        check(
            "Venezuela and Guyana agreed to talks, even as Caracas accused its neighbour of provocations.",
            &[
                "Venezuela=venezuela",
                "Guyana=guyana",
                "Caracas=venezuela",
                "its neighbour=guyana",
            ],
        );
    }

    #[test]
    fn pronouns_that_open_a_second_clause_or_follow_an_accusation() {
        // "it" after ", and" is the first clause's subject, not the party named last
        check(
            "Israel said it would not end the war before Hamas had been dismantled, and it accused the group of stalling.",
            &[
                "Israel=israel",
                "it=israel",
                "Hamas=hamas",
                "it=israel",
                "the group=hamas",
            ],
        );
        // "them" after "accusing": the state whose people were named last
        check(
            "Chad ordered the French soldiers to leave, accusing them of spying.",
            &["Chad=chad", "French=france", "them=france"],
        );
    }

    #[test]
    fn surnames_and_pronouns() {
        check(
            "Deputy Assistant Secretary of Defense Dana Stroul spoke. Stroul said she was worried.",
            &[
                "Deputy Assistant Secretary of Defense Dana Stroul=dana-stroul",
                "Stroul=dana-stroul",
                "she=dana-stroul",
            ],
        );
        // a state's company in the sentence names no junta; the agency carrying a
        // statement names the ministry that speaks
        check(
            "Niger's junta shut the pipeline. The shutdown puts at risk a loan that CNPC agreed to lend the junta.",
            &["Niger=niger", "CNPC=cnpc", "the junta=niger"],
        );
        check(
            "Seoul was alarmed. In a statement carried by KCNA, the foreign ministry said it would respond.",
            &[
                "Seoul=south-korea",
                "KCNA=kcna",
                "the foreign ministry=north-korea",
                "it=north-korea",
            ],
        );
        // a family name written first; never a state's name
        check(
            "Foreign ministry spokesman Wang Zhiyuan spoke. Wang urged Malaysia to act.",
            &[
                "Foreign ministry spokesman Wang Zhiyuan=wang-zhiyuan",
                "Wang=wang-zhiyuan",
                "Malaysia=malaysia",
            ],
        );
        check(
            "Defence Minister Israel Katz spoke. Russia warned Israel.",
            &[
                "Defence Minister Israel Katz=israel-katz",
                "Russia=russia",
                "Israel=israel",
            ],
        );
        // a generation after the name is no surname
        check(
            "President Surangel Whipps Jr. spoke. Whipps said he was worried.",
            &[
                "President Surangel Whipps Jr.=surangel-whipps-jr",
                "Whipps=surangel-whipps-jr",
                "he=surangel-whipps-jr",
            ],
        );
    }

    #[test]
    fn her_minister_is_her_states_minister() {
        check_affiliation(
            "Mexican President Claudia Sheinbaum rejected the claims. The United States sells the guns, she said. Her security minister, Omar García Harfuch, said arrests had risen.",
            "Omar García Harfuch",
            "mexico",
        );
    }

    #[test]
    fn an_official_who_speaks_after_the_content_speaks_for_the_state_that_opens_it() {
        check_affiliation(
            "Cambodia said Thai troops had opened fire first. Thailand does not recognise the court's jurisdiction, Foreign Minister Maris Sangiampongsa said.",
            "Maris Sangiampongsa",
            "thailand",
        );
        // not where the official speaks first
        check_affiliation(
            "Cambodia said Thai troops had opened fire first. Foreign Minister Prak Sokhonn said Thailand does not recognise the court.",
            "Prak Sokhonn",
            "cambodia",
        );
    }

    #[test]
    fn an_official_no_passage_places_serves_the_dateline_or_the_lead() {
        check_affiliation(
            "STOCKHOLM, Dec 2 - Police arrested four men. \"We will not be intimidated,\" Foreign Minister Johan Ekdahl said.",
            "Johan Ekdahl",
            "sweden",
        );
        check_affiliation(
            "SEOUL/TOKYO, April 22 - Japan lodged a protest with South Korea. \"This is unacceptable,\" President Yuki Tanaka said.",
            "Yuki Tanaka",
            "japan",
        );
        // not a state the official accuses where the text introduces them
        check_affiliation(
            "DAKAR, Senegal - French troops killed dozens in 1944, French President Emmanuel Macron said. Prime Minister Ousmane Sonko, a fierce critic of France, has accused Paris of concealing the number.",
            "Ousmane Sonko",
            "senegal",
        );
        // a leader may lead a party or an armed group
        let (_, r) = mentions_resolved(
            "STOCKHOLM, Dec 2 - Police arrested four men. \"We will not be intimidated,\" Leader Johan Ekdahl said.",
        );
        let leader = r.entities.iter().find(|e| e.entity.label == "Johan Ekdahl");
        assert!(leader.is_some_and(|e| e.affiliation.is_none()));
    }

    #[test]
    fn a_pronoun_that_opens_a_sentence_is_the_previous_subject() {
        check(
            "Prime Minister Fumio Kishida said he was ready to meet Kim Jong Un. He urged Pyongyang to answer.",
            &[
                "Prime Minister Fumio Kishida=fumio-kishida",
                "he=fumio-kishida",
                "Kim Jong Un=kim-jong-un",
                "He=fumio-kishida",
                "Pyongyang=north-korea",
            ],
        );
        // inside a sentence, the nearest person still
        check(
            "Kishida met Kim Jong Un, who said he was ready.",
            &[
                "Kishida=fumio-kishida",
                "Kim Jong Un=kim-jong-un",
                "he=kim-jong-un",
            ],
        );
    }

    #[test]
    fn the_north_and_the_south_are_the_halves_the_text_named() {
        check(
            "North Korea and South Korea traded fire. Seoul accused the North of provocations, and the South will respond.",
            &[
                "North Korea=north-korea",
                "South Korea=south-korea",
                "Seoul=south-korea",
                "the North=north-korea",
                "the South=south-korea",
            ],
        );
        // no half named: nothing; a longer name is no half
        check(
            "Troops moved to the North. Ships sailed the North Atlantic.",
            &[],
        );
    }

    /// The state or organization the person named `person` is found to speak for.
    fn check_affiliation(input: &str, person: &str, expected: &str) {
        let (_, r) = mentions_resolved(input);
        let got = r
            .entities
            .iter()
            .find(|e| e.entity.label == person)
            .and_then(|e| e.affiliation.as_ref())
            .map(|(seed, _)| seed.id.clone());
        assert_eq!(got.as_deref(), Some(expected), "\n{input}");
    }

    #[test]
    fn an_official_speaks_for_the_place_of_the_briefing() {
        check_affiliation(
            "\"This is in Tallinn,\" ministry spokeswoman Irina Volkova told a briefing in Moscow.",
            "Irina Volkova",
            "russia",
        );
        check_affiliation(
            "In Beijing, foreign ministry spokeswoman Mao Ning said the talks went well.",
            "Mao Ning",
            "china",
        );
    }

    #[test]
    fn the_two_governments_just_named_together() {
        check(
            "China fired water cannon at a Philippine boat. Japan and Australia also voiced alarm. In a joint statement, the two governments said they were concerned.",
            &[
                "China=china",
                "Philippine=philippines",
                "Japan=japan",
                "Australia=australia",
                "the two governments=japan",
                "the two governments=australia",
            ],
        );
    }

    #[test]
    fn rival_administrations_are_armed_bodies_not_ministries() {
        check(
            "The GNU accused the Libyan National Army of an attack. Turkey's Defence Ministry backed the GNU. The UN urged both administrations to halt hostilities.",
            &[
                "GNU=gnu",
                "Libyan National Army=libyan-national-army",
                "Turkey's Defence Ministry=turkey-defence-ministry",
                "GNU=gnu",
                "UN=united-nations",
                "both administrations=gnu",
                "both administrations=libyan-national-army",
            ],
        );
    }

    #[test]
    fn a_speaker_after_a_direct_quote_is_not_of_its_subject() {
        check_affiliation(
            "Israel halted its trade with Turkey. \"Ankara lectures the world while it profits from every barrel,\" Foreign Minister Avi Shaked said.",
            "Avi Shaked",
            "israel",
        );
    }

    #[test]
    fn a_speaker_after_a_quote_is_not_of_a_place_in_it() {
        check_affiliation(
            "The Dominican Republic closed its border with Haiti. \"We will not allow the chaos in Haiti to cross into our territory,\" Foreign Minister Rafael Castillo Peña said.",
            "Rafael Castillo Peña",
            "dominican-republic",
        );
    }

    #[test]
    fn an_ambassador_is_the_envoy_of_the_state_named_with_that_noun() {
        check_affiliation(
            "South Korea summoned China's ambassador on Thursday. The foreign ministry said Vice Foreign Minister Kang Min-jae had told Ambassador Dai Bing that the platforms were illegal.",
            "Dai Bing",
            "china",
        );
        // the passage is not about the state an envoy serves
        check_affiliation(
            "Montenegro expelled Serbia's ambassador. Ambassador Nenad Vukotic had interfered in its affairs, Montenegrin officials said. He was given 72 hours to leave. Foreign Minister Ana Perovic told reporters so.",
            "Ana Perovic",
            "montenegro",
        );
    }

    #[test]
    fn a_junta_spokesman_speaks_for_the_state_of_the_junta() {
        check_affiliation(
            "Bangladesh summoned the envoy of Myanmar. The Arakan Army accused the junta of conscripting men. Junta spokesman Major General Kyaw Thant denied the charge.",
            "Kyaw Thant",
            "myanmar",
        );
    }

    #[test]
    fn a_bare_government_keeps_meaning_its_state() {
        // the state last named (Australia) is not the government the text spoke of
        check(
            "NAIROBI - The country will host police trainers, the government said. Australia voiced concern. Raila Odinga accused the government of secrecy.",
            &[
                "NAIROBI=kenya",
                "the government=kenya",
                "Australia=australia",
                "Raila Odinga=raila-odinga",
                "the government=kenya",
            ],
        );
    }

    #[test]
    fn capitals_are_their_state() {
        check("Tehran and Iran.", &["Tehran=iran", "Iran=iran"]);
    }

    #[test]
    fn role_nouns_and_country_of() {
        check(
            "CIA Director William Burns spoke. The CIA director said his country was worried.",
            &[
                "CIA Director William Burns=william-burns",
                "The CIA director=william-burns",
                "CIA=cia",
                "his country=united-states",
            ],
        );
    }

    #[test]
    fn a_capitalized_head_is_the_body_named_with_it() {
        check(
            "The European Commission proposed sanctions. Lithuania urged the Commission to act.",
            &[
                "European Commission=european-commission",
                "Lithuania=lithuania",
                "the Commission=european-commission",
            ],
        );
        // a head no body of the article has refers to none
        check(
            "Lithuania urged the Commission to act.",
            &["Lithuania=lithuania"],
        );
    }

    #[test]
    fn plural_nouns_are_the_parties_last_named() {
        check(
            "Australia, Britain and the United States signed the pact. China accused the three countries of stoking tension.",
            &[
                "Australia=australia",
                "Britain=united-kingdom",
                "United States=united-states",
                "China=china",
                "the three countries=united-states",
                "the three countries=united-kingdom",
                "the three countries=australia",
            ],
        );
        // three or more are the last list of that many, not the most named
        check(
            "Mali, Burkina Faso and Niger left ECOWAS. France had backed ECOWAS. France urged the three capitals to return.",
            &[
                "Mali=mali",
                "Burkina Faso=burkina-faso",
                "Niger=niger",
                "ECOWAS=ecowas",
                "France=france",
                "ECOWAS=ecowas",
                "France=france",
                "the three capitals=mali",
                "the three capitals=burkina-faso",
                "the three capitals=niger",
            ],
        );
    }

    #[test]
    fn an_official_speaks_for_the_state_the_passage_is_about() {
        let text = "Ethiopia dismissed the complaint. \"The dam takes water from no one,\" government spokesman Dawit Gebremariam said.";
        let (_, r) = mentions_resolved(text);
        let dawit = r
            .entities
            .iter()
            .find(|e| e.entity.id == "dawit-gebremariam")
            .expect("the person is found");
        assert_eq!(
            dawit.affiliation.as_ref().map(|(s, _)| s.id.as_str()),
            Some("ethiopia")
        );
    }

    #[test]
    fn it_that_opens_a_sentence_is_the_subject_of_the_one_before() {
        check_affiliation(
            "The Polisario, which is backed by Algeria, accused Morocco of occupation. Its representative, Sidi Omar, said so.",
            "Sidi Omar",
            "polisario-front",
        );
    }

    #[test]
    fn a_title_naming_a_body_by_its_head_belongs_to_it() {
        check_affiliation(
            "The World Bank mediated the treaty. Martin Reyes, the bank's vice president for South Asia, said so.",
            "Martin Reyes",
            "world-bank",
        );
    }

    #[test]
    fn who_leads_a_body_named_before_belongs_to_it() {
        check_affiliation(
            "The Karen Border Guard Force is led by Saw Chit Thu.",
            "Saw Chit Thu",
            "karen-border-guard-force",
        );
    }

    #[test]
    fn an_official_introduced_by_its_belongs_to_its_antecedent() {
        let text =
            "The Taliban closed the crossing. Its chief spokesman, Zabihullah Mujahid, said so.";
        let (_, r) = mentions_resolved(text);
        let person = r
            .entities
            .iter()
            .find(|e| e.entity.id == "zabihullah-mujahid")
            .expect("the person is found");
        assert_eq!(
            person.affiliation.as_ref().map(|(s, _)| s.id.as_str()),
            Some("taliban")
        );
    }

    #[test]
    fn different_people_are_not_merged() {
        check(
            "President Joe Biden met President Xi Jinping. Biden spoke.",
            &[
                "President Joe Biden=joe-biden",
                "President Xi Jinping=xi-jinping",
                "Biden=joe-biden",
            ],
        );
    }

    #[test]
    fn both_countries_after_a_charge_are_the_two_just_named() {
        check(
            "Pakistan hosts the group. Iran blamed Israel and the United States, charges both countries reject.",
            &[
                "Pakistan=pakistan",
                "Iran=iran",
                "Israel=israel",
                "United States=united-states",
                "both countries=israel",
                "both countries=united-states",
            ],
        );
    }

    #[test]
    fn both_countries_are_the_main_parties_of_late() {
        // a mediator named in the sentence before is not one of "both countries"
        check(
            "Mali accused Algeria. Algeria denied the charge and Mali protested. Russia sided with Mali, a Russian envoy said. The AU urged both countries to show restraint.",
            &[
                "Mali=mali",
                "Algeria=algeria",
                "Algeria=algeria",
                "Mali=mali",
                "Russia=russia",
                "Mali=mali",
                "Russian=russia",
                "AU=african-union",
                "both countries=mali",
                "both countries=algeria",
            ],
        );
        // the two the article is about, named as actors, though a third state and the
        // one who asks were named since; the one who asks is no side
        check(
            "Burundi accused Rwanda of arming rebels. Rwanda denied it. Burundi closed the border. Congo said it was worried, and Congo asked for calm. Congo urged the two neighbours to talk.",
            &[
                "Burundi=burundi",
                "Rwanda=rwanda",
                "Rwanda=rwanda",
                "it=rwanda",
                "Burundi=burundi",
                "Congo=democratic-republic-of-the-congo",
                "it=democratic-republic-of-the-congo",
                "Congo=democratic-republic-of-the-congo",
                "Congo=democratic-republic-of-the-congo",
                "the two neighbours=rwanda",
                "the two neighbours=burundi",
            ],
        );
    }

    #[test]
    fn it_after_a_reporting_verb_is_the_speaker() {
        check(
            "Rwanda accused Burundi of hosting rebels, but Burundi says it has no contact with them.",
            &[
                "Rwanda=rwanda",
                "Burundi=burundi",
                "Burundi=burundi",
                "it=burundi",
            ],
        );
        // past the day of the statement, and past a relative clause naming another state
        check(
            "Niger, which has turned toward Russia, said Tuesday that it was cutting ties with Kyiv.",
            &["Niger=niger", "Russia=russia", "it=niger", "Kyiv=ukraine"],
        );
    }

    #[test]
    fn an_organization_found_by_its_form_is_named_again_alone() {
        check(
            "Burundi blamed the RED-Tabara rebel group. RED-Tabara denied it.",
            &[
                "Burundi=burundi",
                "RED-Tabara rebel group=red-tabara",
                "RED-Tabara=red-tabara",
                "it=red-tabara",
            ],
        );
    }

    #[test]
    fn where_an_official_speaks_not_where_they_went_or_what_they_quote() {
        check_affiliation(
            "Armenia bought radars. Defence Minister Suren Papikyan signed a contract in Paris with his French counterpart.",
            "Suren Papikyan",
            "armenia",
        );
        check_affiliation(
            "Belarus moved troops. Defence Ministry spokesman Colonel Andrei Zhuk dismissed the reports as \"fantasies cooked up in Vilnius\".",
            "Andrei Zhuk",
            "belarus",
        );
        check_affiliation(
            "Foreign ministry spokeswoman Irina Volkova told a briefing in Moscow that the claims were false.",
            "Irina Volkova",
            "russia",
        );
    }

    #[test]
    fn an_official_speaks_for_the_body_or_state_the_text_names() {
        // a spokesperson after a body that spoke; not the place they speak about
        check_affiliation(
            "Pakistan's Foreign Office said the strikes targeted fighters. Spokeswoman Ayesha Rana said Islamabad had shared evidence with Tehran.",
            "Ayesha Rana",
            "pakistan-foreign-office",
        );
        // a speaker after what they say speaks for its subject
        check_affiliation(
            "The Kremlin is worried about the role of the United States in the region, Deputy Foreign Minister Oleg Vasnetsov told the RIA news agency.",
            "Oleg Vasnetsov",
            "russia",
        );
        // the group's spokesman is the group's, over the state of the sentence before
        check_affiliation(
            "M23 rebels seized Goma in January. Rwanda denies backing them. The group's spokesman, Corneille Bahati, said it does not need anyone's weapons.",
            "Corneille Bahati",
            "m23",
        );
        // "the junta" is the state the text first named it with
        check_affiliation(
            "China brokers truce between Myanmar junta and rebels. Beijing said the junta had agreed. Junta spokesman Major General Aung Naing Soe said the rebels lied.",
            "Aung Naing Soe",
            "myanmar",
        );
        // a portfolio in lower case between the body and the title
        check_affiliation(
            "EU foreign policy spokesperson Lena Marchetti said the law was wrong.",
            "Lena Marchetti",
            "european-union",
        );
    }
}
