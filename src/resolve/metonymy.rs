//! Capital-for-government metonymy: "Moscow accused Kiev" is Russia accusing
//! Ukraine. A place the dictionaries file under a country (its capital, a seat of
//! government such as "the Kremlin", another city) stands for that country only where
//! it acts: as the source or target of a relation. Elsewhere ("met in Moscow") it
//! stays a place, with its own node.

use super::{node_id, Actor, ResolvedDoc, Resolver};
use crate::actors::{ActorCode, Country, Day, Sector};
use crate::ner::EntityType;

impl Resolver {
    /// Re-points the mentions at `arguments` (indices into `doc.mentions`, the
    /// arguments of relation instances) from a place to the country it stands for,
    /// adding that country's actor when the document has none. Mention indices do not
    /// change, so relation instances stay valid; a place left without mentions is
    /// not counted as a node.
    pub fn apply_metonymy(&self, doc: &mut ResolvedDoc, arguments: impl IntoIterator<Item = usize>, day: Option<Day>) {
        for m in arguments {
            let Some(actor) = doc.mentions.get(m).map(|x| x.actor) else { continue };
            let Some((country, code)) = self.seat_of(&doc.actors[actor], day) else { continue };
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
            doc.mentions[m].actor = target;
        }
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
