//! Stage 1: input files to documents with stable ids.
//!
//! Inputs are read lazily, one document at a time, so memory does not grow with the
//! corpus. Every problem is reported as an [`InputError`] naming the file (and line or
//! row), and reading goes on with the rest.

mod dates;
mod fields;
mod format;
mod ids;
mod json;
mod jsonl;
mod open;
pub(crate) mod quotes;
pub mod skipped;
mod table;
mod text;

pub use dates::parse_date;
pub use fields::{Field, Fields};
use format::Format;
pub use ids::{path_id, unescape_id};
pub use open::{is_stdin, Compression, STDIN};

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Stable id: the path of a text file as given (see [`path_id`]), the `id` field
    /// or column otherwise.
    pub id: String,
    pub text: String,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// Why an input item was skipped (or, for dates, only partly read): the categories
/// the end-of-run summary and `skipped.csv` count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    NotFound,
    Unreadable,
    NotRegularFile,
    UnknownFormat,
    EmptyFile,
    EmptyArticle,
    TooLarge,
    NotUtf8,
    Utf16,
    BadJson,
    BadCsv,
    UnterminatedQuote,
    MissingField,
    BadDate,
    DuplicateId,
}

impl Reason {
    /// Short label, the same in the summary and in `skipped.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NotFound => "not found",
            Reason::Unreadable => "unreadable",
            Reason::NotRegularFile => "not a regular file",
            Reason::UnknownFormat => "unknown format",
            Reason::EmptyFile => "empty file",
            Reason::EmptyArticle => "empty article",
            Reason::TooLarge => "too large",
            Reason::NotUtf8 => "not UTF-8",
            Reason::Utf16 => "UTF-16",
            Reason::BadJson => "invalid JSON",
            Reason::BadCsv => "bad CSV record",
            Reason::UnterminatedQuote => "unterminated quote",
            Reason::MissingField => "missing field",
            Reason::BadDate => "bad date (document kept)",
            Reason::DuplicateId => "duplicate id",
        }
    }
}

/// A problem with one part of the input; the rest of the input is still read.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub file: PathBuf,
    /// 1-based line, when the problem has one: the line of a JSONL document, the first
    /// line of a CSV record (the header is line 1), the first bad line of a text file.
    pub line: Option<u64>,
    pub reason: Reason,
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
    pub fn new(file: &Path, line: Option<u64>, reason: Reason, message: impl Into<String>) -> Self {
        InputError { file: file.to_path_buf(), line, reason, message: message.into() }
    }

    /// The error for `problem`, found in `file` at `line`.
    fn at(file: &Path, line: Option<u64>, problem: Problem) -> Self {
        InputError::new(file, line, problem.0, problem.1)
    }
}

/// A problem found before its file and line are known (by the parsers of one record).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem(pub Reason, pub String);

/// The default of `--max-article-bytes`: far above any news article, far below what
/// would strain memory.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// A JSON Lines line or JSON array element may carry fields besides the text (raw
/// HTML, as scraped exports have), so it may be this many times the article limit
/// before it is skipped unread.
const RECORD_FACTOR: u64 = 4;

/// How to read the inputs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Which fields (JSON) or columns (tables) hold the text, id, date, title, source.
    pub fields: Fields,
    /// Field separator of tables; `None`: tab for `.tsv` files, else sniffed from the
    /// header line (comma, tab, semicolon or bar).
    pub delimiter: Option<u8>,
    /// Articles with more text than this (in bytes of UTF-8) are skipped and reported.
    pub max_article_bytes: u64,
    /// Canonical paths of folders that folder walks do not enter: the output folder,
    /// whose CSV files would otherwise be read as input by the next run when it lies
    /// inside an input folder.
    pub skip_folders: Vec<PathBuf>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            fields: Fields::default(),
            delimiter: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            skip_folders: Vec::new(),
        }
    }
}

impl ReadOptions {
    /// The most bytes one JSON record (line or array element) may take.
    fn max_record_bytes(&self) -> u64 {
        self.max_article_bytes.saturating_mul(RECORD_FACTOR)
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
    /// A problem with a document that is still read (a date that does not exist: the
    /// document is kept without one). [`read_inputs_located`] reports it as an item
    /// of its own, just before the document.
    pub warning: Option<InputError>,
}

impl Origin {
    pub fn new(file: &Path, line: Option<u64>) -> Self {
        Origin { file: file.to_path_buf(), line, warning: None }
    }

    /// A problem with the document read here.
    pub fn error(&self, reason: Reason, message: impl Into<String>) -> InputError {
        InputError::new(&self.file, self.line, reason, message)
    }
}

/// An input item with the origin of its document (errors carry their own).
pub type Located = Result<(Document, Origin), InputError>;

/// Streams the documents of all `inputs` in a deterministic order.
pub fn read_inputs<'a>(inputs: &'a [PathBuf], options: &'a ReadOptions) -> impl Iterator<Item = Item> + 'a {
    read_inputs_located(inputs, options).map(|item| item.map(|(doc, _)| doc))
}

/// [`read_inputs`], with the origin of every document; a document's warning comes
/// first, as an error item of its own.
pub fn read_inputs_located<'a>(inputs: &'a [PathBuf], options: &'a ReadOptions) -> impl Iterator<Item = Located> + 'a {
    read_inputs_indexed(inputs, options).map(|(_, item)| item)
}

/// [`read_inputs_located`], each item with the index of the input argument it was
/// read from (a checkpoint hashes the items of each input apart).
pub fn read_inputs_indexed<'a>(
    inputs: &'a [PathBuf],
    options: &'a ReadOptions,
) -> impl Iterator<Item = (usize, Located)> + 'a {
    inputs
        .iter()
        .enumerate()
        .flat_map(move |(i, input)| read_input(input, options).flat_map(split_warning).map(move |item| (i, item)))
}

/// A document's warning, then the document.
fn split_warning(item: Located) -> std::iter::Chain<std::option::IntoIter<Located>, std::iter::Once<Located>> {
    match item {
        Ok((doc, mut origin)) => {
            let warning = origin.warning.take();
            warning.map(Err).into_iter().chain(std::iter::once(Ok((doc, origin))))
        }
        Err(e) => None.into_iter().chain(std::iter::once(Err(e))),
    }
}

/// The message for files in a folder that are not read.
const UNKNOWN_EXTENSION: &str = "not read: unknown extension (folders are read for .txt, .json, .jsonl, .ndjson, \
     .csv and .tsv files, also compressed: .gz, .zst, .bz2)";

/// How the documents of one file are named.
#[derive(Debug, Clone)]
pub(crate) struct FileIds {
    /// The file's own id ([`path_id`]): a text article's id, the `FILE` of a table's
    /// `FILE:ROW` ids.
    pub stem: String,
    /// For files found in a folder: ids read from fields become `FILE:ID`, so that
    /// two exports that both number their articles from 1 stay apart. Files named
    /// on the command line keep their ids as they are.
    pub prefixed: bool,
}

impl FileIds {
    /// The id of a document whose id field says `id`.
    pub fn of(&self, id: String) -> String {
        if self.prefixed {
            format!("{}:{id}", self.stem)
        } else {
            id
        }
    }
}

/// Streams the documents of one argument: `-` (standard input), a file, or a folder.
/// A file named on the command line is read by its extension; a compressed one whose
/// name says nothing more (`news.gz`) by its decoded content; any other as plain text.
pub fn read_input<'a>(input: &'a Path, options: &'a ReadOptions) -> Box<dyn Iterator<Item = Located> + 'a> {
    if is_stdin(input) {
        return read_stdin(options);
    }
    if input.is_dir() {
        return Box::new(read_folder(input, options));
    }
    let ids = FileIds { stem: path_id(input), prefixed: false };
    let format = match Format::of(input) {
        Some(f) => f,
        // A compressed file without a format in its name (`dump.gz`, a download saved
        // as `dump`) says what it is only once decoded. Any other file is the plain
        // text it always was: an `.md` article starting with `[` is no JSON array.
        None if open::is_compressed(input) => {
            open::decoded_head(input, 4096).map_or(Format::Text, |head| Format::sniff(&head, &options.fields))
        }
        None => Format::Text,
    };
    read_file(input.to_path_buf(), format, ids, options)
}

/// Standard input, spooled to a temporary file and read by its content; problems and
/// documents name it `-`, as the command line does.
fn read_stdin(options: &ReadOptions) -> Box<dyn Iterator<Item = Located> + '_> {
    let name = Path::new(STDIN);
    let (tmp, path) = match open::spool_stdin() {
        Ok(spooled) => spooled,
        Err(e) => {
            let e = InputError::new(name, None, Reason::Unreadable, format!("cannot read standard input: {e}"));
            return Box::new(std::iter::once(Err(e)));
        }
    };
    let format = open::decoded_head(&path, 4096).map_or(Format::Text, |head| Format::sniff(&head, &options.fields));
    let ids = FileIds { stem: STDIN.into(), prefixed: false };
    let items = read_file(path.clone(), format, ids, options);
    Box::new(items.map(move |item| {
        // Owned here, so the spooled copy lives as long as its reader.
        let _spooled = &tmp;
        rename_file(item, &path, name)
    }))
}

/// `item` with the file `from` called `to` (the spooled copy of standard input).
fn rename_file(item: Located, from: &Path, to: &Path) -> Located {
    let rename = |e: &mut InputError| {
        if e.file == from {
            e.file = to.to_path_buf();
        }
    };
    match item {
        Ok((doc, mut origin)) => {
            if origin.file == from {
                origin.file = to.to_path_buf();
            }
            if let Some(w) = origin.warning.as_mut() {
                rename(w);
            }
            Ok((doc, origin))
        }
        Err(mut e) => {
            rename(&mut e);
            Err(e)
        }
    }
}

/// Every file below the folder `root`, in sorted order, read by its extension; files
/// with other extensions are reported, not read.
fn read_folder<'a>(root: &Path, options: &'a ReadOptions) -> impl Iterator<Item = Located> + 'a {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    text::collect(root, &options.skip_folders, &mut files, &mut errors);
    files.sort();
    errors.into_iter().map(Err).chain(files.into_iter().flat_map(move |path| match Format::of(&path) {
        Some(format) => {
            let ids = FileIds { stem: path_id(&path), prefixed: true };
            read_file(path, format, ids, options)
        }
        None => Box::new(std::iter::once(Err(InputError::new(&path, None, Reason::UnknownFormat, UNKNOWN_EXTENSION)))),
    }))
}

/// Reads one file as `format`, after the checks every format shares.
fn read_file(
    path: PathBuf,
    format: Format,
    ids: FileIds,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = Located> + '_> {
    if let Err(e) = check_file(&path) {
        return Box::new(std::iter::once(Err(e)));
    }
    match format {
        Format::Text => Box::new(std::iter::once(text::read_article(&path, ids.stem, options.max_article_bytes))),
        Format::Json => json::read(path, ids, options),
        Format::JsonLines => jsonl::read(path, ids, options),
        Format::Table { tsv } => table::read(path, ids, tsv, options),
    }
}

/// Problems that concern a whole file: missing, not a regular file (a FIFO or a
/// device would block or never end), empty, or UTF-16.
fn check_file(path: &Path) -> Result<(), InputError> {
    let error = |reason, message: String| Err(InputError::new(path, None, reason, message));
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return error(Reason::NotFound, "no such file or folder".into())
        }
        Err(e) => return error(Reason::Unreadable, format!("cannot read: {e}")),
        Ok(m) if !m.is_file() => {
            return error(Reason::NotRegularFile, "not a regular file (a FIFO, device or socket): not read".into())
        }
        // A 0-byte file is reported whatever its format: it is most likely a failed
        // download or export. (A CSV with only its header, or a JSONL file with only
        // blank lines, is well-formed and simply holds no documents.)
        Ok(m) if m.len() == 0 => return error(Reason::EmptyFile, EMPTY_FILE.into()),
        Ok(_) => {}
    }
    match utf16_bom(path) {
        Some(bom) => error(
            Reason::Utf16,
            format!("UTF-16 text (byte-order mark {bom}), not UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8"),
        ),
        None => Ok(()),
    }
}

/// The byte-order mark of a UTF-16 file (after decompression), which would
/// otherwise be reported as invalid UTF-8 (or, in CSV, as a header without the text
/// column).
fn utf16_bom(path: &Path) -> Option<&'static str> {
    match open::decoded_head(path, 2).ok()?.as_slice() {
        [0xff, 0xfe] => Some("FF FE"),
        [0xfe, 0xff] => Some("FE FF"),
        _ => None,
    }
}

/// The message for a 0-byte input file.
const EMPTY_FILE: &str = "empty file";

/// Bytes of input below `path`, for progress: a file's size, or the total size of the
/// files a folder argument would read (the same walk as the reader's, which does not
/// enter `skip_folders`).
pub fn input_size(path: &Path, skip_folders: &[PathBuf]) -> u64 {
    if path.is_dir() {
        let (mut files, mut errors) = (Vec::new(), Vec::new());
        text::collect(path, skip_folders, &mut files, &mut errors);
        files
            .iter()
            .filter(|f| Format::of(f).is_some())
            .filter_map(|f| std::fs::metadata(f).ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    } else {
        std::fs::metadata(path).ok().filter(|m| m.is_file()).map_or(0, |m| m.len())
    }
}

/// Removes a UTF-8 byte-order mark.
fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}').unwrap_or(s)
}

/// The date of document `id` from its raw value, or the warning that it was dropped
/// (the document is kept: a bad date should not cost the article).
fn document_date(id: &str, raw: Option<String>) -> (Option<String>, Option<Problem>) {
    match raw.filter(|s| !s.trim().is_empty()) {
        None => (None, None),
        Some(raw) => match parse_date(&raw) {
            Some(date) => (Some(date), None),
            None => {
                let message = format!(
                    "document {id:?}: date {raw:?} is not a date that exists in a known form \
                     (ISO 8601, RFC 3339, RFC 2822, YYYYMMDD[HHMMSS]): document kept without a date"
                );
                (None, Some(Problem(Reason::BadDate, message)))
            }
        },
    }
}

/// Checks an article's text: non-empty, within the size limit; NUL and other C0
/// controls (but tab/newline/CR) are replaced by spaces, which keeps offsets valid
/// and CSV output clean.
fn clean_text(text: &str, max_bytes: u64) -> Result<String, Problem> {
    check_size(text.len() as u64, max_bytes)?;
    let text: String = strip_bom(text)
        .chars()
        .map(|c| if c.is_control() && !matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .collect();
    // Checked after the replacement: an article of control characters only is empty too.
    if text.trim().is_empty() {
        return Err(Problem(Reason::EmptyArticle, "empty article".into()));
    }
    Ok(text)
}

/// An article of `len` bytes against `--max-article-bytes`.
fn check_size(len: u64, max_bytes: u64) -> Result<(), Problem> {
    if len > max_bytes {
        return Err(too_large(format!("article of {len} bytes"), format!("--max-article-bytes {max_bytes}")));
    }
    Ok(())
}

/// A record (JSON line or array element) of `len` bytes, over `cap`
/// ([`ReadOptions::max_record_bytes`]).
fn record_too_large(len: u64, cap: u64) -> Problem {
    let limit = format!("{RECORD_FACTOR} x --max-article-bytes ({cap} bytes)");
    too_large(format!("record of {len} bytes"), limit)
}

/// The problem for something over a size limit; it is always skipped, never cut.
fn too_large(what: String, limit: String) -> Problem {
    Problem(Reason::TooLarge, format!("{what} is over {limit}: skipped"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document as the tests see it: id, file name, line.
    type Located = (String, String, Option<u64>);

    /// Reads `inputs` and returns each document and the message of each error.
    fn read_all(inputs: &[PathBuf]) -> (Vec<Located>, Vec<String>) {
        let options = ReadOptions::default();
        let (mut docs, mut errors) = (Vec::new(), Vec::new());
        for item in read_inputs_located(inputs, &options) {
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
                expect(&path_id(&dir.path().join("c.txt")), "c.txt", None),
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
        let root = path_id(&corpus);
        assert_eq!(ids, vec![format!("{root}/a.txt"), format!("{root}/sub/b.txt")]);
        assert_eq!(input_size(&corpus, &[]), 13);
    }

    #[test]
    fn text_cleaning() {
        assert_eq!(clean_text("\u{feff}Hello\0world", 100), Ok("Hello world".into()));
        assert!(clean_text(" \n\t", 100).is_err());
        assert!(clean_text("\u{2}\0\r\n", 100).is_err(), "control characters only: empty once replaced");
        assert_eq!(clean_text("Hello", 4).unwrap_err().0, Reason::TooLarge);
    }

    #[test]
    fn same_names_in_two_folders_are_two_documents() {
        let dir = tempfile::tempdir().unwrap();
        for year in ["2019", "2020"] {
            std::fs::create_dir(dir.path().join(year)).unwrap();
            std::fs::write(dir.path().join(year).join("a.txt"), format!("Article of {year}.")).unwrap();
        }
        let (docs, errors) = read_all(&[dir.path().join("2019"), dir.path().join("2020")]);
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
        assert!(ids[0].ends_with("/2019/a.txt") && ids[1].ends_with("/2020/a.txt"), "{ids:?}");
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_file_names_get_distinct_reversible_ids() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let names: [&[u8]; 2] = [b"caf\xe9.txt", b"caf\xe8.txt"];
        for name in names {
            std::fs::write(dir.path().join(std::ffi::OsStr::from_bytes(name)), "Text.").unwrap();
        }
        let (docs, errors) = read_all(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(docs.len(), 2);
        assert_ne!(docs[0].0, docs[1].0);
        for (doc, name) in docs.iter().zip([names[1], names[0]]) {
            let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
            assert_eq!(unescape_id(&doc.0), path.as_os_str().as_bytes(), "{}", doc.0);
        }
    }

    #[test]
    fn json_files_are_read_as_json() {
        let dir = tempfile::tempdir().unwrap();
        let array = dir.path().join("array.json");
        std::fs::write(&array, "[{\"id\": \"a1\", \"text\": \"One.\"}, {\"id\": \"a2\", \"text\": \"Two.\"}]").unwrap();
        let lines = dir.path().join("lines.json");
        std::fs::write(&lines, "{\"id\": \"l1\", \"text\": \"One.\"}\n{\"id\": \"l2\", \"text\": \"Two.\"}\n").unwrap();
        let (docs, errors) = read_all(&[array, lines]);
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(ids, vec!["a1", "a2", "l1", "l2"]);
    }

    #[test]
    fn folders_read_every_format_and_report_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(corpus.join("a.json"), "[{\"id\": \"j\", \"text\": \"From JSON.\"}]").unwrap();
        std::fs::write(corpus.join("b.csv"), "id,text\nc,From CSV.\n").unwrap();
        std::fs::write(corpus.join("c.jsonl"), "{\"id\": \"l\", \"text\": \"From JSONL.\"}\n").unwrap();
        std::fs::write(corpus.join("d.txt"), "From text.").unwrap();
        std::fs::write(corpus.join("e.md"), "# Not read").unwrap();
        let (docs, errors) = read_all(std::slice::from_ref(&corpus));
        let ids: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        // Ids from fields get their file's id in front: unique across the folder's files.
        let root = path_id(&corpus);
        let expect = ["a.json:j", "b.csv:c", "c.jsonl:l", "d.txt"].map(|id| format!("{root}/{id}"));
        assert_eq!(ids, expect);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].ends_with(&format!("e.md: {UNKNOWN_EXTENSION}")), "{errors:?}");
    }

    #[test]
    fn utf16_files_are_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let mut inputs = Vec::new();
        for (name, bom) in [("le.txt", [0xff, 0xfe]), ("be.csv", [0xfe, 0xff]), ("le.jsonl", [0xff, 0xfe])] {
            let mut bytes = bom.to_vec();
            bytes.extend(
                "Hi.".encode_utf16().flat_map(|u| if bom[0] == 0xff { u.to_le_bytes() } else { u.to_be_bytes() }),
            );
            std::fs::write(dir.path().join(name), bytes).unwrap();
            inputs.push(dir.path().join(name));
        }
        let (docs, errors) = read_all(&inputs);
        assert!(docs.is_empty());
        assert_eq!(errors.len(), 3, "{errors:?}");
        for (e, bom) in errors.iter().zip(["FF FE", "FE FF", "FF FE"]) {
            assert!(e.contains(&format!(": UTF-16 text (byte-order mark {bom}), not UTF-8")), "{e}");
        }
    }

    #[test]
    fn bad_dates_come_before_their_document() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        std::fs::write(&path, "{\"id\": \"a\", \"text\": \"A.\", \"date\": \"2020-02-31\"}\n").unwrap();
        let (docs, errors) = read_all(std::slice::from_ref(&path));
        assert_eq!(docs.len(), 1);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].ends_with("d.jsonl:1: document \"a\": date \"2020-02-31\" is not a date that exists in a known form (ISO 8601, RFC 3339, RFC 2822, YYYYMMDD[HHMMSS]): document kept without a date"), "{errors:?}");
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        let fifo = corpus.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        std::os::unix::fs::symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
        let direct = dir.path().join("zero.jsonl");
        std::os::unix::fs::symlink("/dev/zero", &direct).unwrap();
        let (docs, errors) = read_all(&[corpus, direct]);
        assert!(docs.is_empty());
        assert_eq!(errors.len(), 3, "{errors:?}");
        for (e, name) in errors.iter().zip(["pipe.txt", "zero.txt", "zero.jsonl"]) {
            assert!(e.ends_with(&format!("{name}: not a regular file (a FIFO, device or socket): not read")), "{e}");
        }
    }

    #[test]
    fn the_output_folder_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("out")).unwrap();
        std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
        std::fs::write(dir.path().join("out/nodes.csv"), "Id,Label\n").unwrap();
        let skip_folders = vec![dir.path().join("out").canonicalize().unwrap()];
        let options = ReadOptions { skip_folders, ..ReadOptions::default() };
        let items: Vec<super::Located> = read_input(dir.path(), &options).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].is_ok());
    }

    #[test]
    fn articles_over_the_limit_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let (big, small) = (dir.path().join("big.txt"), dir.path().join("small.txt"));
        std::fs::write(&big, "x".repeat(101)).unwrap();
        std::fs::write(&small, "x".repeat(100)).unwrap();
        let options = ReadOptions { max_article_bytes: 100, ..ReadOptions::default() };
        let items: Vec<super::Located> = read_inputs_located(&[big, small], &options).collect();
        let e = items[0].as_ref().unwrap_err();
        assert!(
            e.to_string().ends_with("big.txt: article of 101 bytes is over --max-article-bytes 100: skipped"),
            "{e}"
        );
        assert!(items[1].is_ok());
    }
}

#[cfg(test)]
mod input_forms;
