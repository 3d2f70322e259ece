//! Word splitting in the style of CoNLL-2003 (Reuters) tokens, which the NER model
//! was trained on: punctuation split off words, clitics ('s, n't) separate, but
//! abbreviations ("U.S.", "Mr."), numbers ("1,000", "3.5") and hyphenated words kept.

use super::abbreviations;
use super::Span;

fn is_leading_punct(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«' | '`' | '*' | '#')
}

fn is_trailing_punct(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '.' | ',' | ';' | ':' | '!' | '?' | '…' | '*')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Splits the sentence `span` of `text` into word spans.
pub fn split_words(text: &str, span: Span) -> Vec<Span> {
    let mut words = Vec::new();
    let sentence = span.text(text);
    let mut chunk_start = None;
    for (i, c) in sentence.char_indices().chain(std::iter::once((sentence.len(), ' '))) {
        if c.is_whitespace() || is_dash(c) {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, span.start + s, span.start + i, &mut words);
            }
            if is_dash(c) {
                words.push(Span::new(span.start + i, span.start + i + c.len_utf8()));
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    words
}

/// Splits one whitespace-delimited chunk into words.
fn split_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Span>) {
    // Leading punctuation, one mark at a time. A clitic already standing alone, as
    // tokenized text writes it ("Israel 's Levy"), is one word, not a quote and "s".
    while start < end {
        let c = text[start..end].chars().next().unwrap();
        if !is_leading_punct(c) || text[start..end].chars().count() == 1 || is_clitic(&text[start..end]) {
            break;
        }
        out.push(Span::new(start, start + c.len_utf8()));
        start += c.len_utf8();
    }
    // Trailing punctuation and clitics, collected in reverse.
    let mut tail = Vec::new();
    loop {
        let word = &text[start..end];
        let Some(c) = word.chars().next_back() else { break };
        if word.chars().count() > 1 && is_trailing_punct(c) && !(c == '.' && keeps_period(word)) {
            end -= c.len_utf8();
            tail.push(Span::new(end, end + c.len_utf8()));
            continue;
        }
        if let Some(len) = clitic_len(word) {
            tail.push(Span::new(end - len, end));
            end -= len;
            continue;
        }
        break;
    }
    if start < end {
        out.push(Span::new(start, end));
    }
    out.extend(tail.into_iter().rev());
}

/// Whether a word ending in '.' keeps it: initials, "U.S.", and common abbreviations.
fn keeps_period(word: &str) -> bool {
    let stem = &word[..word.len() - 1];
    if stem.is_empty() {
        return false;
    }
    if stem.contains('.') && stem.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true; // U.S. / e.g.
    }
    let mut cs = stem.chars();
    if cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none() {
        return true; // initial
    }
    abbreviations::is_listed(stem)
}

/// Whether `word` is a clitic on its own: "'s", "’s", "n't", "'re", ...
fn is_clitic(word: &str) -> bool {
    // "x" stands for the word the clitic would hang on.
    clitic_len(&format!("x{word}")) == Some(word.len())
}

/// Byte length of a trailing clitic ('s, ’s, n't, 're, 've, 'll, 'd, 'm) if the word has one.
fn clitic_len(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None; // case mapping changed byte lengths; leave such words alone
    }
    for clitic in ["n't", "n’t"] {
        if lower.ends_with(clitic) && lower.len() > clitic.len() {
            return Some(clitic.len());
        }
    }
    for apostrophe in ['\'', '’'] {
        for suffix in ["s", "re", "ve", "ll", "d", "m"] {
            let clitic = format!("{apostrophe}{suffix}");
            if lower.ends_with(&clitic) && lower.len() > clitic.len() {
                return Some(clitic.len());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        split_words(text, Span::new(0, text.len())).into_iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn splits_punctuation_and_clitics() {
        assert_eq!(
            words("Kyrgyz President Almazbek Atambayev’s “contrived” accusations, he said."),
            vec![
                "Kyrgyz",
                "President",
                "Almazbek",
                "Atambayev",
                "’s",
                "“",
                "contrived",
                "”",
                "accusations",
                ",",
                "he",
                "said",
                "."
            ]
        );
        assert_eq!(words("They don't (really) care!"), vec!["They", "do", "n't", "(", "really", ")", "care", "!"]);
        // Text tokenized already (CoNLL-2003, PTB) keeps its clitics whole; a quote
        // before a word is still split off.
        assert_eq!(
            words("Israel 's Levy did n't say 'sorry'"),
            vec!["Israel", "'s", "Levy", "did", "n't", "say", "'", "sorry", "'"]
        );
        assert_eq!(words("Russia ’s 'd"), vec!["Russia", "’s", "'d"]);
    }

    #[test]
    fn keeps_abbreviations_numbers_and_hyphens() {
        assert_eq!(
            words("Mr. Smith of the U.S. paid $1,000.50 to Atlanta-based J. Doe Inc."),
            vec!["Mr.", "Smith", "of", "the", "U.S.", "paid", "$1,000.50", "to", "Atlanta-based", "J.", "Doe", "Inc."]
        );
    }

    #[test]
    fn dashes_are_words() {
        assert_eq!(words("ASTANA (TCA) — Kazakhstan"), vec!["ASTANA", "(", "TCA", ")", "—", "Kazakhstan"]);
        assert_eq!(words("1996–1997"), vec!["1996", "–", "1997"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "  Él dijo: «sí».";
        for span in split_words(text, Span::new(0, text.len())) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert!(!span.text(text).trim().is_empty());
        }
    }
}
