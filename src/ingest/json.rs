//! `.json` files: a JSON array of article objects (`[{"id": ..., "text": ...}, ...]`,
//! the fields of JSON Lines), read element by element so that memory holds one
//! article at a time and a bad element does not cost the rest. A `.json` file that
//! does not start with `[` is read as JSON Lines (exports often save those as .json).

use super::jsonl::parse_object;
use super::{record_too_large, FileIds, InputError, Located, Origin, Problem, ReadOptions, Reason};
use std::io::BufRead;
use std::path::PathBuf;

/// Streams the articles of a `.json` file.
pub fn read(path: PathBuf, ids: FileIds, options: &ReadOptions) -> Box<dyn Iterator<Item = Located> + '_> {
    let mut reader = match super::open::open_decoded(&path) {
        Ok(f) => f,
        Err(e) => {
            let e = InputError::new(&path, None, Reason::Unreadable, format!("cannot read: {e}"));
            return Box::new(std::iter::once(Err(e)));
        }
    };
    let mut elements = Elements { reader: &mut reader, line: 1, cap: options.max_record_bytes(), end: End::Open };
    match elements.skip_blank() {
        Ok(Some(b'[')) => {
            elements.take();
            let (line, cap) = (elements.line, elements.cap);
            let elements = Elements { reader, line, cap, end: End::Open };
            Box::new(ArrayDocuments { path, ids, options, elements })
        }
        _ => Box::new(super::jsonl::read(path, ids, options).map(|item| item.map_err(read_as_lines))),
    }
}

/// Says how a `.json` file was read where that explains its errors (a pretty-printed
/// single object is not JSON Lines).
fn read_as_lines(mut e: InputError) -> InputError {
    if e.reason == Reason::BadJson {
        e.message.push_str(" (read as JSON Lines: the file does not start with '[')");
    }
    e
}

/// The documents of the elements of one array.
struct ArrayDocuments<'a> {
    path: PathBuf,
    ids: FileIds,
    options: &'a ReadOptions,
    elements: Elements<Box<dyn BufRead>>,
}

impl Iterator for ArrayDocuments<'_> {
    type Item = Located;

    fn next(&mut self) -> Option<Located> {
        let (line, element) = self.elements.next_element()?;
        let at = |p: Problem| InputError::at(&self.path, Some(line), p);
        Some(element.and_then(|bytes| parse_element(&bytes, &self.ids, self.options)).map_err(at).map(
            |(doc, warning)| {
                let mut origin = Origin::new(&self.path, Some(line));
                origin.warning = warning.map(at);
                (doc, origin)
            },
        ))
    }
}

/// One array element's bytes as a document.
fn parse_element(
    bytes: &[u8],
    ids: &FileIds,
    options: &ReadOptions,
) -> Result<(super::Document, Option<Problem>), Problem> {
    let text = std::str::from_utf8(bytes).map_err(|_| Problem(Reason::NotUtf8, "not valid UTF-8".into()))?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Problem(Reason::BadJson, format!("invalid JSON: {e}")))?;
    parse_object(&value, ids, options)
}

/// How far the array has been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Open,
    /// The closing `]` was read; anything but whitespace after it is reported once.
    Closed,
    Done,
}

/// Splits the inside of a JSON array into its elements' bytes, following strings and
/// nesting only (each element is parsed on its own afterwards).
struct Elements<R> {
    reader: R,
    /// 1-based line of the next byte.
    line: u64,
    /// Elements longer than this are skipped without being held in memory.
    cap: u64,
    end: End,
}

impl<R: BufRead> Elements<R> {
    fn peek(&mut self) -> Option<u8> {
        self.reader.fill_buf().ok()?.first().copied()
    }

    fn take(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.reader.consume(1);
        self.line += u64::from(b == b'\n');
        Some(b)
    }

    /// Skips whitespace (and a UTF-8 byte-order mark); the next byte, not consumed.
    fn skip_blank(&mut self) -> std::io::Result<Option<u8>> {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() || matches!(b, 0xef | 0xbb | 0xbf) => {
                    self.take();
                }
                other => return Ok(other),
            }
        }
    }

    /// The next element: its first line and its bytes, or the problem with it.
    fn next_element(&mut self) -> Option<(u64, Result<Vec<u8>, Problem>)> {
        match self.end {
            End::Done => None,
            End::Closed => self.trailing_data(),
            End::Open => self.element(),
        }
    }

    /// Anything but whitespace after the closing `]`.
    fn trailing_data(&mut self) -> Option<(u64, Result<Vec<u8>, Problem>)> {
        self.end = End::Done;
        self.skip_blank().ok()??;
        let problem = Problem(Reason::BadJson, "invalid JSON: data after the end of the array (not read)".into());
        Some((self.line, Err(problem)))
    }

    fn element(&mut self) -> Option<(u64, Result<Vec<u8>, Problem>)> {
        self.skip_blank().ok()?;
        let start = self.line;
        let (mut bytes, mut len) = (Vec::new(), 0u64);
        let (mut depth, mut in_string, mut escaped) = (0u32, false, false);
        loop {
            let Some(b) = self.take() else {
                self.end = End::Done;
                let problem = Problem(Reason::BadJson, "invalid JSON: the array is not closed (file cut off?)".into());
                return Some((start, Err(problem)));
            };
            if in_string {
                (in_string, escaped) = (escaped || b != b'"', !escaped && b == b'\\');
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => {
                        if b == b']' {
                            self.end = End::Closed;
                        }
                        return self.finish(start, bytes, len, b == b']');
                    }
                    _ => {}
                }
            }
            len += 1;
            if len <= self.cap {
                bytes.push(b);
            }
        }
    }

    /// An element that ended (at `,` or, when `last`, at `]`).
    fn finish(&mut self, start: u64, bytes: Vec<u8>, len: u64, last: bool) -> Option<(u64, Result<Vec<u8>, Problem>)> {
        if bytes.trim_ascii().is_empty() {
            if last {
                // `[]`, or a trailing comma before `]`: nothing more.
                return self.next_element();
            }
            return Some((start, Err(Problem(Reason::BadJson, "invalid JSON: empty array element".into()))));
        }
        if len > self.cap {
            return Some((start, Err(record_too_large(len, self.cap))));
        }
        Some((start, Ok(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each item as (id or message, line).
    fn items(data: &str, options: &ReadOptions) -> Vec<(String, Option<u64>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.json");
        std::fs::write(&path, data).unwrap();
        read(path, FileIds { stem: "in.json".into(), prefixed: false }, options)
            .map(|item| match item {
                Ok((doc, origin)) => (doc.id, origin.line),
                Err(e) => (e.message, e.line),
            })
            .collect()
    }

    #[test]
    fn arrays_of_objects_are_documents() {
        let data = "\u{feff}[\n  {\"id\": \"a\", \"text\": \"First, with ] and [.\", \"date\": \"2020-01-02\"},\n  \
                    {\"id\": \"b\",\n   \"text\": \"Second \\\" quoted.\"},\n  7,\n  {\"id\": \"c\"},\n  \
                    {\"id\": \"d\", \"text\": \"Fourth.\", \"meta\": {\"tags\": [1, 2]}}\n]\n";
        let read = items(data, &ReadOptions::default());
        let at = |s: &str, l: u64| (s.to_string(), Some(l));
        assert_eq!(
            read,
            vec![
                at("a", 2),
                at("b", 3),
                at("expected a JSON object", 5),
                at("missing field \"text\" (or \"maintext\")", 6),
                at("d", 7)
            ]
        );
    }

    #[test]
    fn broken_arrays_and_json_lines() {
        let cut = items("[{\"id\": \"a\", \"text\": \"A.\"},\n{\"id\": \"b\", \"te", &ReadOptions::default());
        assert_eq!(cut[0], ("a".to_string(), Some(1)));
        assert_eq!(cut[1], ("invalid JSON: the array is not closed (file cut off?)".to_string(), Some(2)));
        let trailing = items("[{\"id\": \"a\", \"text\": \"A.\"}]\n\nextra", &ReadOptions::default());
        assert_eq!(trailing[1], ("invalid JSON: data after the end of the array (not read)".to_string(), Some(3)));
        assert_eq!(items("[]", &ReadOptions::default()), vec![]);
        let lines =
            items("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n", &ReadOptions::default());
        assert_eq!(lines, vec![("a".to_string(), Some(1)), ("b".to_string(), Some(2))]);
        let pretty = items("{\n  \"id\": \"a\"\n}\n", &ReadOptions::default());
        assert!(pretty[0].0.ends_with("(read as JSON Lines: the file does not start with '[')"), "{pretty:?}");
        let small = ReadOptions { max_article_bytes: 10, ..ReadOptions::default() };
        let big =
            format!("[{{\"id\": \"a\", \"text\": \"{}\"}}, {{\"id\": \"b\", \"text\": \"B.\"}}]", "x".repeat(100));
        let read = items(&big, &small);
        assert!(read[0].0.starts_with("record of 123 bytes is over 4 x --max-article-bytes (40 bytes)"), "{read:?}");
        assert_eq!(read[1].0, "b");
    }
}
