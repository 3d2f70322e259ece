//! Skipped input items, kept in constant memory: counts per reason and the first
//! [`EXAMPLES`] problems for the terminal, and every problem in `skipped.csv` in the
//! output folder. Two million bad lines used to add 125 MB to memory and to every
//! checkpoint, and two million lines to stderr even with `--quiet`.

use super::InputError;
use crate::export::text_cell;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Problems kept in memory (and shown on stderr) at most.
pub const EXAMPLES: usize = 20;

/// Header of `skipped.csv`.
pub const SKIPPED_HEADER: [&str; 4] = ["file", "line", "reason", "message"];

/// Counts and first examples of the problems of a run (part of its checkpoint).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SkipCounts {
    pub total: u64,
    /// Problems per [`super::Reason`] label.
    pub by_reason: BTreeMap<String, u64>,
    /// The first [`EXAMPLES`] problems, as `file:line: message`.
    pub examples: Vec<String>,
}

impl SkipCounts {
    /// Counts `e`; true if it is one of the first [`EXAMPLES`] (to be shown).
    pub fn add(&mut self, e: &InputError) -> bool {
        self.total += 1;
        *self.by_reason.entry(e.reason.as_str().to_string()).or_default() += 1;
        let shown = self.examples.len() < EXAMPLES;
        if shown {
            self.examples.push(e.to_string());
        }
        shown
    }

    /// One line per reason: `  reason: count`, most frequent first.
    pub fn by_reason_lines(&self) -> Vec<String> {
        let mut counts: Vec<(&String, &u64)> = self.by_reason.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        counts.into_iter().map(|(reason, n)| format!("  {reason}: {n}")).collect()
    }
}

/// Errors of the skipped-items file.
#[derive(Debug, thiserror::Error)]
pub enum SkipFileError {
    #[error("{path}: {action}: {source}")]
    Io {
        path: PathBuf,
        action: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: write failed: {source}")]
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
}

/// Every problem of a run, appended as it happens to a file that can be
/// checkpointed (its length) and resumed, and renamed into place at the end.
pub struct SkipFile {
    writer: csv::Writer<File>,
    path: PathBuf,
}

impl SkipFile {
    /// Starts a new file at `path` (header written).
    pub fn create(path: &Path) -> Result<Self, SkipFileError> {
        let file = File::create(path).map_err(|source| io(path, "cannot create", source))?;
        let mut writer = csv::Writer::from_writer(file);
        writer.write_record(SKIPPED_HEADER).map_err(|source| SkipFileError::Csv { path: path.into(), source })?;
        Ok(SkipFile { writer, path: path.to_path_buf() })
    }

    /// Reopens a file, dropping anything after byte `len` (the last checkpoint).
    pub fn resume(path: &Path, len: u64) -> Result<Self, SkipFileError> {
        let mut file =
            std::fs::OpenOptions::new().write(true).open(path).map_err(|source| io(path, "cannot reopen", source))?;
        file.set_len(len).map_err(|source| io(path, "cannot truncate", source))?;
        file.seek(SeekFrom::End(0)).map_err(|source| io(path, "cannot seek", source))?;
        let writer = csv::WriterBuilder::new().has_headers(false).from_writer(file);
        Ok(SkipFile { writer, path: path.to_path_buf() })
    }

    pub fn add(&mut self, e: &InputError) -> Result<(), SkipFileError> {
        let file = e.file.display().to_string();
        let line = e.line.map_or(String::new(), |l| l.to_string());
        self.writer
            .write_record([&*text_cell(&file), &line, e.reason.as_str(), &text_cell(&e.message)])
            .map_err(|source| SkipFileError::Csv { path: self.path.clone(), source })
    }

    /// Makes everything written so far durable; returns the length to resume from.
    pub fn checkpoint(&mut self) -> Result<u64, SkipFileError> {
        self.writer.flush().map_err(|source| io(&self.path, "write failed", source))?;
        let file = self.writer.get_ref();
        file.sync_data().map_err(|source| io(&self.path, "sync failed", source))?;
        file.metadata().map(|m| m.len()).map_err(|source| io(&self.path, "cannot stat", source))
    }

    /// Completes the file and renames it to `final_path` (in the same file system:
    /// the rename is atomic, so `final_path` is never half-written).
    pub fn finish(mut self, final_path: &Path) -> Result<(), SkipFileError> {
        self.checkpoint()?;
        std::fs::rename(&self.path, final_path).map_err(|source| io(final_path, "cannot rename into place", source))
    }
}

fn io(path: &Path, action: &'static str, source: std::io::Error) -> SkipFileError {
    SkipFileError::Io { path: path.to_path_buf(), action, source }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Reason;

    fn problem(i: u64, reason: Reason) -> InputError {
        InputError::new(Path::new("in.jsonl"), Some(i), reason, format!("=problem {i}"))
    }

    #[test]
    fn counts_stay_small_and_the_file_has_everything() {
        let dir = tempfile::tempdir().unwrap();
        let partial = dir.path().join("skipped.csv.partial");
        let mut counts = SkipCounts::default();
        let mut file = SkipFile::create(&partial).unwrap();
        let mut shown = 0;
        for i in 1..=1000 {
            let e = problem(i, if i % 4 == 0 { Reason::DuplicateId } else { Reason::BadJson });
            shown += usize::from(counts.add(&e));
            file.add(&e).unwrap();
        }
        assert_eq!((counts.total, shown, counts.examples.len()), (1000, EXAMPLES, EXAMPLES));
        assert_eq!(counts.by_reason_lines(), vec!["  invalid JSON: 750", "  duplicate id: 250"]);
        // A checkpoint, more rows, then a resume from the checkpoint: those rows go.
        let len = file.checkpoint().unwrap();
        file.add(&problem(1001, Reason::BadJson)).unwrap();
        drop(file);
        let file = SkipFile::resume(&partial, len).unwrap();
        let done = dir.path().join("skipped.csv");
        file.finish(&done).unwrap();
        let text = std::fs::read_to_string(&done).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1001);
        assert_eq!(lines[0], "file,line,reason,message");
        assert_eq!(lines[1], "in.jsonl,1,invalid JSON,'=problem 1");
        assert!(!partial.exists());
    }
}
