//! Rule-based sentence splitting for news text.

use super::Span;

/// Words that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
    "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb", "vs", "etc", "inc", "corp", "co", "ltd", "bros", "no",
    "nos", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig",
    "e.g", "i.e", "u.s", "u.n", "u.k", "e.u",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Splits `text` into sentence spans, trimmed of surrounding whitespace.
///
/// A sentence ends at a blank line, or at `.`, `!` or `?` (plus closing quotes or
/// brackets) followed by whitespace and an upper-case letter, digit or opening quote,
/// unless the word before the period is a known abbreviation or a single initial.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        // Paragraph break: a newline, optional spaces, another newline.
        if c == '\n' {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1 != '\n' && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j < chars.len() && chars[j].1 == '\n' {
                push_trimmed(text, start, pos, &mut spans);
                start = chars[j].0;
                i = j + 1;
                continue;
            }
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?') || is_closing(chars[j].1)) {
                j += 1;
            }
            let end = if j < chars.len() { chars[j].0 } else { text.len() };
            let followed_by_space = j < chars.len() && chars[j].1.is_whitespace();
            if followed_by_space && starts_sentence(&chars[j..]) && !(c == '.' && is_abbreviation(text, pos)) {
                push_trimmed(text, start, end, &mut spans);
                start = end;
                i = j;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn starts_sentence(rest: &[(usize, char)]) -> bool {
    rest.iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '\'' | '«'))
}

/// Whether the period at byte `dot` ends an abbreviation or an initial ("J. Smith").
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let single_initial = cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none();
    single_initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sents("The talks failed. Both sides left! Why? Nobody knows."),
            vec!["The talks failed.", "Both sides left!", "Why?", "Nobody knows."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met Gen. Lee in the U.S. capital. J. R. Doe left."),
            vec!["Mr. Smith met Gen. Lee in the U.S. capital.", "J. R. Doe left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(sents("He said “we will win.” Then he left."), vec!["He said “we will win.”", "Then he left."]);
    }

    #[test]
    fn blank_lines_end_headlines() {
        assert_eq!(
            sents("Headline without period\n\nBody starts here."),
            vec!["Headline without period", "Body starts here."]
        );
        assert_eq!(sents("A line\nwrapped here."), vec!["A line\nwrapped here."]);
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(sents("It rose 3.5 percent. to be clear"), vec!["It rose 3.5 percent. to be clear"]);
        assert!(sents("   \n\n ").is_empty());
    }
}
