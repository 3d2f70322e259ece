//! Stage 4: entity mentions to actors (graph nodes).
//!
//! Used by relate, pipeline and graph through the types below.
//!
//! `Resolver::new(aliases)` once per run (it parses the built-in demonym and title
//! tables, embedded in the binary from `data/`), then
//! `Resolver::resolve(&self, text, sentences, entities)` per document; `Resolver`
//! is `Send + Sync`, so one instance serves all rayon workers.
//!
//! What `resolve` does, in order:
//! 1. cleans each NER entity into a mention candidate (`mentions`): titles off
//!    person names ("President Nazarbayev" → "Nazarbayev"), possessives and stray
//!    punctuation off every name, a bare demonym ("Kazakh") turned into a mention
//!    of its country;
//! 2. adds what the NER missed but rules can vouch for: demonyms acting as a
//!    country ("Kyrgyz officials", "the Russians") and uses of an acronym defined
//!    in parentheses (`demonyms`, `acronyms`);
//! 3. groups candidates into document actors (`cluster`): same name (a country by
//!    any of its names or demonyms), surname to full name (`names`), acronym to
//!    organisation, "Central Election Commission" to "Kazakh Central Election
//!    Commission", "Caltex" to "Caltex Petroleum Corp", "the North" to North Korea
//!    (`orgs`);
//! 4. names each actor: the user's alias table, then country names ("Britain" →
//!    "United Kingdom", ORG-tagged countries become LOC), then the node id
//!    (`ids`), merging actors that end with the same id;
//! 5. resolves he/she/his/her/him conservatively (`pronouns`);
//! 6. codes each actor (`codes`): the actor dictionary's CAMEO code for its name on
//!    the document's date, refined by a title before or after a person ("Kyrgyz
//!    President X": KGZGOV), the organisation he speaks for, or a role noun after a
//!    demonym ("Iraqi troops": IRQMIL) (`roles`); organisations first, so that a
//!    person can take his organisation's code; the story's dateline places what has a
//!    kind but no country (`dateline`).
//!
//! After relations are found, [`Resolver::apply_metonymy`] turns a capital that acts
//! ("Moscow accused Kiev") into its country, not one that is struck ("shelled
//! Grozny") (`metonymy`).

mod acronyms;
mod aliases;
mod candidate;
mod cluster;
#[cfg(test)]
mod code_tests;
mod codes;
mod countries;
mod dateline;
mod demonyms;
mod ids;
mod mentions;
mod metonymy;
mod names;
mod orgs;
mod pairs;
mod pronouns;
mod roles;
#[cfg(test)]
mod tests;
mod text;

/// Possessive endings as separate words ("'s", "’"), for the parse repairs too.
pub(crate) use text::is_possessive;
mod titles;
mod union_find;

pub(crate) use titles::is_title_phrase;

pub(crate) use crate::fold::{fold, name_key};
pub(crate) use acronyms::{is_acronym, spellings};
pub use aliases::{AliasError, AliasTable};
pub(crate) use demonyms::DemonymTable;
pub use ids::{node_id, slug};
pub use metonymy::Arguments;

use crate::actors::{day_of, ActorCode, ActorDictionary, Country};
use crate::ner::{Entity, EntityType};
use crate::tokenize::{Sentence, Span};
use candidate::Candidate;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use text::Doc;
use titles::TitleTable;

/// A graph node: one real-world actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable node id, the same for the same canonical actor in every document
    /// (derived from kind + canonical label only).
    pub id: String,
    /// Human-readable canonical label ("Almazbek Atambayev", "Kazakhstan").
    pub label: String,
    pub kind: EntityType,
}

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionSource {
    /// A named entity from the NER stage.
    Entity,
    /// A demonym or national adjective ("Kazakh") resolved to its country.
    Demonym,
    /// A pronoun resolved to a recent named antecedent.
    Pronoun,
}

/// Index of an actor in its document's [`ResolvedDoc::actors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorIndex(pub usize);

/// Index of a mention in its document's [`ResolvedDoc::mentions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MentionIndex(pub usize);

/// One mention of an actor in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub sentence: usize,
    /// Word indices within the sentence, titles excluded.
    pub words: Range<usize>,
    /// Byte span in the document text, titles excluded.
    pub span: Span,
    pub actor: ActorIndex,
    pub source: MentionSource,
    /// Confidence in [0, 1] (the NER score, lowered for pronouns).
    pub score: f32,
}

/// The actors of one document and all their mentions, ordered by position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResolvedDoc {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
    /// Each actor's code (by actor index; missing entries are `None`).
    pub codes: Vec<Option<ActorCode>>,
    /// Each place that is a country or its seat of government (by actor index; missing
    /// entries are `None`): "Ankara" and "Turkey" stand for one state.
    pub polities: Vec<Option<Polity>>,
}

/// What a place is to its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polity {
    /// The country itself ("Turkey").
    Country(Country),
    /// Its capital or seat of government ("Ankara").
    Seat(Country),
}

impl Polity {
    pub fn country(self) -> Country {
        match self {
            Polity::Country(c) | Polity::Seat(c) => c,
        }
    }
}

impl ResolvedDoc {
    pub fn actor(&self, a: ActorIndex) -> &Actor {
        &self.actors[a.0]
    }

    pub fn mention(&self, m: MentionIndex) -> &Mention {
        &self.mentions[m.0]
    }

    /// The actor whose node id is `id`.
    pub fn actor_index(&self, id: &str) -> Option<ActorIndex> {
        self.actors.iter().position(|a| a.id == id).map(ActorIndex)
    }

    /// The actor mention `m` names.
    pub fn actor_of(&self, m: MentionIndex) -> &Actor {
        self.actor(self.mention(m).actor)
    }

    /// The code of actor `a`, if it has one.
    pub fn code(&self, a: ActorIndex) -> Option<&ActorCode> {
        self.codes.get(a.0).and_then(Option::as_ref)
    }

    /// Whether two actors are one, or a country and its seat of government ("Turkey"
    /// and "Ankara"), which a relation cannot have on both ends.
    pub fn same_state(&self, a: ActorIndex, b: ActorIndex) -> bool {
        let polity = |x: ActorIndex| self.polities.get(x.0).copied().flatten();
        a == b
            || match (polity(a), polity(b)) {
                (Some(x @ Polity::Country(_)), Some(y)) | (Some(y), Some(x @ Polity::Country(_))) => {
                    x.country() == y.country()
                }
                _ => false,
            }
    }
}

/// Resolves one document's entities to actors.
/// `Resolver::new(aliases)` / `Resolver::resolve(&self, text, sentences, entities) -> ResolvedDoc`
#[derive(Debug, Clone)]
pub struct Resolver {
    titles: TitleTable,
    demonyms: DemonymTable,
    aliases: AliasTable,
    actors: Arc<ActorDictionary>,
    /// Canonical country labels by code, for the country a capital stands for.
    country_names: HashMap<Country, String>,
}

impl Default for Resolver {
    fn default() -> Self {
        Resolver::new(None)
    }
}

impl Resolver {
    /// A resolver with the built-in title and demonym tables and, optionally, the
    /// user's alias table (see [`AliasTable::load`]).
    pub fn new(aliases: Option<AliasTable>) -> Resolver {
        Resolver::with_actors(aliases, ActorDictionary::builtin())
    }

    /// A resolver with the given actor dictionaries (`--actors DIR`).
    pub fn with_actors(aliases: Option<AliasTable>, actors: Arc<ActorDictionary>) -> Resolver {
        let demonyms = DemonymTable::builtin();
        let mut names: Vec<&str> = demonyms.countries.names().collect();
        // Sorted, so that two names of one country give the same choice every run.
        names.sort_unstable();
        names.dedup();
        let mut country_names = HashMap::new();
        for name in names {
            if let Some(country) = actors.lookup(name, None).and_then(|c| c.country) {
                country_names.entry(country).or_insert_with(|| name.to_string());
            }
        }
        Resolver {
            titles: TitleTable::builtin(),
            demonyms,
            aliases: aliases.unwrap_or_default(),
            actors,
            country_names,
        }
    }

    /// The actor dictionaries in use.
    pub fn actor_dictionary(&self) -> &ActorDictionary {
        &self.actors
    }

    /// Resolves the NER `entities` of one document (`text`, split into
    /// `sentences` by [`crate::tokenize::analyze`]) to actors and mentions.
    ///
    /// Mentions come out sorted by position and never overlap; every actor has at
    /// least one mention and a distinct id. Entities that point outside the
    /// sentences are skipped, not trusted.
    pub fn resolve(&self, text: &str, sentences: &[Sentence], entities: &[Entity]) -> ResolvedDoc {
        self.resolve_dated(text, sentences, entities, None)
    }

    /// [`Resolver::resolve`] for a document of `date` (ISO 8601), which chooses the
    /// time-bounded codes (an office holder is GOV during the term, not after).
    pub fn resolve_dated(
        &self,
        text: &str,
        sentences: &[Sentence],
        entities: &[Entity],
        date: Option<&str>,
    ) -> ResolvedDoc {
        let day = date.and_then(day_of);
        let doc = Doc::new(text, sentences);

        // Words inside any entity as the NER gave it: rules never add a mention
        // there, so "Kazakh" in "Kazakh Central Election Commission" stays part of
        // that name.
        let entities = &mentions::join_split_titles(&doc, entities, &self.titles);
        let mut covered: Vec<Vec<bool>> = sentences.iter().map(|s| vec![false; s.words.len()]).collect();
        for (s, r) in entities.iter().filter_map(|e| mentions::locate(&doc, e)) {
            for w in r {
                if let Some(flag) = covered.get_mut(s).and_then(|row| row.get_mut(w)) {
                    *flag = true;
                }
            }
        }
        let is_covered = |s: usize, w: usize| covered.get(s).and_then(|row| row.get(w)).copied().unwrap_or(false);

        let mut cands: Vec<Candidate> =
            entities.iter().flat_map(|e| mentions::from_entity(&doc, e, &self.titles, &self.demonyms)).collect();
        cands.extend(self.demonyms.find_untagged(&doc, &is_covered));
        // The dateline's place is where the story was filed, not an actor of it: a node
        // for every city stories are filed from ("LONDON" in 71 of the CoNLL articles)
        // would crowd the graph and split capitals from their countries.
        let filed = dateline::place_spans(text);
        cands.retain(|c| !filed.iter().any(|r| r.start <= c.span.start && c.span.end <= r.end));
        let mut cands = pairs::split(&doc, mentions::drop_overlaps(cands), &self.demonyms, &self.actors);
        let defs = acronyms::definitions(&doc, &cands);
        // Only on words no candidate has, so the indices in `defs` stay valid.
        let extra = acronyms::find_untagged(&doc, &cands, &defs, &is_covered);
        cands.extend(extra);
        let links = acronyms::definition_links(&cands, &defs);
        let (group_of, groups) = cluster::group(&cands, &links, &self.demonyms);
        let roles = roles::Roles { titles: &self.titles, demonyms: &self.demonyms, dict: &self.actors, day };
        let read = codes::CandidateRoles::read(&roles, &doc, &cands);
        let named: Vec<(EntityType, String, String)> = groups.iter().map(|g| self.name_actor(g, &cands)).collect();
        let dateline = dateline::country(text, &self.actors, day);
        let coder = codes::Coder { roles: &roles, read: &read, cands: &cands, dateline };
        // Organisations first: a person's code may come from the one he speaks for.
        // A person takes what the organisation's own name and entries say, not its
        // dateline: "Social Democratic Party candidate X" in a story datelined Astana is
        // no Kazakh.
        let mut group_codes: Vec<Option<ActorCode>> = vec![None; groups.len()];
        let mut own_codes: Vec<Option<ActorCode>> = vec![None; groups.len()];
        for person in [false, true] {
            for (g, (kind, name, _)) in
                named.iter().enumerate().filter(|(_, (k, ..))| (*k == EntityType::Per) == person)
            {
                let affiliated = groups[g]
                    .members
                    .iter()
                    .filter_map(|&m| read.affiliation[m])
                    .find_map(|o| own_codes[group_of[o]].clone());
                let named =
                    codes::Named { group: &groups[g], kind: *kind, label: name, affiliated: affiliated.as_ref() };
                let own = codes::own_code(&coder, &named);
                group_codes[g] = codes::group_code(&coder, &named, own.clone());
                own_codes[g] = own;
            }
        }
        let mut actor_codes: Vec<Option<ActorCode>> = Vec::new();

        // Actors in order of first mention, one per id.
        let mut order: Vec<usize> = (0..cands.len()).collect();
        order.sort_by_key(|&i| (cands[i].span.start, cands[i].span.end));
        let mut actors: Vec<Actor> = Vec::new();
        let mut actor_of_id: HashMap<String, usize> = HashMap::new();
        let mut actor_of_group: Vec<Option<usize>> = vec![None; groups.len()];
        let mut mentions: Vec<Mention> = Vec::with_capacity(cands.len() + 8);
        for i in order {
            let c = &cands[i];
            let g = group_of[i];
            let actor = match actor_of_group[g] {
                Some(a) => a,
                None => {
                    let (kind, mut name, mut label) = named[g].clone();
                    let code = group_codes[g].clone();
                    // The NER model tags some armed groups MISC ("Islamic Jihad"); a name
                    // the dictionaries code as an organisation is one.
                    let coded_body = code.as_ref().and_then(|c| c.sector).is_some_and(|s| s.is_organisation());
                    let named_group = groups[g].members.iter().any(|&m| cands[m].is_named());
                    let kind =
                        if kind == EntityType::Misc && coded_body && named_group { EntityType::Org } else { kind };
                    if let Some(national) = self.national_body(kind, &name, code.as_ref()) {
                        (name, label) = (national.clone(), national);
                    }
                    let id = node_id(kind, &name);
                    let a = *actor_of_id.entry(id.clone()).or_insert_with(|| {
                        actors.push(Actor { id, label, kind });
                        actor_codes.push(None);
                        actors.len() - 1
                    });
                    // Two groups with one id ("Kazakhstan" and "Kazakh officials"): the
                    // first code with a sector stands, else the first code.
                    let more_specific = |new: &ActorCode, old: &ActorCode| new.sector.is_some() && old.sector.is_none();
                    match (&actor_codes[a], code) {
                        (None, code) => actor_codes[a] = code,
                        (Some(old), Some(new)) if more_specific(&new, old) => actor_codes[a] = Some(new),
                        _ => {}
                    }
                    actor_of_group[g] = Some(a);
                    a
                }
            };
            mentions.push(Mention {
                sentence: c.sentence,
                words: c.words.clone(),
                span: c.span,
                actor: ActorIndex(actor),
                source: c.source,
                score: c.score,
            });
        }

        mentions.extend(pronouns::resolve(&doc, &mentions, &actors));
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        let polities = actors.iter().zip(&actor_codes).map(|(a, code)| self.polity(a, code.as_ref(), day)).collect();
        ResolvedDoc { actors, mentions, codes: actor_codes, polities }
    }

    /// The name of a body named only by what it is ("the Foreign Ministry",
    /// "Congress", "the Supreme Court"), which every country has, as the body of the
    /// country its code gives ("Turkish Foreign Ministry"): one node must not hold
    /// the foreign ministries of seven countries, and at `--actor-level country`
    /// give one of them the others' edges. `None` for any other name.
    fn national_body(&self, kind: EntityType, name: &str, code: Option<&ActorCode>) -> Option<String> {
        let country = code.filter(|_| kind == EntityType::Org)?.country?;
        let tokens: Vec<String> = name.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
        let body = match tokens.split_first() {
            Some((first, rest)) if first == "the" => rest,
            _ => &tokens[..],
        };
        self.actors.role_exact(body)?;
        let land = self.country_names.get(&country)?;
        let nation = self.demonyms.adjective(land).unwrap_or(land);
        let bare = match name.split_once(' ') {
            Some((first, rest)) if first.eq_ignore_ascii_case("the") => rest,
            _ => name,
        };
        Some(format!("{nation} {bare}"))
    }

    /// Kind, canonical name (what ids and codes are made from) and label of a group:
    /// the user's alias for its label (or, failing that, for any of its mentions),
    /// then the canonical country name for anything but a person, which also makes
    /// an ORG- or MISC-tagged country a LOC. A country keeps the name the text gives
    /// it as its label ("Zaire" and "Macedonia" in 1996, "Britain"), unless that is
    /// a demonym or written in capitals only.
    fn name_actor(&self, group: &cluster::Group, cands: &[Candidate]) -> (EntityType, String, String) {
        let mut kind = group.kind;
        let mut label = group.label.clone();
        let alias = self
            .aliases
            .canonical(&label)
            .or_else(|| group.members.iter().find_map(|&m| self.aliases.canonical(&cands[m].text)));
        if let Some(canonical) = alias {
            label = canonical.to_string();
        }
        // A group the dictionaries list under several names ("LTTE", "Tamil Tigers")
        // gets one id in every document, from the dictionary's first name; its label
        // stays as the text writes it.
        let listed = || {
            std::iter::once(label.as_str())
                .chain(group.members.iter().filter(|&&m| cands[m].is_named()).map(|&m| cands[m].text.as_str()))
                .find_map(|n| self.actors.one_actor_name(n))
        };
        if alias.is_none() && matches!(kind, EntityType::Org | EntityType::Misc) {
            if let Some(canonical) = listed() {
                return (EntityType::Org, canonical.to_string(), label);
            }
        }
        if kind != EntityType::Per {
            if let Some(country) = self.demonyms.countries.canonical(&label) {
                kind = EntityType::Loc;
                let written = group.members.iter().any(|&m| cands[m].is_named() && cands[m].text == label);
                let shouting = !label.chars().any(char::is_lowercase);
                let display = if alias.is_none() && written && !shouting { label } else { country.to_string() };
                return (kind, country.to_string(), display);
            }
        }
        (kind, label.clone(), label)
    }
}
