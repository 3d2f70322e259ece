//! Arguments: from a trigger word along a frame's dependency paths to the actors at
//! their ends, with the grammar that spreads them: coordination ("X and Y"),
//! appositions, relative pronouns ("X, who accused Y"), collective heads ("Kazakh
//! authorities"), light verbs ("X held talks with Y"), and subjects shared by control
//! ("X threatened to attack Y") or coordinated verbs ("X met Y and accused Z").

use super::path::{DepPath, PathSet};
use super::rules::{Grammar, TriggerPos};
use super::sentence::{is_subject, Parsed};
use crate::ner::EntityType;
use crate::parse::{DepRel, Subtype, UdRel, Upos};
use crate::resolve::{ActorIndex, MentionIndex, MentionSource};

/// How an argument was reached beyond the frame's own path; shown in evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Via {
    /// The light verb of an event noun ("held talks").
    LightVerb,
    /// The subject of a controlling verb ("threatened to attack").
    Control,
    /// The subject of a coordinated verb ("met Y and accused Z").
    SharedSubject,
    /// The noun a relative clause modifies ("X, who accused Y").
    Relative,
    /// The modifier of a collective head ("Kazakh authorities").
    Collective,
    /// An apposition ("the opposition leader, X,").
    Apposition,
    /// The word of taking part whose event it is ("took part in the attack").
    Participation,
    /// The verb a bare event noun says the manner of ("marched in protest against Y").
    Manner,
    /// The object of a coordinated verb ("shelled and captured the town").
    SharedObject,
    /// The organisation or country a subject pronoun stands for ("Iraq said it had attacked Y").
    Pronoun,
    /// The actor a definite description refers back to ("accusing the network of ...").
    Anaphor,
    /// Who acts with the subject ("fought Y in alliance with Z", "alongside Z").
    CoAgent,
    /// The subject of the act a noun sums up ("X seized the island, a move Y condemned").
    Summary,
    /// The author of an enacted text that acts ("a resolution imposing sanctions").
    Enactment,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::LightVerb => "light-verb",
            Via::Control => "control",
            Via::SharedSubject => "shared-subject",
            Via::Relative => "relative",
            Via::Collective => "collective",
            Via::Apposition => "apposition",
            Via::Participation => "participation",
            Via::Manner => "manner",
            Via::SharedObject => "shared-object",
            Via::Pronoun => "pronoun",
            Via::Anaphor => "anaphor",
            Via::CoAgent => "co-agent",
            Via::Summary => "summary",
            Via::Enactment => "enactment",
        }
    }
}

/// One actor found as an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Arg {
    pub mention: MentionIndex,
    pub via: Vec<Via>,
}

/// The words a trigger's paths start from: the trigger, and for an event noun that is
/// the object (or passive subject) of a light verb, that verb too.
///
/// An event noun in the "in" (or "during", "at") phrase of a word of taking part
/// ("took part in the attack", "Iraqi involvement in the attack", "told Y during
/// talks") adds that word, and its light verb; one
/// after "one of" ("one of the loudest critics of Y") adds "one", whose subject it
/// shares; a bare one in a verb's "in" phrase ("marched in protest against Y") adds
/// the verb.
pub(crate) fn anchors(p: &Parsed, g: &Grammar, trigger: usize, pos: TriggerPos) -> Vec<(usize, Option<Via>)> {
    let mut out = vec![(trigger, None)];
    if pos != TriggerPos::Noun {
        return out;
    }
    if let Some(verb) = light_verb(p, g, trigger) {
        out.push((verb, Some(Via::LightVerb)));
    }
    // A light verb in a reduced relative: "sanctions imposed on Libya", "negotiations
    // being held with the bank".
    for c in p.children_with(trigger, UdRel::Acl) {
        if c > trigger && g.light_verbs.has(p, c) && !p.has_marker(c, "to") {
            out.push((c, Some(Via::LightVerb)));
        }
    }
    let Some(h) = p.head(trigger) else { return out };
    let rel = p.rel(trigger);
    let prepositional = rel.is(UdRel::Obl) || rel == DepRel::new(UdRel::Nmod, None);
    let taking_part = ["in", "during", "at"].iter().any(|m| p.has_marker(trigger, m));
    if prepositional && taking_part && g.participation.has(p, h) {
        out.push((h, Some(Via::Participation)));
        if let Some(verb) = light_verb(p, g, h) {
            out.push((verb, Some(Via::Participation)));
        }
    } else if prepositional && p.has_marker(trigger, "of") && p.lemma(h) == "one" {
        out.push((h, None));
    } else if rel.is(UdRel::Obl) && p.has_marker(trigger, "in") && p.upos(h) == Upos::Verb && bare_noun(p, trigger) {
        // "marched through Bonn in protest against Y": a bare event noun in an "in"
        // phrase says how the verb's subject acted.
        out.push((h, Some(Via::Manner)));
    } else if let Some(v) = travel_purpose(p, g, trigger) {
        // "visited Spain for a day of talks with Aznar": the traveller's talks.
        out.push((v, Some(Via::Participation)));
    } else if rel.is(UdRel::Obl) && p.has_marker(trigger, "with") && g.responding.has(p, h) {
        // "Israel responded with artillery fire on southern Lebanon": what one responds
        // with is one's own act.
        out.push((h, Some(Via::Manner)));
    }
    out
}

/// The verb of travelling whose "for" phrase holds event noun `noun`, also through a
/// transparent noun ("flew to Harare for talks", "visited Spain for a day of talks").
fn travel_purpose(p: &Parsed, g: &Grammar, noun: usize) -> Option<usize> {
    let n = over_transparent(p, g, noun);
    let v = p.head(n)?;
    (p.rel(n).is(UdRel::Obl) && p.has_marker(n, "for") && p.upos(v) == Upos::Verb && g.travelling.has(p, v))
        .then_some(v)
}

/// The transparent noun whose of-phrase `noun` is ("a round of talks": "round"), or
/// `noun` itself.
fn over_transparent(p: &Parsed, g: &Grammar, noun: usize) -> usize {
    let of = p.rel(noun) == DepRel::new(UdRel::Nmod, None) && p.has_marker(noun, "of");
    p.head(noun).filter(|&h| of && p.listed(h, &g.transparent)).unwrap_or(noun)
}

/// A noun with no determiner, possessor or number of its own ("in protest", not "in an
/// attack on Y" or "in Iraq's attack").
fn bare_noun(p: &Parsed, noun: usize) -> bool {
    !p.children(noun).iter().any(|&c| {
        matches!(p.rel(c).base, UdRel::Det | UdRel::Nummod) || p.rel(c) == DepRel::new(UdRel::Nmod, Some(Subtype::Poss))
    })
}

/// The light verb governing an event noun ("launched an attack", "talks were held"),
/// also through a transparent noun ("started a new round of talks").
pub(crate) fn light_verb(p: &Parsed, g: &Grammar, noun: usize) -> Option<usize> {
    // "claimed responsibility for a series of attacks": up through a transparent noun,
    // then through "responsibility".
    let mut n = over_transparent(p, g, noun);
    let claimed = p.rel(n) == DepRel::new(UdRel::Nmod, None) && p.has_marker(n, "for");
    if let Some(h) = p.head(n).filter(|&h| claimed && p.listed(h, &g.responsibility)) {
        n = h;
    }
    if let Some(h) = p.head(n) {
        // "held two days of talks" with "of talks" hung on the verb beside its object.
        let of_on_verb = p.rel(n).is(UdRel::Obl) && p.has_marker(n, "of");
        if of_on_verb {
            let object = p.children(h).iter().copied().find(|&o| o < n && p.rel(o) == DepRel::new(UdRel::Obj, None));
            if let Some(o) = object.filter(|&o| p.listed(o, &g.transparent)) {
                n = o;
            }
        }
    }
    let rel = p.rel(n);
    // `xcomp`: the parser's reading of "started a major offensive" as a predicate; a
    // bare oblique: its reading of a span of time ("ended [a week] of talks").
    let span_of_time = n != noun && rel == DepRel::new(UdRel::Obl, Some(Subtype::Unmarked));
    // "went into talks with Y", "launched into a tirade against Y": an into-phrase
    // carries the event when the verb has no object ("brought Y into talks" is Y's).
    let into = rel.is(UdRel::Obl)
        && p.has_marker(n, "into")
        && p.head(n).is_some_and(|h| !p.children(h).iter().any(|&c| p.rel(c).is(UdRel::Obj)));
    let carried = rel.is(UdRel::Obj)
        || rel.is(UdRel::Xcomp)
        || into
        || rel == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass))
        || span_of_time;
    p.head(n).filter(|&h| carried && g.light_verbs.has(p, h))
}

/// The actors at the ends of `paths` from the trigger: the first alternative that
/// reaches an actor from the first anchor that has one wins. A subject path the trigger cannot satisfy
/// climbs to the verb that controls or is coordinated with it.
pub(crate) fn find(p: &Parsed, g: &Grammar, anchors: &[(usize, Option<Via>)], paths: &PathSet) -> Vec<Arg> {
    find_avoiding(p, g, anchors, paths, &|_| false)
}

/// The actors of the first word at the end of `paths` that names two or more by
/// itself, with its conjuncts ("U.S. and Japanese negotiators") or as a hyphenated
/// pair ("Israeli-Syrian talks").
pub(crate) fn find_in_one_phrase(
    p: &Parsed,
    g: &Grammar,
    anchors: &[(usize, Option<Via>)],
    paths: &PathSet,
) -> Vec<Arg> {
    for &(anchor, via) in anchors {
        for path in &paths.0 {
            for w in path.follow(p, anchor) {
                let found = actors(p, g, w, via.into_iter().collect());
                if found.len() > 1 {
                    return found;
                }
            }
        }
    }
    Vec::new()
}

/// [`find`], where a subject inherited from above that `avoid` rejects (the target
/// itself) is passed over for the next one up, through a reporting verb too: in
/// "X said Y was arming Z, accusing Y of ...", the one who accuses Y is X.
pub(crate) fn find_avoiding(
    p: &Parsed,
    g: &Grammar,
    anchors: &[(usize, Option<Via>)],
    paths: &PathSet,
    avoid: &dyn Fn(&[Arg]) -> bool,
) -> Vec<Arg> {
    // The trigger's own dependents first: "filed a case against X at the court" takes
    // the noun's "against", not the verb's "at".
    for &(anchor, via) in anchors {
        // A verb the event noun only says the manner of ("fired rockets in retaliation")
        // gives it a subject, not a target: what it fired is not what was retaliated
        // against.
        let manner = via == Some(Via::Manner);
        for path in paths.0.iter().filter(|path| !manner || path.starts_with_subject()) {
            let found = actors_at_ends(p, g, path, anchor, via.into_iter().collect());
            if !found.is_empty() {
                return found;
            }
        }
    }
    // "shelled and captured the town": coordinated verbs share the object the parser
    // gave the last of them.
    // Only a verb with no complement of its own ("met with X and visited Y" shares nothing),
    // and only with a verb that shares its subject.
    let bare = |v: usize| {
        p.upos(v) == Upos::Verb
            && !p
                .children(v)
                .iter()
                .any(|&c| matches!(p.rel(c).base, UdRel::Obj | UdRel::Iobj | UdRel::Obl | UdRel::Ccomp | UdRel::Xcomp))
    };
    let shares_subject = |c: usize| p.upos(c) == Upos::Verb && !p.children(c).iter().any(|&x| is_subject(p.rel(x)));
    if let Some(&(verb, via0)) = anchors.first().filter(|(v, _)| bare(*v)) {
        for path in paths.0.iter().filter(|path| path.is_object()) {
            for c in p.children_with(verb, UdRel::Conj).filter(|&c| c > verb && shares_subject(c)) {
                let via: Vec<Via> = via0.into_iter().chain([Via::SharedObject]).collect();
                let found = actors_at_ends(p, g, path, c, via);
                if !found.is_empty() {
                    return found;
                }
            }
        }
    }
    // "a diplomat it accused of spying", "the rebels Zembla blamed": a relative clause
    // without its pronoun leaves the object's gap to the noun it modifies.
    // "a dissident accused by X of treason": a passive participle's subject is the noun
    // it modifies.
    // "X and Y, meeting in Z, urged ...": an active participle set off by a comma is
    // said of the noun it modifies.
    let gaps: [(GapNoun, PathAfterGap); 3] = [
        (object_gap_noun, DepPath::after_object),
        (participle_noun, DepPath::after_passive_subject),
        (set_off_participle_noun, DepPath::after_subject),
    ];
    for (gap, after) in gaps {
        if let Some((noun, via0)) = anchors.first().and_then(|&(verb, via)| Some((gap(p, g, verb)?, via))) {
            for rest in paths.0.iter().filter_map(after) {
                let found = actors_at_ends(p, g, &rest, noun, via0.into_iter().chain([Via::Relative]).collect());
                if !found.is_empty() {
                    return found;
                }
            }
        }
    }
    // A verb with a subject of its own that names no actor ("after they attacked Y")
    // takes no other: only a subjectless one inherits.
    // "each side accused the other" is each of the sides named before: a distributive
    // subject is no subject of its own.
    let (last, via0) = anchors.last().copied().unwrap_or((0, None));
    if p.children(last).iter().any(|&c| is_subject(p.rel(c)) && !distributive(p, g, c)) {
        return Vec::new();
    }
    for path in &paths.0 {
        if path.starts_with_subject() {
            let found = inherited_subject(p, g, path, last, via0.into_iter().collect(), avoid);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The noun that fills a clause's gap, and the rest of a path from that gap.
type GapNoun = fn(&Parsed, &Grammar, usize) -> Option<usize>;
type PathAfterGap = fn(&DepPath) -> Option<DepPath>;

/// Whether a subject is "each", "both" or a noun they determine ("each side").
fn distributive(p: &Parsed, g: &Grammar, subject: usize) -> bool {
    let listed = |w: usize| g.distributive.contains(p.form(w));
    listed(subject) || p.children_with(subject, UdRel::Det).any(listed)
}

/// The noun a relative clause without a pronoun modifies, when the clause's verb has
/// a subject of its own and no object: the noun fills the object's gap ("a diplomat it
/// accused"). A clause with its pronoun has it as the object ("whom it accused"), or
/// as the subject, and then no gap ("the leader who fought alongside X").
fn object_gap_noun(p: &Parsed, g: &Grammar, verb: usize) -> Option<usize> {
    if p.rel(verb) != DepRel::new(UdRel::Acl, Some(Subtype::Relcl)) || p.upos(verb) != Upos::Verb {
        return None;
    }
    let kids = p.children(verb);
    let subject = kids
        .iter()
        .any(|&c| p.rel(c) == DepRel::new(UdRel::Nsubj, None) && !g.relative.contains(&p.form(c).to_lowercase()));
    let filled = kids.iter().any(|&c| p.rel(c).is(UdRel::Obj) || p.rel(c).is(UdRel::Ccomp));
    p.head(verb).filter(|&n| n < verb && subject && !filled && matches!(p.upos(n), Upos::Noun | Upos::Propn))
}

/// The noun a participle without a subject of its own modifies ("a dissident accused
/// by X", "activists arrested by Y").
fn participle_noun(p: &Parsed, _: &Grammar, verb: usize) -> Option<usize> {
    if p.rel(verb) != DepRel::new(UdRel::Acl, None) || p.upos(verb) != Upos::Verb {
        return None;
    }
    let own_subject = p.children(verb).iter().any(|&c| is_subject(p.rel(c)));
    p.head(verb).filter(|&n| n < verb && !own_subject && matches!(p.upos(n), Upos::Noun | Upos::Propn))
}

/// The name an active participle set off by a comma after it modifies, when the
/// participle has no subject of its own ("Havel and Walesa, meeting in Cieszyn, ...").
fn set_off_participle_noun(p: &Parsed, _: &Grammar, verb: usize) -> Option<usize> {
    let attached = matches!(p.rel(verb).base, UdRel::Acl | UdRel::Appos)
        && p.rel(verb) != DepRel::new(UdRel::Acl, Some(Subtype::Relcl));
    if !attached || p.upos(verb) != Upos::Verb || !p.form(verb).ends_with("ing") || verb == 0 || p.form(verb - 1) != ","
    {
        return None;
    }
    // Only after a name: after a common noun the parser often hangs there a participle
    // of the whole clause ("executed eight Ogoni activists, drawing condemnation").
    let own_subject = p.children(verb).iter().any(|&c| is_subject(p.rel(c)));
    p.head(verb).filter(|&n| n < verb && !own_subject && p.upos(n) == Upos::Propn && p.mention(n).is_some())
}

/// Whether one of `paths` from the trigger ends on a reciprocal pronoun ("each other"),
/// on its first word (UD's `fixed`) or its last.
pub(crate) fn reciprocal(p: &Parsed, g: &Grammar, anchors: &[(usize, Option<Via>)], paths: &PathSet) -> bool {
    let starts_at = |w: usize, words: &[String]| {
        w + words.len() <= p.len() && words.iter().enumerate().all(|(k, word)| p.form(w + k) == word)
    };
    let is_reciprocal = |w: usize| {
        g.reciprocal
            .iter()
            .any(|words| starts_at(w, words) || (w + 1 >= words.len() && starts_at(w + 1 - words.len(), words)))
    };
    anchors.iter().any(|&(anchor, _)| paths.0.iter().any(|path| path.follow(p, anchor).into_iter().any(is_reciprocal)))
}

/// Whether the event noun `trigger` is the object of a verb of exchange ("traded
/// accusations", "exchanged fire").
pub(crate) fn exchanged(p: &Parsed, g: &Grammar, trigger: usize) -> bool {
    p.rel(trigger).is(UdRel::Obj) && p.head(trigger).is_some_and(|v| g.exchange.has(p, v))
}

fn actors_at_ends(p: &Parsed, g: &Grammar, path: &DepPath, from: usize, via: Vec<Via>) -> Vec<Arg> {
    path.follow(p, from).into_iter().flat_map(|w| actors(p, g, w, via.clone())).collect()
}

/// The subject a verb without one takes from above: the controlling verb of an `xcomp`
/// ("agreed to meet"), the first of coordinated verbs, the verb of an adverbial clause
/// ("after meeting Y, X said", "..., accusing Y"), or the noun a relative clause
/// modifies. Conditions never get here: the cues drop them first.
fn inherited_subject(
    p: &Parsed,
    g: &Grammar,
    path: &DepPath,
    verb: usize,
    mut via: Vec<Via>,
    avoid: &dyn Fn(&[Arg]) -> bool,
) -> Vec<Arg> {
    // "X, a rival of Y": the noun an appositive event or role noun describes.
    if matches!(p.upos(verb), Upos::Noun | Upos::Propn) {
        return match p.head(verb).filter(|_| p.rel(verb).is(UdRel::Appos)) {
            Some(h) => actors(p, g, h, via.into_iter().chain([Via::Apposition]).collect()),
            None => Vec::new(),
        };
    }
    // A predicate adjective heads its clause as a verb does ("remained opposed to Y").
    if !matches!(p.upos(verb), Upos::Verb | Upos::Adj) {
        return Vec::new();
    }
    // "Accused by X of ..., Y rejected ...": a passive participle set before the clause,
    // with its agent and no auxiliary, has the clause's subject as its passive subject
    // and no active one.
    let kids = p.children(verb);
    let passive_participle = p.rel(verb).is(UdRel::Advcl)
        && kids.iter().any(|&c| p.rel(c) == AGENT)
        && !kids.iter().any(|&c| p.rel(c).is(UdRel::Aux));
    let other_voice;
    let path = match (passive_participle, path.starts_with_passive_subject()) {
        (false, _) => path,
        (true, true) => {
            other_voice = path.with_other_voice_subject();
            &other_voice
        }
        (true, false) => return Vec::new(),
    };
    let mut v = verb;
    let mut through_conj = false;
    let mut out_of_condition = false;
    let mut passed_over = false;
    let condition = |w: usize| p.children_with(w, UdRel::Mark).any(|m| g.condition.has(p, m));
    for _ in 0..4 {
        let Some(up) = p.head(v) else { break };
        let rel = p.rel(v);
        // "X warned that Y would strike unless Z acted, accusing W of ...": a participle
        // the parser hung on a condition is the main clause's; a condition accuses no one.
        // A speech act there is the reporter's, past the reported clause ("X warned that
        // Y would ..., accusing W": X accuses W).
        if rel.is(UdRel::Advcl) && p.rel(up).is(UdRel::Advcl) && condition(up) && !condition(v) {
            v = up;
            if let Some(clause) = p.head(up).filter(|&h| p.rel(h).is(UdRel::Ccomp) && g.allegation.has(p, verb)) {
                v = clause;
                out_of_condition = true;
            }
            continue;
        }
        // "accused Y of ordering the killing", "blamed Y for attacking Z": the object
        // does what the gerund says.
        let gerund = p.is_marked_gerund(v);
        let object = p.children(up).iter().copied().find(|&c| p.rel(c) == DepRel::new(UdRel::Obj, None));
        // The parser may hang the gerund on the object itself ("accused [Iran of supporting]").
        let controller = match (gerund, rel.base) {
            (true, UdRel::Advcl | UdRel::Xcomp) => object,
            (true, UdRel::Acl) if matches!(p.upos(up), Upos::Noun | Upos::Propn) => Some(up),
            _ => None,
        };
        if let Some(c) = controller {
            via.push(Via::Control);
            return actors(p, g, c, via);
        }
        // "prompting Mexico to break off relations": a controlled verb's subject is its
        // governor's object when that names an actor ("ordered troops to attack" leaves
        // it to the one who ordered).
        if rel.is(UdRel::Xcomp) && !gerund {
            if let Some(o) = object.filter(|&o| o != v) {
                let mut controlled = via.clone();
                controlled.push(Via::Control);
                let found = actors(p, g, o, controlled);
                if !found.is_empty() {
                    return found;
                }
            }
        }
        // "adopted a resolution imposing sanctions on Y": an enacted text acts for its
        // author, its own actor ("a U.N. resolution imposing ... was adopted") or who
        // adopts it. Not a text vetoed or only proposed ("vetoed a resolution condemning Y").
        if rel == DepRel::new(UdRel::Acl, None) && p.form(v).ends_with("ing") && p.listed(up, &g.enactments) {
            via.push(Via::Enactment);
            let adopter = p.head(up).filter(|&h| p.listed(h, &g.adopting));
            let enacted = adopter.is_some() || p.rel(up) == DepRel::new(UdRel::Nsubj, None);
            if !enacted {
                return Vec::new();
            }
            let own: Vec<Arg> = p
                .children(up)
                .iter()
                .filter(|&&m| m < up && names_collective(p.rel(m)))
                .flat_map(|&m| actors(p, g, m, via.clone()))
                .collect();
            return match adopter.filter(|_| own.is_empty() && p.rel(up).is(UdRel::Obj)) {
                Some(a) => actors_at_ends(p, g, path, a, via),
                None => own,
            };
        }
        let step = if rel.is(UdRel::Xcomp) {
            Via::Control
        } else if rel.is(UdRel::Conj) || rel.is(UdRel::Advcl) {
            through_conj |= rel.is(UdRel::Conj);
            Via::SharedSubject
        } else if rel.is(UdRel::Ccomp)
            && (((through_conj || out_of_condition) && g.allegation.has(p, verb)) || passed_over)
        {
            // "the army said militants ambushed a convoy ... and blamed the Taliban": the
            // parser hangs the second verb inside the reported clause, whose subject
            // names no actor (or the search would have stopped there); who blames is
            // who reports.
            Via::SharedSubject
        } else if rel == DepRel::new(UdRel::Acl, Some(Subtype::Relcl)) || (rel.is(UdRel::Acl) && p.has_marker(v, "to"))
        {
            // "X, who met Y" without the pronoun; headlines' "X to meet Y".
            via.push(Via::Relative);
            return actors(p, g, up, via);
        } else {
            break;
        };
        via.push(step);
        let mut found = actors_at_ends(p, g, path, up, via.clone());
        // A passive controller's subject does the controlled act: "X is scheduled to
        // meet Y", "X was forced to attack Y".
        if found.is_empty() && step == Via::Control {
            found = actors_at_ends(p, g, &path.with_passive_subject(), up, via.clone());
        }
        // Coordinated verbs share their subject whatever the voice of each: "X visited
        // Y and was received by Z", "X was elected in 1993 and met Y". Not a content
        // clause's, where the parser hangs a main verb it cannot place ("rejected Y's
        // demand that Z be withdrawn, and warned W").
        let content_clause = p.rel(up) == DepRel::new(UdRel::Acl, None);
        if found.is_empty() && rel.is(UdRel::Conj) && !content_clause && path.starts_with_subject() {
            found = actors_at_ends(p, g, &path.with_other_voice_subject(), up, via.clone());
        }
        // "a strike called by X to protest against Y": a passive participle's purpose
        // is its agent's.
        if found.is_empty() && rel.is(UdRel::Advcl) && p.has_marker(v, "to") && path.starts_with_subject() {
            if let Some(agent) = p.children(up).iter().copied().find(|&c| p.rel(c) == AGENT) {
                found = actors(p, g, agent, via.clone());
            }
        }
        if !found.is_empty() {
            if !avoid(&found) {
                return found;
            }
            passed_over = true;
        }
        v = up;
    }
    Vec::new()
}

/// Relations through which a collective head's modifier names the actor.
fn names_collective(rel: DepRel) -> bool {
    matches!(rel.base, UdRel::Amod | UdRel::Compound | UdRel::Flat)
        || rel == DepRel::new(UdRel::Nmod, Some(Subtype::Poss))
        || rel == DepRel::new(UdRel::Nmod, None)
}

/// The actors a word stands for, coordination spread: "X and Y" gives both.
pub(crate) fn actors(p: &Parsed, g: &Grammar, word: usize, via: Vec<Via>) -> Vec<Arg> {
    let mut out = Vec::new();
    spread(p, g, word, &via, 0, &mut out);
    out
}

/// [`actor_of`] for `word` and its conjuncts, at `depth`, each actor once.
fn spread(p: &Parsed, g: &Grammar, word: usize, via: &[Via], depth: usize, out: &mut Vec<Arg>) {
    for w in coordinated(p, word) {
        actor_of(p, g, w, via, depth, out);
    }
    out.dedup_by_key(|a| a.mention);
}

fn actor_of(p: &Parsed, g: &Grammar, w: usize, via: &[Via], depth: usize, out: &mut Vec<Arg>) {
    // "her aunt", "the minister's lawyer": the owner of a relative is not the argument.
    if p.rel(w) == POSS && p.head(w).is_some_and(|h| p.listed(h, &g.relatives)) {
        return;
    }
    if let Some(m) = name_at(p, g, w) {
        out.push(Arg { mention: m, via: via.to_vec() });
        // "Israeli-Syrian talks": both sides of a hyphenated pair.
        if p.mention(w) == Some(m) {
            out.extend(p.paired_mention(w).map(|m| Arg { mention: m, via: via.to_vec() }));
        }
        return;
    }
    if depth > 1 {
        return;
    }
    let with = |extra: Via| extended(via, extra);
    if p.upos(w) == Upos::Pron && pronoun_referent(p, g, w, via, depth, out) {
        return;
    }
    if let Some(m) = predicate_subject(p, w) {
        out.push(Arg { mention: m, via: with(Via::Apposition) });
        return;
    }
    if let Some(doer) = summed_up_subject(p, g, w) {
        spread(p, g, doer, &with(Via::Summary), depth + 1, out);
        return;
    }
    let before = out.len();
    for c in named_appositions(p, g, w) {
        spread(p, g, c, &with(Via::Apposition), depth + 1, out);
    }
    if out.len() > before {
        return;
    }
    // "killed eight of its soldiers", "two of Iraq's diplomats": a count of a group is
    // the group's.
    if p.upos(w) == Upos::Num {
        let before = out.len();
        for c in p.children_with(w, UdRel::Nmod).filter(|&c| p.has_marker(c, "of")).collect::<Vec<_>>() {
            spread(p, g, c, &with(Via::Collective), depth + 1, out);
        }
        if out.len() > before {
            return;
        }
    }
    let pair = named_pair(p, g, w);
    if !pair.is_empty() {
        out.extend(pair.into_iter().map(|m| Arg { mention: m, via: with(Via::Anaphor) }));
        return;
    }
    // "the Israeli leader" after Netanyahu is named: him, not Israel.
    if let Some(m) = compatriot_holder(p, g, w) {
        out.push(Arg { mention: m, via: with(Via::Anaphor) });
        return;
    }
    // "ETA, the Basque separatist group blamed by Madrid": a common noun in apposition to
    // a name restates it; its modifiers describe the name, not an actor of their own.
    if let Some(h) = p.head(w).filter(|&h| p.rel(w).is(UdRel::Appos) && p.upos(w) == Upos::Noun && h < w) {
        if let Some(m) = name_at(p, g, h) {
            out.push(Arg { mention: m, via: with(Via::Apposition) });
            return;
        }
    }
    // "Kazakh authorities", "the government of Iraq", "officials of Mali's junta",
    // "representatives from Armenia and Azerbaijan".
    let collective = collective_actors(p, g, w, 0);
    out.extend(collective.iter().map(|&m| Arg { mention: m, via: with(Via::Collective) }));
    // "several countries, including Iran", "14 rebels of X, including their leader Y":
    // the named examples of a common noun, besides what it names itself.
    let examples: Vec<usize> =
        p.children_with(w, UdRel::Nmod).filter(|&c| g.exemplifying.iter().any(|m| p.has_marker(c, m))).collect();
    let before = out.len();
    for c in examples {
        spread(p, g, c, &with(Via::Apposition), depth + 1, out);
    }
    if collective.is_empty() && out.len() == before {
        // "the network" in "X sued CNN, accusing the network of defamation".
        out.extend(antecedent(p, g, w).map(|m| Arg { mention: m, via: with(Via::Anaphor) }));
    }
}

/// The subject of the act that a summary noun set beside a clause sums up: "Zembla
/// seized the island on Monday, a move Borland condemned" (the noun hangs on the verb,
/// or is in apposition to one of its nouns). A summary noun that is itself an argument
/// ("condemned the move") sums up nothing said in the sentence, unless its verb is
/// coordinated after the act (`coordinated_act_subject`).
fn summed_up_subject(p: &Parsed, g: &Grammar, w: usize) -> Option<usize> {
    if let Some(doer) = coordinated_act_subject(p, g, w) {
        return Some(doer);
    }
    if !p.listed(w, &g.summaries) || p.upos(w) != Upos::Noun {
        return None;
    }
    // After a comma, past the verb, a summary is never its subject, whatever the parser
    // made of it ("staged drills, a move Y condemned" read as an outer subject).
    let after_comma = |n: usize, h: usize| {
        let start = p.leftmost(n);
        h < start && start > 0 && p.form(start - 1) == ","
    };
    let beside = |r: DepRel| matches!(r.base, UdRel::Obl | UdRel::Appos | UdRel::Parataxis | UdRel::Dislocated);
    let mut n = w;
    let mut through_apposition = false;
    for _ in 0..3 {
        let h = p.head(n)?;
        let r = p.rel(n);
        if p.upos(h) == Upos::Verb && (beside(r) || after_comma(n, h) || (through_apposition && !is_subject(r))) {
            let subject = p.children(h).iter().copied().find(|&c| p.rel(c).is(UdRel::Nsubj));
            return subject.or_else(|| p.children(h).iter().copied().find(|&c| p.rel(c) == AGENT));
        }
        if !r.is(UdRel::Appos) || !matches!(p.upos(h), Upos::Noun | Upos::Propn) {
            return None;
        }
        through_apposition = true;
        n = h;
    }
    None
}

/// The subject of the act that "the move" or "the raids" names, when it is the bare
/// object of a verb coordinated after that act's verb: "Iranian warplanes bombed two
/// camps, and Baghdad condemned the raids"; "prosecutors charged X, and Washington
/// condemned the move".
fn coordinated_act_subject(p: &Parsed, g: &Grammar, w: usize) -> Option<usize> {
    // Not a charge: what "rejected the charge" answers is the accusation, not an act.
    let named = p.listed(w, &g.summaries) || (p.listed(w, &g.event_nouns) && !g.allegation.has(p, w));
    if !named || p.upos(w) != Upos::Noun || p.rel(w) != OBJ || !has_the(p, w) {
        return None;
    }
    let bare = p.children(w).iter().all(|&c| matches!(p.rel(c).base, UdRel::Det | UdRel::Punct));
    let verb = p.head(w).filter(|&v| p.upos(v) == Upos::Verb && p.rel(v).is(UdRel::Conj))?;
    let first = p.head(verb).filter(|&f| f < verb && p.upos(f) == Upos::Verb)?;
    let own_subject = p.children(verb).iter().any(|&c| p.rel(c).is(UdRel::Nsubj));
    if !bare || !own_subject {
        return None;
    }
    p.children(first).iter().copied().find(|&c| p.rel(c).is(UdRel::Nsubj))
}

/// `via` and one more step.
fn extended(via: &[Via], extra: Via) -> Vec<Via> {
    via.iter().copied().chain([extra]).collect()
}

/// Whether `w` is a collective, a side's equipment or its goods ("troops", "rockets",
/// "exports").
fn collective_noun(p: &Parsed, g: &Grammar, w: usize) -> bool {
    p.listed(w, &g.collective) || p.listed(w, &g.equipment) || p.listed(w, &g.traded)
}

/// The name at `w` itself: its mention, or the name a title heads ("Pope Francis"
/// parsed with the title as the head and the name as its flat part).
fn name_at(p: &Parsed, g: &Grammar, w: usize) -> Option<MentionIndex> {
    // A collective opening the sentence ("Guerrillas of the PUK recaptured the town")
    // that the NER took for a name by its capital: the common noun it is.
    let slip = |m: MentionIndex| w == 0 && p.doc.mention(m).words.len() == 1 && collective_noun(p, g, w);
    // "two Libyans", "an Algerian who fled to France": people counted by their nation,
    // or one of them, are individuals, not the state (the guidelines' "a British man");
    // their names may follow in apposition.
    let counted = |m: MentionIndex| {
        let numbered =
            || matches!(p.upos(w), Upos::Noun | Upos::Propn) && p.children_with(w, UdRel::Nummod).next().is_some();
        let one = || {
            !matches!(p.rel(w).base, UdRel::Amod | UdRel::Compound)
                && p.children_with(w, UdRel::Det).any(|d| matches!(p.form(d), "a" | "an"))
        };
        // "seven French monks": a counted noun of private people (not a collective such
        // as "two French diplomats") that a demonym qualifies.
        let counted_people = || {
            p.rel(w).is(UdRel::Amod)
                && p.head(w).is_some_and(|h| {
                    p.upos(h) == Upos::Noun
                        && p.children_with(h, UdRel::Nummod).next().is_some()
                        && !collective_noun(p, g, h)
                })
        };
        p.doc.mention(m).source == MentionSource::Demonym && (numbered() || one() || counted_people())
    };
    if let Some(m) = p.mention(w).filter(|&m| !slip(m) && !counted(m)) {
        return Some(m);
    }
    let flat_name = || p.children_with(w, UdRel::Flat).find_map(|c| p.mention(c));
    flat_name().filter(|_| p.upos(w) == Upos::Propn)
}

/// The actors a pronoun stands for: a subject pronoun's possessor, an object
/// pronoun's earlier object, a relative pronoun's noun. False for a pronoun of none of
/// these kinds, which other finders may still read.
fn pronoun_referent(p: &Parsed, g: &Grammar, w: usize, via: &[Via], depth: usize, out: &mut Vec<Arg>) -> bool {
    let with = |extra: Via| extended(via, extra);
    // "Iraq said it had attacked Y": the organisation or country the reporting or
    // coordinated clause names as its subject (the resolver gives "he" and "she").
    if g.subject_pronouns.contains(p.form(w)) && is_subject(p.rel(w)) {
        out.extend(possessor(p, g, w).into_iter().map(|m| Arg { mention: m, via: with(Via::Pronoun) }));
    } else if g.person_pronouns.contains(p.form(w)) && is_subject(p.rel(w)) {
        // "he" that the resolver left alone, two people being named before it: the
        // person the syntax gives ("X urged the army to abandon Y, whom he accused").
        out.extend(person_referent(p, g, w).into_iter().map(|m| Arg { mention: m, via: with(Via::Pronoun) }));
    } else if g.possessive.contains(p.form(w)) && p.rel(w) == POSS {
        // "Ankara would press on with its campaign against the PKK": the owner of an
        // event noun, found as for "its troops".
        if let Some(noun) = p.head(w) {
            out.extend(possessor(p, g, noun).into_iter().map(|m| Arg { mention: m, via: with(Via::Pronoun) }));
        }
    } else if g.object_pronouns.contains(p.form(w)) && p.rel(w) == OBJ {
        let start = out.len();
        if let Some(o) = earlier_object(p, w) {
            let before = out.len();
            spread(p, g, o, &with(Via::Pronoun), depth + 1, out);
            if out.len() == before {
                // "revoked the visa of X, accusing him of ...": whose the object is.
                let owners = p.children(o).iter().copied().filter(|&c| {
                    p.rel(c) == POSS || (p.rel(c) == DepRel::new(UdRel::Nmod, None) && p.has_marker(c, "of"))
                });
                for c in owners.collect::<Vec<_>>() {
                    spread(p, g, c, &with(Via::Pronoun), depth + 1, out);
                }
            }
            // "expelled X after he accused her": the clause's own subject is not whom
            // it acts on.
            let doers: Vec<ActorIndex> = p
                .head(w)
                .into_iter()
                .flat_map(|v| p.children_with(v, UdRel::Nsubj).collect::<Vec<_>>())
                .flat_map(|s| actors(p, g, s, Vec::new()))
                .map(|a| p.doc.mention(a.mention).actor)
                .collect();
            let found = out.split_off(start);
            out.extend(found.into_iter().filter(|a| !doers.contains(&p.doc.mention(a.mention).actor)));
        }
        if out.len() == start && g.person_pronouns.contains(p.form(w)) {
            out.extend(object_person(p, g, w).map(|m| Arg { mention: m, via: with(Via::Pronoun) }));
        }
    } else if g.relative.contains(p.form(w)) {
        relative_referent(p, g, w, &with(Via::Relative), depth, out);
    } else {
        return false;
    }
    true
}

/// "X said he had defended himself when Y attacked him": an object pronoun for a person
/// is not the subject of its own verb, nor the one who controls it ("accused Y of
/// hitting him": Y hits), so it is the one other person named before it in the
/// sentence. Two others: no guess.
fn object_person(p: &Parsed, g: &Grammar, pronoun: usize) -> Option<MentionIndex> {
    let verb = p.head(pronoun)?;
    let person = |m: MentionIndex| {
        let mention = p.doc.mention(m);
        mention.source != MentionSource::Pronoun && p.doc.actor(mention.actor).kind == EntityType::Per
    };
    // The verb's subject; without one, the subject or object that controls it.
    let mut doers: Vec<MentionIndex> = Vec::new();
    let mut v = verb;
    for _ in 0..4 {
        let of = |rel: UdRel| p.children(v).iter().copied().filter(move |&c| p.rel(c).is(rel));
        let subjects: Vec<usize> =
            of(UdRel::Nsubj).chain(p.children(v).iter().copied().filter(|&c| p.rel(c) == AGENT)).collect();
        if !subjects.is_empty() {
            for s in subjects {
                doers.extend(actors(p, g, s, Vec::new()).into_iter().map(|a| a.mention));
            }
            break;
        }
        if v != verb {
            // "accused Y of hitting him": the object controls the clause below.
            let objects: Vec<usize> = of(UdRel::Obj).collect();
            doers.extend(objects.into_iter().flat_map(|o| actors(p, g, o, Vec::new())).map(|a| a.mention));
            if !doers.is_empty() {
                break;
            }
        }
        if !matches!(p.rel(v).base, UdRel::Xcomp | UdRel::Advcl | UdRel::Conj) {
            break;
        }
        let Some(up) = p.head(v) else { break };
        v = up;
    }
    let doer_actors: Vec<ActorIndex> = doers.iter().map(|&m| p.doc.mention(m).actor).collect();
    let mut others = p.mentions.iter().copied().filter(|&m| {
        let mention = p.doc.mention(m);
        // A name in a doer's title ("Frepaso congresswoman X") is no other person.
        person(m)
            && mention.words.end <= pronoun
            && !doer_actors.contains(&mention.actor)
            && !doers.iter().any(|&d| p.in_title_of(d, mention.actor))
    });
    let first = others.next()?;
    let actor = p.doc.mention(first).actor;
    others.all(|m| p.doc.mention(m).actor == actor).then_some(first)
}

/// "expelled five Belarusian diplomats, accusing them of espionage": an object pronoun
/// in a clause hung on a verb stands for that verb's object, said before it, or for
/// whom it acts against ("campaigned against X and Y, accusing them of ...", "imposed
/// sanctions on X and accused it of ...").
fn earlier_object(p: &Parsed, w: usize) -> Option<usize> {
    let clause = p.head(w).filter(|&c| matches!(p.rel(c).base, UdRel::Advcl | UdRel::Conj))?;
    let verb = p.head(clause)?;
    let kids = p.children(verb);
    // "asked the court to ban X, accusing it of ...": a name the verb's complement
    // takes as object, nearer, comes first ("ordered Y to leave the town of Z,
    // accusing it": Y, the town being no name).
    let complement_object = kids
        .iter()
        .copied()
        .filter(|&c| c < w && p.rel(c).is(UdRel::Xcomp))
        .flat_map(|c| p.children(c).iter().copied().filter(|&o| o < w && p.rel(o) == OBJ).collect::<Vec<_>>())
        .rfind(|&o| p.mention(o).is_some());
    // "imposed sanctions on X and accused it of ...": who a thing is done to, named,
    // before the thing.
    let object = kids.iter().copied().find(|&o| o < w && p.rel(o) == OBJ);
    let named_target = kids.iter().copied().find(|&o| {
        o < w
            && p.rel(o).is(UdRel::Obl)
            && p.mention(o).is_some()
            && ["on", "against"].iter().any(|m| p.has_marker(o, m))
    });
    let unnamed = |o: usize| {
        p.upos(o) == Upos::Noun && p.mention(o).is_none() && !p.children(o).iter().any(|&c| p.mention(c).is_some())
    };
    complement_object
        .or(named_target.filter(|_| object.is_some_and(unnamed)))
        .or(object)
        .or_else(|| kids.iter().copied().find(|&o| o < w && p.rel(o).is(UdRel::Obl) && p.has_marker(o, "against")))
}

/// "who" in "X, who accused Y": the noun the relative clause modifies. When the parser
/// did not make the clause a relative one, the pronoun still follows its noun: the
/// nearest word before it, past a comma. A name right before the pronoun is its noun,
/// wherever the parser hung the clause ("supporting Babanov, who is facing off ..."
/// read as a clause of an earlier noun).
fn relative_referent(p: &Parsed, g: &Grammar, w: usize, via: &[Via], depth: usize, out: &mut Vec<Arg>) {
    let clause = p.head(w).filter(|&c| p.rel(c) == DepRel::new(UdRel::Acl, Some(Subtype::Relcl)));
    let before = (w.saturating_sub(2)..w).rev().find(|&i| p.upos(i) != Upos::Punct);
    let noun = match (before.filter(|&i| p.mention(i).is_some()), clause) {
        (Some(name), _) => Some(name),
        (None, Some(c)) => p.head(c),
        (None, None) => before,
    };
    let Some(mut noun) = noun else { return };
    // "X and Y, who led the protests, refused ...", "X and Y, which have fought each
    // other": a clause after a coordinated subject is both conjuncts', unless its verb
    // is singular ("who has", "which was").
    let singular = |v: usize| {
        p.children(v).iter().any(|&c| {
            (p.rel(c).is(UdRel::Aux) || p.rel(c).is(UdRel::Cop)) && matches!(p.form(c), "has" | "is" | "was" | "does")
        })
    };
    let name_head = match p.head(noun) {
        Some(h) if p.rel(noun).is(UdRel::Flat) => h,
        _ => noun,
    };
    if let Some(first) = p.head(name_head).filter(|&h| p.rel(name_head).is(UdRel::Conj) && p.rel(h).is(UdRel::Nsubj)) {
        if matches!(p.form(w), "who" | "which") && p.head(w).is_some_and(|v| !singular(v)) {
            noun = first;
        }
    }
    // "X, the German foreign minister who held talks ...": "who" is the person the noun
    // describes, not the country that modifies it.
    if p.form(w) == "who" && p.mention(noun).is_none() && p.rel(noun).is(UdRel::Appos) {
        if let Some(h) = p.head(noun).filter(|&h| p.names_person(h)) {
            noun = h;
        }
    }
    // One level deeper, not afresh: a misparse can coordinate the pronoun with its own
    // noun, and the noun's actors would then lead back to the pronoun.
    let found = out.len();
    spread(p, g, noun, via, depth + 1, out);
    if out.len() > found {
        return;
    }
    // "X, an architect of the revolution who ...": the noun is X's apposition, or the
    // parser hung the clause on a noun inside it ("of the revolution who has been
    // ..."): "who" climbs through of-phrases and the apposition to the name.
    let mut n = noun;
    let climbs = if p.form(w) == "who" { 3 } else { 1 };
    for _ in 0..climbs {
        let Some(h) = p.head(n).filter(|_| p.rel(n).is(UdRel::Appos) || p.rel(n).is(UdRel::Nmod)) else {
            break;
        };
        if p.rel(n).is(UdRel::Appos) && p.mention(h).is_some() {
            spread(p, g, h, via, depth + 1, out);
            break;
        }
        n = h;
    }
}

/// "X is the first Australian minister to visit China": a predicate noun stands for its
/// named subject, not for the country of its modifier.
fn predicate_subject(p: &Parsed, w: usize) -> Option<MentionIndex> {
    let copula = p.children(w).iter().any(|&c| p.rel(c).is(UdRel::Cop));
    let subject = || p.children(w).iter().find_map(|&c| p.mention(c).filter(|_| p.rel(c).is(UdRel::Nsubj)));
    copula.then(subject).flatten()
}

/// "the opposition leader, X," and "the chairman of the party X": the named
/// appositions of a noun, right after it or with no comma between, or after the noun's
/// own verbless modifiers ("the U.S. special envoy to Burundi, X"). Never across a
/// dash: a headline's "- Interfax" is its source.
fn named_appositions(p: &Parsed, g: &Grammar, w: usize) -> Vec<usize> {
    let close = |c: usize| {
        let between = || (w + 1..c).map(|i| p.form(i));
        let own_phrase = || (w + 1..c).all(|i| p.form(i) == "," || (p.descends_from(i, w) && p.upos(i) != Upos::Verb));
        c > w && between().all(|f| f != "-" && f != "--") && (c - w <= 3 || between().all(|f| f != ",") || own_phrase())
    };
    // The parser often hangs the name on the noun's "of" phrase instead ("the chairman
    // of the party X"), so look one "of" deeper; not below an event noun, whose "of"
    // phrase is what the event befalls ("the arrest of their leader X").
    let event = p.listed(w, &g.event_nouns);
    let of_phrases = p
        .children(w)
        .iter()
        .copied()
        .filter(|&c| !event && p.rel(c) == DepRel::new(UdRel::Nmod, None) && p.has_marker(c, "of"));
    std::iter::once(w)
        .chain(of_phrases)
        .flat_map(|h| p.children_with(h, UdRel::Appos).collect::<Vec<_>>())
        .filter(|&c| close(c))
        .collect()
}

/// The actor a definite description `w` refers back to: for "the" and a noun of the
/// anaphor lists with no modifier of its own, the nearest mention before it in the
/// sentence of the kind the noun names (an organisation for "the network", a place for
/// "the country"). The guidelines annotate such an actor when it is named in the same
/// sentence.
fn antecedent(p: &Parsed, g: &Grammar, w: usize) -> Option<MentionIndex> {
    if let Some(m) = office_holder(p, g, w) {
        return Some(m);
    }
    let kind = if p.listed(w, &g.organisation_anaphors) {
        EntityType::Org
    } else if p.listed(w, &g.place_anaphors) {
        EntityType::Loc
    } else {
        return None;
    };
    let children = p.children(w);
    let definite = has_the(p, w);
    // An of-phrase naming no one is allowed: the parser hangs an accusation's "of" there
    // ("accusing [the network of defamation]", "accused [the group of spreading lies]").
    // So are who backs it and where it sits ("the Iranian-backed group", "the
    // London-based group").
    let own =
        |c: usize| matches!(p.rel(c).base, UdRel::Nmod | UdRel::Acl) && p.has_marker(c, "of") && p.mention(c).is_none();
    let backer = |c: usize| p.rel(c).is(UdRel::Amod) && g.names_backer(p.form(c));
    let bare = children.iter().all(|&c| {
        matches!(p.rel(c).base, UdRel::Det | UdRel::Case | UdRel::Punct) || own(c) || backer(c) || faith(p, g, c)
    });
    if p.upos(w) != Upos::Noun || !definite || !bare {
        return None;
    }
    // Not the doer's own words ("Armed Forces Commander X accused the group of ...").
    mentions_before_outside_doers(p, w).find(|&m| {
        let actor = p.doc.mention(m).actor;
        // An organisation the NER typed otherwise but the dictionaries code as one
        // ("the Taliban": AFGREB).
        let coded = || p.doc.code(actor).and_then(|c| c.sector).is_some_and(|s| s.is_organisation());
        let typed = p.doc.actor(actor).kind;
        typed == kind || (kind == EntityType::Org && typed != EntityType::Per && coded())
    })
}

/// "the two leaders", "both men": the last two people named before `w` in the sentence,
/// in text order; none unless `w` is such a noun with "the" and "two" or with "both",
/// and two people are named.
fn named_pair(p: &Parsed, g: &Grammar, w: usize) -> Vec<MentionIndex> {
    if !p.listed(w, &g.pair_people) || p.upos(w) != Upos::Noun {
        return Vec::new();
    }
    let children = p.children(w);
    let the = has_the(p, w);
    let two = children.iter().any(|&c| p.rel(c).is(UdRel::Nummod) && matches!(p.form(c), "two" | "2"));
    let both = children.iter().any(|&c| c < w && p.form(c) == "both");
    if !(the && two || both) {
        return Vec::new();
    }
    // "X met Y, and Z accused both men": not the one who acts on the pair.
    let mut found: Vec<MentionIndex> = Vec::new();
    for m in mentions_before_outside_doers(p, w) {
        let actor = p.doc.mention(m).actor;
        let person = p.doc.actor(actor).kind == EntityType::Per;
        if person && !found.iter().any(|&f| p.doc.mention(f).actor == actor) {
            found.push(m);
            if found.len() == 2 {
                found.reverse();
                return found;
            }
        }
    }
    Vec::new()
}

/// The person "the president" or "the prime minister" refers back to: the nearest
/// person named before it in the sentence with that title right before the name
/// ("Dole, the challenger to President Bill Clinton, attacked the president's record").
fn office_holder(p: &Parsed, g: &Grammar, w: usize) -> Option<MentionIndex> {
    if !p.listed(w, &g.offices) || p.upos(w) != Upos::Noun {
        return None;
    }
    let children = p.children(w);
    let definite = has_the(p, w);
    let bare = children.iter().all(|&c| matches!(p.rel(c).base, UdRel::Det | UdRel::Case | UdRel::Punct | UdRel::Amod));
    if !definite || !bare {
        return None;
    }
    (0..w).rev().filter_map(|i| p.mention(i)).find(|&m| {
        let mention = p.doc.mention(m);
        let start = mention.words.start;
        p.doc.actor(mention.actor).kind == EntityType::Per && start > 0 && start < w && p.form(start - 1) == p.form(w)
    })
}

/// The person "the Israeli leader" refers back to: for "the", an office (or a title
/// with its of-phrase) and a nation's adjective or name alone, the nearest person named
/// before it in the sentence whose code is of that nation ("King Hussein received
/// Netanyahu and criticised the Israeli leader"), or for a creed's or movement's
/// adjective, the last person named before it.
/// None when no such person is named: then the office stands for its state.
fn compatriot_holder(p: &Parsed, g: &Grammar, w: usize) -> Option<MentionIndex> {
    let children = p.children(w);
    // The of-phrase of a title ("the U.S. secretary of state"), which makes the noun an
    // office too.
    let title_of = |c: usize| {
        p.rel(c).is(UdRel::Nmod)
            && p.mention(c).is_none()
            && p.has_marker(c, "of")
            && crate::resolve::is_title_phrase(&[p.form(w), "of", p.form(c)])
    };
    let office = p.listed(w, &g.offices) || children.iter().any(|&c| title_of(c));
    if !office || p.upos(w) != Upos::Noun || !has_the(p, w) {
        return None;
    }
    // The nation by its adjective, or by its name ("the Taiwan leader").
    let place = |c: usize| p.mention(c).is_some_and(|m| p.doc.actor_of(m).kind == EntityType::Loc);
    let nations: Vec<usize> = children
        .iter()
        .copied()
        .filter(|&c| (p.rel(c).is(UdRel::Amod) && p.mention(c).is_some()) || (p.rel(c).is(UdRel::Compound) && place(c)))
        .collect();
    let bare = children.iter().all(|&c| {
        matches!(p.rel(c).base, UdRel::Det | UdRel::Case | UdRel::Punct) || nations.contains(&c) || title_of(c)
    });
    let (true, [nation]) = (bare, nations.as_slice()) else { return None };
    let nation = p.mention(*nation)?;
    let person = |m: MentionIndex| p.doc.actor_of(m).kind == EntityType::Per && p.doc.mention(m).words.end <= w;
    let country = |m: MentionIndex| p.doc.code(p.doc.mention(m).actor).and_then(|c| c.country);
    match p.doc.actor_of(nation).kind {
        EntityType::Loc => {
            let of_nation = country(nation)?;
            (0..w).rev().filter_map(|i| p.mention(i)).find(|&m| person(m) && country(m) == Some(of_nation))
        }
        // "X filed a motion against Y, accusing the Islamist leader of ...": a creed's
        // or a movement's adjective has no code to check; the person named last before,
        // not the doer, is the one described.
        EntityType::Misc => mentions_before_outside_doers(p, w).find(|&m| person(m)),
        _ => None,
    }
}

/// The mentions of the words before `w`, nearest first, leaving out the subjects of the
/// clause `w` hangs on: a description or "both men" does not refer back to whoever acts
/// on it ("X accused the group of ...": not X).
fn mentions_before_outside_doers<'p>(p: &'p Parsed, w: usize) -> impl Iterator<Item = MentionIndex> + 'p {
    let doers: Vec<usize> = p.head(w).map(|h| p.children_with(h, UdRel::Nsubj).collect()).unwrap_or_default();
    (0..w).rev().filter(move |&i| !doers.iter().any(|&s| p.descends_from(i, s))).filter_map(|i| p.mention(i))
}

/// Whether noun `w` has the definite article.
fn has_the(p: &Parsed, w: usize) -> bool {
    p.children(w).iter().any(|&c| p.rel(c).is(UdRel::Det) && p.form(c) == "the")
}

/// Whether noun `w` has a modifier that makes it private, no side's ("a fishing boat",
/// "a refugee camp": `[grammar] civilian`).
pub(crate) fn civilian(p: &Parsed, g: &Grammar, w: usize) -> bool {
    p.children(w).iter().any(|&c| matches!(p.rel(c).base, UdRel::Compound | UdRel::Amod) && p.listed(c, &g.civilian))
}

/// Whether `c` is a faith's adjective on a common noun ("the Islamic group"), not part
/// of a name ("Islamic Jihad", or "Islamic State" where the NER tagged only the
/// adjective and the parser "State" a noun).
fn faith(p: &Parsed, g: &Grammar, c: usize) -> bool {
    let in_name = p.mention(c).is_some_and(|m| p.doc.mention(m).words.len() > 1)
        || p.head(c).is_some_and(|h| p.upos(h) == Upos::Propn || p.capitalized(h));
    p.listed(c, &g.faiths) && !in_name
}

/// The actors a collective head takes from its first modifier that names any
/// (coordinated ones included), looking through one more collective ("officials of
/// Mali's junta").
fn collective_actors(p: &Parsed, g: &Grammar, w: usize, depth: usize) -> Vec<MentionIndex> {
    let office = p.listed(w, &g.offices);
    // "a Burmese student leader" is one of a nation's many, not its office; "a leader
    // of the Cali cartel" is still the cartel's.
    let one_of_many =
        office && p.children_with(w, UdRel::Det).any(|d| matches!(p.form(d).to_ascii_lowercase().as_str(), "a" | "an"));
    // "a Sri Lankan army camp", "a Hamas training camp", "an Israeli military post": a
    // site whose compound or adjective is a collective, or whose compound is an
    // organisation or a person, is that side's ("the Kanie Karzhala camp" is a name, "the
    // Aideed compound" Aideed's). So is one whose possessor is a collective or an actor,
    // or whose of-phrase is an actor ("the Mexican army's garrison", "the headquarters of
    // the X party", "the home of X").
    let owner = |c: usize| {
        p.listed(c, &g.collective)
            || p.mention(c).is_some_and(|m| matches!(p.doc.actor_of(m).kind, EntityType::Org | EntityType::Per))
    };
    let is_site = p.listed(w, &g.sites);
    let site = || {
        let modifies = |c: usize| p.rel(c).is(UdRel::Compound) || p.rel(c).is(UdRel::Amod);
        let possesses = |c: usize| {
            (p.rel(c) == POSS && (p.mention(c).is_some() || p.listed(c, &g.collective)))
                || (p.rel(c) == DepRel::new(UdRel::Nmod, None) && p.has_marker(c, "of") && p.mention(c).is_some())
        };
        is_site && p.children(w).iter().any(|&c| (modifies(c) && owner(c)) || possesses(c))
    };
    let equipment = p.listed(w, &g.equipment);
    // Allegiance makes a group of any noun: "armed men loyal to X".
    let sworn = || p.children(w).iter().any(|&a| p.rel(a).is(UdRel::Amod) && p.listed(a, &g.allegiance));
    if depth > 1 || !(office || collective_noun(p, g, w) || site() || sworn()) {
        return Vec::new();
    }
    // "fired Katyusha rockets": a MISC name compounded with a weapon is its model.
    let model = |c: usize| {
        equipment
            && p.rel(c).is(UdRel::Compound)
            && p.mention(c).is_some_and(|m| p.doc.actor_of(m).kind == EntityType::Misc)
    };
    // "a Vietnamese fishing boat" is its owners', not Vietnam's.
    if civilian(p, g, w) {
        return Vec::new();
    }
    // An adjective or a name before a noun compound modifies the whole compound, though
    // parsers hang it on the first noun: "Afghan border posts" are Afghanistan's posts,
    // "the U.N. war crimes tribunal" the U.N.'s.
    let through_compound = |c: usize| {
        let compound = p.rel(c).is(UdRel::Compound) && p.upos(c) == Upos::Noun;
        let named = |a: usize| p.rel(a).is(UdRel::Compound) && p.mention(a).is_some();
        let modifiers = p.children(c).iter().copied().filter(move |&a| p.rel(a).is(UdRel::Amod) || named(a));
        std::iter::once(c).chain(modifiers.filter(move |_| compound))
    };
    // A model's name is none of the side's, but a name the parser hung on it is: "a U.S.
    // MQ-9 Reaper drone" is the United States'.
    let past_model = |c: usize| -> Vec<usize> {
        if !model(c) {
            return vec![c];
        }
        p.children(c).iter().copied().filter(|&a| p.rel(a).is(UdRel::Compound) && !model(a)).collect()
    };
    let modifiers = p
        .children(w)
        .iter()
        .copied()
        .filter(|&c| names_collective(p.rel(c)) && !faith(p, g, c))
        .filter(|&c| !(one_of_many && p.rel(c).is(UdRel::Amod)))
        .flat_map(past_model)
        .flat_map(through_compound);
    // An "of" or "from" phrase names the owner; not a compound preposition ending in
    // "of": "positions north of Goma" are not Goma's.
    let compound_preposition = |c: usize| p.children_with(c, UdRel::Case).filter(|&m| m < c).count() > 1;
    let owner = |c: usize| (p.has_marker(c, "of") || p.has_marker(c, "from")) && !compound_preposition(c);
    // A place's name compounded with a site that has a possessor names the site ("the
    // Mexican army's Rancho Nuevo garrison"), not whose it is ("FARC camps", which the
    // NER may tag a place, are the FARC's).
    let possessed_site = is_site && p.children(w).iter().any(|&c| p.rel(c) == POSS);
    let site_name = |c: usize| {
        possessed_site
            && p.rel(c).is(UdRel::Compound)
            && p.mention(c).is_some_and(|m| p.doc.actor_of(m).kind == EntityType::Loc)
    };
    let mut modifiers: Vec<usize> =
        modifiers.filter(|&c| (p.rel(c) != DepRel::new(UdRel::Nmod, None) || owner(c)) && !site_name(c)).collect();
    // "forces loyal to X", "militias allied with Y": the phrase after the adjective.
    let allegiance = p.children(w).iter().copied().filter(|&a| p.rel(a).is(UdRel::Amod) && p.listed(a, &g.allegiance));
    let loyal_to: Vec<usize> = allegiance
        .flat_map(|a| {
            p.children(a).iter().copied().filter(move |&c| {
                matches!(p.rel(c).base, UdRel::Obl | UdRel::Nmod) && (p.has_marker(c, "to") || p.has_marker(c, "with"))
            })
        })
        .collect();
    modifiers.extend(&loyal_to);
    // "positions held by X", "newspapers owned by Y": the holder, after any allegiance.
    let held_by =
        p.children(w)
            .iter()
            .copied()
            .filter(|&a| p.rel(a).is(UdRel::Acl) && p.upos(a) == Upos::Verb && p.listed(a, &g.holding))
            .flat_map(|a| {
                p.children(a).iter().copied().filter(move |&c| {
                    c > a && (p.rel(c) == AGENT || (p.rel(c).is(UdRel::Obl) && p.has_marker(c, "by")))
                })
            });
    let held_by: Vec<usize> = held_by.collect();
    let kind = |m: MentionIndex| p.doc.actor_of(m).kind;
    // An organisation's name compounded with the noun is the collective itself: "X's
    // Semilla party" is Semilla, whose leader X is another actor.
    let own_name = |c: usize| {
        p.rel(c).is(UdRel::Compound) && p.head(c) == Some(w) && p.mention(c).is_some_and(|m| kind(m) == EntityType::Org)
    };
    // Whom a collective is loyal to names it before anything ("Liberian fighters loyal
    // to X" are X's faction, not Liberia's); then its own name; then the owner ("the city
    // of Arbil", "Iraq's forces"), then the nearest modifier, the most specific ("Iraqi
    // Kurdish rebels").
    modifiers.sort_by_key(|&c| (!loyal_to.contains(&c), !own_name(c), !p.rel(c).is(UdRel::Nmod), c.abs_diff(w)));
    // A person's government is that person's side; a person's minister is someone else.
    let person = |m: MentionIndex| office && kind(m) == EntityType::Per;
    let named = |c: usize| -> Vec<MentionIndex> {
        coordinated(p, c).into_iter().filter_map(|x| p.mention(x)).filter(|&m| !person(m)).collect()
    };
    // "its troops", "their forces": the pronoun's antecedent, when no modifier names
    // the collective itself ("its Purepac unit").
    let pronoun = |c: usize| p.upos(c) == Upos::Pron && g.possessive.contains(p.form(c)) && p.rel(c) == POSS;
    let mut found: Vec<Vec<MentionIndex>> = modifiers.iter().map(|&c| named(c)).filter(|m| !m.is_empty()).collect();
    if found.is_empty() && modifiers.iter().any(|&c| pronoun(c)) {
        found.push(possessor(p, g, w));
        found.retain(|m| !m.is_empty());
    }
    // A name the NER knows as an organisation or place beats a people's adjective
    // ("Kurdish YPG fighters" are the YPG's).
    let mut side = found
        .iter()
        .find(|ms| ms.iter().any(|&m| kind(m) != EntityType::Misc))
        .or(found.first())
        .cloned()
        .or_else(|| modifiers.iter().map(|&c| owner_collectives(p, g, c, depth + 1)).find(|m| !m.is_empty()))
        .or_else(|| seated_in(p, g, w))
        .unwrap_or_default();
    // Whom it is led or held by acts with it: "Chechen fighters led by X" are Chechnya's
    // and X's, "Conservative Party rebels led by X" X's too, "positions held by forces
    // loyal to Y" Y's.
    let holders = held_by.iter().flat_map(|&c| {
        let names = named(c);
        if names.is_empty() {
            owner_collectives(p, g, c, depth + 1)
        } else {
            names
        }
    });
    for m in holders {
        if !side.contains(&m) {
            side.push(m);
        }
    }
    side
}

/// The place an organ of government is "in", when nothing else names it: "police in
/// Dhaka", "the authorities in Beijing" (`[grammar] seated`).
fn seated_in(p: &Parsed, g: &Grammar, w: usize) -> Option<Vec<MentionIndex>> {
    if !p.listed(w, &g.seated) {
        return None;
    }
    let place = |m: MentionIndex| p.doc.actor_of(m).kind == EntityType::Loc;
    // The parser may hang the phrase on the verb whose object the organ is ("accused
    // the government in Luanda of ..."): the phrase right after the object is its.
    let end = p.children(w).iter().copied().filter(|&c| c > w).max().unwrap_or(w);
    let on_verb = p.head(w).filter(|_| p.rel(w).is(UdRel::Obj)).into_iter().flat_map(|v| {
        p.children(v)
            .iter()
            .copied()
            .filter(move |&c| p.rel(c).is(UdRel::Obl) && c > end && (end + 1..c).all(|i| p.descends_from(i, c)))
    });
    p.children(w)
        .iter()
        .copied()
        .filter(|&c| p.rel(c) == DepRel::new(UdRel::Nmod, None))
        .chain(on_verb)
        .filter(|&c| p.has_marker(c, "in"))
        .find_map(|c| p.mention(c).filter(|&m| place(m)))
        .map(|m| vec![m])
}

/// The actors of a collective's modifier that is itself a collective, with its
/// conjuncts: "the leaders of Guatemala's government and the URNG alliance".
fn owner_collectives(p: &Parsed, g: &Grammar, c: usize, depth: usize) -> Vec<MentionIndex> {
    coordinated(p, c)
        .into_iter()
        .flat_map(|x| match p.mention(x).filter(|_| x != c) {
            Some(m) => vec![m],
            // "the guerrillas' bases": the group named before.
            None => {
                let own = collective_actors(p, g, x, depth);
                if own.is_empty() {
                    antecedent(p, g, x).into_iter().collect()
                } else {
                    own
                }
            }
        })
        .collect()
}

const POSS: DepRel = DepRel::new(UdRel::Nmod, Some(Subtype::Poss));
const OBJ: DepRel = DepRel::new(UdRel::Obj, None);
const AGENT: DepRel = DepRel::new(UdRel::Obl, Some(Subtype::Agent));

/// The organisation, country or group ("Chechen separatists said they ...") a
/// pronoun on or as `noun` refers to: the subject
/// of its clause, or of a clause that reports or is coordinated with it ("Iraq said its
/// troops had entered the town", "Iraq attacked the town and its forces ..."). Beyond
/// those, other subjects compete ("accused Y of moving its troops"): no guess.
fn possessor(p: &Parsed, g: &Grammar, noun: usize) -> Vec<MentionIndex> {
    referent_above(p, g, noun, Referent::Group)
}

/// The person a subject "he" or "she" stands for, found as [`possessor`] finds a
/// group, and also through a verb controlled by the clause above ("X urged the army to
/// abandon Y, whom he accused": X), unless a person is that verb's object ("X urged Z
/// to ...", where "he" may be Z).
fn person_referent(p: &Parsed, g: &Grammar, pronoun: usize) -> Vec<MentionIndex> {
    referent_above(p, g, pronoun, Referent::Person)
}

/// What a pronoun may stand for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Referent {
    /// An organisation, country or group ("it", "they", "its").
    Group,
    /// A person ("he", "she").
    Person,
}

fn referent_above(p: &Parsed, g: &Grammar, noun: usize, wanted: Referent) -> Vec<MentionIndex> {
    let fits = |kind: EntityType| match wanted {
        Referent::Group => matches!(kind, EntityType::Org | EntityType::Loc | EntityType::Misc),
        Referent::Person => kind == EntityType::Per,
    };
    // A named actor of the wanted kind, not a pronoun.
    let named_fit = |m: &MentionIndex| {
        let mention = p.doc.mention(*m);
        mention.source != MentionSource::Pronoun && fits(p.doc.actor(mention.actor).kind)
    };
    // "Faulding and its unit": the first conjunct.
    if let Some(first) = p.head(noun).filter(|_| p.rel(noun).is(UdRel::Conj)) {
        return p.mention(first).into_iter().collect();
    }
    let mut v = noun;
    let mut own_clause = true;
    // Whether the clause below acted on the possession without a subject of its own
    // ("overran its positions, killing 12 of its soldiers"): its doer is this clause's.
    let mut doer_above = false;
    for _ in 0..8 {
        let Some(h) = p.head(v) else { break };
        // A verb, or a nominal predicate ("Iraq has been under sanctions").
        let predicate = p.upos(h) == Upos::Verb || p.children_with(h, UdRel::Cop).next().is_some();
        // "the coast guard said Chinese vessels fired on its ships": who attacks or
        // accuses the owner of a thing is not its owner, named higher up; "its own
        // people" is the subject's.
        let acted_on = doer_above
            || (wanted == Referent::Group
                && own_clause
                && p.upos(noun) != Upos::Pron
                && matches!(p.rel(v).base, UdRel::Obj | UdRel::Obl | UdRel::Iobj)
                && p.listed(h, &g.directed_verbs)
                && !p.children(noun).iter().any(|&c| p.form(c) == "own"));
        if predicate {
            doer_above = acted_on && !p.children(h).iter().any(|&c| p.rel(c).is(UdRel::Nsubj));
        }
        // "harassed staff of the Clarion, raiding its offices": the thing acted on is
        // the one named as acted on above, not its doer's or reporter's.
        // Not through a marked gerund, whose doer the object is ("accused X of sheltering
        // rebels on their territory").
        let bare_participle = p.rel(v).is(UdRel::Advcl)
            && !p.children(v).iter().any(|&c| matches!(p.rel(c).base, UdRel::Mark | UdRel::Case));
        if predicate && acted_on && bare_participle && wanted == Referent::Group {
            let mut named: Vec<MentionIndex> = Vec::new();
            for o in p.children(h).iter().copied().filter(|&o| o < noun && p.rel(o) == OBJ) {
                named.extend(p.mention(o));
                named.extend(
                    p.children_with(o, UdRel::Nmod).filter(|&c| p.has_marker(c, "of")).filter_map(|c| p.mention(c)),
                );
            }
            named.retain(named_fit);
            if !named.is_empty() {
                return named;
            }
        }
        // Past an event noun the possession is that event's argument ("condemned Y's
        // ban on its activities"), not the verb's.
        own_clause &= !predicate && !p.listed(h, &g.event_nouns);
        if predicate && !acted_on {
            let subjects = p
                .children(h)
                .iter()
                .copied()
                .filter(|&s| p.rel(s).is(UdRel::Nsubj) && s < noun && !p.descends_from(noun, s));
            for s in subjects {
                let found: Vec<MentionIndex> =
                    actors(p, g, s, Vec::new()).into_iter().map(|a| a.mention).filter(named_fit).collect();
                if !found.is_empty() {
                    return found;
                }
            }
            // A noun's content clause is reported like a verb's ("denied charges that
            // its troops had shelled the town": the denier's troops); a relative
            // clause is not, unless its noun fills its object's gap ("expelled a
            // diplomat it accused": the expeller; "rallied against X, whom they accuse").
            let r = p.rel(h);
            let content = r == DepRel::new(UdRel::Acl, None);
            // "a leader whom they accuse" is such a clause with its pronoun.
            let relative_object = r == DepRel::new(UdRel::Acl, Some(Subtype::Relcl))
                && p.children(h).iter().any(|&c| p.rel(c) == OBJ && g.relative.contains(&p.form(c).to_lowercase()));
            let gap = object_gap_noun(p, g, h).is_some() || relative_object;
            // "since its troops invaded Kuwait": the subject of the clause modified, unless
            // its object ("detained police after they attacked") or a name among its other
            // arguments competes.
            let competes = |c: usize| match p.rel(c).base {
                UdRel::Obj | UdRel::Iobj => matches!(p.upos(c), Upos::Noun | Upos::Propn | Upos::Pron),
                UdRel::Obl => p.mention(c).is_some(),
                _ => false,
            };
            // The subordinator may be parsed as an adverb ("when" as `advmod`), which is
            // taken for a possessive's noun ("when their patrol was ambushed") and not for
            // a subject pronoun, whose clause an adverbial "when" may only date ("the
            // Americans, who will try ... when they host Spain").
            let possessed = p.upos(noun) != Upos::Pron;
            let subordinator = |m: usize| {
                (p.rel(m).is(UdRel::Mark) || (possessed && p.rel(m).is(UdRel::Advmod) && m < h))
                    && p.listed(m, &g.circumstance)
            };
            let circumstance_clause = r.is(UdRel::Advcl) && p.children(h).iter().any(|&m| subordinator(m));
            // "the party expelled X after he accused Y": "he" in a circumstance clause
            // whose clause above has no person for its subject is that clause's one
            // person object.
            if let Some(up) = p.head(h).filter(|_| wanted == Referent::Person && circumstance_clause) {
                let person_subject = p.children(up).iter().any(|&c| p.rel(c).is(UdRel::Nsubj) && p.names_person(c));
                let objects: Vec<MentionIndex> = p
                    .children(up)
                    .iter()
                    .copied()
                    .filter(|&o| o < h && p.rel(o) == OBJ && p.names_person(o))
                    .filter_map(|o| p.mention(o))
                    .collect();
                if !person_subject && objects.len() == 1 {
                    return objects;
                }
            }
            let circumstance = circumstance_clause
                && p.head(h).is_some_and(|up| !p.children(up).iter().any(|&c| c != h && competes(c)));
            let person_object = || {
                p.head(h).is_some_and(|up| p.children(up).iter().any(|&c| p.rel(c).is(UdRel::Obj) && p.names_person(c)))
            };
            let controlled = wanted == Referent::Person && r.is(UdRel::Xcomp) && !person_object();
            // "marched through Tirana chanting slogans against X, whom they blame": a
            // participle without a subject of its own is its clause's.
            // Not one after a preposition ("denounced Y for tightening its embargo": Y's).
            let participle = r.is(UdRel::Advcl)
                && !p
                    .children(h)
                    .iter()
                    .any(|&c| is_subject(p.rel(c)) || matches!(p.rel(c).base, UdRel::Mark | UdRel::Case));
            if !(r.is(UdRel::Ccomp)
                || r.is(UdRel::Parataxis)
                || r.is(UdRel::Conj)
                || content
                || gap
                || circumstance
                || controlled
                || participle)
            {
                break;
            }
        }
        v = h;
    }
    Vec::new()
}

/// Who acts together with the subject of an anchor verb: "fought Y in alliance with
/// Z", "attacked Y together with Z", "fought alongside Z" (`[grammar] company`: nouns of
/// acting together, and words that say it before "with" or instead of it).
pub(crate) fn co_agents(p: &Parsed, g: &Grammar, anchors: &[(usize, Option<Via>)]) -> Vec<Arg> {
    let mut out = Vec::new();
    for &(a, _) in anchors.iter().filter(|&&(a, _)| p.upos(a) == Upos::Verb) {
        for c in p.children(a).iter().copied().filter(|&c| p.rel(c).is(UdRel::Obl)) {
            let marker = p.children(c).iter().copied().find(|&m| p.rel(m).is(UdRel::Case) && m < c);
            let beside = marker.is_some_and(|m| {
                p.listed(m, &g.company) || (p.form(m) == "with" && m > 0 && p.listed(m - 1, &g.company))
            });
            let partners: Vec<usize> = if beside {
                vec![c]
            } else if p.listed(c, &g.company) && p.has_marker(c, "in") {
                p.children(c).iter().copied().filter(|&n| p.rel(n).is(UdRel::Nmod) && p.has_marker(n, "with")).collect()
            } else {
                continue;
            };
            for w in partners {
                out.extend(actors(p, g, w, vec![Via::CoAgent]));
            }
        }
    }
    out
}

/// `word` and the words coordinated with it ("X, Y and Z").
fn coordinated(p: &Parsed, word: usize) -> Vec<usize> {
    let mut out = vec![word];
    let mut k = 0;
    while k < out.len() && out.len() < 16 {
        let w = out[k];
        out.extend(p.children_with(w, UdRel::Conj));
        k += 1;
    }
    out
}
