//! Tables with a header row and a text column: CSV (RFC 4180, quoted newlines
//! allowed), TSV, or another single-byte delimiter such as `;` (European spreadsheet
//! exports). The delimiter is `--delimiter`, else tab for `.tsv` files, else sniffed
//! from the header line.

use super::open::open_decoded;
use super::quotes::QuoteScanner;
use super::{
    clean_text, document_date, Document, Field, FileIds, InputError, Located, Origin, Problem, ReadOptions, Reason,
};
use std::cell::Cell;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Streams the articles of a table, record by record; `tsv` when its name says so.
pub fn read(path: PathBuf, ids: FileIds, tsv: bool, options: &ReadOptions) -> Box<dyn Iterator<Item = Located> + '_> {
    match Records::open(path, ids, tsv, options) {
        Ok(records) => Box::new(records),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// The state of one CSV file being read.
struct Records<'a> {
    path: PathBuf,
    options: &'a ReadOptions,
    records: csv::ByteRecordsIntoIter<CappedReader>,
    /// Byte offset where the next record starts, shared with the [`CappedReader`].
    record_start: Rc<Cell<u64>>,
    lines: Option<LineCounter<Box<dyn BufRead>>>,
    columns: Columns,
    ids: FileIds,
    /// Records read so far, the header included.
    row: u64,
    /// Set once the rest of the file has been reported as swallowed by a quote.
    done: bool,
}

/// Positions of the columns read.
struct Columns {
    text: usize,
    id: Option<usize>,
    date: Option<usize>,
    title: Option<usize>,
    source: Option<usize>,
}

impl<'a> Records<'a> {
    fn open(path: PathBuf, ids: FileIds, tsv: bool, options: &'a ReadOptions) -> Result<Self, InputError> {
        let unreadable =
            |e: std::io::Error| InputError::new(&path, None, Reason::Unreadable, format!("cannot read: {e}"));
        let delimiter = match (options.delimiter, tsv) {
            (Some(d), _) => d,
            (None, true) => b'\t',
            (None, false) => sniff_delimiter(&header_line(&path).map_err(unreadable)?),
        };
        let file = open_decoded(&path).map_err(unreadable)?;
        let record_start = Rc::new(Cell::new(0));
        let capped = CappedReader {
            inner: file,
            read: 0,
            at_end: false,
            record_start: record_start.clone(),
            cap: options.max_record_bytes(),
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).delimiter(delimiter).from_reader(capped);
        let headers = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => return Err(InputError::new(&path, Some(1), Reason::BadCsv, format!("bad header: {e}"))),
        };
        let mut lines = open_decoded(&path).ok().map(|f| LineCounter::new(f, delimiter));
        if reader.get_ref().ended_at(reader.position().byte()) {
            // The header took the whole file: a quote opened in it may never close.
            if let Some(open) = lines.as_mut().and_then(|l| l.open_quote_line()) {
                return Err(InputError::at(&path, Some(open), swallowed(open, 1)));
            }
        }
        let columns = find_columns(&headers, options).map_err(|p| InputError::at(&path, Some(1), p))?;
        record_start.set(reader.position().byte());
        Ok(Records {
            records: reader.into_byte_records(),
            record_start,
            lines,
            columns,
            ids,
            row: 1,
            done: false,
            path,
            options,
        })
    }

    /// The 1-based line where the record just read starts.
    fn line(&mut self, record: &csv::ByteRecord) -> u64 {
        // The csv crate's own line count is one short after CRLF line ends and never
        // advances on lone CRs, so lines are counted here from the record's byte offset.
        match (record.position(), self.lines.as_mut()) {
            (Some(p), Some(counter)) => counter.line_at(p.byte()),
            (p, None) => p.map_or(self.row, |p| p.line()),
            (None, Some(_)) => self.row,
        }
    }

    /// For a record that ends at the end of the file: the line of a quote that opened
    /// in it and never closed.
    fn open_quote(&mut self) -> Option<u64> {
        let reader = self.records.reader();
        if !reader.get_ref().ended_at(reader.position().byte()) {
            return None;
        }
        self.lines.as_mut()?.open_quote_line()
    }

    /// The document of one record that starts at `line`.
    fn document(&self, record: &csv::ByteRecord, line: u64) -> Located {
        let path = &self.path;
        let at = |p: Problem| InputError::at(path, Some(line), p);
        let field = |c: Option<usize>| -> Result<Option<String>, InputError> {
            match c.and_then(|c| record.get(c)) {
                None => Ok(None),
                Some(b) => String::from_utf8(b.to_vec())
                    .map(Some)
                    .map_err(|_| at(Problem(Reason::NotUtf8, "not valid UTF-8".into()))),
            }
        };
        let text = field(Some(self.columns.text))?.ok_or_else(|| {
            let name = self.options.fields.describe(Field::Text);
            at(Problem(Reason::MissingField, format!("record has no {name} field")))
        })?;
        let row = self.row;
        let id = match field(self.columns.id)?.filter(|s| !s.trim().is_empty()) {
            Some(id) => self.ids.of(id),
            None => format!("{}:{row}", self.ids.stem),
        };
        let text = clean_text(&text, self.options.max_article_bytes)
            .map_err(|Problem(r, m)| at(Problem(r, format!("document {id:?}: {m}"))))?;
        let (date, warning) = document_date(&id, field(self.columns.date)?);
        let non_empty = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let (title, source) = (non_empty(field(self.columns.title)?), non_empty(field(self.columns.source)?));
        let mut origin = Origin::new(path, Some(line));
        origin.warning = warning.map(at);
        Ok((Document { id, text, date, title, source }, origin))
    }
}

impl Iterator for Records<'_> {
    type Item = Located;

    fn next(&mut self) -> Option<Located> {
        if self.done {
            return None;
        }
        let record = self.records.next()?;
        self.row += 1;
        let record = match record {
            Ok(r) => r,
            Err(e) if is_too_large(&e) => {
                self.done = true;
                return Some(Err(self.too_large()));
            }
            Err(e) => {
                return Some(Err(InputError::new(
                    &self.path,
                    Some(self.row),
                    Reason::BadCsv,
                    format!("bad CSV record: {e}"),
                )))
            }
        };
        self.record_start.set(self.records.reader().position().byte());
        let line = self.line(&record);
        if let Some(open) = self.open_quote() {
            // Its text is the rest of the file: reported, never read as an article.
            self.done = true;
            return Some(Err(InputError::at(&self.path, Some(open), swallowed(open, line))));
        }
        Some(self.document(&record, line))
    }
}

impl Records<'_> {
    /// The problem of a record over the limit, which ends the file: most likely a
    /// quote that never closes (said so if it is), else one giant record.
    fn too_large(&mut self) -> InputError {
        let start = self.record_start.get();
        let cap = self.options.max_record_bytes();
        let message =
            format!("record of over {cap} bytes (4 x --max-article-bytes): it and the rest of the file are skipped");
        let Some(lines) = self.lines.as_mut() else {
            return InputError::new(&self.path, Some(self.row), Reason::TooLarge, message);
        };
        let line = lines.line_at(start);
        if let Some(open) = lines.open_quote_line() {
            return InputError::at(&self.path, Some(open), swallowed(open, line));
        }
        InputError::new(&self.path, Some(line), Reason::TooLarge, message)
    }
}

/// The file of a CSV reader, failing once one record has taken more than `cap`
/// bytes: the csv crate holds a whole record in memory, and a record can be as large
/// as the file (one that never closes its quote is).
struct CappedReader {
    inner: Box<dyn BufRead>,
    /// Bytes read so far.
    read: u64,
    /// The input has ended (a read returned nothing).
    at_end: bool,
    record_start: Rc<Cell<u64>>,
    cap: u64,
}

/// The message of the error a [`CappedReader`] fails with.
const OVER_CAP: &str = "CSV record over the size limit";

impl Read for CappedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read.saturating_sub(self.record_start.get()) > self.cap {
            return Err(std::io::Error::other(OVER_CAP));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.at_end |= n == 0 && !buf.is_empty();
        Ok(n)
    }
}

impl CappedReader {
    /// Whether the parser, at byte `position`, has read all of the input. (The
    /// decoded length of a compressed file is not known beforehand, so the end is
    /// where reading stopped.)
    fn ended_at(&self, position: u64) -> bool {
        self.at_end && position >= self.read
    }
}

/// Whether `e` is a [`CappedReader`]'s.
fn is_too_large(e: &csv::Error) -> bool {
    matches!(e.kind(), csv::ErrorKind::Io(io) if io.to_string() == OVER_CAP)
}

/// The problem of a quote opened at line `open` (in the record starting at line
/// `record`) that runs to the end of the file.
fn swallowed(open: u64, record: u64) -> Problem {
    let within = if open == record { String::new() } else { format!(" (in the record starting at line {record})") };
    Problem(
        Reason::UnterminatedQuote,
        format!(
            "unterminated quote{within}: the quoted field opened on this line runs to the end of the file; \
             this record and the rest of the file are skipped"
        ),
    )
}

/// The columns of the fields (text required; a field named by its option must be
/// there, the others are read when present under their default or news-please name).
fn find_columns(headers: &csv::ByteRecord, options: &ReadOptions) -> Result<Columns, Problem> {
    let find = |name: &str| {
        headers.iter().position(|h| {
            let h = String::from_utf8_lossy(h);
            h.trim_start_matches('\u{feff}').trim().eq_ignore_ascii_case(name)
        })
    };
    let fields = &options.fields;
    let column = |field: Field| -> Result<Option<usize>, Problem> {
        let found = fields.candidates(field).into_iter().find_map(find);
        match (found, fields.named(field)) {
            (None, Some(name)) => {
                Err(Problem(Reason::MissingField, format!("no column {name:?} (named by {})", field.option())))
            }
            (found, _) => Ok(found),
        }
    };
    let text = column(Field::Text)?.ok_or_else(|| {
        let names = fields.describe(Field::Text);
        Problem(Reason::MissingField, format!("no column {names} (choose one with --text-field)"))
    })?;
    Ok(Columns {
        text,
        id: column(Field::Id)?,
        date: column(Field::Date)?,
        title: column(Field::Title)?,
        source: column(Field::Source)?,
    })
}

/// The first line of the decoded file (at most 64 KiB of it), to sniff the delimiter.
fn header_line(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut line = Vec::new();
    open_decoded(path)?.take(1 << 16).read_until(b'\n', &mut line)?;
    Ok(line)
}

/// The delimiter a header line uses: whichever of comma, tab, semicolon and bar it
/// holds most of, outside quotes (comma when none). Header names rarely hold any of
/// them, so the count is clear-cut on real exports.
pub(super) fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b'\t', 0), (b';', 0), (b'|', 0)];
    let mut quoted = false;
    for &b in header {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                c.1 += 1;
            }
        }
    }
    // Comma first in the list: it wins ties (and the all-zero case).
    counts.iter().fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best }).0
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
    /// Field delimiter, for following quotes.
    delimiter: u8,
}

impl<R: BufRead> LineCounter<R> {
    fn new(reader: R, delimiter: u8) -> Self {
        LineCounter { reader, offset: 0, breaks: 0, after_cr: false, delimiter }
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

    /// Reads the rest of the input, from the start of a record; the line of a quote
    /// that opens there and never closes.
    fn open_quote_line(&mut self) -> Option<u64> {
        let mut scanner = QuoteScanner::with_delimiter(None, self.delimiter);
        let mut open_line = 0;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) if !b.is_empty() => b,
                _ => break,
            };
            let n = buf.len();
            for &b in buf {
                scanner.feed(b, self.offset);
                if scanner.open_quote() == Some(self.offset) {
                    // A pending "\r" before the quote was a lone one: it ended a line.
                    open_line = self.breaks + u64::from(self.after_cr) + 1;
                }
                self.breaks += u64::from(b == b'\n' || self.after_cr);
                self.after_cr = b == b'\r';
                self.offset += 1;
            }
            self.reader.consume(n);
        }
        scanner.open_quote().map(|_| open_line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{path_id, Fields, Item};

    /// Reads `path` as a file named on the command line.
    fn read(path: PathBuf, options: &ReadOptions) -> Box<dyn Iterator<Item = Located> + '_> {
        let ids = FileIds { stem: path_id(&path), prefixed: false };
        super::read(path, ids, false, options)
    }

    #[test]
    fn quoted_newlines_custom_columns_and_bad_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(
            &path,
            "key,body,published\nk1,\"Line one.\nLine two, with comma.\",2020-01-02\nk2,,2020-01-03\n,Third.,\n",
        )
        .unwrap();
        let fields = Fields {
            text: Some("body".into()),
            id: Some("key".into()),
            date: Some("published".into()),
            ..Fields::default()
        };
        let options = ReadOptions { fields, ..ReadOptions::default() };
        let items: Vec<Item> = read(path.clone(), &options).map(|i| i.map(|(d, _)| d)).collect();
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.id, "k1");
        assert_eq!(first.text, "Line one.\nLine two, with comma.");
        assert_eq!(first.date.as_deref(), Some("2020-01-02"));
        let err = items[1].as_ref().unwrap_err();
        assert_eq!(err.line, Some(4), "line of the record in the file");
        assert!(err.message.contains("empty article"));
        assert_eq!(items[2].as_ref().unwrap().id, format!("{}:4", path_id(&path)));
        let missing = read(path.clone(), &ReadOptions::default()).next().unwrap().unwrap_err();
        assert_eq!(missing.line, Some(1));
        assert!(missing.to_string().contains("no column \"text\""));
    }

    /// Lines of the records of `data`, as reported with their documents.
    fn lines(data: &str) -> Vec<(String, Option<u64>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lines.csv");
        std::fs::write(&path, data).unwrap();
        read(path, &ReadOptions::default())
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
        assert_eq!(
            lines("id,text\r\nc1,a\r\nc2\r\n")[1],
            ("record has no \"text\" (or \"maintext\") field".to_string(), Some(3))
        );
    }

    #[test]
    fn an_unterminated_quote_is_reported_where_it_opened_and_not_read() {
        // 100 rows; row 5 (line 6) opens a quote that never closes.
        let mut data = String::from("id,text\n");
        for i in 1..=100 {
            let text = if i == 5 { "\"Opened, never closed.".to_string() } else { format!("Article {i}.") };
            data.push_str(&format!("r{i},{text}\r\n"));
        }
        let read = lines(&data);
        assert_eq!(read.len(), 5, "{read:?}");
        assert_eq!(read[3], ("r4".to_string(), Some(5)));
        let (message, line) = &read[4];
        assert_eq!(*line, Some(6));
        assert!(message.starts_with("unterminated quote: the quoted field opened on this line"), "{message}");
        // In a record of several lines, and in the header.
        let read = lines("id,text\nr1,ok\nr2,\"closed\nover lines\",\"x\n\nmore");
        assert_eq!(read[1].1, Some(4), "{read:?}");
        assert!(read[1].0.contains("(in the record starting at line 3)"), "{read:?}");
        let read = lines("id,\"text\nr1,a\n");
        assert_eq!(read, vec![(read[0].0.clone(), Some(1))]);
        assert!(read[0].0.starts_with("unterminated quote"), "{read:?}");
        // A closed quote on the last line is no problem.
        assert_eq!(lines("id,text\nr1,\"a\nb\"")[0], ("r1".to_string(), Some(2)));
    }

    #[test]
    fn impossible_dates_are_reported_and_the_document_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.csv");
        std::fs::write(&path, "id,text,date\nr1,Text.,2020-02-31\nr2,Text.,2020-02-29\n").unwrap();
        let items: Vec<Located> = read(path, &ReadOptions::default()).collect();
        let (doc, origin) = items[0].as_ref().unwrap();
        assert_eq!(doc.date, None);
        let warning = origin.warning.as_ref().unwrap();
        assert_eq!((warning.line, warning.reason), (Some(2), Reason::BadDate));
        assert!(warning.message.contains("\"2020-02-31\""), "{warning}");
        assert_eq!(items[1].as_ref().unwrap().0.date.as_deref(), Some("2020-02-29"));
    }

    #[test]
    fn giant_records_end_the_file_in_bounded_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        let big = "x".repeat(100_000);
        std::fs::write(&path, format!("id,text\nr1,Small.\nr2,\"{big}\"\nr3,After.\n")).unwrap();
        let options = ReadOptions { max_article_bytes: 100, ..ReadOptions::default() };
        let items: Vec<Located> = read(path.clone(), &options).collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].as_ref().unwrap().0.id, "r1");
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.reason), (Some(3), Reason::TooLarge));
        assert!(e.message.starts_with("record of over 400 bytes"), "{e}");
        // Over the limit and never closed: reported as the quote it is.
        std::fs::write(&path, format!("id,text\nr1,Small.\nr2,\"{big}\nr3,After.\n")).unwrap();
        let items: Vec<Located> = read(path, &options).collect();
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.reason), (Some(3), Reason::UnterminatedQuote), "{e}");
    }
}
