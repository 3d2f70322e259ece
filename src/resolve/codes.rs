//! One code per document actor: the dictionary's code for its name on the
//! document's date, refined by what the text says (a title, a role noun).

use super::candidate::Candidate;
use super::cluster::Group;
use super::roles::{Role, Roles};
use crate::actors::{ActorCode, Country, Day, Sector};
use crate::fold::fold;
use crate::ner::EntityType;
use std::collections::BTreeMap;

/// What the text says about each candidate, computed once per document.
pub(crate) struct CandidateRoles {
    /// A title before a person's name.
    pub person: Vec<Option<Role>>,
    /// A role noun after a demonym.
    pub collective: Vec<Option<Sector>>,
    /// A nation right before an organisation ("Kazakhstan's Election Commission").
    pub nation: Vec<Option<Country>>,
}

impl CandidateRoles {
    pub fn read(roles: &Roles, doc: &super::text::Doc, cands: &[Candidate]) -> Self {
        let person = cands
            .iter()
            .map(|c| (c.kind == EntityType::Per && c.is_named()).then(|| roles.of_person(doc, c)).flatten())
            .collect();
        let collective = cands.iter().map(|c| (!c.is_named()).then(|| roles.of_collective(doc, c)).flatten()).collect();
        let nation = cands
            .iter()
            .map(|c| {
                (c.kind == EntityType::Org && c.is_named())
                    .then(|| roles.nation_before(doc, c.sentence, c.words.start))
                    .flatten()
            })
            .collect();
        CandidateRoles { person, collective, nation }
    }
}

/// The code of one group named `label` (of `kind`) in a document of day `day`.
pub(crate) fn group_code(
    roles: &Roles,
    read: &CandidateRoles,
    group: &Group,
    cands: &[Candidate],
    kind: EntityType,
    label: &str,
    day: Option<Day>,
) -> Option<ActorCode> {
    let dict = &roles.dict;
    // A place's name stands for its country only for a place ("Barcelona" the club,
    // "Chicago" the team are not Spain and the United States).
    let usable = |name: &str| kind == EntityType::Loc || !dict.is_place(name);
    // Other names of the group, but never a bare surname: "Clinton" alone would find
    // whichever Clinton the dictionary lists first.
    let dict_code = Some(label).filter(|l| usable(l)).and_then(|l| dict.lookup(l, day)).or_else(|| {
        group
            .members
            .iter()
            .map(|&m| &cands[m])
            .filter(|c| c.is_named() && (c.kind != EntityType::Per || c.tokens.len() > 1) && usable(&c.text))
            .find_map(|c| dict.lookup(&c.text, day))
    });
    let international = dict_code.as_ref().is_some_and(|c| c.country.is_none() && c.sector.is_some());

    if kind == EntityType::Per && !international {
        // The first titled mention: a title states the office on the document's date,
        // which the dictionary may not know (or know only up to its last update).
        let role = group
            .members
            .iter()
            .filter_map(|&m| read.person[m].map(|r| (cands[m].span.start, r)))
            .min_by_key(|(at, _)| *at)
            .map(|(_, r)| r);
        if let Some(role) = role {
            let country = role.country.or(dict_code.as_ref().and_then(|c| c.country));
            let sector = role.sector.or(dict_code.as_ref().and_then(|c| c.sector));
            return ActorCode::new(country, sector);
        }
        return dict_code;
    }

    let demonym_group = group.members.iter().any(|&m| !cands[m].is_named());
    if kind == EntityType::Loc && (demonym_group || roles.demonyms.countries.canonical(label).is_some()) {
        // A country: the most frequent role noun of its collectives ("Kazakh
        // officials" twice, "Kazakh police" once: GOV); bare mentions do not vote.
        let mut sectors: BTreeMap<Sector, usize> = BTreeMap::new();
        for &m in &group.members {
            if let Some(s) = read.collective[m] {
                *sectors.entry(s).or_default() += 1;
            }
        }
        let sector = sectors.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(s, _)| *s);
        let country = dict_code.as_ref().and_then(|c| c.country).or_else(|| roles.country(label));
        return match sector {
            Some(s) => ActorCode::new(country, Some(s)),
            None => dict_code.or_else(|| ActorCode::new(country, None)),
        };
    }

    if dict_code.is_some() {
        return dict_code;
    }
    if kind == EntityType::Org {
        // "Kazakh Central Election Commission": the nation before the name, the role
        // its head noun names.
        let tokens: Vec<String> = label.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
        let country = roles.demonyms.prefix(&tokens).and_then(|(_, d)| roles.country(&d.country)).or_else(|| {
            let n = roles.demonyms.countries.prefix_len(&tokens)?;
            roles.country(roles.demonyms.countries.canonical(&tokens[..n].join(" "))?)
        });
        let country = country.or_else(|| {
            let mut before: Vec<(usize, Country)> =
                group.members.iter().filter_map(|&m| read.nation[m].map(|c| (cands[m].span.start, c))).collect();
            before.sort_unstable();
            before.first().map(|&(_, c)| c)
        });
        let sector = dict.role_sector(&tokens);
        return ActorCode::new(country, sector);
    }
    None
}
