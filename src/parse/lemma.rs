//! Lemmas by edit script: the model picks, per word, a rule that turns the word form into
//! its lemma ("strip 3 characters, append `be`"), learned from the treebank by
//! `scripts/train_joint.py` (`edit_script`), which this file mirrors.

use std::str::FromStr;

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
    /// The lemma of `form`; a script that would strip more than the form has leaves it as it is.
    pub fn apply(&self, form: &str) -> String {
        let base = if self.lowercase { form.to_lowercase() } else { form.to_string() };
        let chars = base.chars().count();
        if self.strip > chars {
            return form.to_string();
        }
        let mut out: String = base.chars().take(chars - self.strip).collect();
        out.push_str(&self.append);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma(script: &str, form: &str) -> String {
        script.parse::<EditScript>().unwrap().apply(form)
    }

    #[test]
    fn scripts_apply_as_in_training() {
        assert_eq!(lemma("k|4|", "running"), "run");
        assert_eq!(lemma("k|3|be", "Was"), "be");
        assert_eq!(lemma("l|0|", "The"), "the");
        assert_eq!(lemma("l|1|", "Accusations"), "accusation");
        assert_eq!(lemma("k|1|", "Zürichs"), "Zürich");
        assert_eq!(lemma("k|9|x", "short"), "short", "a script longer than the form leaves it");
        assert!("x|1|".parse::<EditScript>().is_err());
        assert!("k|one|".parse::<EditScript>().is_err());
        assert!("k|1".parse::<EditScript>().is_err());
    }
}
