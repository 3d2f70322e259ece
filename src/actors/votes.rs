//! Per node, how many documents gave it each code, and the code it gets: a node can
//! be coded differently across documents (an office holder before and after his
//! term, "Kazakhstan" as a country and as "Kazakh officials"), and the majority
//! decides. Votes are counts, so they add up across shards and merges, and the winner
//! does not depend on the order documents came in.

use super::code::{ActorCode, Country, Sector};
use std::collections::{BTreeMap, BTreeSet};

/// Documents per code for one node.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeVotes(BTreeMap<ActorCode, u64>);

impl CodeVotes {
    pub fn add(&mut self, code: ActorCode, n: u64) {
        *self.0.entry(code).or_insert(0) += n;
    }

    pub fn merge(&mut self, other: &CodeVotes) {
        for (c, &n) in &other.0 {
            self.add(c.clone(), n);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The code most documents gave among those that place the actor (a country, or
    /// an international organisation): "President Clinton" alone gives only GOV,
    /// which must not outvote USAGOV from the documents that name him in full. Ties go
    /// to the code with a sector (more specific) when the votes name only one sector;
    /// where they name several ("Burmese students" in two documents, "Burmese troops"
    /// in one, "Myanmar" in two) the node is the country as a whole, and the tie goes
    /// to the code without one. Then the smallest code wins, so every order of counting
    /// agrees.
    pub fn winner(&self) -> Option<&ActorCode> {
        let placed = |c: &ActorCode| !c.cameo.is_empty();
        let sectors: BTreeSet<Sector> = self.0.keys().filter_map(|c| c.sector).collect();
        let specific = |c: &ActorCode| c.sector.is_some() == (sectors.len() == 1);
        self.0
            .iter()
            .max_by(|(a, na), (b, nb)| {
                (placed(a).cmp(&placed(b))).then(na.cmp(nb)).then(specific(a).cmp(&specific(b))).then_with(|| b.cmp(a))
            })
            .map(|(c, _)| c)
    }

    /// As nodes.csv writes it: `CAMEO/COUNTRY/SECTOR:documents`, `|`-separated,
    /// empty parts where unknown ("KGZGOV/KGZ/GOV:2|KGZ/KGZ/:1").
    pub fn to_cell(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(c, n)| {
                let country = c.country.map(|x| x.to_string()).unwrap_or_default();
                let sector = c.sector.map(|s| s.as_str()).unwrap_or_default();
                format!("{}/{country}/{sector}:{n}", c.cameo)
            })
            .collect();
        parts.join("|")
    }

    /// Reads [`CodeVotes::to_cell`]'s format back; `Err` describes the bad part.
    pub fn parse_cell(cell: &str) -> Result<CodeVotes, String> {
        let mut votes = CodeVotes::default();
        for part in cell.split('|').filter(|p| !p.is_empty()) {
            let bad = || format!("bad code vote {part:?} (CAMEO/COUNTRY/SECTOR:N)");
            let (code, n) = part.rsplit_once(':').ok_or_else(bad)?;
            let n: u64 = n.parse().map_err(|_| bad())?;
            let mut fields = code.split('/');
            let (Some(cameo), Some(country), Some(sector), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad());
            };
            let country = if country.is_empty() { None } else { Some(Country::parse(country).ok_or_else(bad)?) };
            let sector = if sector.is_empty() { None } else { Some(Sector::parse(sector).ok_or_else(bad)?) };
            votes.add(ActorCode { cameo: cameo.to_string(), country, sector }, n);
        }
        Ok(votes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(c: &str, s: Option<Sector>) -> ActorCode {
        ActorCode::new(Country::parse(c), s).unwrap()
    }

    #[test]
    fn majority_wins_ties_break_the_same_way_in_any_order() {
        let mut a = CodeVotes::default();
        a.add(code("KGZ", Some(Sector::Gov)), 2);
        a.add(code("KGZ", Some(Sector::Eli)), 3);
        assert_eq!(a.winner().unwrap().cameo, "KGZELI");
        let mut b = CodeVotes::default();
        b.add(code("KGZ", Some(Sector::Gov)), 1);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.winner().unwrap().cameo, "KGZELI", "GOV and ELI tie at 3: the smaller code wins");
        let mut c = CodeVotes::default();
        c.add(code("KAZ", None), 1);
        c.add(code("KAZ", Some(Sector::Gov)), 1);
        assert_eq!(c.winner().unwrap().cameo, "KAZGOV", "a tie goes to the code with a sector");
        c.add(code("KAZ", Some(Sector::Mil)), 1);
        c.add(code("KAZ", None), 1);
        c.add(code("KAZ", Some(Sector::Gov)), 1);
        assert_eq!(c.winner().unwrap().cameo, "KAZ", "votes for two sectors make a tie go to the country");
        let mut d = CodeVotes::default();
        d.add(ActorCode::new(None, Some(Sector::Gov)).unwrap(), 5);
        d.add(code("USA", Some(Sector::Gov)), 2);
        assert_eq!(d.winner().unwrap().cameo, "USAGOV", "a code without a country never outvotes one with");
        let cell = ab.to_cell();
        assert_eq!(cell, "KGZELI/KGZ/ELI:3|KGZGOV/KGZ/GOV:3");
        assert_eq!(CodeVotes::parse_cell(&cell).unwrap(), ab);
        assert!(CodeVotes::parse_cell("KGZ/KGZ:1").is_err());
    }
}
