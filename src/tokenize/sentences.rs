//! Rule-based sentence splitting for news text.

use super::abbreviations;
use super::Span;

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Words (whitespace-separated) in one sentence at most; longer runs are cut into
/// pieces of this many. Text without sentence punctuation (lists scraped without
/// their markup, tables, minutes) would otherwise make one sentence of thousands of
/// words: false relations between names far apart, and huge evidence rows.
pub const MAX_SENTENCE_WORDS: usize = 200;

/// Splits `text` into sentence spans, trimmed of surrounding whitespace.
///
/// A sentence ends at a blank line; at a line break before a list item (a line that
/// starts with `-`, `*` or `•` and a space, or with a number and `.` or `)` and a
/// space); at the end of a list item's line; or at `.`, `!` or `?` (plus closing
/// quotes or brackets) followed by whitespace and an upper-case letter, digit or
/// opening quote, unless the word before the period is a known abbreviation or a
/// single initial. Sentences longer than [`MAX_SENTENCE_WORDS`] are cut.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Whether the current sentence is a list item: those end with their line.
    let mut in_item = starts_list_item(&chars);
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\n' {
            // Paragraph break: a newline, optional spaces, another newline.
            let mut j = i + 1;
            while j < chars.len() && chars[j].1 != '\n' && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j < chars.len() && chars[j].1 == '\n' {
                push_trimmed(text, start, pos, &mut spans);
                start = chars[j].0;
                in_item = false;
                i = j + 1;
                continue;
            }
            let next_item = starts_list_item(&chars[i + 1..]);
            if next_item || in_item || ends_heading_line(text, pos, &chars[i + 1..]) {
                push_trimmed(text, start, pos, &mut spans);
                start = pos;
                in_item = next_item;
                i += 1;
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
            let list_number = c == '.' && in_item && text[start..pos].trim().bytes().all(|b| b.is_ascii_digit());
            if followed_by_space
                && starts_sentence(&chars[j..])
                && !(c == '.' && is_abbreviation(text, pos))
                && !list_number
            {
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
    spans.into_iter().flat_map(|span| cap_words(text, span)).collect()
}

/// Lines at most this long, without sentence punctuation at their end, are headings
/// (a headline, a byline, a dateline) when the next line starts a sentence.
const HEADING_MAX_WORDS: usize = 12;
const HEADING_MAX_CHARS: usize = 70;

/// Whether the line ending at the line break `newline` is a heading: short, unended,
/// standing on its own (first in the text, after a blank line, or after a line that
/// ended a sentence or was a heading itself), and followed by a line that starts a
/// sentence. A short line inside a hard-wrapped paragraph continues the sentence of
/// the long line before it ("... met President\nVladimir Putin ..." stays whole), and
/// a line before a lower-case one is wrapped text ("A line\nwrapped here.").
fn ends_heading_line(text: &str, newline: usize, rest: &[(usize, char)]) -> bool {
    let short = |line: &str| {
        let line = line.trim();
        !line.is_empty()
            && line.len() < HEADING_MAX_CHARS
            && line.split_whitespace().count() <= HEADING_MAX_WORDS
            && !line.ends_with(['.', '!', '?', ':', ';', ',', '…'])
    };
    let before = &text[..newline];
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    if !short(&before[line_start..]) || !starts_sentence(rest) {
        return false;
    }
    // Next line must start right away, not after a blank line (handled above).
    if rest.first().is_some_and(|&(_, c)| c == '\n') {
        return false;
    }
    if line_start == 0 {
        return true;
    }
    let previous = before[..line_start - 1].rsplit('\n').next().unwrap_or("").trim();
    previous.is_empty() || previous.ends_with(['.', '!', '?', '"', '”', '’', '\'']) || short(previous)
}

/// Whether a line starting at `line` (after spaces) is a list item: `-`, `*` or `•`
/// and a space, or one to three digits, `.` or `)` and a space ("1. ", "12) ").
fn starts_list_item(line: &[(usize, char)]) -> bool {
    let mut cs = line.iter().map(|&(_, c)| c).skip_while(|&c| c == ' ' || c == '\t');
    let space = |c: Option<char>| c.is_some_and(|c| c == ' ' || c == '\t');
    match cs.next() {
        Some('-' | '*') => space(cs.next()),
        Some('•') => true,
        Some(d) if d.is_ascii_digit() => {
            let rest: Vec<char> = cs.take(4).collect();
            let digits = 1 + rest.iter().take_while(|c| c.is_ascii_digit()).count();
            digits <= 3 && matches!(rest.get(digits - 1), Some('.' | ')')) && space(rest.get(digits).copied())
        }
        _ => false,
    }
}

/// `span` cut into pieces of at most [`MAX_SENTENCE_WORDS`] whitespace-separated words.
fn cap_words(text: &str, span: Span) -> Vec<Span> {
    let slice = span.text(text);
    let mut pieces = Vec::new();
    let (mut piece_start, mut words, mut in_word) = (0usize, 0usize, false);
    for (i, c) in slice.char_indices() {
        let starts_word = !c.is_whitespace() && !in_word;
        in_word = !c.is_whitespace();
        if starts_word {
            if words == MAX_SENTENCE_WORDS {
                push_trimmed(text, span.start + piece_start, span.start + i, &mut pieces);
                (piece_start, words) = (i, 0);
            }
            words += 1;
        }
    }
    push_trimmed(text, span.start + piece_start, span.end, &mut pieces);
    pieces
}

fn starts_sentence(rest: &[(usize, char)]) -> bool {
    rest.iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '\'' | '«'))
}

/// Whether the period at byte `dot` ends an abbreviation or initials ("J. Smith", "H.D.
/// Deve Gowda").
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
    // "J." or dotted initials, "H.D." (the last period is the one at `dot`).
    let initials = word.split('.').all(|part| {
        let mut cs = part.chars();
        cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none()
    });
    initials || abbreviations::is_listed(word)
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
        assert_eq!(
            sents("Prime Minister H.D. Deve Gowda met P.V.N. Rao. They talked."),
            vec!["Prime Minister H.D. Deve Gowda met P.V.N. Rao.", "They talked."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(sents("He said “we will win.” Then he left."), vec!["He said “we will win.”", "Then he left."]);
    }

    #[test]
    fn heading_lines_end_their_sentence_and_wrapped_lines_do_not() {
        assert_eq!(
            sents("Peter Laca\nBRATISLAVA 1996-08-27\nMarc Dutroux visited Slovakia, police said."),
            vec!["Peter Laca", "BRATISLAVA 1996-08-27", "Marc Dutroux visited Slovakia, police said."]
        );
        assert_eq!(
            sents("Israel's Levy to meet Mubarak in Egypt\nJERUSALEM 1996-08-28\nLevy will visit Egypt."),
            vec!["Israel's Levy to meet Mubarak in Egypt", "JERUSALEM 1996-08-28", "Levy will visit Egypt."]
        );
        // A hard-wrapped paragraph: the short last piece of a long line continues it.
        let wrapped = "The foreign minister said on Tuesday that the government would soon meet\nPresident Vladimir Putin\nIn Moscow the talks went on.";
        assert_eq!(
            sents(wrapped),
            vec![
                "The foreign minister said on Tuesday that the government would soon meet\nPresident Vladimir Putin\nIn Moscow the talks went on."
            ]
        );
        // A long unended line is no heading.
        let long = "This line runs on far beyond the length of any headline or dateline we know of\nAnd goes on.";
        assert_eq!(sents(long).len(), 1);
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
    fn list_items_are_sentences() {
        let text = "Leaders:\n- Alice Smith met Bob\n  - Carol Jones left\n* Dave\n• Eve\n1. Frank\n12) Gina\nAfter the list\n-3.5 percent";
        assert_eq!(
            sents(text),
            vec![
                "Leaders:",
                "- Alice Smith met Bob",
                "- Carol Jones left",
                "* Dave",
                "• Eve",
                "1. Frank",
                "12) Gina",
                "After the list\n-3.5 percent"
            ]
        );
        assert_eq!(sents("- First item\nSecond line"), vec!["- First item", "Second line"]);
        assert_eq!(sents("In 2019.\n2020 was worse"), vec!["In 2019.", "2020 was worse"]);
    }

    #[test]
    fn long_sentences_are_cut() {
        let words: Vec<String> = (0..450).map(|i| format!("w{i}")).collect();
        let text = words.join(" ");
        let cut = sents(&text);
        assert_eq!(cut.len(), 3);
        assert_eq!(cut[0], words[..200].join(" "));
        assert_eq!(cut[1], words[200..400].join(" "));
        assert_eq!(cut[2], words[400..].join(" "));
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(sents("It rose 3.5 percent. to be clear"), vec!["It rose 3.5 percent. to be clear"]);
        assert!(sents("   \n\n ").is_empty());
    }
}
