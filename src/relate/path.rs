//! The small languages of the rule file: dependency paths ("nsubj", "obl[with]",
//! "obj/nmod:poss") and phrases made of a head lemma and its dependents ("lash out",
//! "call off"), and how both match a parsed sentence.

use super::sentence::Parsed;
use crate::parse::{DepRel, UdRel};
use anyhow::{bail, Context, Result};

/// One step in the tree. Down: to a dependent with this relation and, when `preps` is
/// not empty, a `case` or `mark` dependent that is one of them ("obl[with]"). Up
/// (written "^obl[after]"): from a word attached by this relation to its head ("X
/// said after talks with Y": from "talks" up to "said").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Step {
    pub up: bool,
    pub rel: DepRel,
    pub preps: Vec<String>,
}

impl Step {
    fn parse(s: &str) -> Result<Step> {
        let (up, s) = match s.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (rel, preps) = match s.split_once('[') {
            Some((rel, rest)) => {
                let Some(inner) = rest.strip_suffix(']') else { bail!("step {s:?}: `[` without a closing `]`") };
                let preps: Vec<String> =
                    inner.split(',').map(|p| p.trim().to_lowercase()).filter(|p| !p.is_empty()).collect();
                if preps.is_empty() {
                    bail!("step {s:?}: no preposition between the brackets");
                }
                (rel, preps)
            }
            None => (s, Vec::new()),
        };
        let rel: DepRel =
            rel.trim().parse().with_context(|| format!("step {s:?}: not a UD relation (nsubj, obl:agent, ...)"))?;
        Ok(Step { up, rel, preps })
    }

    /// Whether `word` hangs from its head by this step's relation and prepositions.
    fn attaches(&self, p: &Parsed, word: usize) -> bool {
        p.rel(word) == self.rel && (self.preps.is_empty() || self.preps.iter().any(|prep| p.has_marker(word, prep)))
    }

    /// The words this step reaches from `word`.
    fn from(&self, p: &Parsed, word: usize) -> Vec<usize> {
        if self.up {
            return p.head(word).filter(|_| self.attaches(p, word)).into_iter().collect();
        }
        p.children(word).iter().copied().filter(|&c| self.attaches(p, c)).collect()
    }
}

/// A sequence of steps ("obj/nmod:poss": the possessor of the object).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DepPath(pub Vec<Step>);

impl DepPath {
    /// The words at the end of the path from `word`.
    pub fn follow(&self, p: &Parsed, word: usize) -> Vec<usize> {
        let mut at = vec![word];
        for step in &self.0 {
            at = at.iter().flat_map(|&w| step.from(p, w)).collect();
            if at.is_empty() {
                break;
            }
        }
        at
    }

    /// The path with its first step's subject made passive (`nsubj` → `nsubj:pass`).
    pub fn with_passive_subject(&self) -> DepPath {
        self.with_subject(Some(crate::parse::Subtype::Pass))
    }

    /// The path starting from the subject of the other voice: a passive subject for an
    /// active one and the reverse.
    pub fn with_other_voice_subject(&self) -> DepPath {
        let passive = self.starts_with_passive_subject();
        self.with_subject((!passive).then_some(crate::parse::Subtype::Pass))
    }

    fn with_subject(&self, subtype: Option<crate::parse::Subtype>) -> DepPath {
        use crate::parse::UdRel;
        let mut path = self.clone();
        if let Some(first) = path.0.first_mut().filter(|s| s.rel.is(UdRel::Nsubj)) {
            first.rel = DepRel::new(UdRel::Nsubj, subtype);
        }
        path
    }

    /// Whether the path is the direct object alone, which coordinated verbs share.
    pub fn is_object(&self) -> bool {
        use crate::parse::UdRel;
        self.0.len() == 1 && !self.0[0].up && self.0[0].rel == DepRel::new(UdRel::Obj, None)
    }

    /// The rest of a path that starts at the direct object ("obj/compound" → "compound",
    /// "obj" → the empty path), for a word that stands in the object's place.
    pub fn after_object(&self) -> Option<DepPath> {
        use crate::parse::UdRel;
        self.after(DepRel::new(UdRel::Obj, None))
    }

    /// The empty path for a path that is the passive subject alone, for the noun a
    /// passive participle modifies ("a dissident accused by X"). Not one that goes on:
    /// "Liberia's civil war, launched by X" is no launching of Liberia.
    pub fn after_passive_subject(&self) -> Option<DepPath> {
        use crate::parse::{Subtype, UdRel};
        self.after(DepRel::new(UdRel::Nsubj, Some(Subtype::Pass))).filter(|rest| rest.0.is_empty())
    }

    /// The empty path for a path that is the (active) subject alone, for the noun an
    /// active participle set off by commas modifies ("X and Y, meeting in Z, urged ...").
    pub fn after_subject(&self) -> Option<DepPath> {
        use crate::parse::UdRel;
        self.after(DepRel::new(UdRel::Nsubj, None)).filter(|rest| rest.0.is_empty())
    }

    fn after(&self, rel: DepRel) -> Option<DepPath> {
        let first = self.0.first()?;
        (!first.up && first.rel == rel).then(|| DepPath(self.0[1..].to_vec()))
    }

    /// Whether the path starts with a passive subject (`nsubj:pass`).
    pub fn starts_with_passive_subject(&self) -> bool {
        use crate::parse::{Subtype, UdRel};
        self.0.first().is_some_and(|s| !s.up && s.rel == DepRel::new(UdRel::Nsubj, Some(Subtype::Pass)))
    }

    /// Whether the path starts with a subject-like step (its argument may come from a
    /// controlling or coordinated verb when the trigger has none of its own).
    pub fn starts_with_subject(&self) -> bool {
        use crate::parse::UdRel;
        self.0.first().is_some_and(|s| !s.up && s.rel.is(UdRel::Nsubj))
    }
}

/// Alternatives separated by `|` ("obl[with] | nmod[with]"); the first that reaches
/// anything wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathSet(pub Vec<DepPath>);

impl PathSet {
    pub fn parse(s: &str) -> Result<PathSet> {
        let mut paths = Vec::new();
        for alt in s.split('|') {
            let steps = alt
                .trim()
                .split('/')
                .map(|st| Step::parse(st.trim()))
                .collect::<Result<Vec<_>>>()
                .with_context(|| format!("path {s:?}"))?;
            paths.push(DepPath(steps));
        }
        Ok(PathSet(paths))
    }
}

/// A trigger or grammar word: a head lemma, and lemmas that must depend on it
/// ("lash out" = "lash" with a dependent "out"; "air strike" = "strike" with "air").
/// Verb phrases head on their first word ("call off", "hold responsible"), noun
/// phrases on their last ("air strike").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TriggerWord {
    pub head: String,
    pub with: Vec<String>,
}

/// Where a phrase's head is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadAt {
    First,
    Last,
}

impl TriggerWord {
    pub fn parse(s: &str, head_at: HeadAt) -> Result<TriggerWord> {
        let mut words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            bail!("an empty trigger word");
        }
        let head = match head_at {
            HeadAt::First => words.remove(0),
            HeadAt::Last => words.pop().unwrap_or_default(),
        };
        Ok(TriggerWord { head, with: words })
    }

    /// Whether `word` (whose lemma or form is `self.head`) has the other words as
    /// dependents, or a preposition as the marker of an oblique ("voted against Y's
    /// budget", "retaliated against Y": the parse hangs the preposition on Y). Never as
    /// its subject: in "the criticism drew a response" nothing drew criticism.
    pub fn completes(&self, p: &Parsed, word: usize) -> bool {
        // "held the authorities responsible for ...": the parser may hang the small
        // clause's adjective on the object, after it.
        let after_object =
            |c: usize, w: &str| p.children(c).iter().any(|&a| a > c && p.rel(a).is(UdRel::Amod) && p.is(a, w));
        self.with.iter().all(|w| {
            p.children(word).iter().any(|&c| {
                (p.is(c, w) && !super::sentence::is_subject(p.rel(c)))
                    || (p.rel(c).is(UdRel::Obl)
                        && p.children(c).iter().any(|&m| p.rel(m).is(UdRel::Case) && p.is(m, w)))
                    || (p.rel(c).is(UdRel::Obj) && after_object(c, w))
            })
        })
    }

    /// Whether `word` is this phrase.
    pub fn matches(&self, p: &Parsed, word: usize) -> bool {
        p.is(word, &self.head) && self.completes(p, word)
    }
}

/// A grammar word list that may hold phrases ("call off", "rule out").
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseList(Vec<TriggerWord>);

impl PhraseList {
    pub fn parse(words: &[String]) -> Result<PhraseList> {
        words.iter().map(|w| TriggerWord::parse(w, HeadAt::First)).collect::<Result<Vec<_>>>().map(PhraseList)
    }

    /// Whether `word` is on the list (by any of its [`Parsed::keys`]).
    pub fn has(&self, p: &Parsed, word: usize) -> bool {
        self.0.iter().any(|t| t.matches(p, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_parse_and_refuse_nonsense() {
        let set = PathSet::parse("obl[with, against] | nmod:poss/obj | ^obl[after]/nsubj").unwrap();
        assert_eq!(set.0.len(), 3);
        assert!(set.0[2].0[0].up && !set.0[2].0[1].up);
        assert_eq!(set.0[0].0[0].preps, ["with", "against"]);
        assert_eq!(set.0[1].0[0].rel.to_string(), "nmod:poss");
        for bad in ["", "obj/", "obl[with", "obl[]", "subject", "nsubj:passive", "^", "^^obj"] {
            assert!(PathSet::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn phrase_heads() {
        let lash = TriggerWord::parse("lash out", HeadAt::First).unwrap();
        assert_eq!(lash, TriggerWord { head: "lash".into(), with: vec!["out".into()] });
        assert_eq!(TriggerWord::parse("Air Strike", HeadAt::Last).unwrap().head, "strike");
        assert_eq!(TriggerWord::parse("hold responsible", HeadAt::First).unwrap().head, "hold");
    }
}
