//! One code per document actor: the dictionary's code for its name on the
//! document's date, refined by what the text says (a title, a role noun).

use super::candidate::Candidate;
use super::cluster::Group;
use super::roles::{Role, Roles};
use super::text::{is_capitalised, is_possessive};
use crate::actors::{is_legal_form, ActorCode, Country, Sector};
use crate::fold::fold;
use crate::ner::EntityType;
use std::collections::{BTreeMap, HashMap};

/// What the text says about each candidate, computed once per document.
pub(crate) struct CandidateRoles {
    /// A title before a person's name, or one in an apposition after or before it.
    pub person: Vec<Option<Role>>,
    /// A role noun after a demonym.
    pub collective: Vec<Option<Sector>>,
    /// A nation right before an organisation ("Kazakhstan's Election Commission"), or
    /// before a role phrase before it ("the Algerian daily Le Matin").
    pub nation: Vec<Option<Country>>,
    /// The organisation a person speaks or works for, by candidate index: "Pentagon
    /// spokesman Doug Kennett", "Faik Nerweyi of the Kurdistan Democratic Party",
    /// "Doug Kennett, a spokesman for the Pentagon".
    pub affiliation: Vec<Option<usize>>,
    /// What a role phrase right beside an organisation's name says it is ("the daily
    /// Le Matin", "Itar-Tass news agency", "the LTTE rebels", "the ND party"): only a
    /// kind of body ([`BODY_KINDS`]), as other phrases there are titles ("Pentagon
    /// spokesman") or members' roles that say nothing of the body ("Fiat officials").
    pub kind: Vec<Option<Sector>>,
    /// The country a place is said to be in: named right after it ("Newfoundland,
    /// Canada") or owning it ("Jakarta's Tanjung Priok port").
    pub place_in: Vec<Option<Country>>,
    /// By sentence, the countries it names by name or demonym, where it names any: the
    /// state of an office given without its nation ("During his visit to Slovenia, X
    /// will meet Prime Minister Y").
    pub sentence_nation: HashMap<usize, SentenceNation>,
}

/// The countries a sentence names, where it names any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SentenceNation {
    One(Country),
    Several,
}

impl CandidateRoles {
    pub fn read(roles: &Roles, doc: &super::text::Doc, cands: &[Candidate]) -> Self {
        let person = cands
            .iter()
            .map(|c| {
                (c.kind == EntityType::Per && c.is_named())
                    .then(|| {
                        // "Security Council President Tono Eitel of Germany": the title
                        // before the name, the country after it.
                        let after = roles.of_person_after(doc, c);
                        match roles.of_person(doc, c).map(|r| without_person_place(roles, doc, cands, c, r)) {
                            // Or in an apposition before it: "The Russian army commander,
                            // General X".
                            Some(before) => Some(Role {
                                country: before
                                    .country
                                    .or(after.and_then(|a| a.country))
                                    .or_else(|| roles.of_person_before(doc, c).and_then(|a| a.country)),
                                ..before
                            }),
                            None => after
                                .or_else(|| roles.of_person_before(doc, c))
                                .or_else(|| roles.of_person_described(doc, c)),
                        }
                    })
                    .flatten()
            })
            .collect();
        let collective = cands.iter().map(|c| (!c.is_named()).then(|| roles.of_collective(doc, c)).flatten()).collect();
        let nation = cands
            .iter()
            .map(|c| (c.kind == EntityType::Org && c.is_named()).then(|| nation_of_body(roles, doc, c)).flatten())
            .collect();
        let orgs = OrgIndex::new(cands);
        let affiliation = (0..cands.len()).map(|i| affiliation(roles, doc, cands, &orgs, i)).collect();
        let kind = cands
            .iter()
            .map(|c| (c.kind == EntityType::Org && c.is_named()).then(|| kind_beside(roles, doc, c)).flatten())
            .collect();
        let place_in = cands
            .iter()
            .map(|c| (c.kind == EntityType::Loc && c.is_named()).then(|| place_in(roles, doc, c)).flatten())
            .collect();
        let sentence_nation = sentence_nations(roles, doc, cands);
        CandidateRoles { person, collective, nation, affiliation, kind, place_in, sentence_nation }
    }
}

/// Articles that may open a role phrase set after a name ("X, the German envoy,").
const DETERMINERS_BEFORE_ROLE: &[&str] = &["the", "a", "an"];

/// Per sentence, the country it names when it names exactly one: by a country's name
/// or a demonym, not one that opens another person's title ("German intelligence
/// co-ordinator X" places X, not the sentence).
fn sentence_nations(roles: &Roles, doc: &super::text::Doc, cands: &[Candidate]) -> HashMap<usize, SentenceNation> {
    let mut out: HashMap<usize, SentenceNation> = HashMap::new();
    let person_ends: std::collections::HashSet<(usize, usize)> =
        cands.iter().filter(|c| c.kind == EntityType::Per).map(|c| (c.sentence, c.words.end)).collect();
    for c in cands {
        let country = match &c.country {
            Some(name) => roles.country(name),
            None if c.kind == EntityType::Loc => {
                roles.demonyms.countries.canonical(&c.text).and_then(|n| roles.country(n))
            }
            None => None,
        };
        let Some(country) = country else { continue };
        let (s, end) = (c.sentence, c.words.end);
        let after: Vec<&str> = (end..(end + 4).min(doc.len(s))).map(|i| doc.word(s, i)).collect();
        let titles_someone = (0..after.len().min(2)).any(|k| roles.titles.leading_len(&after[k..]) > 0);
        // "X, German intelligence co-ordinator,": the nation of X's apposition.
        let mut b = c.words.start;
        if b > 0 && DETERMINERS_BEFORE_ROLE.contains(&doc.word(s, b - 1).to_lowercase().as_str()) {
            b -= 1;
        }
        let describes_person = b > 0 && doc.word(s, b - 1) == "," && person_ends.contains(&(s, b - 1));
        if titles_someone || describes_person {
            continue;
        }
        let entry = out.entry(s).or_insert(SentenceNation::One(country));
        if *entry != SentenceNation::One(country) {
            *entry = SentenceNation::Several;
        }
    }
    out
}

/// The nation right before an organisation's name, or before a role phrase that says
/// what kind of body it is: "Kazakhstan's Election Commission", "the Algerian daily Le
/// Matin", "Japanese carmaker Nissan", each of a list ("German retailers Metro, Rewe
/// and Lidl"). The phrase must be one the agents dictionary knows, so that a verb
/// never joins the two ("Iraqi troops shelled X").
fn nation_of_body(roles: &Roles, doc: &super::text::Doc, c: &Candidate) -> Option<Country> {
    let s = c.sentence;
    let mut w = list_start(doc, s, c.words.start);
    // "Greece's the Foreign Ministry": an article the name was stripped of.
    if w > 0 && doc.word(s, w - 1).eq_ignore_ascii_case("the") {
        w -= 1;
    }
    roles.nation_before(doc, s, w).or_else(|| roles.described_before(doc, s, w).map(|(country, _)| country))
}

/// A person named right before the title ("Dole campaign manager Scott Reed",
/// "Clinton's campaign manager") is whom the title serves, not a place that would
/// place its holder (Dole is also a town in France).
fn without_person_place(roles: &Roles, doc: &super::text::Doc, cands: &[Candidate], c: &Candidate, role: Role) -> Role {
    let Some(t) = roles.title_start(doc, c) else { return role };
    let end = if t > 0 && is_possessive(doc.word(c.sentence, t - 1)) { t - 1 } else { t };
    let served = cands.iter().any(|p| p.kind == EntityType::Per && p.sentence == c.sentence && p.words.end == end);
    if served {
        Role { country: None, ..role }
    } else {
        role
    }
}

/// The sectors a role phrase beside an organisation's name gives the organisation: a
/// medium, a party, rebels, a firm. Members' roles of other kinds say nothing of the
/// body ("Fiat officials", "Interior Ministry troops").
const BODY_KINDS: &[Sector] = &[Sector::Med, Sector::Pty, Sector::Reb, Sector::Bus];

/// The kind of body ([`BODY_KINDS`]) a role phrase right before or right after `c`
/// names; after it, past an acronym in brackets ("the Liberation Tigers of Tamil
/// Eelam ( LTTE ) rebels").
fn kind_beside(roles: &Roles, doc: &super::text::Doc, c: &Candidate) -> Option<Sector> {
    let (s, n) = (c.sentence, doc.len(c.sentence));
    let most = roles.dict.max_role_words();
    // A person's title is not the body's kind: "State Department spokesman".
    let kind = |range: std::ops::Range<usize>| {
        let words: Vec<&str> = range.clone().map(|i| doc.word(s, i)).collect();
        let tokens: Vec<String> = words.iter().map(|w| fold(w)).collect();
        roles
            .dict
            .role_exact(&tokens)
            .filter(|k| BODY_KINDS.contains(k) && roles.titles.leading_len(&words) != words.len())
    };
    let mut after = c.words.end;
    if doc.word(s, after) == "(" && doc.word(s, after + 2) == ")" {
        after += 3;
    }
    let start = list_start(doc, s, c.words.start);
    (1..=most.min(start))
        .find_map(|k| kind(start - k..start))
        .or_else(|| (1..=most.min(n.saturating_sub(after))).find_map(|k| kind(after..after + k)))
}

/// Where a list of capitalised names that ends with the name starting at word `w`
/// begins ("Metro" in "retailers Metro , Rewe and Lidl" for "Lidl"): what stands before
/// the list stands before each of its names. `w` itself when the name is no list's.
fn list_start(doc: &super::text::Doc, s: usize, w: usize) -> usize {
    let mut start = w;
    let mut i = w;
    while i > 0 {
        let before = doc.word(s, i - 1);
        if matches!(before, "," | "and" | "or") && i >= 2 && is_capitalised(doc.word(s, i - 2)) {
            // Back over the previous name to its first word.
            i -= 1;
            while i > 0 && is_capitalised(doc.word(s, i - 1)) {
                i -= 1;
            }
            start = i;
        } else {
            break;
        }
    }
    start
}

/// The country of the place `c` names, as the text puts it: "Newfoundland, Canada",
/// "Jakarta's Tanjung Priok port". A list ("Germany, France", "Las Brisas, Peru and
/// Chile") is no such pair: the dictionary knows a country's name, and the caller asks
/// only for places it does not know.
fn place_in(roles: &Roles, doc: &super::text::Doc, c: &Candidate) -> Option<Country> {
    let (s, w, end) = (c.sentence, c.words.start, c.words.end);
    // "Las Brisas, Peru and Chile" is a list: the nation's name goes on to "and".
    let listed = || {
        let next = (end + 1..end + 5).map(|i| doc.word(s, i)).find(|w| !w.starts_with(char::is_uppercase));
        next.is_some_and(|w| matches!(w, "and" | "or"))
    };
    let after = (doc.word(s, end) == "," && !listed()).then(|| roles.nation_at(doc, s, end + 1)).flatten();
    after.or_else(|| (w > 0 && is_possessive(doc.word(s, w - 1))).then(|| roles.nation_before(doc, s, w)).flatten())
}

/// Words that tie a person to an organisation after the name ("of", "for", "at").
const AFFILIATING: &[&str] = &["of", "for", "at"];

/// Named organisation candidates by (sentence, first word) and (sentence, end word),
/// so that finding the one beside a name does not scan the document.
struct OrgIndex {
    by_start: HashMap<(usize, usize), usize>,
    by_end: HashMap<(usize, usize), usize>,
}

impl OrgIndex {
    fn new(cands: &[Candidate]) -> Self {
        let mut index = OrgIndex { by_start: HashMap::new(), by_end: HashMap::new() };
        for (i, o) in cands.iter().enumerate().filter(|(_, o)| o.kind == EntityType::Org && o.is_named()) {
            index.by_start.entry((o.sentence, o.words.start)).or_insert(i);
            index.by_end.entry((o.sentence, o.words.end)).or_insert(i);
        }
        index
    }
}

/// The organisation candidate person candidate `i` is tied to, if any (see
/// [`CandidateRoles::affiliation`]).
fn affiliation(roles: &Roles, doc: &super::text::Doc, cands: &[Candidate], orgs: &OrgIndex, i: usize) -> Option<usize> {
    let c = &cands[i];
    if c.kind != EntityType::Per || !c.is_named() {
        return None;
    }
    let s = c.sentence;
    // The organisation owns the title before the name ("the Pentagon's spokesman X").
    if let Some(t) = roles.title_start(doc, c) {
        let end = if t > 0 && is_possessive(doc.word(s, t - 1)) { t - 1 } else { t };
        if let Some(&j) = orgs.by_end.get(&(s, end)) {
            return Some(j);
        }
    }
    // Or follows it: "X of the KDP", "X, a spokesman for the Pentagon", or, in a
    // byline, "X, Bucharest Newsroom" (an organisation right after the comma that no
    // list goes on from: "X, IBM and Apple" is a list).
    let mut p = c.words.end;
    if doc.word(s, p) == "," {
        if let Some(&j) = orgs.by_start.get(&(s, p + 1)) {
            let next = doc.word(s, cands[j].words.end).to_lowercase();
            if !matches!(next.as_str(), "," | "and" | "or") {
                return Some(j);
            }
        }
        p = roles.title_after(doc, s, p + 1)?;
    }
    if !AFFILIATING.contains(&doc.word(s, p).to_lowercase().as_str()) {
        return None;
    }
    p += 1;
    if doc.word(s, p).eq_ignore_ascii_case("the") {
        p += 1;
    }
    orgs.by_start.get(&(s, p)).copied()
}

/// What coding a document's groups needs: the role readers (which know the document's
/// day), what the text says about each candidate, the candidates and the dateline's
/// country (see `dateline`).
#[derive(Clone, Copy)]
pub(crate) struct Coder<'a> {
    pub roles: &'a Roles<'a>,
    pub read: &'a CandidateRoles,
    pub cands: &'a [Candidate],
    pub dateline: Option<Country>,
}

/// One group to code: its kind and canonical name, and the code of the organisation
/// a person speaks for.
#[derive(Clone, Copy)]
pub(crate) struct Named<'a> {
    pub group: &'a Group,
    pub kind: EntityType,
    pub label: &'a str,
    pub affiliated: Option<&'a ActorCode>,
}

/// The code of one group named `label` (of `kind`) in a document of day `day`;
/// `affiliated` is the code of the organisation a person speaks for.
///
/// What the dictionaries, titles and names cannot place, the text around a place may
/// ("Newfoundland, Canada"), and else the dateline: a place they do not know, and an
/// organisation or collective whose sector is known but not its country ("the
/// municipal police", "Jones Medical Industries Inc"). `code` is the group's
/// [`own_code`].
pub(crate) fn group_code(coder: &Coder, named: &Named, code: Option<ActorCode>) -> Option<ActorCode> {
    let (kind, label) = (named.kind, named.label);
    let unknown_place = code.is_none() && kind == EntityType::Loc && !coder.roles.dict.knows(label);
    if unknown_place {
        let stated = named.group.members.iter().find_map(|&m| coder.read.place_in[m]);
        // The dateline places it only where its sentences name no other country: a
        // story datelined Bonn on talks about "the Nagorno-Karabakh region" between
        // Armenia and Azerbaijan is not about a German region.
        let elsewhere = |dateline: Country| {
            named.group.members.iter().any(|&m| match coder.read.sentence_nation.get(&coder.cands[m].sentence) {
                Some(SentenceNation::One(c)) => *c != dateline,
                Some(SentenceNation::Several) => true,
                None => false,
            })
        };
        if let Some(country) = stated.or(coder.dateline.filter(|&d| !elsewhere(d))) {
            return ActorCode::new(Some(country), None);
        }
    }
    let Some(dateline) = coder.dateline else { return code };
    match &code {
        // Not a person's: people travel and are quoted abroad, a police force or a
        // newspaper is quoted at home. Nor a faith's followers ("Anglicans"), whom no
        // border holds, unlike a church.
        Some(c)
            if kind != EntityType::Per
                && c.country.is_none()
                && c.sector
                    .is_some_and(|s| !(s.is_international() || kind == EntityType::Misc && s == Sector::Rel)) =>
        {
            ActorCode::new(Some(dateline), c.sector)
        }
        _ => code,
    }
}

/// What the dictionaries, titles and names say of a group: [`group_code`] before the
/// places around it and the dateline.
pub(crate) fn own_code(coder: &Coder, named: &Named) -> Option<ActorCode> {
    let (roles, kind, label) = (coder.roles, named.kind, named.label);
    let dict_code = dictionary_code(coder, named);
    let international = dict_code.as_ref().is_some_and(|c| c.country.is_none() && c.sector.is_some());
    if kind == EntityType::Per && !international {
        return person_code(coder, named, dict_code);
    }
    let demonym_group = named.group.members.iter().any(|&m| !coder.cands[m].is_named());
    if kind == EntityType::Loc && (demonym_group || roles.demonyms.countries.canonical(label).is_some()) {
        return country_code(coder, named, dict_code);
    }
    if dict_code.is_some() {
        return dict_code;
    }
    let tokens: Vec<String> = label.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
    match kind {
        EntityType::Org => organisation_code(coder, named, &tokens),
        EntityType::Misc => people_code(roles, &tokens),
        _ => None,
    }
}

/// The dictionaries' code for the group's name on the document's day, or for another
/// of its names, but never a bare surname: "Clinton" alone would find whichever Clinton
/// the dictionary lists first.
fn dictionary_code(coder: &Coder, named: &Named) -> Option<ActorCode> {
    let (dict, cands, day) = (&coder.roles.dict, coder.cands, coder.roles.day);
    let kind = named.kind;
    // A place's name stands for its country only for a place ("Barcelona" the club,
    // "Chicago" the team are not Spain and the United States).
    let usable = |name: &str| kind == EntityType::Loc || !dict.is_place(name);
    Some(named.label).filter(|l| usable(l)).and_then(|l| dict.lookup(l, day)).or_else(|| {
        named
            .group
            .members
            .iter()
            .map(|&m| &cands[m])
            .filter(|c| c.is_named() && (c.kind != EntityType::Per || c.tokens.len() > 1) && usable(&c.text))
            .find_map(|c| dict.lookup(&c.text, day))
    })
}

/// A person's code: the first titled mention's role, for a title states the office on
/// the document's date, which the dictionary may not know (or know only up to its last
/// update); else the dictionary's, else that of the organisation he speaks for.
fn person_code(coder: &Coder, named: &Named, dict_code: Option<ActorCode>) -> Option<ActorCode> {
    let (read, cands, affiliated) = (coder.read, coder.cands, named.affiliated);
    let role = named
        .group
        .members
        .iter()
        .filter_map(|&m| read.person[m].map(|r| (cands[m].span.start, r)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, r)| r);
    // A person the text names only by his office ("Pope", tagged a name) holds it.
    let office_only = || {
        let tokens: Vec<String> = named.label.split_whitespace().map(fold).collect();
        coder.roles.dict.role_exact(&tokens).and_then(|sector| ActorCode::new(None, Some(sector)))
    };
    let Some(role) = role else { return dict_code.or_else(|| affiliated.cloned()).or_else(office_only) };
    // The organisation a person speaks for places him where the title does not, and
    // its sector is his ("Pentagon spokesman": MIL, not a spokesman's GOV).
    let country = role.country.or(affiliated.and_then(|c| c.country)).or(dict_code.as_ref().and_then(|c| c.country));
    // An office of state given without its nation ("Prime Minister X") is the one
    // country the sentence names, or the dateline's where it names none (a story
    // datelined Amman about "Prime Minister Abdul-Karim al-Kabariti").
    let state_office = matches!(role.sector, Some(Sector::Gov | Sector::Leg | Sector::Mil | Sector::Jud));
    let country = country.or_else(|| {
        let first = named.group.members.iter().copied().min_by_key(|&m| cands[m].span.start)?;
        let nation = match coder.read.sentence_nation.get(&cands[first].sentence) {
            Some(SentenceNation::One(c)) => Some(*c),
            None => coder.dateline,
            Some(SentenceNation::Several) => None,
        };
        nation.filter(|_| state_office)
    });
    let sector = affiliated.and_then(|c| c.sector).or(role.sector).or(dict_code.as_ref().and_then(|c| c.sector));
    ActorCode::new(country, sector)
}

/// A country's code: the most frequent role noun of its collectives ("Kazakh officials"
/// twice, "Kazakh police" once: GOV), unless the country is named bare more often than
/// that ("Zaire" five times, "the Zairean army" twice is the country, not its army); a
/// tie goes to the role.
fn country_code(coder: &Coder, named: &Named, dict_code: Option<ActorCode>) -> Option<ActorCode> {
    let mut sectors: BTreeMap<Sector, usize> = BTreeMap::new();
    let mut bare = 0;
    for &m in &named.group.members {
        match coder.read.collective[m] {
            Some(s) => *sectors.entry(s).or_default() += 1,
            None => bare += 1,
        }
    }
    let sector =
        sectors.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).filter(|(_, &n)| n >= bare).map(|(s, _)| *s);
    let country = dict_code.as_ref().and_then(|c| c.country).or_else(|| coder.roles.country(named.label));
    match sector {
        Some(s) => ActorCode::new(country, Some(s)),
        None => dict_code.or_else(|| ActorCode::new(country, None)),
    }
}

/// An organisation the dictionaries do not know: the nation in or before its name
/// ("Kazakh Central Election Commission", "Bank of Japan", "Air France",
/// "Kazakhstan's Election Commission") and the role its head noun names.
fn organisation_code(coder: &Coder, named: &Named, tokens: &[String]) -> Option<ActorCode> {
    let (roles, read, cands) = (coder.roles, coder.read, coder.cands);
    let dict = &roles.dict;
    let country = (0..tokens.len()).find_map(|i| {
        let rest = &tokens[i..];
        let nation = roles.demonyms.prefix(rest).map(|(n, d)| (n, roles.country(&d.country))).or_else(|| {
            let n = roles.demonyms.countries.prefix_len(rest)?;
            Some((n, roles.country(roles.demonyms.countries.canonical(&rest[..n].join(" "))?)))
        });
        let (n, country) = nation?;
        // The nation may end a longer place's name: "New Mexico" is in the United States.
        let longer = (i > 0).then(|| tokens[i - 1..i + n].join(" ")).filter(|name| dict.is_place(name));
        match longer {
            Some(name) => dict.lookup(&name, coder.roles.day).and_then(|c| c.country),
            None => country,
        }
    });
    let country = country.or_else(|| {
        let mut before: Vec<(usize, Country)> =
            named.group.members.iter().filter_map(|&m| read.nation[m].map(|c| (cands[m].span.start, c))).collect();
        before.sort_unstable();
        before.first().map(|&(_, c)| c)
    });
    // "Jones Medical" is a firm when the document once wrote "Jones Medical Industries Inc".
    let legal_form = std::iter::once(tokens)
        .chain(named.group.members.iter().map(|&m| cands[m].tokens.as_slice()))
        .any(|t| t.last().is_some_and(|t| is_legal_form(t)));
    let beside = named.group.members.iter().find_map(|&m| read.kind[m]);
    // The head noun ends the name, or comes before "of" ("University of Michigan").
    let head = tokens.iter().position(|t| t == "of").map_or(tokens, |of| &tokens[..of]);
    // A body of a legislature is legislative: "the U.S. Senate Intelligence Committee".
    let of_legislature =
        || tokens.iter().any(|t| dict.role_exact(std::slice::from_ref(t)) == Some(Sector::Leg)).then_some(Sector::Leg);
    let sector = dict
        .role_sector(tokens)
        .or_else(|| dict.role_sector(head))
        .or_else(|| legal_form.then_some(Sector::Bus))
        .or(beside)
        .or_else(of_legislature);
    // A place in the name places a body of a known kind ("Central Jakarta District
    // Court", "University of Michigan"); a club or a firm named after a city ("Real
    // Madrid") is not that country's actor.
    let country = country.or_else(|| sector.and_then(|_| dict.place_within(tokens, coder.roles.day)));
    ActorCode::new(country, sector)
}

/// A people or group (MISC) named after a nation ("Bosnian Serb", "Iraqi Kurdish"): that
/// nation's country. A group named by a plural role noun ("the Marines", "Anglicans")
/// has that role's sector; an adjective ("Jewish", "Islamic") or a title ("A Woman")
/// names no group, and a nation's name alone gives no sector.
fn people_code(roles: &Roles, tokens: &[String]) -> Option<ActorCode> {
    let country = roles.demonyms.prefix(tokens).filter(|&(n, _)| n < tokens.len());
    let plural = tokens.last().is_some_and(|t| t.ends_with('s') && !t.ends_with("ss"));
    let sector = plural.then(|| roles.dict.role_sector(tokens)).flatten();
    // A region's people ("the Chechens", "Chechen") is of the region's state.
    let regional = || (1..=tokens.len()).rev().find_map(|n| roles.region_country(&tokens[..n]));
    ActorCode::new(country.and_then(|(_, d)| roles.country(&d.country)).or_else(regional), sector)
}
