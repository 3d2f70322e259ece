//! Cues that change what a trigger means, read from the parse: negation and denial
//! ("did not meet", "denied accusing", "refused to meet"), events that are only
//! possible, conditional, wished for or asked about ("could meet", "if X attacks Y",
//! "invited X to visit", questions), and domain blockers (sports, markets).

use super::args::{actors, light_verb};
use super::rules::{Grammar, RuleSet, TriggerPos};
use super::sentence::GERUND_MARKERS;
use super::sentence::{is_subject, Parsed};
use super::Polarity;
use crate::parse::{DepRel, Subtype, UdRel, Upos};
use crate::resolve::ActorIndex;

/// The words that carry the trigger's clause: the trigger, its light verb, and the
/// verbs that control it ("agreed to meet" → meet, agreed).
fn clause(p: &Parsed, g: &Grammar, trigger: usize, pos: TriggerPos) -> Vec<usize> {
    let mut words = vec![trigger];
    let mut v = trigger;
    if pos == TriggerPos::Noun {
        match light_verb(p, g, trigger) {
            Some(lv) => {
                words.push(lv);
                v = lv;
            }
            None => return words,
        }
    }
    while p.rel(v).is(UdRel::Xcomp) {
        match p.head(v) {
            Some(h) => {
                words.push(h);
                v = h;
            }
            None => break,
        }
    }
    words
}

/// Governors above the clause whose meaning reaches down to it: the verb taking it as a
/// complement ("denied that X attacked Y") or, for an event noun, as its object or
/// passive subject ("called off the talks", "proposed talks", "talks were cancelled").
/// A clause that is the content of a noun ("reports that X met Y") reaches the verb
/// that takes that noun as object ("denied reports that X met Y").
/// An adverbial clause is outside the governor's scope ("X denied it, blaming Y"),
/// except a bare infinitive, which the parser also makes of a complement hung on the
/// verb ("rejected calls from Y to condemn Z").
fn governors(p: &Parsed, g: &Grammar, trigger: usize, pos: TriggerPos) -> Vec<usize> {
    let top = *clause(p, g, trigger, pos).last().unwrap_or(&trigger);
    let noun_top = pos == TriggerPos::Noun && top == trigger;
    let mut out = Vec::new();
    let r = p.rel(top);
    let bare_infinitive =
        || r.is(UdRel::Advcl) && p.has_marker(top, "to") && !p.children(top).iter().any(|&c| p.rel(c).is(UdRel::Nsubj));
    // "refrained from criticising Y", "stopped short of blaming Y": a gerund a denial
    // governs through its preposition.
    let denied_gerund = || {
        matches!(r.base, UdRel::Advcl | UdRel::Obl | UdRel::Acl)
            && ["from", "of"].iter().any(|m| p.has_marker(top, m))
            && p.head(top).is_some_and(|h| g.denial.has(p, h))
    };
    // "denied on Friday accusing Y", "Tehran denies accusing Bonn": a gerund with no
    // marker, which the parser hangs on the denial as an adverbial clause. One after a
    // comma is a clause of its own ("broke off relations, accusing Y").
    let denied_bare_gerund = || {
        r.is(UdRel::Advcl)
            && p.form(top).ends_with("ing")
            && !p.children(top).iter().any(|&c| matches!(p.rel(c).base, UdRel::Mark | UdRel::Case | UdRel::Nsubj))
            && p.head(top).is_some_and(|h| {
                h < top && g.denial.has(p, h) && !(h + 1..top).any(|i| matches!(p.form(i), "," | ";" | "--"))
            })
    };
    let circumstance = || g.circumstance.iter().any(|m| p.has_marker(top, m));
    let reaches = r.is(UdRel::Xcomp)
        || r.is(UdRel::Ccomp)
        || (noun_top && (r.is(UdRel::Obj) || (r.is(UdRel::Obl) && !circumstance())))
        // "talks between X and Y were called off", "a visit was proposed".
        || (noun_top && r == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass)))
        || bare_infinitive()
        || denied_gerund()
        || denied_bare_gerund();
    if let Some(h) = p.head(top) {
        if reaches {
            out.push(h);
        } else if noun_top
            && r == DepRel::new(UdRel::Nmod, None)
            && p.has_marker(top, "of")
            && p.listed(h, &g.event_parts)
            && (p.rel(h).is(UdRel::Obj) || p.rel(h) == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass)))
        {
            // "cancelled the second round of talks": what befalls the round befalls them.
            out.extend(p.head(h));
        } else if r == DepRel::new(UdRel::Acl, None)
            && (p.rel(h).is(UdRel::Obj) || p.rel(h) == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass)))
        {
            // "denied reports that X had attacked Y", "reports that X had attacked Y were
            // denied".
            out.extend(p.head(h));
        }
    }
    out
}

fn has_child_in(p: &Parsed, word: usize, rels: &[UdRel], list: &super::path::PhraseList) -> bool {
    p.children(word).iter().any(|&c| rels.iter().any(|&r| p.rel(c).is(r)) && list.has(p, c))
}

/// What negates an event: a negation on the trigger's clause ("did not meet", "no
/// talks", "never agreed to meet"), and the denials on or above it ("refused to meet",
/// "denied accusing").
pub(crate) struct Negation {
    on_clause: bool,
    deniers: Vec<usize>,
}

pub(crate) fn negation(p: &Parsed, g: &Grammar, trigger: usize, pos: TriggerPos) -> Negation {
    // Mark and case for "without": "left without meeting X", "flew home without talks".
    const NEGATORS: [UdRel; 5] = [UdRel::Advmod, UdRel::Det, UdRel::Cc, UdRel::Mark, UdRel::Case];
    let clause = clause(p, g, trigger, pos);
    // Or on its subject: "Neither X nor Y met Z", "no country condemned Y".
    let negated_subject =
        |w: usize| p.children(w).iter().any(|&s| is_subject(p.rel(s)) && has_child_in(p, s, &NEGATORS, &g.negation));
    let on_clause = clause.iter().any(|&w| has_child_in(p, w, &NEGATORS, &g.negation) || negated_subject(w));
    // The denial itself ("refused to meet": meet is the xcomp of refused), or one that
    // governs the clause.
    let mut deniers: Vec<usize> = clause[1..].iter().copied().filter(|&w| g.denial.has(p, w)).collect();
    // A denial reaches down through the clauses it governs: "denied that Y had crossed
    // into Z to attack its forces" denies the attack too. Not through an event noun's
    // adjunct: "denied that X had accused Y during his talks with Z".
    // "cancelled talks with X in protest at Y's decision": a bare "in" phrase says the
    // manner of the act, which no cancelling undoes.
    let manner = pos == TriggerPos::Noun
        && clause.len() == 1
        && p.rel(trigger).is(UdRel::Obl)
        && p.has_marker(trigger, "in")
        && !p.children(trigger).iter().any(|&c| p.rel(c).is(UdRel::Det));
    let mut above = if manner { Vec::new() } else { governors(p, g, trigger, pos) };
    let levels = if pos == TriggerPos::Noun { 1 } else { 2 };
    for _ in 0..levels {
        deniers.extend(above.iter().copied().filter(|&w| g.denial.has(p, w)));
        if !deniers.is_empty() {
            break;
        }
        above = above
            .into_iter()
            .filter(|&w| p.upos(w) == Upos::Verb)
            .flat_map(|w| governors(p, g, w, TriggerPos::Verb))
            .collect();
    }
    Negation { on_clause, deniers }
}

impl Negation {
    /// Whether a denial is given as the reason for another act ("sanctions on Y for
    /// refusing to extradite Z", "criticised Y for failing to hand over Z"): what the
    /// refusal rejects is that act's allegation, not a rejection reported.
    pub fn denied_as_reason(&self, p: &Parsed) -> bool {
        self.deniers.iter().any(|&d| p.has_marker(d, "for"))
    }

    pub fn polarity(&self) -> Polarity {
        if self.on_clause || !self.deniers.is_empty() {
            Polarity::Negated
        } else {
            Polarity::Positive
        }
    }

    /// Whether the event is negated only by denials whose subject is `target` itself:
    /// "Iran denied U.S. charges", "Belarus rejected accusations by Lithuania". The
    /// accused denying an accusation does not undo it; the accuser denying it would ("X
    /// denied accusing Y"), and so would both of them ("X and Y refused to meet").
    pub fn only_denied_by(&self, p: &Parsed, g: &Grammar, target: ActorIndex, source: ActorIndex) -> bool {
        let by_target = |&w: &usize| {
            let subjects = p.children(w).iter().copied().filter(|&c| p.rel(c).is(UdRel::Nsubj));
            let subjects: Vec<ActorIndex> =
                subjects.flat_map(|c| actors(p, g, c, Vec::new())).map(|a| p.doc.mention(a.mention).actor).collect();
            subjects.contains(&target) && !subjects.contains(&source)
        };
        !self.on_clause && !self.deniers.is_empty() && self.deniers.iter().all(by_target)
    }
}

/// Whether the event is only possible, conditional, wished for, proposed or asked
/// about: the guidelines annotate none of these.
///
/// Where `attempt_is_act`, an attempt is the act ("tried to kill X"; see
/// [`super::rules::RelationDef::attempt_is_act`]).
pub(crate) fn is_hypothetical(p: &Parsed, g: &Grammar, trigger: usize, pos: TriggerPos, attempt_is_act: bool) -> bool {
    let wished = |w: usize| g.irrealis.has(p, w) && !(attempt_is_act && g.attempting.has(p, w));
    if p.is_question() {
        return true;
    }
    let clause = clause(p, g, trigger, pos);
    // "Y could suspend talks and freeze contacts with Z": a conjunct without a subject
    // or auxiliary of its own shares the first verb's modal and condition.
    let mut shared = clause.clone();
    while let Some(&last) = shared.last() {
        let bare = p.rel(last).is(UdRel::Conj)
            && p.upos(last) == Upos::Verb
            && !p.children(last).iter().any(|&c| is_subject(p.rel(c)) || p.rel(c).is(UdRel::Aux));
        match p.head(last).filter(|&h| bare && p.upos(h) == Upos::Verb && !shared.contains(&h)) {
            Some(h) => shared.push(h),
            None => break,
        }
    }
    if shared
        .iter()
        .any(|&w| has_child_in(p, w, &[UdRel::Aux], &g.modal) || has_child_in(p, w, &[UdRel::Mark], &g.condition))
    {
        return true;
    }
    // A condition attached to the event: "X will meet Y if Z agrees". Not one inside a
    // threat, which states its terms: "threatened to cut supplies to Y if Z did not ...",
    // "threatened to impose sanctions on Y if Z went ahead" are threats made.
    let conditional =
        |w: usize| p.children_with(w, UdRel::Advcl).any(|a| has_child_in(p, a, &[UdRel::Mark], &g.condition));
    // The threat may govern the clause from above ("threatened to resume attacks on Y
    // unless ...", "resume" hung on "threatened" as an adverbial clause).
    let above = governors(p, g, trigger, pos);
    let threat = shared.iter().chain(&above).any(|&w| g.threatening.has(p, w));
    if !threat && shared.iter().any(|&w| conditional(w)) {
        return true;
    }
    // "a resolution that would have condemned Y": what did not happen.
    let counterfactual = |w: usize| {
        let aux = || p.children(w).iter().copied().filter(|&c| p.rel(c).is(UdRel::Aux));
        aux().any(|c| g.counterfactual.contains(&p.form(c).to_lowercase())) && aux().any(|c| p.lemma(c) == "have")
    };
    if clause.iter().any(|&w| counterfactual(w)) {
        return true;
    }
    if clause[1..].iter().any(|&w| wished(w)) {
        return true;
    }
    // What an accusation alleges is not reported as fact: "accused Y of ordering the
    // killing of Z", "blamed Y for the attack".
    // The governor is the head, or, for a gerund the parser hung on the object
    // ("accused [Iran of supporting]"), the head's head.
    // The gerund may also be the complement the clause climbs through ("accused Y of
    // kidnapping him", with "of kidnapping" an `xcomp`).
    let alleged = |top: usize| {
        let head = p.head(top);
        let above_object = head.and_then(|h| p.head(h)).filter(|_| p.rel(top).is(UdRel::Acl));
        matches!(p.rel(top).base, UdRel::Advcl | UdRel::Xcomp | UdRel::Acl | UdRel::Obl | UdRel::Nmod)
            && GERUND_MARKERS.iter().any(|m| p.has_marker(top, m))
            && [head, above_object].into_iter().flatten().any(|w| g.allegation.has(p, w))
    };
    // A conjunct shares its first verb's allegation ("accused him of closing newspapers
    // and jailing its activists").
    if clause.iter().chain(&shared).any(|&w| alleged(w)) {
        return true;
    }
    above.iter().any(|&w| wished(w) && !convenes(p, g, w, trigger))
}

/// Whether `verb` convenes the event it takes as object rather than wishing for what
/// follows: "called a strike to protest", not "called its supporters to protest" or
/// "called for talks".
fn convenes(p: &Parsed, g: &Grammar, verb: usize, trigger: usize) -> bool {
    // "a strike called by X to protest": the participle's noun is what it convenes.
    let participle_of = p.rel(verb).is(UdRel::Acl) && p.head(verb).is_some_and(|n| p.listed(n, &g.convened));
    // "called for a strike to protest against Y": the call is made to protest, whether
    // or not the strike follows; the call for the strike itself is still a wish ("called
    // for a meeting with Y").
    let purpose = std::iter::successors(Some(trigger), |&w| p.head(w))
        .find(|&w| p.head(w) == Some(verb))
        .is_some_and(|top| p.rel(top).is(UdRel::Advcl) && p.has_marker(top, "to"));
    let called_for = |c: usize| p.rel(c).is(UdRel::Obl) && p.has_marker(c, "for") && purpose;
    g.convening.has(p, verb)
        && (participle_of
            || p.children(verb)
                .iter()
                .any(|&c| (p.rel(c) == DepRel::new(UdRel::Obj, None) || called_for(c)) && p.listed(c, &g.convened)))
}

/// The first domain blocker that vetoes this relation near `trigger`.
pub(crate) fn blocked_by<'r>(
    p: &Parsed,
    rules: &'r RuleSet,
    relation: super::rules::RelationId,
    trigger: usize,
) -> Option<&'r str> {
    rules.blockers.iter().filter(|b| b.relations.contains(&relation)).find_map(|b| {
        let (lo, hi) = if b.window == 0 {
            (0, p.len())
        } else {
            (trigger.saturating_sub(b.window), (trigger + b.window + 1).min(p.len()))
        };
        // A listed word matches as written, or by lemma for nouns: the lists give a
        // verb's forms ("beat", "beating"), and a verb's lemma may be a sports noun's
        // ("drew an angry response" is no draw).
        let noun = |i: usize| matches!(p.upos(i), Upos::Noun | Upos::Propn);
        let at = |i: usize, seq: &[String]| {
            i + seq.len() <= p.len()
                && seq
                    .iter()
                    .enumerate()
                    .all(|(k, w)| p.form(i + k) == w || (seq.len() == 1 && noun(i + k) && p.lemma(i + k) == w))
        };
        // Inside an exception phrase ("arms sales"), wherever that phrase starts.
        let excepted =
            |i: usize| b.except.iter().any(|e| (i.saturating_sub(e.len() - 1)..=i).any(|start| at(start, e)));
        // A nearby word inside the charge a trigger states is no domain ("accusing him of
        // taking millions of dollars"): a market word blocks in the trigger's own clause,
        // or in a clause beside it ("as the dollar fell").
        let in_content = |i: usize| {
            b.window > 0
                && p.children(trigger).iter().any(|&c| c > trigger && p.is_marked_gerund(c) && p.descends_from(i, c))
        };
        // Nor what the trigger acts on: "threatened to block Boeing's takeover of
        // McDonnell Douglas" is a regulator's act, not a market report.
        let acted_on = |i: usize| b.window > 0 && p.head(i) == Some(trigger) && p.rel(i).is(UdRel::Obj);
        let hit = (lo..hi).any(|i| {
            b.words
                .iter()
                .any(|seq| i + seq.len() <= hi && at(i, seq) && !excepted(i) && !in_content(i) && !acted_on(i))
        });
        let object = b.object
            && p.children(trigger)
                .iter()
                .any(|&c| p.rel(c).is(UdRel::Obj) && b.words.iter().any(|seq| seq.len() == 1 && at(c, seq)));
        (hit || object).then_some(b.name.as_str())
    })
}
