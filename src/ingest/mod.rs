//! Stage 1: input files to documents with stable ids.
//!
//! Inputs are read lazily, one document at a time, so memory does not grow with the
//! corpus. Every problem is reported as an [`InputError`] naming the file (and line or
//! row), and reading goes on with the rest.

mod csv_file;
mod jsonl;
mod text;

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Stable id: the path relative to the input argument for text files, the `id`
    /// field or column otherwise.
    pub id: String,
    pub text: String,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// A problem with one part of the input; the rest of the input is still read.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub file: PathBuf,
    /// 1-based line, when the problem has one: the line of a JSONL document, the first
    /// line of a CSV record (the header is line 1), the first bad line of a text file.
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(file: &Path, line: Option<u64>, message: impl Into<String>) -> Self {
        InputError { file: file.to_path_buf(), line, message: message.into() }
    }
}

/// How to read CSV inputs.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    pub text: String,
    /// Column with document ids; when absent, ids are `FILE:ROW`.
    pub id: Option<String>,
    pub date: Option<String>,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns { text: "text".into(), id: None, date: None }
    }
}

/// What an input item yields: a document, or a problem to report.
pub type Item = Result<Document, InputError>;

/// Where a document was read: its file and, for line-based formats, its line (JSONL)
/// or the first line of its record (CSV). Later checks on the document (duplicate ids)
/// use it to report the problem the way the readers report theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: Option<u64>,
}

impl Origin {
    pub fn new(file: &Path, line: Option<u64>) -> Self {
        Origin { file: file.to_path_buf(), line }
    }

    /// A problem with the document read here.
    pub fn error(&self, message: impl Into<String>) -> InputError {
        InputError::new(&self.file, self.line, message)
    }
}

/// An input item with the origin of its document (errors carry their own).
pub type Located = Result<(Document, Origin), InputError>;

/// Streams the documents of all `inputs` in a deterministic order.
pub fn read_inputs<'a>(inputs: &'a [PathBuf], csv: &'a CsvColumns) -> impl Iterator<Item = Item> + 'a {
    read_inputs_located(inputs, csv).map(|item| item.map(|(doc, _)| doc))
}

/// [`read_inputs`], with the origin of every document.
pub fn read_inputs_located<'a>(inputs: &'a [PathBuf], csv: &'a CsvColumns) -> impl Iterator<Item = Located> + 'a {
    inputs.iter().flat_map(move |input| read_input(input, csv))
}

/// Streams the documents of one argument: a `.txt`, `.jsonl` or `.csv` file, or a folder.
pub fn read_input<'a>(input: &'a Path, csv: &'a CsvColumns) -> Box<dyn Iterator<Item = Located> + 'a> {
    if input.is_dir() {
        return Box::new(text::read_folder(input));
    }
    let once = |e: InputError| -> Box<dyn Iterator<Item = Located> + 'a> { Box::new(std::iter::once(Err(e))) };
    match std::fs::metadata(input) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return once(InputError::new(input, None, "no such file or folder"))
        }
        Err(e) => return once(InputError::new(input, None, format!("cannot read: {e}"))),
        // A 0-byte file is reported whatever its format: it is most likely a failed
        // download or export. (A CSV with only its header, or a JSONL file with only
        // blank lines, is well-formed and simply holds no documents.)
        Ok(m) if m.is_file() && m.len() == 0 => return once(InputError::new(input, None, EMPTY_FILE)),
        Ok(_) => {}
    }
    match extension(input).as_deref() {
        Some("jsonl") | Some("ndjson") => Box::new(jsonl::read(input)),
        Some("csv") => Box::new(csv_file::read(input, csv)),
        // Any other file is one article; its id is its name.
        _ => {
            let id = input.file_name().map_or_else(|| input.display().to_string(), |n| n.to_string_lossy().into());
            Box::new(std::iter::once(text::read_article(input, id)))
        }
    }
}

/// The message for a 0-byte input file.
const EMPTY_FILE: &str = "empty file";

/// Bytes of input below `path`, for progress: a file's size, or the total size of the
/// `.txt` files a folder argument would read (the same walk as the reader's).
pub fn input_size(path: &Path) -> u64 {
    if path.is_dir() {
        let (mut files, mut errors) = (Vec::new(), Vec::new());
        text::collect(path, &mut files, &mut errors);
        files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum()
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    }
}

fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Removes a UTF-8 byte-order mark.
fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}').unwrap_or(s)
}

/// Normalises an ISO 8601 date or date-time to `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let date = s.get(..10)?;
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    if s.len() > 10 && !matches!(s.as_bytes()[10], b'T' | b' ' | b't') {
        return None;
    }
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

/// Checks an article's text: non-empty, no NUL bytes (which would corrupt CSV output).
fn clean_text(text: &str) -> Result<String, String> {
    // NUL and other C0 controls (but tab/newline/CR) are replaced by spaces: offsets stay valid.
    let text: String = strip_bom(text)
        .chars()
        .map(|c| if c.is_control() && !matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .collect();
    // Checked after the replacement: an article of control characters only is empty too.
    if text.trim().is_empty() {
        return Err("empty article".into());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("2017-10-13"), Some("2017-10-13".into()));
        assert_eq!(parse_date("2017-10-13T08:15:00Z"), Some("2017-10-13".into()));
        assert_eq!(parse_date("2017-13-01"), None);
        assert_eq!(parse_date("13/10/2017"), None);
        assert_eq!(parse_date("2017-10-13x"), None);
        assert_eq!(parse_date("é"), None);
    }

    /// A document as the tests see it: id, file name, line.
    type Located = (String, String, Option<u64>);

    /// Reads `inputs` and returns each document and the message of each error.
    fn read_all(inputs: &[PathBuf]) -> (Vec<Located>, Vec<String>) {
        let csv = CsvColumns::default();
        let (mut docs, mut errors) = (Vec::new(), Vec::new());
        for item in read_inputs_located(inputs, &csv) {
            match item {
                Ok((d, o)) => docs.push((d.id, o.file.file_name().unwrap().to_string_lossy().into_owned(), o.line)),
                Err(e) => errors.push(e.to_string()),
            }
        }
        (docs, errors)
    }

    #[test]
    fn empty_files_and_files_without_documents() {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str, content: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, content).unwrap();
            path
        };
        let inputs = vec![
            p("zero.txt", ""),
            p("zero.jsonl", ""),
            p("zero.csv", ""),
            p("header.csv", "id,text\r\n"),
            p("blank.jsonl", "\n  \r\n\n"),
            p("bom.jsonl", "\u{feff}\n"),
        ];
        let (docs, errors) = read_all(&inputs);
        assert!(docs.is_empty(), "{docs:?}");
        // Only the 0-byte files are problems, each reported once, without a line.
        assert_eq!(errors.len(), 3, "{errors:?}");
        for (e, name) in errors.iter().zip(["zero.txt", "zero.jsonl", "zero.csv"]) {
            assert!(e.ends_with(&format!("{name}: empty file")), "{e}");
        }
    }

    #[test]
    fn documents_carry_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("a.jsonl");
        std::fs::write(&jsonl, "\n{\"id\": \"j1\", \"text\": \"One.\"}\r\n\n{\"id\": \"j2\", \"text\": \"Two.\"}")
            .unwrap();
        let csv = dir.path().join("b.csv");
        // A quoted field spanning three lines: the next record starts on line 5.
        std::fs::write(&csv, "id,text\nc1,\"One\n\ntwo.\"\nc2,Three.\n").unwrap();
        let txt = dir.path().join("c.txt");
        std::fs::write(&txt, "\u{feff}Four.\r\n").unwrap();
        let (docs, errors) = read_all(&[jsonl, csv, txt]);
        assert!(errors.is_empty(), "{errors:?}");
        let expect = |id: &str, file: &str, line: Option<u64>| (id.to_string(), file.to_string(), line);
        assert_eq!(
            docs,
            vec![
                expect("j1", "a.jsonl", Some(2)),
                expect("j2", "a.jsonl", Some(4)),
                expect("c1", "b.csv", Some(2)),
                expect("c2", "b.csv", Some(5)),
                expect("c.txt", "c.txt", None),
            ]
        );
    }

    #[test]
    fn missing_inputs_are_reported_whatever_the_extension() {
        let dir = tempfile::tempdir().unwrap();
        let names = ["gone.txt", "gone.jsonl", "gone.csv", "gone"];
        let (docs, errors) = read_all(&names.map(|n| dir.path().join(n)));
        assert!(docs.is_empty());
        for (e, name) in errors.iter().zip(names) {
            assert!(e.ends_with(&format!("{name}: no such file or folder")), "{e}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn folder_link_cycles_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir_all(corpus.join("sub")).unwrap();
        std::fs::write(corpus.join("a.txt"), "First.").unwrap();
        std::fs::write(corpus.join("sub/b.txt"), "Second.").unwrap();
        // Two links back up the tree: followed blindly they would list the files
        // 2^40 times over before the kernel's link limit stopped them.
        std::os::unix::fs::symlink(&corpus, corpus.join("sub/up")).unwrap();
        std::os::unix::fs::symlink(&corpus, corpus.join("sub/up2")).unwrap();
        let (docs, errors) = read_all(std::slice::from_ref(&corpus));
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(ids, vec!["a.txt", "sub/b.txt"]);
        assert_eq!(input_size(&corpus), 13);
    }

    #[test]
    fn text_cleaning() {
        assert_eq!(clean_text("\u{feff}Hello\0world"), Ok("Hello world".into()));
        assert!(clean_text(" \n\t").is_err());
        assert!(clean_text("\u{2}\0\r\n").is_err(), "control characters only: empty once replaced");
    }
}
