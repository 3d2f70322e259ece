//! Lemmas by edit script: the model picks, per word, a rule that turns the word form into
//! its lemma ("strip 3 characters, append `be`"), learned from the treebank by
//! `scripts/train_joint.py` (`edit_script`), which this file mirrors.

use super::tags::Upos;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// The treebank's lemma of each (form, UPOS) it saw (`lemmas.tsv` beside the model, from
/// `scripts/train_joint.py`): exact for the words it knows; the edit script covers the rest.
#[derive(Debug, Clone, Default)]
pub struct LemmaTable {
    lemmas: HashMap<(Upos, String), String>,
    /// Every lemma of the table, lower-cased, whatever its tag.
    known: HashSet<String>,
    /// Edit scripts by tag and lower-cased ending (1 to 4 characters), for other words.
    suffixes: HashMap<(Upos, String), EditScript>,
}

impl LemmaTable {
    /// Parses `form<TAB>UPOS<TAB>lemma` lines; an error names the line ("line 3: ...").
    pub fn parse(text: &str) -> Result<LemmaTable, String> {
        let mut lemmas = HashMap::new();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let mut cols = line.split('\t');
            let (Some(form), Some(upos), Some(lemma), None) = (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("line {}: expected form, UPOS and lemma separated by tabs", i + 1));
            };
            let upos: Upos = upos.parse().map_err(|e| format!("line {}: {e}", i + 1))?;
            lemmas.insert((upos, form.to_string()), lemma.to_string());
        }
        let known = lemmas.values().map(|l: &String| l.to_lowercase()).collect();
        Ok(LemmaTable { lemmas, known, suffixes: HashMap::new() })
    }

    /// Adds suffix rules: `ending<TAB>UPOS<TAB>script` lines (`lemma_suffixes.tsv`).
    pub fn with_suffixes(mut self, text: &str) -> Result<LemmaTable, String> {
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let at = || format!("line {}", i + 1);
            let mut cols = line.split('\t');
            let (Some(ending), Some(upos), Some(script), None) = (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("{}: expected ending, UPOS and edit script separated by tabs", at()));
            };
            let upos: Upos = upos.parse().map_err(|e| format!("{}: {e}", at()))?;
            let script: EditScript = script.parse().map_err(|e| format!("{}: {e}", at()))?;
            self.suffixes.insert((upos, ending.to_string()), script);
        }
        Ok(self)
    }

    /// The lemma by the longest known ending of `form` (lower-cased) for its tag; proper
    /// nouns have none (they keep their form or take the model's script).
    pub fn by_suffix(&self, form: &str, upos: Upos) -> Option<String> {
        if upos == Upos::Propn {
            return None;
        }
        let low = form.to_lowercase();
        let chars: Vec<(usize, char)> = low.char_indices().collect();
        (1..=4.min(chars.len().saturating_sub(1))).rev().find_map(|k| {
            let ending = &low[chars[chars.len() - k].0..];
            self.suffixes.get(&(upos, ending.to_string())).map(|s| s.apply(&low))
        })
    }

    /// The lemma of `form` tagged `upos`, by its form or, for words other than proper
    /// nouns, its lower-cased form ("The" at a sentence start is "the").
    pub fn get(&self, form: &str, upos: Upos) -> Option<&str> {
        let exact = self.lemmas.get(&(upos, form.to_string()));
        let folded = || (upos != Upos::Propn).then(|| self.lemmas.get(&(upos, form.to_lowercase()))).flatten();
        exact.or_else(folded).map(String::as_str)
    }

    /// The lemma of a verb the table does not know, given `guess` (its ending's rule or
    /// the model's script): the guess if the table knows it as a lemma, else the first of
    /// the form's regular base forms that it knows ("resumed" → "resume" where the ending
    /// "-med" says "resum"; "plotting" → "plot"), else the guess. Other tags keep the
    /// guess: their irregular plurals and comparatives ("leaves", "better") would be
    /// misled by a known base (on EWT dev and PUD, checking all tags lowered lemma
    /// accuracy and checking verbs raised it).
    pub fn choose(&self, form: &str, upos: Upos, guess: String) -> String {
        let known = |l: &str| self.known.contains(&l.to_lowercase());
        if upos != Upos::Verb || known(&guess) {
            return guess;
        }
        let low = form.to_lowercase();
        self.prefixed_irregular(&low)
            .or_else(|| regular_bases(&low, upos).into_iter().find(|b| known(b)))
            .unwrap_or(guess)
    }

    /// A prefix on an irregular form the table knows: "retook" → "retake", "overran" →
    /// "overrun". Irregular only (the known lemma does not begin the rest), so that a
    /// regular rest ("ached" in "reached") never splits a word that merely starts like a
    /// prefix.
    fn prefixed_irregular(&self, low: &str) -> Option<String> {
        const PREFIXES: [&str; 8] = ["re", "out", "over", "under", "mis", "counter", "fore", "with"];
        PREFIXES.iter().find_map(|&prefix| {
            let rest = low.strip_prefix(prefix).filter(|r| r.chars().count() >= 3)?;
            let lemma = self.get(rest, Upos::Verb)?;
            (!rest.starts_with(lemma)).then(|| format!("{prefix}{lemma}"))
        })
    }

    pub fn len(&self) -> usize {
        self.lemmas.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lemmas.is_empty()
    }
}

/// How a form becomes its lemma: optionally lower-cased, then `strip` characters removed
/// from the end and `append` added.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EditScript {
    pub lowercase: bool,
    pub strip: usize,
    pub append: String,
}

/// A script name that is not `case|strip|append`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a lemma edit script (expected CASE|STRIP|APPEND with CASE k or l)")]
pub struct BadScript(String);

impl FromStr for EditScript {
    type Err = BadScript;

    /// Parses the training script's notation: `k|3|be`, `l|0|`.
    fn from_str(s: &str) -> Result<Self, BadScript> {
        let bad = || BadScript(s.to_string());
        let mut parts = s.splitn(3, '|');
        let lowercase = match parts.next() {
            Some("k") => false,
            Some("l") => true,
            _ => return Err(bad()),
        };
        let strip = parts.next().and_then(|n| n.parse().ok()).ok_or_else(bad)?;
        let append = parts.next().ok_or_else(bad)?.to_string();
        Ok(EditScript { lowercase, strip, append })
    }
}

impl EditScript {
    /// The lemma of `form`; a script that would strip the whole form or more (and append
    /// nothing) leaves it as it is: a lemma is never empty.
    pub fn apply(&self, form: &str) -> String {
        let base = if self.lowercase { form.to_lowercase() } else { form.to_string() };
        let chars = base.chars().count();
        if self.strip > chars || (self.strip == chars && self.append.is_empty()) {
            return form.to_string();
        }
        let mut out: String = base.chars().take(chars - self.strip).collect();
        out.push_str(&self.append);
        out
    }
}

/// Base forms an English inflected form may come from by the regular rules
/// ("expelled" → "expel", "expell", "expelle"; "carries" → "carry"); only used to look
/// words up (in a lemma table, in the rule file's word lists), so a candidate that is
/// no word costs nothing. A noun's are its singulars only: "meeting" is not "meet".
pub fn regular_bases(form: &str, upos: Upos) -> Vec<String> {
    const VERB: &[(&str, &str)] =
        &[("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")];
    const NOUN: &[(&str, &str)] = &[("ies", "y"), ("es", ""), ("s", "")];
    let rules = if matches!(upos, Upos::Noun | Upos::Propn) { NOUN } else { VERB };
    let mut out = Vec::new();
    for &(suffix, add) in rules {
        if let Some(stem) = form.strip_suffix(suffix).filter(|s| s.len() >= 2) {
            out.push(format!("{stem}{add}"));
            // A doubled final consonant: "expelled", "shelling".
            let b = stem.as_bytes();
            if add.is_empty() && b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1])
            {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma(script: &str, form: &str) -> String {
        script.parse::<EditScript>().unwrap().apply(form)
    }

    #[test]
    fn the_shipped_table_knows_irregular_verbs_the_treebank_lacks() {
        // From WordNet's exception list (scripts/train_joint.py): no edit script reaches
        // these, and each is the past of a trigger verb.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/minilm-ner-parse/lemmas.tsv");
        let table = LemmaTable::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        for (form, lemma) in [("sank", "sink"), ("overthrew", "overthrow"), ("retook", "retake"), ("slain", "slay")] {
            assert_eq!(table.get(form, Upos::Verb), Some(lemma), "{form}");
        }
        // The treebank's own lemmas stay: "found" is not overwritten.
        assert_eq!(table.get("found", Upos::Verb), Some("find"));
    }

    #[test]
    fn scripts_apply_as_in_training() {
        assert_eq!(lemma("k|4|", "running"), "run");
        assert_eq!(lemma("k|3|be", "Was"), "be");
        assert_eq!(lemma("l|0|", "The"), "the");
        assert_eq!(lemma("l|1|", "Accusations"), "accusation");
        assert_eq!(lemma("k|1|", "Zürichs"), "Zürich");
        assert_eq!(lemma("k|9|x", "short"), "short", "a script longer than the form leaves it");
        assert_eq!(lemma("k|1|", "."), ".", "lemmas are never empty");
        assert!("x|1|".parse::<EditScript>().is_err());
        assert!("k|one|".parse::<EditScript>().is_err());
        assert!("k|1".parse::<EditScript>().is_err());
    }

    #[test]
    fn an_unknown_verb_takes_the_base_form_the_table_knows() {
        let table = LemmaTable::parse("resume\tNOUN\tresume\nplots\tNOUN\tplot\nhummed\tVERB\thum\n").unwrap();
        assert_eq!(table.choose("resumed", Upos::Verb, "resum".into()), "resume");
        assert_eq!(table.choose("plotting", Upos::Verb, "plott".into()), "plot");
        // A guess the table knows stays, and so does one with no known base.
        assert_eq!(table.choose("hummed", Upos::Verb, "hum".into()), "hum");
        assert_eq!(table.choose("strafed", Upos::Verb, "straf".into()), "straf");
        // A prefix on an irregular form: "retook" is "retake"; never on a regular one
        // ("reached" is no "re" + "ache").
        let table = LemmaTable::parse("took\tVERB\ttake\nached\tVERB\tache\n").unwrap();
        assert_eq!(table.choose("retook", Upos::Verb, "retook".into()), "retake");
        assert_eq!(table.choose("reached", Upos::Verb, "reach".into()), "reach");
        // Only verbs: "leaves" as a noun keeps its guess though "leave" may be known.
        let table = LemmaTable::parse("leave\tVERB\tleave\n").unwrap();
        assert_eq!(table.choose("leaves", Upos::Noun, "leaf".into()), "leaf");
    }

    #[test]
    fn table_lemmas_by_form_then_folded_form() {
        let t = LemmaTable::parse("was\tAUX\tbe\nthe\tDET\tthe\nUS\tPROPN\tUS\nleaves\tVERB\tleave\n").unwrap();
        assert_eq!(t.get("was", Upos::Aux), Some("be"));
        assert_eq!(t.get("The", Upos::Det), Some("the"), "sentence-initial capital");
        assert_eq!(t.get("leaves", Upos::Noun), None, "the tag is part of the key");
        assert_eq!(t.get("Us", Upos::Propn), None, "proper nouns are not folded");
        let err = LemmaTable::parse("was\tAUX\n").unwrap_err();
        assert_eq!(err, "line 1: expected form, UPOS and lemma separated by tabs");
        assert!(LemmaTable::parse("was\tVRB\tbe\n").unwrap_err().contains("VRB"));
        let t = t.with_suffixes("osed\tVERB\tk|1|\ned\tVERB\tk|2|\nies\tNOUN\tk|3|y\n").unwrap();
        assert_eq!(t.by_suffix("Imposed", Upos::Verb).as_deref(), Some("impose"), "longest ending first");
        assert_eq!(t.by_suffix("walked", Upos::Verb).as_deref(), Some("walk"));
        assert_eq!(t.by_suffix("militias", Upos::Noun), None);
        assert_eq!(t.by_suffix("Parties", Upos::Propn), None);
        assert!(t.clone().with_suffixes("ed\tVERB\n").unwrap_err().starts_with("line 1: expected"));
    }
}
