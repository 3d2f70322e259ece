//! CSV with a header row and a text column (quoted newlines allowed, RFC 4180).

use super::{clean_text, parse_date, CsvColumns, Document, InputError, Located, Origin};
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Streams the articles of a CSV file, record by record.
pub fn read<'a>(path: &'a Path, columns: &'a CsvColumns) -> Box<dyn Iterator<Item = Located> + 'a> {
    let mut reader = match csv::ReaderBuilder::new().flexible(true).from_path(path) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(Err(InputError::new(path, None, format!("cannot read: {e}"))))),
    };
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("bad header: {e}"))))),
    };
    let find = |name: &str| {
        headers.iter().position(|h| {
            let h = String::from_utf8_lossy(h);
            h.trim_start_matches('\u{feff}').trim().eq_ignore_ascii_case(name)
        })
    };
    let Some(text_col) = find(&columns.text) else {
        let msg = format!("no column {:?} (choose one with --text-column)", columns.text);
        return Box::new(std::iter::once(Err(InputError::new(path, Some(1), msg))));
    };
    let id_col = match &columns.id {
        Some(name) => match find(name) {
            Some(c) => Some(c),
            None => {
                return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("no column {name:?}")))))
            }
        },
        None => find("id"),
    };
    let date_col = match &columns.date {
        Some(name) => match find(name) {
            Some(c) => Some(c),
            None => {
                return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("no column {name:?}")))))
            }
        },
        None => find("date"),
    };
    let stem = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut records = reader.into_byte_records();
    let mut lines = std::fs::File::open(path).ok().map(|f| LineCounter::new(BufReader::new(f)));
    let mut row = 1u64; // the header is record 1
    Box::new(std::iter::from_fn(move || {
        let record = records.next()?;
        row += 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => return Some(Err(InputError::new(path, Some(row), format!("bad CSV record: {e}")))),
        };
        // The csv crate's own line count is one short after CRLF line ends and never
        // advances on lone CRs, so lines are counted here from the record's byte offset.
        let line = match (record.position(), lines.as_mut()) {
            (Some(p), Some(counter)) => counter.line_at(p.byte()),
            (p, None) => p.map_or(row, |p| p.line()),
            (None, Some(_)) => row,
        };
        let field = |c: Option<usize>| -> Result<Option<String>, InputError> {
            match c.and_then(|c| record.get(c)) {
                None => Ok(None),
                Some(b) => String::from_utf8(b.to_vec())
                    .map(Some)
                    .map_err(|_| InputError::new(path, Some(line), "not valid UTF-8")),
            }
        };
        Some((|| {
            let text = field(Some(text_col))?
                .ok_or_else(|| InputError::new(path, Some(line), format!("record has no {:?} field", columns.text)))?;
            let id = field(id_col)?.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| format!("{stem}:{row}"));
            let text =
                clean_text(&text).map_err(|m| InputError::new(path, Some(line), format!("document {id:?}: {m}")))?;
            let date = match field(date_col)?.filter(|s| !s.trim().is_empty()) {
                Some(raw) => Some(parse_date(&raw).ok_or_else(|| {
                    InputError::new(path, Some(line), format!("document {id:?}: date {raw:?} is not ISO 8601"))
                })?),
                None => None,
            };
            Ok((Document { id, text, date, title: None, source: None }, Origin::new(path, Some(line))))
        })())
    }))
}

/// Line numbers of byte offsets in a file read front to back (offsets must not
/// decrease). A line ends at "\n", "\r\n" or a lone "\r", as CSV records may.
struct LineCounter<R> {
    reader: R,
    /// Bytes consumed so far.
    offset: u64,
    /// Line breaks in the consumed bytes, a trailing "\r" not yet counted.
    breaks: u64,
    /// The last consumed byte was "\r": a break, unless "\n" follows.
    after_cr: bool,
}

impl<R: BufRead> LineCounter<R> {
    fn new(reader: R) -> Self {
        LineCounter { reader, offset: 0, breaks: 0, after_cr: false }
    }

    /// Consumes up to `max` bytes while `take(byte)` holds; false at the end of the input
    /// or at the first byte not taken.
    fn consume_while(&mut self, max: u64, take: impl Fn(u8) -> bool) -> bool {
        let mut left = max;
        while left > 0 {
            let buf = match self.reader.fill_buf() {
                Ok(b) if !b.is_empty() => b,
                _ => return false,
            };
            let window = &buf[..buf.len().min(usize::try_from(left).unwrap_or(usize::MAX))];
            let n = window.iter().position(|&b| !take(b)).unwrap_or(window.len());
            let (mut breaks, mut after_cr) = (self.breaks, self.after_cr);
            for &b in &window[..n] {
                breaks += u64::from(b == b'\n' || after_cr);
                after_cr = b == b'\r';
            }
            let stopped = n < window.len();
            self.reader.consume(n);
            (self.breaks, self.after_cr) = (breaks, after_cr);
            self.offset += n as u64;
            left -= n as u64;
            if stopped {
                return false;
            }
        }
        true
    }

    /// The 1-based line of the record the csv reader places at byte `start`. That
    /// position may point at the line break before the record (the "\n" of a "\r\n"),
    /// which a record never starts with, so line breaks there are skipped.
    fn line_at(&mut self, start: u64) -> u64 {
        if start > self.offset {
            self.consume_while(start - self.offset, |_| true);
        }
        self.consume_while(u64::MAX, |b| b == b'\r' || b == b'\n');
        // A pending "\r" is followed by something other than "\n": it ended a line.
        self.breaks + u64::from(self.after_cr) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Item;

    #[test]
    fn quoted_newlines_custom_columns_and_bad_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(
            &path,
            "key,body,published\nk1,\"Line one.\nLine two, with comma.\",2020-01-02\nk2,,2020-01-03\n,Third.,\n",
        )
        .unwrap();
        let cols = CsvColumns { text: "body".into(), id: Some("key".into()), date: Some("published".into()) };
        let items: Vec<Item> = read(&path, &cols).map(|i| i.map(|(d, _)| d)).collect();
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.id, "k1");
        assert_eq!(first.text, "Line one.\nLine two, with comma.");
        assert_eq!(first.date.as_deref(), Some("2020-01-02"));
        let err = items[1].as_ref().unwrap_err();
        assert_eq!(err.line, Some(4), "line of the record in the file");
        assert!(err.message.contains("empty article"));
        assert_eq!(items[2].as_ref().unwrap().id, "in.csv:4");
        let missing = read(&path, &CsvColumns::default()).next().unwrap().unwrap_err();
        assert_eq!(missing.line, Some(1));
        assert!(missing.to_string().contains("no column \"text\""));
    }

    /// Lines of the records of `data`, as reported with their documents.
    fn lines(data: &str) -> Vec<(String, Option<u64>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lines.csv");
        std::fs::write(&path, data).unwrap();
        read(&path, &CsvColumns::default())
            .map(|item| match item {
                Ok((doc, origin)) => (doc.id, origin.line),
                Err(e) => (e.message, e.line),
            })
            .collect()
    }

    #[test]
    fn record_lines_with_any_line_ends() {
        let at = |pairs: &[(&str, u64)]| pairs.iter().map(|&(id, l)| (id.to_string(), Some(l))).collect::<Vec<_>>();
        let expected = at(&[("c1", 2), ("c2", 5), ("c3", 7)]);
        // LF, CRLF (Excel), lone CR (classic Mac OS); a quoted field over three lines and a blank line.
        assert_eq!(lines("id,text\nc1,\"a\n\nb\"\nc2,x\n\nc3,y\n"), expected);
        assert_eq!(lines("id,text\r\nc1,\"a\r\n\r\nb\"\r\nc2,x\r\n\r\nc3,y\r\n"), expected);
        assert_eq!(lines("id,text\rc1,\"a\r\rb\"\rc2,x\r\rc3,y"), expected);
        // A short row is reported on its own line.
        assert_eq!(lines("id,text\r\nc1,a\r\nc2\r\n")[1], ("record has no \"text\" field".to_string(), Some(3)));
    }
}
