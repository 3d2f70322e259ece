//! Capital-for-government metonymy: "Moscow accused Kiev" is Russia accusing
//! Ukraine. A place the dictionaries file under a country (its capital, a seat of
//! government such as "the Kremlin", another city) stands for that country only where
//! it acts: as the source or target of a relation, or, for a capital or seat of
//! government, as the subject of an act ("Moscow sent troops"). Elsewhere ("met in
//! Moscow", "Kabul fell", "Wuhan consumes ...") it stays a place, with its own node.

use super::{node_id, Actor, ActorIndex, MentionIndex, Polity, ResolvedDoc, Resolver};
use crate::actors::{ActorCode, Country, Day, Sector};
use crate::ner::EntityType;

/// The two arguments of one relation instance, as indices into `doc.mentions`, and
/// whether the target is struck or taken ("shelled Grozny", "captured Uvira"): a place
/// there is the place, not its country's government.
#[derive(Debug, Clone, Copy)]
pub struct Arguments {
    pub source: MentionIndex,
    pub target: MentionIndex,
    pub target_struck: bool,
}

impl Resolver {
    /// Re-points the mentions of `arguments` from a place to the country it stands
    /// for, adding that country's actor when the document has none. Mention indices do
    /// not change, so relation instances stay valid; a place left without mentions is
    /// not counted as a node.
    ///
    /// A place never stands for the country at the other end of its own relation
    /// ("Iraqi forces attacked Arbil" is Iraq against the city, not Iraq against
    /// itself), nor for any country where it is struck or taken ("rebels shelled
    /// Grozny"). Such a mention stays a place in every relation it is part of.
    ///
    /// `agents` are mentions that act outside any relation ("Moscow sent troops",
    /// found by `relate::read_document`): a capital or seat of government among them stands
    /// for its country too, unless a relation keeps it a place.
    pub fn apply_metonymy(
        &self,
        doc: &mut ResolvedDoc,
        arguments: impl IntoIterator<Item = Arguments>,
        agents: impl IntoIterator<Item = MentionIndex>,
        day: Option<Day>,
    ) {
        let country_id = |doc: &ResolvedDoc, m: MentionIndex| -> Option<String> {
            let (country, _) = self.seat_of(doc.actor_of(m), day)?;
            Some(node_id(EntityType::Loc, &country))
        };
        let final_id = |doc: &ResolvedDoc, m: MentionIndex| -> String {
            country_id(doc, m).unwrap_or_else(|| doc.actor_of(m).id.clone())
        };
        let mut acting = Vec::new();
        let mut kept = std::collections::HashSet::new();
        for Arguments { source, target, target_struck } in arguments {
            if final_id(doc, source) == final_id(doc, target) {
                // A capital acting on a place of its own country is still its government
                // ("Moscow sent troops to quell Chechnya's independence bid"); the place
                // stays a place.
                let own_place = doc.actor_of(target).id != final_id(doc, target)
                    && self.is_seat_of_government(doc.actor_of(source), day)
                    && !self.is_seat_of_government(doc.actor_of(target), day);
                if own_place {
                    acting.push(source);
                    kept.insert(target);
                } else {
                    kept.extend([source, target]);
                }
                continue;
            }
            acting.push(source);
            if target_struck {
                kept.insert(target);
            } else {
                acting.push(target);
            }
        }
        // Outside a relation only a capital, or a seat the dictionary codes as a
        // government ("the Kremlin"), acts for its country: "Guangzhou uses 500,000
        // containers a day" is the city.
        acting.extend(agents.into_iter().filter(|&m| self.is_seat_of_government(doc.actor_of(m), day)));
        for m in acting.into_iter().filter(|m| !kept.contains(m)) {
            let Some((country, code)) = self.seat_of(doc.actor_of(m), day) else { continue };
            let id = node_id(EntityType::Loc, &country);
            let target = match doc.actors.iter().position(|a| a.id == id) {
                Some(t) => t,
                None => {
                    doc.actors.push(Actor { id, label: country, kind: EntityType::Loc });
                    doc.actors.len() - 1
                }
            };
            if doc.codes.len() < doc.actors.len() {
                doc.codes.resize(doc.actors.len(), None);
            }
            if doc.codes[target].is_none() {
                // A capital acting is the country's government acting.
                doc.codes[target] = ActorCode::new(Some(code), Some(Sector::Gov));
            }
            doc.mentions[m.0].actor = ActorIndex(target);
        }
    }

    /// What a place is to its state: the country itself, or its seat of government.
    pub(super) fn polity(&self, actor: &Actor, code: Option<&ActorCode>, day: Option<Day>) -> Option<Polity> {
        if actor.kind != EntityType::Loc {
            return None;
        }
        if self.demonyms.countries.canonical(&actor.label).is_some() {
            return code.and_then(|c| c.country).map(Polity::Country);
        }
        self.government_seat(actor, day).map(Polity::Seat)
    }

    /// Whether a place is its country's capital on `day`, or coded as its government.
    fn is_seat_of_government(&self, actor: &Actor, day: Option<Day>) -> bool {
        self.government_seat(actor, day).is_some()
    }

    /// The country whose capital on `day` a place is, or whose government it is coded
    /// as.
    fn government_seat(&self, actor: &Actor, day: Option<Day>) -> Option<Country> {
        let (_, country) = self.seat_of(actor, day)?;
        let seat = self.actors.is_capital(&actor.label, country, day)
            || self.actors.lookup(&actor.label, day).is_some_and(|c| c.sector == Some(Sector::Gov));
        seat.then_some(country)
    }

    /// The canonical name of the country a non-country place stands for: one the
    /// dictionary codes as that country alone or as its government.
    fn seat_of(&self, actor: &Actor, day: Option<Day>) -> Option<(String, Country)> {
        if actor.kind != EntityType::Loc || self.demonyms.countries.canonical(&actor.label).is_some() {
            return None;
        }
        let code = self.actors.lookup(&actor.label, day)?;
        if !matches!(code.sector, None | Some(Sector::Gov)) {
            return None;
        }
        let country = code.country?;
        Some((self.country_names.get(&country)?.clone(), country))
    }
}
