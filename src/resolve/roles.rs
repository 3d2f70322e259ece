//! What the words around a mention say about the actor's role: a title before a
//! person ("Kyrgyz President Almazbek Atambayev" → Kyrgyzstan, GOV), a role noun after
//! a demonym ("Iraqi troops" → Iraq, MIL). The dictionaries do not know most people
//! in the news, and a collective has no name to look up; these give them codes.

use super::candidate::Candidate;
use super::demonyms::{DemonymTable, ACTOR_MODIFIERS, SUBJECT_FOLLOWERS};
use super::text::{attached_possessive_len, is_capitalised, is_possessive, is_punct, Doc};
use super::titles::TitleTable;
use crate::actors::{ActorDictionary, Country, Day, Sector};
use crate::fold::fold;

/// A role read off the text; either part may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Role {
    pub country: Option<Country>,
    pub sector: Option<Sector>,
}

/// What the role readers need.
pub(crate) struct Roles<'a> {
    pub titles: &'a TitleTable,
    pub demonyms: &'a DemonymTable,
    pub dict: &'a ActorDictionary,
    /// The document's day: a place's country is the one it was in then ("Belgrade":
    /// Yugoslavia, then Serbia and Montenegro, then Serbia).
    pub day: Option<Day>,
}

/// Words before a title that make its holder a former one ("former President X").
const FORMER: &[&str] = &["former", "ex", "ousted", "deposed", "late"];

/// Words that open a title phrase set beside a name ("the speaker of the
/// parliament, X", "his Slovenian counterpart, X").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their"];

/// Most words looked at for one title before a name.
const MAX_TITLE_WORDS: usize = 5;

/// Words between a nation and a title that qualify the title, at most.
const MODIFIER_WORDS: usize = 2;

/// Most words in a title phrase set before a name ("The speaker of the Belarus
/// parliament, X").
const MAX_APPOSITION_WORDS: usize = 10;

/// A word that can qualify a title ("intelligence", "Presidential", "Kurdish-born"):
/// letters and hyphens only, and not a function word that would join two phrases.
fn is_modifier(word: &str) -> bool {
    const JOINING: &[&str] = &["the", "a", "an", "and", "or", "of", "for", "to", "with", "by", "in", "on", "said"];
    word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().any(char::is_alphabetic)
        && !JOINING.contains(&word.to_lowercase().as_str())
}

impl Roles<'_> {
    /// The country a canonical country label (the demonym table's) stands for.
    pub fn country(&self, label: &str) -> Option<Country> {
        self.dict.lookup(label, None).and_then(|c| c.country)
    }

    /// The role a title right before a person's name gives, with the country of a
    /// demonym or country name before the title ("Kazakhstan's Foreign Minister X").
    /// A former holder ("former President X", "ex-President X") is an elite, ELI, as
    /// CAMEO codes ex-office holders.
    pub fn of_person(&self, doc: &Doc, c: &Candidate) -> Option<Role> {
        let (s, w) = (c.sentence, c.words.start);
        let word = |i: usize| doc.word(s, i);
        let title = w - self.title_start(doc, c)?;
        let mut former = false;
        let mut tokens: Vec<String> = Vec::new();
        for i in w - title..w {
            let lower = word(i).to_lowercase();
            let bare = match lower.strip_prefix("ex-").or_else(|| lower.strip_prefix("former-")) {
                Some(rest) => {
                    former = true;
                    rest.to_string()
                }
                None => lower,
            };
            let t = fold(&bare);
            if !t.is_empty() {
                tokens.push(t);
            }
        }
        let mut p = w - title;
        if p > 0 && FORMER.contains(&word(p - 1).to_lowercase().as_str()) {
            former = true;
            p -= 1;
        }
        // Or before the nation and words that qualify the title: "former Soviet
        // Foreign Minister X", "Former Moscow Mayor X".
        former |= (p.saturating_sub(MODIFIER_WORDS + 3)..p)
            .rev()
            .take_while(|&i| {
                is_modifier(word(i)) && (is_capitalised(word(i)) || FORMER.contains(&word(i).to_lowercase().as_str()))
            })
            .any(|i| FORMER.contains(&word(i).to_lowercase().as_str()));
        // Words before the title may make a longer role phrase the dictionaries know
        // ("Foreign Secretary", "Financial Secretary" where the title is "Secretary").
        let wider = (1..=MODIFIER_WORDS.min(p))
            .take_while(|&k| is_modifier(word(p - k)) && !FORMER.contains(&word(p - k).to_lowercase().as_str()))
            .filter_map(|k| {
                let mut wide: Vec<String> = (p - k..p).map(|i| fold(word(i))).collect();
                wide.extend(tokens.iter().cloned());
                self.dict.role_exact(&wide)
            })
            .last();
        // A word before the title naming a side other than the state's makes the holder
        // that side's: "rebel chief-of-staff X", "separatist president X".
        let side = (1..=MODIFIER_WORDS.min(p))
            .take_while(|&k| is_modifier(word(p - k)))
            .find_map(|k| self.non_state_side(&fold(word(p - k))));
        // Of stacked titles the first, the office, gives the sector ("Prime Minister" in
        // "Prime Minister Sheikh", not the general in "Defence Minister General").
        let stacked = || {
            let words: Vec<&str> = (w - title..w).map(word).collect();
            let first = self.titles.leading_len(&words).min(tokens.len());
            self.dict.role_sector(&tokens[..first]).or_else(|| self.dict.role_sector(&tokens))
        };
        let sector = side.or(wider).or_else(stacked).map(|s| if former { Sector::Eli } else { s });
        // The nation may stand before words that qualify the title without being one
        // ("Iranian Intelligence Minister", "Azerbaijani presidential adviser", "Iran's
        // intelligence minister"): up to MODIFIER_WORDS such words, taken only when a
        // nation is right before them.
        let country = (0..=MODIFIER_WORDS.min(p))
            .take_while(|&k| k == 0 || is_modifier(word(p - k)))
            .find_map(|k| self.nation_before(doc, s, p - k));
        (sector.is_some() || country.is_some()).then_some(Role { country, sector })
    }

    /// The role an apposition after a person's name gives: "Semyon Sharetsky, the
    /// speaker of the Belarus parliament", "Paul Drazek, senior trade advisor",
    /// "Tono Eitel of Germany" (see [`Roles::title_phrase`]).
    pub fn of_person_after(&self, doc: &Doc, c: &Candidate) -> Option<Role> {
        let (s, n) = (c.sentence, doc.len(c.sentence));
        let word = |i: usize| doc.word(s, i);
        let end = c.words.end;
        if word(end) != "," {
            return self.nation_after(doc, s, end).map(|country| Role { country: Some(country), sector: None });
        }
        let (role, title_end, _) = self.title_phrase(doc, s, end + 1)?;
        // A title before another name is that person's ("..., President Clinton said"),
        // and one before its verb is the subject of a clause of its own ("... talks
        // with X, the spokesman said").
        let next = word(title_end);
        let subject = SUBJECT_FOLLOWERS.contains(&next.to_lowercase().as_str());
        (title_end >= n || !subject && (!is_capitalised(next) || is_punct(next))).then_some(role)
    }

    /// The role an apposition before a person's name gives: "The speaker of the
    /// Belarus parliament, Semyon Sharetsky, told Reuters"; the phrase must end at the
    /// comma before the name, and the name be followed by a comma or the sentence's
    /// end, as an apposition is.
    ///
    /// A title of the name's own may stand between the comma and the name ("The Russian
    /// army commander, General X"), and a place phrase after the title phrase ("The
    /// commander of Russian troops in Chechnya, X").
    pub fn of_person_before(&self, doc: &Doc, c: &Candidate) -> Option<Role> {
        let s = c.sentence;
        let w = self.title_start(doc, c).unwrap_or(c.words.start);
        let word = |i: usize| doc.word(s, i);
        if w < 3 || word(w - 1) != "," || !matches!(word(c.words.end), "," | "." | "" | ";") {
            return None;
        }
        // "in the region", "in Chechnya": a place phrase of at most four words.
        let placed = |end: usize| {
            end == w - 1
                || (end + 1 < w - 1
                    && end + 5 >= w - 1
                    && word(end).eq_ignore_ascii_case("in")
                    && (end + 1..w - 1).all(|i| is_modifier(word(i)) || word(i).eq_ignore_ascii_case("the")))
        };
        (w.saturating_sub(MAX_APPOSITION_WORDS)..w - 2)
            .filter(|&q| DETERMINERS.contains(&word(q).to_lowercase().as_str()))
            .find_map(|q| self.title_phrase(doc, s, q).filter(|&(_, _, end)| placed(end)).map(|(role, _, _)| role))
    }

    /// The role a nation and a role noun give a person right before the name, where
    /// the noun is no title: "British historian Alan Taylor" (GBR, EDU), "Danish
    /// consul Leo Nichols", "Irish defender Ian Harte". The noun must be one the
    /// agents dictionary knows, so that a verb never joins the two ("Russian troops
    /// killed X" says nothing of X); without a nation it says nothing.
    /// A noun the dictionary does not know still gives the nation when it names an
    /// adherent, which no verb does ("Russian ultra-nationalist Vladimir Zhirinovsky").
    pub fn of_person_described(&self, doc: &Doc, c: &Candidate) -> Option<Role> {
        let (s, w) = (c.sentence, c.words.start);
        if let Some((country, sector)) = self.described_before(doc, s, w) {
            return Some(Role { country: Some(country), sector: Some(sector) });
        }
        let before = w.checked_sub(1).map(|i| doc.word(s, i))?;
        let adherent = !is_capitalised(before) && (before.ends_with("ist") || before.ends_with("ists"));
        let country = adherent.then(|| self.nation_before(doc, s, w - 1)).flatten()?;
        Some(Role { country: Some(country), sector: None })
    }

    /// A nation and a role noun the agents dictionary knows, ending right before word
    /// `w` of sentence `s`: "British historian" before a person, "the Algerian daily"
    /// before a newspaper. Only a known noun, so that a verb never joins the nation to
    /// the name ("Russian troops killed X" says nothing of X).
    pub fn described_before(&self, doc: &Doc, s: usize, w: usize) -> Option<(Country, Sector)> {
        (1..=self.dict.max_role_words().min(w)).rev().find_map(|k| {
            let words: Vec<&str> = (w - k..w).map(|i| doc.word(s, i)).collect();
            if !words.iter().all(|x| is_modifier(x) && !is_capitalised(x)) {
                return None;
            }
            let tokens: Vec<String> = words.iter().map(|x| fold(x)).collect();
            let sector = self.dict.role_exact(&tokens)?;
            Some((self.nation_before(doc, s, w - k)?, sector))
        })
    }

    /// The side other than the state's that a single word names ("rebel",
    /// "separatist", "opposition"), if it does.
    fn non_state_side(&self, token: &str) -> Option<Sector> {
        self.dict.role_exact(&[token.to_string()]).filter(|s| matches!(s, Sector::Reb | Sector::Opp))
    }

    /// A title phrase starting at word `first`: an optional determiner, qualifying
    /// words or a nation ("the Iraqi foreign minister"), the title, and optionally
    /// "of" a body ("speaker of the Belarus parliament"). Its role: the title's
    /// country and sector, where the body's kind, if any, gives the sector ("the
    /// speaker of the parliament" is legislative) and a nation before the title or
    /// in the body the country. Also where the title ends and where the phrase does.
    fn title_phrase(&self, doc: &Doc, s: usize, first: usize) -> Option<(Role, usize, usize)> {
        let n = doc.len(s);
        let word = |i: usize| doc.word(s, i);
        let mut q = first;
        if DETERMINERS.contains(&word(q).to_lowercase().as_str()) {
            q += 1;
        }
        let first = q;
        let (at, len) = (q..(q + MODIFIER_WORDS + 2).min(n)).find_map(|q| {
            let words: Vec<&str> = (q..(q + MAX_TITLE_WORDS).min(n)).map(word).collect();
            let len = self.titles.leading_len(&words);
            (len > 0).then_some((q, len))
        })?;
        // Only qualifying words, or a nation, between the determiner and the title.
        if !(first..at).all(|i| is_modifier(word(i)) || is_capitalised(word(i))) {
            return None;
        }
        let tokens: Vec<String> = (at..at + len).map(|i| fold(word(i))).filter(|t| !t.is_empty()).collect();
        let title_end = at + len;
        let mut sector = self.dict.role_sector(&tokens);
        // A nation may stand before words that qualify the title ("the U.S. black
        // leader"), inside the phrase.
        let mut country = (0..at - first).find_map(|k| self.nation_before(doc, s, at - k));
        let mut end = title_end;
        if word(end).eq_ignore_ascii_case("of") {
            let mut p = end + 1;
            if word(p).eq_ignore_ascii_case("the") {
                p += 1;
            }
            // "of the Belarus parliament": a nation may qualify the body.
            let nation = self.nation_at(doc, s, p);
            let body_start = (p..(p + 3).min(n)).find(|&i| !is_capitalised(word(i))).unwrap_or(p);
            let body_start = if nation.is_some() { body_start } else { p };
            let body_end = (body_start..(body_start + MODIFIER_WORDS + 1).min(n))
                .take_while(|&i| is_modifier(word(i)))
                .last()
                .map_or(body_start, |i| i + 1);
            let body: Vec<String> = (body_start..body_end).map(|i| fold(word(i))).collect();
            // A body of a side other than the state's is that side's ("president of the
            // self-declared separatist government").
            let side = body.iter().find_map(|t| self.non_state_side(t));
            if let Some(kind) = side.or_else(|| (!body.is_empty()).then(|| self.dict.role_sector(&body)).flatten()) {
                sector = Some(kind);
            }
            country = country.or(nation);
            end = if nation.is_some() || body_end > body_start { body_end } else { end };
        }
        (sector.is_some() || country.is_some()).then_some((Role { country, sector }, title_end, end))
    }

    /// The country named right after "of" at word `p` ("Tono Eitel of Germany").
    fn nation_after(&self, doc: &Doc, s: usize, p: usize) -> Option<Country> {
        doc.word(s, p).eq_ignore_ascii_case("of").then(|| self.nation_at(doc, s, p + 1)).flatten()
    }

    /// The country of a demonym or country name starting at word `p` (the longest).
    pub fn nation_at(&self, doc: &Doc, s: usize, p: usize) -> Option<Country> {
        (1..=3.min(doc.len(s).saturating_sub(p))).rev().find_map(|k| {
            let words: Vec<&str> = (p..p + k).map(|i| doc.word(s, i)).collect();
            if !words.iter().all(|w| is_capitalised(w)) {
                return None;
            }
            let tokens: Vec<String> = words.iter().map(|w| fold(w)).collect();
            self.nation_of(&tokens)
        })
    }

    /// Where the longest title right before a person's name starts ("Pentagon
    /// spokesman Doug Kennett": the word "spokesman").
    ///
    /// Titles may stack, an office of state before a rank or an honorific ("Prime
    /// Minister Sheikh Hasina", "Foreign Minister Prince Saud", "President General Sani
    /// Abacha"): the start is the office's. A rank before another title is part of it
    /// ("General Director").
    pub fn title_start(&self, doc: &Doc, c: &Candidate) -> Option<usize> {
        let s = c.sentence;
        let before = |w: usize| {
            (1..=w.min(MAX_TITLE_WORDS))
                .filter(|&n| {
                    let words: Vec<&str> = (w - n..w).map(|i| doc.word(s, i)).collect();
                    self.titles.leading_len(&words) == n
                })
                .max()
        };
        let office = |from: usize, to: usize| {
            let tokens: Vec<String> = (from..to).map(|i| fold(doc.word(s, i))).collect();
            matches!(self.dict.role_sector(&tokens), Some(Sector::Gov | Sector::Leg | Sector::Jud))
        };
        let mut start = c.words.start - before(c.words.start)?;
        while let Some(n) = before(start).filter(|&n| office(start - n, start)) {
            start -= n;
        }
        Some(start)
    }

    /// The title right after a person's name and a comma ("Doug Kennett, a
    /// spokesman for the Pentagon"): where the word after it is, if there is one.
    pub fn title_after(&self, doc: &Doc, s: usize, mut p: usize) -> Option<usize> {
        if matches!(doc.word(s, p).to_lowercase().as_str(), "a" | "an" | "the") {
            p += 1;
        }
        let words: Vec<&str> = (p..(p + MAX_TITLE_WORDS).min(doc.len(s))).map(|i| doc.word(s, i)).collect();
        match self.titles.leading_len(&words) {
            0 => None,
            n => Some(p + n),
        }
    }

    /// The country of a demonym ("Kyrgyz"), a country name or a place the gazetteer
    /// knows, possessive or not ("Kyrgyzstan's", "Russia", "Chicago"), ending right
    /// before word `p`.
    pub fn nation_before(&self, doc: &Doc, s: usize, mut p: usize) -> Option<Country> {
        if p > 0 && is_possessive(doc.word(s, p - 1)) {
            p -= 1;
        }
        for k in (1..=p.min(3)).rev() {
            let words: Vec<&str> = (p - k..p).map(|i| doc.word(s, i)).collect();
            if !words.iter().all(|w| is_capitalised(w)) {
                continue;
            }
            let last = words[k - 1];
            let stem = &last[..last.len() - attached_possessive_len(last)];
            let mut tokens: Vec<String> = words[..k - 1].iter().map(|w| fold(w)).collect();
            tokens.push(fold(stem));
            if let Some(country) = self.nation_of(&tokens) {
                return Some(country);
            }
            // A city or region: "Chicago Cardinal X", "Moscow Mayor X"; the whole
            // capitalised run, as a place's name at the end of another ("Khmer Rouge
            // leader": "Rouge" is a town in Canada) names no place.
            let name = tokens.join(" ");
            let prev = (p > k).then(|| doc.word(s, p - k - 1).to_lowercase());
            let longer = prev.is_some_and(|w| {
                is_capitalised(doc.word(s, p - k - 1))
                    && !matches!(w.as_str(), "the" | "a" | "an")
                    && !FORMER.contains(&w.as_str())
            });
            if !longer && self.dict.is_place(&name) {
                return self.dict.lookup(&name, self.day).and_then(|c| c.country);
            }
        }
        None
    }

    /// The country of folded `tokens` that are a demonym or a country's name.
    fn nation_of(&self, tokens: &[String]) -> Option<Country> {
        if let Some(d) = self.demonyms.lookup(tokens) {
            return self.country(&d.country);
        }
        self.demonyms
            .countries
            .canonical(&tokens.join(" "))
            .and_then(|name| self.country(name))
            .or_else(|| self.region_country(tokens))
    }

    /// The country of a region whose people `tokens` name ("Chechen": Russia).
    pub fn region_country(&self, tokens: &[String]) -> Option<Country> {
        let region = self.demonyms.region(tokens)?;
        self.dict.lookup(region, self.day).and_then(|c| c.country)
    }

    /// The sector of a collective: a role noun right after a demonym mention ("Kazakh
    /// officials", "Iraqi interim government"), unless a name follows the noun, in
    /// which case it is a title and the role is that person's ("Kazakh President
    /// Nazarbayev"), or the demonym follows "a": "a Thai farmer", "a Sudanese
    /// airliner" is one person or thing of that nation, not its farmers.
    pub fn of_collective(&self, doc: &Doc, c: &Candidate) -> Option<Sector> {
        let s = c.sentence;
        let start = c.words.start;
        if start > 0 && matches!(doc.word(s, start - 1).to_lowercase().as_str(), "a" | "an") {
            return None;
        }
        let mut b = c.words.end;
        if ACTOR_MODIFIERS.contains(&doc.word(s, b).to_lowercase().as_str()) {
            b += 1;
        }
        let n = doc.len(s);
        for k in (1..=self.dict.max_role_words().min(n.saturating_sub(b))).rev() {
            let tokens: Vec<String> = (b..b + k).map(|i| fold(doc.word(s, i))).collect();
            if tokens.iter().any(String::is_empty) {
                continue;
            }
            if let Some(sector) = self.dict.role_exact(&tokens) {
                let next = doc.word(s, b + k);
                let name_follows = b + k < n && is_capitalised(next) && !is_punct(next);
                return (!name_follows).then_some(sector);
            }
        }
        None
    }
}
