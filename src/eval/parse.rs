//! `eval parse`: tagging, lemma and attachment accuracy on a CoNLL-U treebank, with the
//! treebank's own tokenization and sentences (gold words in, syntax out).

use crate::eval::ner::documents_of;
use crate::ner::{DocInput, Ner};
use crate::parse::{Head, SentenceSyntax};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Relations whose attachment the relation rules depend on, reported one by one. A name
/// without a subtype counts every subtype too (`nsubj` includes `nsubj:pass`).
pub const RULE_RELATIONS: [&str; 9] = ["nsubj", "obj", "obl", "nmod", "conj", "appos", "acl:relcl", "xcomp", "ccomp"];

/// One syntactic word of a gold sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    /// 0 for the root, else the 1-based index of the head.
    pub head: usize,
    pub rel: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoldSentence {
    /// Index of its document (`# newdoc` comments start a new one).
    pub doc: usize,
    pub words: Vec<GoldWord>,
}

/// Reads the syntactic words of a CoNLL-U file (multiword-token lines and empty nodes are
/// skipped: the syntactic words are what gets parsed).
pub fn read_conllu(path: &Path) -> Result<Vec<GoldSentence>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut out = Vec::new();
    let mut doc = 0;
    let mut cur = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 1);
        if line.starts_with("# newdoc") {
            if !out.is_empty() || !cur.is_empty() {
                doc += 1;
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(GoldSentence { doc, words: std::mem::take(&mut cur) });
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bail!("{}: expected 10 tab-separated columns, found {}", at(), cols.len());
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0].parse().with_context(|| format!("{}: bad word id {:?}", at(), cols[0]))?;
        if id != cur.len() + 1 {
            bail!("{}: word id {id} out of sequence (expected {})", at(), cur.len() + 1);
        }
        let head: usize = cols[6].parse().with_context(|| format!("{}: bad head {:?}", at(), cols[6]))?;
        cur.push(GoldWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            head,
            rel: cols[7].to_string(),
        });
    }
    if !cur.is_empty() {
        out.push(GoldSentence { doc, words: cur });
    }
    for (k, s) in out.iter().enumerate() {
        if let Some(w) = s.words.iter().find(|w| w.head > s.words.len()) {
            bail!(
                "{}: sentence {}: head {} beyond the sentence's {} words",
                path.display(),
                k + 1,
                w.head,
                s.words.len()
            );
        }
    }
    Ok(out)
}

/// Correct and total counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub correct: u64,
    pub total: u64,
}

impl Accuracy {
    fn add(&mut self, ok: bool) {
        self.correct += ok as u64;
        self.total += 1;
    }

    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// Word-level accuracies over all words, punctuation included (as in the CoNLL 2018 shared task).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseReport {
    pub upos: Accuracy,
    pub lemma: Accuracy,
    pub uas: Accuracy,
    pub las: Accuracy,
    /// LAS of the words whose gold relation is one of `RULE_RELATIONS`.
    pub per_relation: BTreeMap<&'static str, Accuracy>,
}

impl ParseReport {
    /// Adds one sentence: gold words against predicted syntax.
    pub fn add(&mut self, gold: &[GoldWord], predicted: &SentenceSyntax) {
        for (g, p) in gold.iter().zip(&predicted.words) {
            let head = match p.head {
                Head::Root => 0,
                Head::Word(h) => h + 1,
            };
            let attached = head == g.head;
            let labelled = attached && p.rel.to_string() == g.rel;
            self.upos.add(p.upos.as_str() == g.upos);
            self.lemma.add(p.lemma == g.lemma);
            self.uas.add(attached);
            self.las.add(labelled);
            for name in RULE_RELATIONS {
                let matches = if name.contains(':') { g.rel == name } else { g.rel.split(':').next() == Some(name) };
                if matches {
                    self.per_relation.entry(name).or_default().add(labelled);
                }
            }
        }
        // Words the prediction lacks count as wrong.
        for _ in predicted.words.len()..gold.len() {
            for a in [&mut self.upos, &mut self.lemma, &mut self.uas, &mut self.las] {
                a.add(false);
            }
        }
    }
}

impl fmt::Display for ParseReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, a) in [("UPOS", self.upos), ("lemma", self.lemma), ("UAS", self.uas), ("LAS", self.las)] {
            writeln!(f, "{name:<6} {:.4}", a.value())?;
        }
        writeln!(f, "LAS by gold relation:")?;
        for name in RULE_RELATIONS {
            let a = self.per_relation.get(name).copied().unwrap_or_default();
            writeln!(f, "  {name:<10} {:.4}  ({} words)", a.value(), a.total)?;
        }
        Ok(())
    }
}

/// Parses the gold sentences with the gold words and scores the result.
pub fn evaluate(ner: &Ner, gold: &[GoldSentence]) -> Result<ParseReport> {
    let forms: Vec<Vec<String>> = gold.iter().map(|s| s.words.iter().map(|w| w.form.clone()).collect()).collect();
    let docs = documents_of(gold.iter().zip(&forms).map(|(s, f)| (s.doc, f.as_slice())));
    let mut report = ParseReport::default();
    let mut sentences = gold.iter();
    // A few hundred documents at a time keeps memory flat on large treebanks.
    for chunk in docs.chunks(256) {
        let inputs: Vec<DocInput> = chunk.iter().map(|(t, s)| (t.as_str(), s.as_slice())).collect();
        for syntax in ner.syntax(&inputs)?.into_iter().flatten() {
            let g = sentences.next().context("more parsed sentences than gold ones")?;
            report.add(&g.words, &syntax);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Upos, WordSyntax};

    const SAMPLE: &str = "# newdoc id = a\n# text = Iraq attacked Kuwait.\n\
        1\tIraq\tIraq\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
        2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n\
        3-4\tKuwait.\t_\t_\t_\t_\t_\t_\t_\t_\n\
        3\tKuwait\tKuwait\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    fn word(upos: Upos, lemma: &str, head: Head, rel: &str) -> WordSyntax {
        WordSyntax { upos, lemma: lemma.into(), head, rel: rel.parse().unwrap() }
    }

    #[test]
    fn reads_conllu_and_scores_words() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.conllu");
        std::fs::write(&p, format!("{SAMPLE}{SAMPLE}")).unwrap();
        let gold = read_conllu(&p).unwrap();
        assert_eq!(gold.len(), 2);
        assert_eq!((gold[0].doc, gold[1].doc), (0, 1));
        assert_eq!(gold[0].words.len(), 4, "the multiword token line is skipped");
        let predicted = SentenceSyntax {
            words: vec![
                word(Upos::Propn, "Iraq", Head::Word(1), "nsubj"),
                word(Upos::Verb, "attack", Head::Root, "root"),
                word(Upos::Propn, "kuwait", Head::Word(1), "iobj"), // wrong lemma and label
                word(Upos::Punct, ".", Head::Word(0), "punct"),     // wrong head
            ],
        };
        let mut r = ParseReport::default();
        r.add(&gold[0].words, &predicted);
        assert_eq!((r.upos.correct, r.lemma.correct, r.uas.correct, r.las.correct), (4, 3, 3, 2));
        assert_eq!(r.per_relation["nsubj"], Accuracy { correct: 1, total: 1 });
        assert_eq!(r.per_relation["obj"], Accuracy { correct: 0, total: 1 });
        let shown = r.to_string();
        assert!(shown.contains("UPOS   1.0000\n") && shown.contains("LAS    0.5000\n"), "{shown}");
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.conllu");
        std::fs::write(&p, "1\tA\tA\tX\t_\t_\t0\troot\t_\t_\n3\tB\tB\tX\t_\t_\t1\tdep\t_\t_\n").unwrap();
        let err = format!("{:#}", read_conllu(&p).unwrap_err());
        assert!(err.contains("bad.conllu:2: word id 3 out of sequence"), "{err}");
        std::fs::write(&p, "1\tA\tA\tX\t_\t_\t0\troot\n").unwrap();
        assert!(format!("{:#}", read_conllu(&p).unwrap_err()).contains("bad.conllu:1: expected 10"));
    }
}
