//! CAMEO actor codes as types: a country (ISO 3166 alpha-3), a sector, and the code
//! they form ("RUSGOV", "IGOUNO").

use std::fmt;

/// An ISO 3166 alpha-3 country code ("KAZ"), upper-case ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 3]);

impl Country {
    /// The code if `s` is three ASCII letters (case-insensitive).
    pub fn parse(s: &str) -> Option<Country> {
        let b = s.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic))
            .then(|| Country([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()]))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters get in (see `parse`).
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The role of an actor: CAMEO's primary role codes, plus the international types
/// (IGO, NGO, IMG, MNC), which take a country's place in a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    Gov,
    Mil,
    Cop,
    Reb,
    Opp,
    Jud,
    Leg,
    Bus,
    Med,
    Igo,
    Ngo,
    /// International militarized group (armed non-state group across borders).
    Img,
    /// Multinational corporation.
    Mnc,
    /// Insurgents.
    Ins,
    /// Separatists.
    Sep,
    /// Political party.
    Pty,
    /// Elites (including former office holders).
    Eli,
    /// Civilians.
    Cvl,
    /// Spies, intelligence services.
    Spy,
    /// Criminals.
    Crm,
    /// Unaligned armed forces.
    Uaf,
    /// Human rights groups.
    Hri,
    Edu,
    Hlh,
    Lab,
    Ref,
    Rel,
    Agr,
    Env,
    Dev,
}

/// Every sector with its three-letter CAMEO code.
const SECTORS: &[(Sector, &str)] = &[
    (Sector::Gov, "GOV"),
    (Sector::Mil, "MIL"),
    (Sector::Cop, "COP"),
    (Sector::Reb, "REB"),
    (Sector::Opp, "OPP"),
    (Sector::Jud, "JUD"),
    (Sector::Leg, "LEG"),
    (Sector::Bus, "BUS"),
    (Sector::Med, "MED"),
    (Sector::Igo, "IGO"),
    (Sector::Ngo, "NGO"),
    (Sector::Img, "IMG"),
    (Sector::Mnc, "MNC"),
    (Sector::Ins, "INS"),
    (Sector::Sep, "SEP"),
    (Sector::Pty, "PTY"),
    (Sector::Eli, "ELI"),
    (Sector::Cvl, "CVL"),
    (Sector::Spy, "SPY"),
    (Sector::Crm, "CRM"),
    (Sector::Uaf, "UAF"),
    (Sector::Hri, "HRI"),
    (Sector::Edu, "EDU"),
    (Sector::Hlh, "HLH"),
    (Sector::Lab, "LAB"),
    (Sector::Ref, "REF"),
    (Sector::Rel, "REL"),
    (Sector::Agr, "AGR"),
    (Sector::Env, "ENV"),
    (Sector::Dev, "DEV"),
];

impl Sector {
    pub fn parse(code: &str) -> Option<Sector> {
        SECTORS.iter().find(|(_, c)| c.eq_ignore_ascii_case(code)).map(|(s, _)| *s)
    }

    pub fn as_str(&self) -> &'static str {
        SECTORS.iter().find(|(s, _)| s == self).map_or("", |(_, c)| c)
    }

    /// Types that stand where a country would in a code ("IGOUNO", "NGOHRI").
    pub fn is_international(&self) -> bool {
        matches!(self, Sector::Igo | Sector::Ngo | Sector::Img | Sector::Mnc)
    }

    /// Sectors only an organisation has: an armed group, a party, a firm, a newspaper
    /// or an international body, never a people or a state's organ.
    pub fn is_organisation(&self) -> bool {
        matches!(self, Sector::Reb | Sector::Pty | Sector::Opp | Sector::Bus | Sector::Med) || self.is_international()
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One actor's code: country and sector where known, and the CAMEO actor code they
/// give. Ordered (by the code), so that ties between codes break the same way
/// everywhere.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorCode {
    /// "RUSGOV", "KAZ", "IGOUNO"; empty when only a sector is known (no country).
    pub cameo: String,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
}

impl ActorCode {
    /// A code from a country and a sector (either may be missing, not both).
    pub fn new(country: Option<Country>, sector: Option<Sector>) -> Option<ActorCode> {
        let cameo = match (country, sector) {
            (None, None) => return None,
            (Some(c), Some(s)) => format!("{c}{s}"),
            (Some(c), None) => c.to_string(),
            // A sector alone is no CAMEO actor, except the international types.
            (None, Some(s)) if s.is_international() => s.to_string(),
            (None, Some(_)) => String::new(),
        };
        Some(ActorCode { cameo, country, sector })
    }

    /// A code as the dictionaries write it ("RUSGOVMIL", "IGOUNOHRI", "KAZ"), with
    /// `country_of` mapping its leading CAMEO country code to ISO (None for regions).
    /// The code kept is the country and first role ("RUSGOV"); international types
    /// keep their second part too ("IGOUNO"), which names the organisation.
    pub fn from_cameo(code: &str, country_of: impl Fn(&str) -> Option<Country>) -> Option<ActorCode> {
        if code.len() < 3 || !code.is_ascii() {
            return None;
        }
        let chunk = |i: usize| code.get(i * 3..i * 3 + 3);
        let first = chunk(0)?;
        if let Some(kind) = Sector::parse(first).filter(Sector::is_international) {
            let cameo = code.get(..6).unwrap_or(code).to_string();
            return Some(ActorCode { cameo, country: None, sector: Some(kind) });
        }
        let country = country_of(first);
        // A sector alone ("MED" for Der Spiegel, Reuters): no CAMEO region is named like
        // a sector (the Mediterranean is "MDT").
        if let (None, Some(sector)) = (country, Sector::parse(first)) {
            return ActorCode::new(None, Some(sector));
        }
        let sector = chunk(1).and_then(Sector::parse);
        // A region ("AFR", "EUR") keeps its CAMEO code, with no ISO country.
        let cameo = match sector {
            Some(s) => format!("{first}{s}"),
            None => first.to_string(),
        };
        let cameo = match country {
            Some(c) => cameo.replacen(first, c.as_str(), 1),
            None => cameo,
        };
        Some(ActorCode { cameo, country, sector })
    }

    /// The same code with another sector (a title's, a collective noun's).
    pub fn with_sector(&self, sector: Option<Sector>) -> Option<ActorCode> {
        if self.country.is_none() && self.sector.is_some_and(|s| s.is_international()) {
            return Some(self.clone());
        }
        ActorCode::new(self.country, sector)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(c: &str) -> Option<Country> {
        match c {
            "USR" => Country::parse("SUN"),
            "AFR" | "MED" => None,
            other => Country::parse(other),
        }
    }

    #[test]
    fn codes_parse_into_country_and_sector() {
        let c = ActorCode::from_cameo("RUSGOVMIL", iso).unwrap();
        assert_eq!((c.cameo.as_str(), c.country.unwrap().as_str(), c.sector), ("RUSGOV", "RUS", Some(Sector::Gov)));
        let u = ActorCode::from_cameo("IGOUNOHRI", iso).unwrap();
        assert_eq!((u.cameo.as_str(), u.country, u.sector), ("IGOUNO", None, Some(Sector::Igo)));
        let k = ActorCode::from_cameo("KAZ", iso).unwrap();
        assert_eq!((k.cameo.as_str(), k.sector), ("KAZ", None));
        let s = ActorCode::from_cameo("USRKAZ", iso).unwrap();
        assert_eq!(s.cameo, "SUN", "an unknown second part is no sector");
        let m = ActorCode::from_cameo("MED", iso).unwrap();
        assert_eq!((m.cameo.as_str(), m.country, m.sector), ("", None, Some(Sector::Med)), "a sector alone");
        let r = ActorCode::from_cameo("AFRREB", iso).unwrap();
        assert_eq!((r.cameo.as_str(), r.country), ("AFRREB", None));
        assert_eq!(ActorCode::new(Country::parse("kgz"), Some(Sector::Gov)).unwrap().cameo, "KGZGOV");
        assert_eq!(Sector::parse("mil"), Some(Sector::Mil));
        assert_eq!(Sector::Cop.to_string(), "COP");
    }
}
