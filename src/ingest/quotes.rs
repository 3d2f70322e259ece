//! Where a CSV quote opens and never closes.
//!
//! The csv crate reads a field with an unterminated quote to the end of the file, so
//! one stray `"` turns every later row into part of one field (100 rows in, 3
//! documents out). This scanner follows the same RFC 4180 states over the raw bytes
//! and reports where the quote that was still open at the end of the input opened.

/// Scanner state, between bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a field (or of a record).
    FieldStart,
    /// At the start of a record: as `FieldStart`, but a comment byte starts a comment.
    RecordStart,
    Comment,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: closes it, unless another quote follows.
    QuoteInQuoted,
}

/// Feeds bytes one at a time; `open_quote` says where the quote still open opened.
#[derive(Debug, Clone)]
pub struct QuoteScanner {
    state: State,
    comment: Option<u8>,
    delimiter: u8,
    /// Byte offset of the quote that opened the current quoted field.
    opened_at: u64,
}

impl QuoteScanner {
    /// A scanner for CSV with `,` fields, `"` quotes and optional comment lines.
    pub fn new(comment: Option<u8>) -> Self {
        QuoteScanner::with_delimiter(comment, b',')
    }

    /// A scanner for fields separated by `delimiter` (tab, `;`, ...).
    pub fn with_delimiter(comment: Option<u8>, delimiter: u8) -> Self {
        QuoteScanner { state: State::RecordStart, comment, delimiter, opened_at: 0 }
    }

    /// The next byte, at byte offset `offset` of the input.
    pub fn feed(&mut self, b: u8, offset: u64) {
        let end_of_line = b == b'\n' || b == b'\r';
        self.state = match (self.state, b) {
            (State::RecordStart, c) if Some(c) == self.comment => State::Comment,
            (State::Comment, _) if end_of_line => State::RecordStart,
            (State::Comment, _) => State::Comment,
            (State::RecordStart | State::FieldStart, b'"') => {
                self.opened_at = offset;
                State::Quoted
            }
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, b'"') => State::Quoted,
            (_, d) if d == self.delimiter => State::FieldStart,
            (_, _) if end_of_line => State::RecordStart,
            // Text after a closing quote (`"a"b`) continues the field unquoted, as the
            // csv crate reads it; a quote inside an unquoted field is an ordinary byte.
            _ => State::Unquoted,
        };
    }

    /// Offset of the quote that opened a field still open now (at the end of the input).
    pub fn open_quote(&self) -> Option<u64> {
        (self.state == State::Quoted).then_some(self.opened_at)
    }
}

/// Offset of a quote in `bytes` that never closes.
pub fn unclosed_quote(bytes: &[u8], comment: Option<u8>) -> Option<u64> {
    let mut scanner = QuoteScanner::new(comment);
    for (i, &b) in bytes.iter().enumerate() {
        scanner.feed(b, i as u64);
    }
    scanner.open_quote()
}

/// 1-based line of byte `offset` in `bytes`, lines ending at "\n", "\r\n" or a lone "\r".
pub fn line_of(bytes: &[u8], offset: u64) -> u64 {
    let before = &bytes[..usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len())];
    let breaks =
        before.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
    breaks.count() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_only_quotes_left_open() {
        assert_eq!(unclosed_quote(b"id,text\n1,\"closed \"\"twice\"\"\"\n2,x\n", None), None);
        assert_eq!(unclosed_quote(b"id,text\n1,\"a\"b\n2,say \"hi\n", None), None, "quotes inside unquoted fields");
        assert_eq!(unclosed_quote(b"id,text\n1,ok\n2,\"never closed\n3,x\n", None), Some(15));
        assert_eq!(unclosed_quote(b"a,b\n# don't \"count\n\"x,y\n", Some(b'#')), Some(19));
        assert_eq!(unclosed_quote(b"a,b\n# a \"comment\nx,y\n", Some(b'#')), None);
        assert_eq!(line_of(b"a\r\nb\rc\n\"", 7), 4);
    }
}
