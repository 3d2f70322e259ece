//! Demonyms and national adjectives ("Kazakh", "Americans") resolved to the country
//! actor they stand for, so that "Kazakh authorities" and "Kazakhstan" are one node.

use super::candidate::Candidate;
use super::countries::Countries;
use super::text::{is_capitalised, is_punct, Doc};
use crate::fold::{fold, name_key};
use crate::ner::EntityType;
use std::collections::HashMap;

/// Participles after "X-" whose X is the one acting ("a U.S.-drafted resolution" is the
/// United States' resolution, "Saudi-led warplanes" Saudi Arabia's). Not "occupied":
/// "Israeli-occupied" describes a place. ("-held" and "-controlled" never get here: the
/// candidate's text leaves them out, `text::attached_suffix_len`, so that "a Houthi-held
/// port" is the holder's, as `[grammar] holding` has it.)
const AGENT_PARTICIPLES: &[&str] = &[
    "led",
    "backed",
    "sponsored",
    "drafted",
    "brokered",
    "mediated",
    "proposed",
    "funded",
    "financed",
    "supported",
    "armed",
    "trained",
    "installed",
    // The flag state of a ship: "seized a British-flagged tanker" is a seizure from Britain.
    "flagged",
    "registered",
];

/// The built-in table, `demonym,country` (see the file's header).
const BUILTIN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/demonyms.csv"));

/// Peoples of a region inside one state, `demonym,region` (see the file's header).
const REGIONAL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/regional-demonyms.csv"));

/// Score of a demonym mention found here rather than by the NER: a fixed, modest
/// confidence, since no model vouched for it (only the table and the context).
pub(crate) const UNTAGGED_SCORE: f32 = 0.7;

/// Nouns (and noun phrases) for the people or bodies that act for a country:
/// a demonym the NER missed counts as a country mention when one follows it.
/// Compared in lower case; multi-word entries are matched word by word.
const ACTOR_NOUNS: &[&str] = &[
    "authorities",
    "authority",
    "official",
    "officials",
    "government",
    "governments",
    "president",
    "presidency",
    "leader",
    "leaders",
    "leadership",
    "premier",
    "king",
    "monarch",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "minister",
    "ministers",
    "ministry",
    "ministries",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "forces",
    "troops",
    "army",
    "military",
    "navy",
    "air force",
    "armed forces",
    "security forces",
    "special forces",
    "security services",
    "intelligence",
    "police",
    "border guards",
    "border guard",
    "soldiers",
    "servicemen",
    "peacekeepers",
    "diplomats",
    "diplomat",
    "diplomacy",
    "envoy",
    "envoys",
    "ambassador",
    "embassy",
    "consulate",
    "delegation",
    "delegations",
    "side",
    "negotiators",
    "counterpart",
    "counterparts",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "representatives",
    "parliament",
    "lawmakers",
    "legislators",
    "senators",
    "deputies",
    "mps",
    "cabinet",
    "administration",
    "regime",
    "state",
    "prosecutors",
    "prosecutor",
    "prosecutor general",
    "judges",
    "court",
    "courts",
    "investigators",
    "officers",
    "agencies",
    "opposition",
    "customs",
    "central bank",
];

/// Modifiers allowed between the demonym and the actor noun ("Kyrgyz interim government").
pub(crate) const ACTOR_MODIFIERS: &[&str] = &[
    "interim",
    "top",
    "senior",
    "local",
    "new",
    "former",
    "current",
    "acting",
    "provisional",
    "transitional",
    "federal",
    "national",
    "regional",
    "caretaker",
    "state",
    "high-ranking",
];

/// Words after "the Russians"/"the British" showing the demonym is the subject noun;
/// after "X, the spokesman", that the title is the subject of its own clause, not X's.
pub(crate) const SUBJECT_FOLLOWERS: &[&str] = &[
    "said",
    "say",
    "says",
    "claimed",
    "claim",
    "claims",
    "accused",
    "accuse",
    "accuses",
    "denied",
    "deny",
    "denies",
    "insisted",
    "argued",
    "warned",
    "responded",
    "rejected",
    "refused",
    "agreed",
    "want",
    "wanted",
    "have",
    "has",
    "had",
    "were",
    "are",
    "was",
    "is",
    "will",
    "would",
    "could",
    "may",
    "might",
    "did",
    "do",
    "does",
    "also",
    "however",
    "themselves",
    "reportedly",
];

/// Capitalised words that, just before a demonym, make it part of another name
/// ("Latin American", "East German", "North American").
const NAME_PREFIXES: &[&str] =
    &["latin", "north", "south", "east", "west", "central", "native", "anglo", "afro", "pan"];

/// Parses a `demonym,region` CSV into folded demonym → region, with a description of
/// each row it had to skip.
fn regional_table(src: &str) -> (HashMap<String, String>, Vec<String>) {
    let mut out = HashMap::new();
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).trim(csv::Trim::All).from_reader(src.as_bytes());
    for record in reader.records() {
        match record {
            Ok(r) if r.len() == 2 && !r[0].is_empty() && !r[1].is_empty() => {
                if out.insert(name_key(&r[0]), r[1].to_string()).is_some() {
                    problems.push(format!("{:?} listed twice", &r[0]));
                }
            }
            Ok(r) => problems.push(format!("line {}: expected `demonym,region`", r.position().map_or(0, |p| p.line()))),
            Err(e) => problems.push(e.to_string()),
        }
    }
    (out, problems)
}

/// Conjunctions that let a demonym share the next one's noun ("Kazakh and Kyrgyz officials").
const COORDINATORS: &[&str] = &["and", "or", ",", "&"];

/// One demonym's entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Demonym {
    /// Canonical country label ("Kazakhstan").
    pub country: String,
    /// A plural noun form ("Kazakhs"), which names the country's side by itself.
    pub plural: bool,
}

/// Demonyms by folded key, and the country names they map to.
#[derive(Debug, Clone, Default)]
pub(crate) struct DemonymTable {
    by_key: HashMap<String, Demonym>,
    /// Most words in one demonym ("Papua New Guinean" = 3).
    max_words: usize,
    pub countries: Countries,
    /// Each country label's first demonym as the table writes it ("Greece" →
    /// "Greek"), to name a country's body ("the Greek Foreign Ministry").
    adjectives: HashMap<String, String>,
    /// Peoples of a region inside one state, by folded key: the region's name
    /// ("Chechen" → "Chechnya"). For codes only: they stand for no country.
    regional: HashMap<String, String>,
}

impl DemonymTable {
    pub fn builtin() -> Self {
        let mut table = Self::parse(BUILTIN).0;
        table.regional = regional_table(REGIONAL).0;
        table
    }

    /// The regions of the regional peoples.
    #[cfg(test)]
    pub fn regions(&self) -> impl Iterator<Item = &str> {
        self.regional.values().map(String::as_str)
    }

    /// The region whose people folded `tokens` name ("Chechen" → "Chechnya").
    pub fn region(&self, tokens: &[String]) -> Option<&str> {
        self.regional.get(&tokens.join(" ")).map(String::as_str)
    }

    /// Parses a `demonym,country` CSV ('#' comment lines allowed). Returns the
    /// table and a description of each row it had to skip (the built-in table's
    /// tests require none).
    pub fn parse(src: &str) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let mut by_key = HashMap::new();
        let mut adjectives: HashMap<String, String> = HashMap::new();
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .trim(csv::Trim::All)
            .flexible(true)
            .from_reader(src.as_bytes());
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    problems.push(e.to_string());
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line());
            match (record.get(0), record.get(1), record.len()) {
                (Some(demonym), Some(country), 2) if !demonym.is_empty() && !country.is_empty() => {
                    let key = name_key(demonym);
                    if key.is_empty() {
                        problems.push(format!("line {line}: demonym {demonym:?} has no letters"));
                        continue;
                    }
                    adjectives.entry(country.to_string()).or_insert_with(|| demonym.to_string());
                    let entry = Demonym { country: country.to_string(), plural: false };
                    if by_key.insert(key, entry).is_some() {
                        problems.push(format!("line {line}: demonym {demonym:?} listed twice"));
                    }
                }
                _ => problems.push(format!("line {line}: expected `demonym,country`")),
            }
        }
        // A form is plural when the same form without its final "s" is listed for
        // the same country ("Afghans" / "Afghan"); "Swiss" is not.
        let plural: Vec<String> = by_key
            .iter()
            .filter(|(k, d)| {
                k.strip_suffix('s').and_then(|stem| by_key.get(stem)).is_some_and(|s| s.country == d.country)
            })
            .map(|(k, _)| k.clone())
            .collect();
        for k in plural {
            if let Some(d) = by_key.get_mut(&k) {
                d.plural = true;
            }
        }
        let max_words = by_key.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);
        let countries = Countries::new(by_key.values().map(|d| d.country.as_str()));
        (DemonymTable { by_key, max_words, countries, adjectives, regional: HashMap::new() }, problems)
    }

    /// The demonym that names things of the country labelled `country` ("Greek").
    pub fn adjective(&self, country: &str) -> Option<&str> {
        self.adjectives.get(country).map(String::as_str)
    }

    /// The demonym whose words are exactly the folded `tokens`.
    pub fn lookup(&self, tokens: &[String]) -> Option<&Demonym> {
        if tokens.is_empty() || tokens.len() > self.max_words {
            return None;
        }
        self.by_key.get(&tokens.join(" "))
    }

    /// The longest demonym at the start of `tokens`, with its length in tokens.
    pub fn prefix(&self, tokens: &[String]) -> Option<(usize, &Demonym)> {
        (1..=self.max_words.min(tokens.len())).rev().find_map(|n| self.lookup(&tokens[..n]).map(|d| (n, d)))
    }

    /// The country a candidate names: a demonym's, or a country's name for anything
    /// but a person ("Zaire", "Britain"); `None` for other names.
    pub fn country_of<'a>(&'a self, c: &'a Candidate) -> Option<&'a str> {
        c.country
            .as_deref()
            .or_else(|| (c.kind != EntityType::Per).then(|| self.countries.canonical(&c.text)).flatten())
    }

    /// The country that acts, in one word "X-led", "X-backed", "X-drafted" whose X is a
    /// demonym or a country's name ("Saudi-led", "U.S.-drafted"), or whose flag a ship
    /// flies ("British-flagged"); `None` for other
    /// words ("NATO-led", "Israeli-occupied": a place held, not an actor).
    pub fn leader(&self, word: &str) -> Option<&str> {
        let (stem, participle) = word.rsplit_once('-')?;
        if !AGENT_PARTICIPLES.contains(&participle.to_lowercase().as_str()) {
            return None;
        }
        self.lookup(&[fold(stem)]).map(|d| d.country.as_str()).or_else(|| self.countries.canonical(stem))
    }

    /// Number of leading `tokens` that are a demonym or a country name
    /// ("Kazakh ...", "Russia ..."), 0 if none.
    pub fn nation_prefix_len(&self, tokens: &[String]) -> usize {
        let demonym = self.prefix(tokens).map_or(0, |(n, _)| n);
        demonym.max(self.countries.prefix_len(tokens).unwrap_or(0))
    }

    /// Demonyms the NER did not tag, used as country actors: a capitalised demonym
    /// outside every entity (`covered(sentence, word)` says which words are in
    /// one), followed by an actor noun ("Kyrgyz officials"), or a plural noun
    /// ("the Russians"), or "the X" as a subject ("the British said").
    pub fn find_untagged(&self, doc: &Doc, covered: &dyn Fn(usize, usize) -> bool) -> Vec<Candidate> {
        let mut out = Vec::new();
        for s in 0..doc.sentences.len() {
            let matches = self.matches_in(doc, s, covered);
            // Right to left, so that "Kazakh and Kyrgyz officials" can see whether
            // the next demonym qualified.
            let mut qualified = vec![false; matches.len()];
            for i in (0..matches.len()).rev() {
                let (a, b, d) = &matches[i];
                let next_shares_noun = || {
                    COORDINATORS.contains(&doc.word(s, *b).to_lowercase().as_str())
                        && matches.get(i + 1).is_some_and(|m| m.0 == b + 1)
                        && qualified[i + 1]
                };
                let ok = !part_of_longer_name(doc, s, *a)
                    && (actor_noun_follows(doc, s, *b)
                        || (!name_follows(doc, s, *b) && (d.plural || subject_after_article(doc, s, *a, *b)))
                        || next_shares_noun());
                qualified[i] = ok;
            }
            for ((a, b, d), ok) in matches.into_iter().zip(qualified) {
                if ok {
                    out.extend(Candidate::demonym(doc, s, a..b, &d.country, UNTAGGED_SCORE, false));
                }
            }
        }
        out
    }

    /// Longest demonym matches among the uncovered, capitalised words of sentence `s`.
    fn matches_in(&self, doc: &Doc, s: usize, covered: &dyn Fn(usize, usize) -> bool) -> Vec<(usize, usize, &Demonym)> {
        let n = doc.len(s);
        let mut matches = Vec::new();
        let mut w = 0;
        while w < n {
            if covered(s, w) || !is_capitalised(doc.word(s, w)) {
                w += 1;
                continue;
            }
            let mut tokens = Vec::new();
            let mut best = None;
            for i in w..n.min(w + self.max_words) {
                let token = fold(doc.word(s, i));
                if covered(s, i) || token.is_empty() {
                    break;
                }
                tokens.push(token);
                if let Some(d) = self.lookup(&tokens) {
                    best = Some((i + 1, d));
                }
            }
            match best {
                Some((end, d)) => {
                    matches.push((w, end, d));
                    w = end;
                }
                None => w += 1,
            }
        }
        matches
    }
}

/// Whether the word before position `a` makes the demonym part of a longer name
/// the NER missed: a capitalised word that is not sentence-initial ("Latin
/// American"), or a known name prefix anywhere ("North American").
fn part_of_longer_name(doc: &Doc, s: usize, a: usize) -> bool {
    let Some(p) = a.checked_sub(1) else { return false };
    let prev = doc.word(s, p);
    if NAME_PREFIXES.contains(&prev.to_lowercase().as_str()) {
        return true;
    }
    // The first word of a sentence is capitalised anyway, and so are articles there.
    let article = matches!(prev, "The" | "A" | "An");
    p > 0 && is_capitalised(prev) && !article
}

/// Length in words of an actor noun at word `b` (after an optional modifier), 0 if none.
fn actor_noun_len(doc: &Doc, s: usize, b: usize) -> usize {
    let at = |start: usize| {
        ACTOR_NOUNS
            .iter()
            .filter(|noun| noun.split(' ').enumerate().all(|(k, part)| doc.word(s, start + k).to_lowercase() == part))
            .map(|noun| noun.split(' ').count())
            .max()
            .unwrap_or(0)
    };
    match at(b) {
        0 if ACTOR_MODIFIERS.contains(&doc.word(s, b).to_lowercase().as_str()) => {
            let n = at(b + 1);
            if n > 0 {
                n + 1
            } else {
                0
            }
        }
        n => n,
    }
}

fn actor_noun_follows(doc: &Doc, s: usize, b: usize) -> bool {
    actor_noun_len(doc, s, b) > 0
}

/// A capitalised word follows: the demonym probably starts a name the NER
/// missed ("Russian Orthodox Church"), unless that word is an actor noun.
fn name_follows(doc: &Doc, s: usize, b: usize) -> bool {
    let next = doc.word(s, b);
    is_capitalised(next) && !is_punct(next)
}

/// "the British said", "the Russians." : an article before, and the end of the
/// sentence, punctuation or a typical verb after.
fn subject_after_article(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    let article = a.checked_sub(1).is_some_and(|p| doc.word(s, p).eq_ignore_ascii_case("the"));
    let next = doc.word(s, b);
    article && (b >= doc.len(s) || is_punct(next) || SUBJECT_FOLLOWERS.contains(&next.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split_whitespace().map(fold).collect()
    }

    #[test]
    fn builtin_table_parses_cleanly() {
        let (table, problems) = DemonymTable::parse(BUILTIN);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(table.by_key.len() > 350);
        assert_eq!(table.lookup(&toks("Kazakh")).map(|d| d.country.as_str()), Some("Kazakhstan"));
        assert_eq!(table.lookup(&toks("Kyrgyz")).map(|d| d.country.as_str()), Some("Kyrgyzstan"));
        assert_eq!(table.lookup(&toks("British")).map(|d| d.country.as_str()), Some("United Kingdom"));
        assert_eq!(table.lookup(&toks("Soviet")).map(|d| d.country.as_str()), Some("Soviet Union"));
        assert_eq!(table.lookup(&toks("Kosovar")).map(|d| d.country.as_str()), Some("Kosovo"));
        assert_eq!(table.lookup(&toks("South Korean")).map(|d| d.country.as_str()), Some("South Korea"));
        assert_eq!(table.lookup(&toks("Korean")), None);
        assert_eq!(table.countries.canonical("kazakhstan"), Some("Kazakhstan"));
    }

    #[test]
    fn plural_forms_are_recognised() {
        let table = DemonymTable::builtin();
        assert!(table.lookup(&toks("Americans")).is_some_and(|d| d.plural));
        assert!(table.lookup(&toks("Afghans")).is_some_and(|d| d.plural));
        assert!(table.lookup(&toks("Swedes")).is_some_and(|d| d.plural));
        assert!(table.lookup(&toks("Swiss")).is_some_and(|d| !d.plural));
        assert!(table.lookup(&toks("Kazakh")).is_some_and(|d| !d.plural));
    }

    #[test]
    fn bad_rows_are_reported_not_fatal() {
        let (table, problems) = DemonymTable::parse("demonym,country\nFooish,Fooland\nBarish\n,Nowhere\n");
        assert_eq!(table.lookup(&toks("Fooish")).map(|d| d.country.as_str()), Some("Fooland"));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn nation_prefixes_cover_demonyms_and_country_names() {
        let table = DemonymTable::builtin();
        assert_eq!(table.nation_prefix_len(&toks("Kazakh Central Election Commission")), 1);
        assert_eq!(table.nation_prefix_len(&toks("Russia Today")), 1);
        assert_eq!(table.nation_prefix_len(&toks("Central Election Commission")), 0);
    }
}
