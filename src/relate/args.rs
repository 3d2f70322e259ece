//! Argument finding without a parser: noun phrases around mentions, the subject to
//! the left of a trigger, the object to the right, coordination on either side,
//! appositives and relative clauses.
//!
//! The heuristics are positional, over the items of [`SentView`]:
//!
//! * A *noun phrase* around a mention absorbs titles, roles, determiners and modifier
//!   mentions ("his Armenian counterpart Zhirayr Liparityan", "Iraq's Tareq Aziz"); its
//!   *head* is the last named mention ("Iran's intelligence minister Ali Fallahiyan" →
//!   Fallahiyan). A place or demonym followed by a collective role stands for its actor
//!   ("Kazakh authorities" → Kazakhstan); one followed by a person noun does not
//!   ("a Belarus politician").
//! * A *subject* is the nearest noun phrase on the left that sits in subject position:
//!   after the sentence start, punctuation, a conjunction, a reporting verb or a time
//!   word — not after a preposition (a venue or an object: "in Bonn", "of the Tehran
//!   government") or a verb (an object of an earlier clause).
//! * An *object* is the first noun phrase on the right after skipping determiners,
//!   titles, dates and venue phrases ("met on September 19 with Babanov").

use super::rules::{Rule, TargetConstraint};
use super::view::SentView;

/// How far (in items) the subject search walks left, and the object search right.
const MAX_SUBJECT_STEPS: usize = 18;
const MAX_OBJECT_STEPS: usize = 10;
/// Longest appositive or relative clause skipped between commas.
const MAX_INSERTION: usize = 25;

/// A noun phrase around a mention.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Np {
    /// First and last item (inclusive).
    pub start: usize,
    pub end: usize,
    /// Item of the mention that stands for the actor.
    pub head: usize,
    /// False when the phrase is headed by a person noun that is not the actor
    /// ("a Belarus politician", "Clinton's aides").
    pub actor_ok: bool,
    /// Whether the head is a bare possessor ("Israel's settlement policy").
    pub possessor: bool,
    /// Whether common nouns follow the head inside the phrase ("Kazakh authorities").
    pub has_noun: bool,
    /// Whether the last of those nouns is a collective role ("authorities", "troops").
    pub collective: bool,
    /// Whether the last of those nouns is a title or role ("Polish Foreign Minister").
    pub title_head: bool,
}

impl Np {
    /// The bare phrase of the single item `head`: no possessor, nouns or title.
    fn at(head: usize) -> Np {
        Np {
            start: head,
            end: head,
            head,
            actor_ok: true,
            possessor: false,
            has_noun: false,
            collective: false,
            title_head: false,
        }
    }
}

/// One or more coordinated arguments ("X and Y"), in text order.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Head items of the members.
    pub heads: Vec<usize>,
    /// First and last item of the whole group (inclusive).
    pub start: usize,
    pub end: usize,
}

impl Group {
    fn single(np: Np) -> Group {
        Group { heads: vec![np.head], start: np.start, end: np.end }
    }
}

/// Where a coordinated group stands, which decides what may follow a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coord {
    /// After a verb: a member followed by a verb-like word starts a new clause
    /// ("X met Y and Z said ..."), so it is not a member.
    Object,
    /// A clause's subject: members are followed by the verb.
    Subject,
    /// "between X and Y": exactly two sides.
    Between,
}

/// What a comma met by the subject search means.
enum Comma {
    /// "X, a rival of ...", "X, who ...": X is the subject.
    Antecedent(Group),
    /// The comma closes an insertion that opens at this item; skip it.
    Insertion(usize),
    /// Just a comma.
    Plain,
}

/// The agent of a nominal trigger, from the words right before it.
enum Agent {
    /// "Iraqi attacks", "Israel's accusations".
    Named(Group),
    /// "a police raid", "Verin residents' protest": someone not named.
    Unnamed,
    /// Nothing before the trigger says; search the clause.
    Unknown,
}

/// Subject search options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SubjectMode {
    /// The trigger is a noun ("accusations against"), so its agent may be a
    /// pre-modifier and it may sit in an adjunct of a reporting verb
    /// ("X said after a meeting with Y").
    pub noun: bool,
    /// A gerund after a comma or a subordinator ("..., accusing Y", "before visiting Y"):
    /// its subject is the main clause's subject.
    pub participial: bool,
}

impl<'a> SentView<'a> {
    /// A content word that may sit inside a noun phrase: a title or role, or a plain
    /// word that does not look like a verb (see [`SentView::is_verb_like`]).
    fn is_np_word(&self, i: usize) -> bool {
        if self.is_title(i) {
            return true;
        }
        self.is_plain_word(i)
            && !self.is_verb_like(i)
            && self.word(i).is_some_and(|w| w.chars().any(char::is_alphabetic))
    }

    /// Extends the noun phrase of the mention at `i` to the right, following chains of
    /// possessors and role nouns to the named head.
    pub fn np_right(&self, i: usize, limit: usize) -> Np {
        let lex = self.lex;
        let mut np = Np::at(i);
        loop {
            let mut j = np.end + 1;
            // "Kurdistan Democratic Party (KDP)": the bracketed abbreviation is the same actor.
            if j + 2 < limit && self.is_word(j, "(") && self.is_mention(j + 1) && self.is_word(j + 2, ")") {
                np.end = j + 2;
                continue;
            }
            let possessive_det = np.end == np.head && self.is_possessive_pronoun(np.head);
            let possessive = possessive_det || (j < limit && self.is_possessive(j));
            if possessive && !possessive_det {
                j += 1;
            }
            // Role words, possibly coordinated and with participle adjectives:
            // "Atambayev's former prime minister and favored successor Sooronbai Jeenbekov".
            let mut k = j;
            while k < limit && k - j < 7 {
                let participle_adjective = self.word(k).is_some_and(|w| w.ends_with("ed")) && self.is_title(k + 1);
                let inner_and = k > j && self.is_coordinator(k) && (self.is_title(k + 1) || self.is_title(k + 2));
                if self.is_np_word(k) || participle_adjective || inner_and {
                    k += 1;
                } else {
                    break;
                }
            }
            // Never end on a conjunction.
            while k > j && self.is_coordinator(k - 1) {
                k -= 1;
            }
            let n_words = k - j;
            // Chain to a later name: "Iraq's Aziz", "Burundi negotiator Nyerere", "Dole
            // campaign manager Scott Reed". Without a possessive the words in between are
            // a role or at most two nouns; verbs never qualify ("al-Kabariti left Amman").
            let role_before = n_words > 0 && (self.is_title(k - 1) || n_words <= 2);
            let chained = k < limit && (possessive || role_before) && self.is_mention(k) && !self.is_pronoun(k);
            // "Rwandan Hutu refugees": a demonym directly before another name modifies it.
            let demonym_modifier = n_words == 0
                && !possessive
                && k < limit
                && self.is_demonym(np.head)
                && self.is_mention(k)
                && !self.is_pronoun(k);
            if chained || demonym_modifier {
                np = Np { start: np.start, actor_ok: np.actor_ok, ..Np::at(k) };
                continue;
            }
            // "the Kurdish town of Arbil", "the military regime of Desi Bouterse".
            if n_words > 0 && k < limit && self.is_word(k, "of") {
                let mut m = k + 1;
                while m < limit && self.is_determiner(m) {
                    m += 1;
                }
                if m < limit && self.is_mention(m) && !self.is_pronoun(m) {
                    np = Np { start: np.start, actor_ok: np.actor_ok, ..Np::at(m) };
                    continue;
                }
            }
            if n_words > 0 {
                let head_word = self.word(k - 1).unwrap_or("");
                let person_role = lex.titles.contains(head_word) || lex.collective.contains(head_word);
                if lex.non_actor_heads.contains(head_word) {
                    np.actor_ok = false;
                }
                // "Clinton's aides" are not Clinton; "Iran's officials" speak for Iran.
                if possessive
                    && person_role
                    && !lex.collective.contains(head_word)
                    && self.kind(np.head) == Some(crate::ner::EntityType::Per)
                {
                    np.actor_ok = false;
                }
                np.possessor = possessive;
                np.has_noun = true;
                np.collective = lex.collective.contains(head_word);
                np.title_head = lex.titles.contains(head_word);
                np.end = k - 1;
            } else if possessive && !possessive_det {
                np.possessor = true;
                np.end = j - 1;
            }
            return np;
        }
    }

    /// The start of the noun phrase ending with the mention at `i`: titles, determiners,
    /// modifier mentions and possessors on its left ("Kazakh President Nazarbayev").
    pub fn np_left(&self, i: usize) -> usize {
        let mut start = i;
        let mut plain_absorbed = 0;
        while start > 0 {
            let j = start - 1;
            if self.is_title(j) || self.is_determiner(j) || self.is_possessive_pronoun(j) {
                start = j;
            } else if self.is_possessive(j) && j > 0 && self.is_mention(j - 1) {
                start = j - 1;
            } else if self.is_mention(j) && !self.is_pronoun(j) && !self.is_pronoun(i) {
                start = j; // "Burundi negotiator Nyerere", "Kazakh Nazarbayev"
            } else if self.is_word(j, "(") && j > 0 && self.is_mention(j - 1) {
                start = j - 1; // "... Party (KDP)"
            } else if matches!(self.word(j), Some("of" | "from" | "in")) && j > 0 && self.is_title(j - 1) {
                start = j - 1; // "representatives from Armenia", "leaders in Chechnya"
            } else if self.is_title(start) && self.items[j].capitalized && !self.is_function(j) && !self.is_mention(j) {
                start = j; // "Financial Secretary", "Home Minister": an unlisted part of a title
            } else if plain_absorbed < 2
                && self.is_np_word(j)
                && !self.is_title(j)
                && j > 0
                && (self.is_mention(j - 1)
                    || self.is_title(j - 1)
                    || self.is_determiner(j - 1)
                    || self.is_np_word(j - 1))
            {
                plain_absorbed += 1;
                start = j; // "arms official", "northern militia leader"
            } else {
                break;
            }
        }
        start
    }

    /// Whether the item before a noun phrase puts it in subject position.
    fn subject_context_ok(&self, np_start: usize) -> bool {
        let Some(c) = np_start.checked_sub(1) else { return true };
        if self.is_mention(c) {
            return false;
        }
        // A capitalised first word is a modifier or an untagged name ("Pro-Moscow
        // leaders in Chechnya"), not a verb.
        if c == 0 && self.items[0].capitalized && !self.is_preposition(0) {
            return true;
        }
        if self.is_preposition(c) {
            return false;
        }
        self.is_punct(c)
            || self.is_coordinator(c)
            || matches!(self.word(c), Some("but" | "yet" | "so" | "then"))
            || self.is_subordinator(c)
            || self.is_relative(c)
            || self.is_clause_break(c)
            || self.is_reporting(c)
            || self.is_time(c)
            || self.is_adverb(c)
    }

    /// The item where a noun phrase ending at `end` has its mention: `end` itself, or the
    /// mention before a bracketed abbreviation or a few common nouns ("Iraqi troops").
    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let mut k = end;
        if self.is_word(k, ")") && k >= 2 && self.is_mention(k - 1) && self.is_word(k - 2, "(") {
            return Some(k - 1);
        }
        for _ in 0..3 {
            if self.is_mention(k) {
                return Some(k);
            }
            // Titles ("Kazakh authorities") and reflexives ("Lebed himself").
            if !(self.is_title(k) || self.is_adverb(k)) {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        self.is_mention(k).then_some(k)
    }

    /// Collects coordinated members to the left of a noun phrase starting at `start`
    /// ("Armenia and Azerbaijan", "Lebed, Chechens"). Returns heads in text order and
    /// the start of the whole group.
    fn coordination_left(&self, first: Np) -> Group {
        let mut heads = vec![first.head];
        let mut start = first.start;
        while start >= 2 {
            let sep = start - 1;
            if !(self.is_coordinator(sep) || self.is_comma(sep)) {
                break;
            }
            let mut k = sep - 1;
            if self.is_coordinator(sep) && self.is_comma(k) && k > 0 {
                k -= 1; // Oxford comma
            }
            // Pronouns may be members ("he and Maskhadov agreed"); whether a pronoun
            // counts is decided when the instance is built.
            let Some(m) = self.mention_ending_at(k) else { break };
            let np = self.np_right(m, k + 1);
            if !np.actor_ok {
                break;
            }
            // "Before Levy's arrival in Bonn, Ruehe ...": a comma after a prepositional
            // phrase ends an adjunct, not a list.
            let member_start = self.np_left(m);
            if self.is_comma(sep) && self.is_preposition_before(member_start) {
                break;
            }
            heads.push(np.head);
            start = member_start;
        }
        heads.reverse();
        heads.dedup();
        Group { heads, start, end: first.end }
    }

    /// Collects coordinated members after a noun phrase ending at `end`
    /// ("Milosevic and Yugoslav politicians", "X, Y and Z", "X as well as Y").
    /// `mode` says where the group stands: see [`Coord`].
    pub fn coordination_right(&self, group: &mut Group, mode: Coord, rule: Option<&Rule>) {
        let strict = mode == Coord::Object;
        let n = self.len();
        loop {
            let mut j = group.end + 1;
            if self.is_comma(j) && self.is_coordinator(j + 1) {
                j += 2;
            } else if self.is_comma(j) && matches!(self.word(j + 1), Some("a" | "an")) {
                return; // ", an Italian organisation": an appositive, not another member
            } else if self.is_comma(j) || self.is_coordinator(j) {
                j += 1;
            } else if self.is_word(j, "as") && self.is_word(j + 1, "well") && self.is_word(j + 2, "as") {
                j += 3;
            } else {
                return;
            }
            while j < n && (self.is_determiner(j) || self.is_title(j) || self.is_possessive_pronoun(j)) {
                j += 1;
            }
            if j >= n || !self.is_mention(j) || self.is_pronoun(j) {
                return;
            }
            let np = self.np_right(j, n);
            // "criticised X, the Swiss diplomat who ...": after a bare comma, a
            // determiner and a role noun make an appositive, not another member.
            let bare_comma = self.is_comma(group.end + 1) && !self.is_coordinator(group.end + 2);
            if bare_comma && self.is_determiner(group.end + 2) && np.has_noun && !np.collective {
                return;
            }
            // A member is followed by the end, punctuation, another conjunction or an
            // adjunct; "X met Y, Interfax said" has a new clause instead.
            let after = np.end + 1;
            let continues = after >= n
                || self.is_punct(after)
                || self.is_coordinator(after)
                || self.is_preposition(after)
                || self.is_time(after)
                || self.is_relative(after)
                || self.is_subordinator(after)
                || self.is_word(after, "as");
            if (strict && !continues) || !np.actor_ok || rule.is_some_and(|r| !self.target_ok(&np, r)) {
                return;
            }
            group.heads.push(np.head);
            group.end = np.end;
            if mode == Coord::Between {
                return; // "between X and Y" names two sides
            }
        }
    }

    /// A named appositive after a role phrase: "the U.S. special envoy to Burundi,
    /// Howard Wolpe," → Wolpe.
    fn appositive_name(&self, np: Np) -> Option<Np> {
        if !np.has_noun {
            return None;
        }
        let n = self.len();
        let mut j = np.end + 1;
        // Optional prepositional phrase inside the role ("to Burundi", "of the UN").
        if self.is_preposition(j) {
            let mut k = j + 1;
            while k < n && (self.is_determiner(k) || self.is_title(k)) {
                k += 1;
            }
            if !self.is_mention(k) {
                return None;
            }
            j = self.np_right(k, n).end + 1;
        }
        if !self.is_comma(j) || !self.is_mention(j + 1) || self.is_pronoun(j + 1) {
            return None;
        }
        if self.kind(j + 1) != Some(crate::ner::EntityType::Per) {
            return None;
        }
        let name = self.np_right(j + 1, n);
        let after = name.end + 1;
        let closes = after >= n || self.is_punct(after) || self.is_coordinator(after);
        closes.then_some(Np { start: np.start, ..name })
    }

    /// The subject of the clause that item `before` belongs to: the first mention in
    /// subject position between the clause's start (the sentence start, ";", ":",
    /// "that" or a reporting verb) and `before`. Used when a verb shares an earlier
    /// subject ("X met Y and accused Z", "X met Y before visiting Z").
    fn clause_subject(&self, before: usize) -> Option<Group> {
        // Clause start: just after the last hard boundary before `before`.
        let mut from = 0;
        for k in (0..before).rev() {
            if self.is_clause_break(k) || self.is_reporting(k) {
                from = k + 1;
                break;
            }
        }
        // "Azerbaijan has said it ... but will not accept": an unresolved subject
        // pronoun right after a reporting verb stands for the reporter. After "told
        // Reuters" the name is the hearer, and the clause is the reporter's own.
        if from > 0 && self.is_reporting(from - 1) && self.is_subject_pronoun(from) {
            return self.clause_subject(from - 1);
        }
        if from > 0 && self.word(from - 1).is_some_and(|w| self.lex.reporting_to.contains(w)) {
            return self.clause_subject(from - 1);
        }
        let mut k = from;
        while k < before {
            if self.is_mention(k) {
                let start = self.np_left(k);
                let after_subordinator =
                    start.checked_sub(1).is_some_and(|c| self.is_subordinator(c) && !self.is_coordinator(c));
                if self.subject_context_ok(start) && !after_subordinator {
                    let np = self.np_right(k, before);
                    if !np.actor_ok {
                        return None;
                    }
                    let mut g = Group { heads: vec![np.head], start, end: np.end };
                    self.coordination_right(&mut g, Coord::Subject, None);
                    g.heads.retain(|&h| h < before);
                    return Some(g);
                }
                k = self.np_right(k, before).end;
            }
            k += 1;
        }
        None
    }

    /// The subject of the trigger starting at item `trig`.
    pub fn find_subject(&self, trig: usize, mode: SubjectMode) -> Option<Group> {
        if mode.noun {
            match self.nominal_agent(trig) {
                Agent::Named(g) => return Some(g),
                Agent::Unnamed => return None,
                Agent::Unknown => {}
            }
        }
        let mut i = trig;
        let mut steps = 0;
        // Whether a noun or name lies between the trigger and the current position; if
        // not, a conjunction means the verb shares the first clause's subject.
        let mut passed_nominal = false;
        while i > 0 && steps < MAX_SUBJECT_STEPS {
            i -= 1;
            steps += 1;
            if self.is_mention(i) {
                // "his aides accused ...": the subject is the unnamed noun, not "his".
                if self.is_possessive_pronoun(i) && i + 1 != trig {
                    return None;
                }
                if self.is_pronoun(i) {
                    let np = Np::at(i);
                    return Some(Group::single(np));
                }
                let start = self.np_left(i);
                let np = self.np_right(i, trig);
                let np = Np { start, ..np };
                if self.is_preposition_before(start) {
                    i = start;
                    passed_nominal = true;
                    continue;
                }
                let group = self.coordination_left(np);
                if self.is_preposition_before(group.start) {
                    i = group.start;
                    passed_nominal = true;
                    continue;
                }
                if self.subject_context_ok(group.start) {
                    // The subject is a common noun modified by a name ("a Belarus
                    // politician", "the Istanbul control tower", "Turkish airport staff").
                    let place_modifier = np.has_noun
                        && !np.collective
                        && !np.possessor
                        && !np.title_head
                        && self.kind(np.head) == Some(crate::ner::EntityType::Loc);
                    if !np.actor_ok || place_modifier {
                        return None;
                    }
                    return Some(group);
                }
                i = group.start;
                passed_nominal = true;
                continue;
            }
            if self.is_comma(i) {
                match self.comma_antecedent(i, trig) {
                    Comma::Antecedent(g) => return Some(g),
                    // Walk on from before the insertion, not through it.
                    Comma::Insertion(p) => i = p,
                    Comma::Plain => {}
                }
                continue;
            }
            if self.is_relative(i) {
                if self.is_word(i, "whom") {
                    return None;
                }
                return self.antecedent(i);
            }
            if self.is_reporting(i) {
                // "X is said to have blamed Y": hearsay, not a reporter.
                let hearsay = self.is_word(i + 1, "to")
                    && i > 0
                    && self.word(i - 1).is_some_and(|w| self.lex.be_forms.contains(w));
                if hearsay {
                    continue;
                }
                let adjunct_follows = self.is_preposition(i + 1) || self.is_comma(i + 1);
                if (mode.noun || mode.participial) && adjunct_follows {
                    continue;
                }
                // "Iraq said it would retaliate ...": "it" (unresolved) is the reporter.
                if !mode.noun && self.is_subject_pronoun(i + 1) {
                    return self.clause_subject(i + 1);
                }
                return None;
            }
            if self.is_clause_break(i) {
                return None;
            }
            // An unresolved "it"/"they" is the subject: unnamed, unless it follows a
            // reporting verb ("Iraq said it would retaliate" → Iraq).
            if self.is_subject_pronoun(i) {
                return match i.checked_sub(1) {
                    Some(r) if self.is_reporting(r) && !mode.noun => self.clause_subject(i),
                    _ => None,
                };
            }
            // A verb's subject sits inside its own subordinate clause ("when they were
            // occupying X"): never look past the word that opens it.
            if !mode.noun && !mode.participial && self.word(i).is_some_and(|w| self.lex.clause_openers.contains(w)) {
                return None;
            }
            if !mode.noun && !passed_nominal && (self.is_coordinator(i) || self.is_word(i, "but")) {
                return self.clause_subject(i);
            }
            if !mode.noun && mode.participial && self.is_subordinator(i) {
                return self.clause_subject(i);
            }
            // "involvement in an attack", "response to Iraqi attacks": a nominal trigger
            // inside another noun's complement; its agent is not the clause subject.
            if mode.noun
                && self.is_preposition(i)
                && i > 0
                && self.is_plain_word(i - 1)
                && matches!(self.word(i), Some("in" | "of" | "to" | "into" | "against" | "from"))
                && (i + 1..trig).all(|k| self.is_determiner(k) || self.is_np_word(k) || self.is_possessive_pronoun(k))
            {
                // "Iraqi involvement in an attack", "troops taking part in the attack", "at
                // the end of a visit": a transparent noun hands the agent role to its own
                // agent, or to the clause's subject.
                let transparent = self.word(i - 1).is_some_and(|w| self.lex.transparent_nouns.contains(w));
                if !transparent {
                    return None;
                }
                if let Agent::Named(g) = self.nominal_agent(i - 1) {
                    return Some(g);
                }
            }
            // A nominal trigger owned by a pronoun ("its threat of an embargo against X"):
            // the agent is that unnamed pronoun, not some earlier name.
            if mode.noun && self.is_possessive_pronoun(i) && i + 1 != trig {
                return None;
            }
            if self.is_plain_word(i) || self.is_title(i) || self.is_determiner(i) {
                passed_nominal = true;
            }
        }
        None
    }

    /// An unresolved subject pronoun ("it", "they"; "he"/"she" when the resolver left them).
    fn is_subject_pronoun(&self, i: usize) -> bool {
        matches!(self.word(i), Some("it" | "they" | "he" | "she" | "we"))
    }

    /// "After meeting Milosevic, Kornblum flew to Zagreb": a participle clause that opens
    /// the sentence has its subject after the comma that closes it.
    pub fn participle_subject_after(&self, trig: usize) -> Option<Group> {
        let opens_sentence = (0..trig).all(|k| self.is_subordinator(k) || self.is_adverb(k) || self.is_punct(k));
        if !opens_sentence {
            return None;
        }
        let n = self.len();
        let comma = (trig + 1..n.min(trig + 1 + MAX_INSERTION))
            .take_while(|&k| !self.is_clause_break(k))
            .find(|&k| self.is_comma(k))?;
        let mut j = comma + 1;
        while j < n && (self.is_determiner(j) || self.is_title(j) || self.is_time(j) || self.is_adverb(j)) {
            j += 1;
        }
        if !self.is_mention(j) {
            return None;
        }
        let np = self.np_right(j, n);
        np.actor_ok.then(|| Group { heads: vec![np.head], start: j, end: np.end })
    }

    fn is_preposition_before(&self, start: usize) -> bool {
        start.checked_sub(1).is_some_and(|c| self.is_preposition(c))
    }

    /// A name directly before a nominal trigger is its agent: "Iraqi attacks on",
    /// "Israel's accusations against", "U.N. sanctions on", "the U.N. arms embargo".
    fn nominal_agent(&self, trig: usize) -> Agent {
        // "Levy and Kinkel would discuss ... at their meeting": an unresolved possessive
        // pronoun points back to the clause's subject.
        let owner = if self.is_possessive_pronoun(trig) { Some(trig) } else { trig.checked_sub(1) };
        if let Some(o) = owner.filter(|&o| self.is_possessive_pronoun(o) && !self.is_mention(o)) {
            return match self.clause_subject(o) {
                Some(g) => Agent::Named(g),
                None => Agent::Unnamed,
            };
        }
        let Some(mut k) = trig.checked_sub(1) else { return Agent::Unknown };
        let mut skipped = 0;
        while skipped < 2 && self.is_np_word(k) {
            // "a police raid": an unnamed agent ("an artillery attack" names a weapon).
            let agentive = self.is_title(k) && self.word(k).is_some_and(|w| !self.lex.instruments.contains(w));
            if agentive && !(k > 0 && self.is_mention(k - 1)) {
                return Agent::Unnamed;
            }
            let Some(prev) = k.checked_sub(1) else { return Agent::Unknown };
            k = prev;
            skipped += 1;
        }
        if self.is_possessive(k) && k > 0 && self.is_mention(k - 1) {
            let m = k - 1;
            let np = Np { start: self.np_left(m), end: k, possessor: true, ..Np::at(m) };
            return Agent::Named(Group::single(np));
        }
        if self.is_mention(k) {
            let np = self.np_right(k, trig);
            if !np.actor_ok {
                return Agent::Unnamed;
            }
            let np = Np { start: self.np_left(k), ..Np::at(k) };
            return Agent::Named(Group::single(np));
        }
        Agent::Unknown
    }

    /// The antecedent of a relative pronoun at `rel` ("Babanov, who ..."), if named,
    /// also through an appositive ("East Timor, a former colony which ...").
    fn antecedent(&self, rel: usize) -> Option<Group> {
        let mut k = rel.checked_sub(1)?;
        if self.is_comma(k) {
            k = k.checked_sub(1)?;
        }
        let m = match self.mention_ending_at(k) {
            Some(m) => m,
            None => {
                // Back over the appositive's words to its comma.
                let mut c = k;
                while c > 0 && (self.is_np_word(c) || self.is_determiner(c) || self.is_mention(c)) && rel - c < 8 {
                    c -= 1;
                }
                if !self.is_comma(c) || !self.is_determiner(c + 1) {
                    return None;
                }
                self.mention_ending_at(c.checked_sub(1)?)?
            }
        };
        if self.is_pronoun(m) {
            return None;
        }
        let start = self.np_left(m);
        let np = self.np_right(m, rel);
        np.actor_ok.then(|| Group::single(Np { start, ..np }))
    }

    /// Handles a comma met while walking left from the trigger at `trig`:
    ///
    /// * "X, a rival of Y" / "X, accusing Y": only modifiers lie between the comma and
    ///   the trigger, so the name before the comma is the subject;
    /// * "X, 41, an ally of Y who ..., accused Z": the comma closes an insertion
    ///   (appositive or relative clause); the name before its opening comma is the subject.
    fn comma_antecedent(&self, comma: usize, trig: usize) -> Comma {
        let modifiers_only = (comma + 1..trig)
            .all(|k| self.is_determiner(k) || self.is_title(k) || self.is_adverb(k) || self.is_np_word(k));
        if modifiers_only {
            if let Some(g) = self.comma_np(comma) {
                return Comma::Antecedent(g);
            }
        }
        // Find the opening comma of an insertion.
        let lowest = comma.saturating_sub(MAX_INSERTION);
        let mut p = comma;
        while p > lowest {
            p -= 1;
            if self.is_clause_break(p) || self.is_reporting(p) && !self.is_comma(p + 1) {
                return Comma::Plain;
            }
            if self.is_comma(p) {
                let first = p + 1;
                let insertion = self.is_determiner(first)
                    || self.is_relative(first)
                    || self.is_time(first)
                    || self.is_title(first)
                    || self.is_preposition(first)
                    || self.is_adverb(first)
                    || self.word(first).is_some_and(|w| w.ends_with("ing") || w.ends_with("ed"));
                if !insertion {
                    return Comma::Plain;
                }
                return match self.comma_np(p) {
                    Some(g) => Comma::Antecedent(g),
                    None => Comma::Insertion(p),
                };
            }
        }
        Comma::Plain
    }

    /// The named noun phrase ending just before the comma at `comma`, unless it is
    /// the object of a preposition ("spoke in Oslo, accusing ...").
    fn comma_np(&self, comma: usize) -> Option<Group> {
        let m = self.mention_ending_at(comma.checked_sub(1)?)?;
        if self.is_pronoun(m) {
            return None;
        }
        let start = self.np_left(m);
        if self.is_preposition_before(start) {
            return None;
        }
        let np = self.np_right(m, comma);
        np.actor_ok.then(|| Group::single(Np { start, ..np }))
    }

    /// The object of a trigger whose last item is `last`.
    /// `mode` as in [`SentView::coordination_right`].
    pub fn find_object(&self, last: usize, rule: &Rule, mode: Coord) -> Option<Group> {
        let n = self.len();
        let mut j = last + 1;
        let mut steps = 0;
        let mut used_prep = false;
        let mut skipped_nouns = 0;
        let mut role_words = 0;
        while j < n && steps < MAX_OBJECT_STEPS {
            steps += 1;
            if self.is_mention(j) {
                let mut np = self.np_right(j, n);
                if !np.actor_ok {
                    return None;
                }
                if let Some(name) = self.appositive_name(np) {
                    np = name;
                }
                if !self.target_ok(&np, rule) {
                    return None;
                }
                let mut g = Group { heads: vec![np.head], start: j, end: np.end };
                self.coordination_right(&mut g, mode, Some(rule));
                return Some(g);
            }
            let w = self.word(j)?;
            if self.is_title(j) {
                role_words += 1;
                j += 1;
                continue;
            }
            if self.is_determiner(j) || self.is_possessive_pronoun(j) || self.is_adverb(j) || self.is_time(j) {
                j += 1;
                continue;
            }
            if !used_prep && rule.target_preps.contains(w) {
                used_prep = true;
                j += 1;
                continue;
            }
            if self.is_preposition(j) {
                // An adjunct: a date ("on September 19") or a venue ("in Bonn", "in
                // northern Iraq"); a venue is never the target.
                let mut k = j + 1;
                let mut dated = false;
                while k < n
                    && k - j <= 4
                    && (self.is_determiner(k) || self.is_time(k) || self.is_title(k) || self.is_plain_word(k))
                {
                    dated |= self.is_time(k);
                    k += 1;
                }
                if k < n && self.is_mention(k) && (self.lex.venue_preps.contains(w) || dated) {
                    j = self.np_right(k, n).end + 1;
                    continue;
                }
                if dated && k > j + 1 {
                    j = k;
                    continue;
                }
                // "the city of Arbil", "the regime of X", "the coup by Buyoya" after a
                // skipped noun; for direct targets only after a role ("the leader of X",
                // not "the demands of X").
                let connector_ok = role_words > 0 || (skipped_nouns > 0 && rule.target != TargetConstraint::Direct);
                if connector_ok && (w == "of" || rule.target_preps.contains(w)) {
                    j += 1;
                    continue;
                }
                return None;
            }
            // Modifiers before the name ("northern opposition militia leader X",
            // "Polish-born Pope X"); a direct target allows them only when a name ends
            // the phrase ("met the deadline" stops at the end, a verb or a preposition).
            let capital_modifier = self.items[j].capitalized && !self.is_function(j) && !self.is_verb_like(j);
            if skipped_nouns < 3 && (self.is_np_word(j) || capital_modifier) {
                skipped_nouns += 1;
                j += 1;
                continue;
            }
            return None;
        }
        None
    }

    /// Whether an object noun phrase satisfies the rule's target constraints.
    fn target_ok(&self, np: &Np, rule: &Rule) -> bool {
        match rule.target {
            TargetConstraint::Possessive if !np.possessor => return false,
            TargetConstraint::Direct if np.possessor => return false,
            _ => {}
        }
        // "attacked Britain for allowing ...": the rule wants a given word next.
        if !rule.target_then.is_empty() && !self.word(np.end + 1).is_some_and(|w| rule.target_then.contains(w)) {
            return false;
        }
        // "seized a Sudanese airliner": the name only modifies the real target.
        rule.modifier_targets || !np.has_noun || np.possessor || np.collective
    }

    /// The "by"-agent of a passive trigger ending at `last` ("was accused by X").
    pub fn find_agent(&self, last: usize) -> Option<Group> {
        let n = self.len();
        let mut j = last + 1;
        while j < n && (self.is_adverb(j) || self.is_time(j)) {
            j += 1;
        }
        if !self.is_word(j, "by") {
            return None;
        }
        j += 1;
        while j < n && (self.is_determiner(j) || self.is_title(j) || self.is_possessive_pronoun(j)) {
            j += 1;
        }
        if !self.is_mention(j) {
            return None;
        }
        let np = self.np_right(j, n);
        if !np.actor_ok {
            return None;
        }
        let mut g = Group { heads: vec![np.head], start: j, end: np.end };
        self.coordination_right(&mut g, Coord::Object, None);
        Some(g)
    }

    /// "whom"/"which" right before a subject ("Izetbegovic, whom he met", "the government,
    /// which the Taleban is fighting"): the antecedent is the object.
    pub fn object_relative(&self, subject: &Group) -> Option<Group> {
        let rel = subject.start.checked_sub(1)?;
        if !(self.is_word(rel, "whom") || self.is_word(rel, "which")) {
            return None;
        }
        self.antecedent(rel)
    }
}
