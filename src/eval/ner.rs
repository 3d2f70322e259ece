//! `eval ner`: entity-level precision, recall and F1 on a CoNLL file (conlleval semantics).

use super::{Counts, Report};
use crate::ner::{DocInput, Ner};
use crate::tokenize::{Sentence, Span};
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// One gold sentence: words and their tags.
#[derive(Debug, Clone)]
pub struct ConllSentence {
    /// Index of its document (documents are separated by `-DOCSTART-` lines).
    pub doc: usize,
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

/// The gold documents laid out as text with single spaces between words, with their
/// sentences: the model sees the gold tokenisation and sentence split exactly as given.
pub fn documents(gold: &[ConllSentence]) -> Vec<(String, Vec<Sentence>)> {
    documents_of(gold.iter().map(|s| (s.doc, s.words.as_slice())))
}

/// CoNLL documents re-joined into articles as a user's input would be: words by spaces,
/// sentences by newlines (unlike [`documents`], the sentences are left for the pipeline
/// to find), ids `conll-0001`, ... (for `bench` and the cost examples).
pub fn articles(gold: &[ConllSentence]) -> Vec<crate::ingest::Document> {
    let mut docs: Vec<crate::ingest::Document> = Vec::new();
    for (i, s) in gold.iter().enumerate() {
        if i == 0 || gold[i - 1].doc != s.doc {
            let id = format!("conll-{:04}", docs.len() + 1);
            docs.push(crate::ingest::Document { id, text: String::new(), date: None, title: None, source: None });
        }
        let text = &mut docs.last_mut().expect("a document was opened").text;
        text.push_str(&s.words.join(" "));
        text.push('\n');
    }
    docs
}

/// Gold sentences `(document index, words)`, consecutive ones of a document together, as
/// documents of text with single spaces between words and the gold sentences and words.
pub fn documents_of<'a>(sentences: impl IntoIterator<Item = (usize, &'a [String])>) -> Vec<(String, Vec<Sentence>)> {
    let mut out: Vec<(String, Vec<Sentence>)> = Vec::new();
    let mut last_doc = None;
    for (doc, gold_words) in sentences {
        if last_doc != Some(doc) {
            out.push((String::new(), Vec::new()));
            last_doc = Some(doc);
        }
        let (text, sentences) = out.last_mut().expect("a document was opened");
        let mut words = Vec::with_capacity(gold_words.len());
        for w in gold_words {
            if !text.is_empty() {
                text.push(' ');
            }
            words.push(Span::new(text.len(), text.len() + w.len()));
            text.push_str(w);
        }
        let span = Span::new(words.first().map_or(text.len(), |w| w.start), text.len());
        sentences.push(Sentence { span, words });
    }
    out
}

/// Reads a CoNLL file: word first, tag last on each line; blank lines and -DOCSTART- separate.
pub fn read_conll(path: &Path) -> Result<Vec<ConllSentence>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut out = Vec::new();
    let mut doc = 0;
    let mut cur = ConllSentence { doc, words: Vec::new(), tags: Vec::new() };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(&mut cur, ConllSentence { doc, words: Vec::new(), tags: Vec::new() }));
            }
            if line.starts_with("-DOCSTART-") && !out.is_empty() {
                doc += 1;
                cur.doc = doc;
            }
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.len() < 2 {
            bail!("{}:{}: expected a word and a tag", path.display(), i + 1);
        }
        cur.words.push(parts[0].to_string());
        cur.tags.push(parts[parts.len() - 1].to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Chunks `(type, start, end)` of a tag sequence, conlleval style (IOB1 and IOB2 both work).
pub fn tag_chunks(tags: &[String]) -> HashSet<(String, usize, usize)> {
    let mut out = HashSet::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().map(String::as_str).chain(std::iter::once("O")).enumerate() {
        let (prefix, ty) = tag.split_once('-').unwrap_or((tag, ""));
        let continues = prefix == "I" && open.is_some_and(|(_, t)| t == ty);
        if let Some((start, t)) = open {
            if !continues {
                out.insert((t.to_string(), start, i));
                open = None;
            }
        }
        if prefix == "B" || (prefix == "I" && !continues) {
            open = Some((i, ty));
        }
    }
    out
}

/// Scores `ner` on gold sentences, using the gold tokenisation.
pub fn evaluate(ner: &Ner, gold: &[ConllSentence]) -> Result<Report> {
    let docs = documents(gold);
    let inputs: Vec<DocInput> = docs.iter().map(|(t, s)| (t.as_str(), s.as_slice())).collect();
    let predicted = ner.label(&inputs)?.into_iter().flatten();
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    for (s, chunks) in gold.iter().zip(predicted) {
        let g = tag_chunks(&s.tags);
        let p: HashSet<(String, usize, usize)> =
            chunks.iter().map(|c| (c.kind.as_str().to_string(), c.words.start, c.words.end)).collect();
        for (ty, ..) in &g {
            per_type.entry(ty.clone()).or_default().gold += 1;
        }
        for chunk in &p {
            let c = per_type.entry(chunk.0.clone()).or_default();
            c.predicted += 1;
            if g.contains(chunk) {
                c.matched += 1;
            }
        }
    }
    Ok(Report::from_types(per_type))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn chunks_follow_conlleval() {
        let c = tag_chunks(&tags("B-PER I-PER O I-LOC I-LOC B-LOC I-ORG"));
        let expected: HashSet<_> = [("PER", 0, 2), ("LOC", 3, 5), ("LOC", 5, 6), ("ORG", 6, 7)]
            .into_iter()
            .map(|(t, s, e)| (t.to_string(), s, e))
            .collect();
        assert_eq!(c, expected);
    }

    #[test]
    fn reads_conll_and_reports_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.txt");
        std::fs::write(&p, "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n")
            .unwrap();
        let s = read_conll(&p).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, vec!["EU", "rejects"]);
        assert_eq!(s[1].tags, vec!["B-PER"]);
        assert_eq!((s[0].doc, s[1].doc), (0, 0));
        let docs = documents(&s);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, "EU rejects Peter");
        assert_eq!(docs[0].1[1].words, vec![Span::new(11, 16)]);
        std::fs::write(&p, "-DOCSTART- O\n\nA O\n\n-DOCSTART- O\n\nB O\n\nC O\n").unwrap();
        let docs: Vec<usize> = read_conll(&p).unwrap().iter().map(|s| s.doc).collect();
        assert_eq!(docs, vec![0, 1, 1]);
        std::fs::write(&p, "EU B-ORG\nlonely\n").unwrap();
        let err = read_conll(&p).unwrap_err().to_string();
        assert!(err.ends_with("x.txt:2: expected a word and a tag"), "{err}");
    }
}
