//! Skipped input items, kept in constant memory: counts per reason and the first
//! [`EXAMPLES`] problems for the terminal (and run.json), and every problem in
//! `skipped.csv` in the output folder. Two million bad lines used to add 125 MB to memory and to every
//! checkpoint, and two million lines to stderr even with `--quiet`.

use super::InputError;
use crate::cells::text_cell;
use crate::durable::FileRecord;
use crate::durable::{self, HashingWriter};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Problems kept in memory (and shown on stderr) at most.
pub const EXAMPLES: usize = 20;

/// Header of `skipped.csv`.
pub const SKIPPED_HEADER: [&str; 4] = ["file", "line", "reason", "message"];

/// Counts and first examples of the problems of a run (part of its checkpoint).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

    /// Adds the counts of another run (for `merge`); examples up to [`EXAMPLES`].
    pub fn merge(&mut self, other: &SkipCounts) {
        self.total += other.total;
        for (reason, n) in &other.by_reason {
            *self.by_reason.entry(reason.clone()).or_default() += n;
        }
        let room = EXAMPLES.saturating_sub(self.examples.len());
        self.examples.extend(other.examples.iter().take(room).cloned());
    }

    /// One line per reason: `  reason: count`, most frequent first.
    pub fn by_reason_lines(&self) -> Vec<String> {
        let mut counts: Vec<(&String, &u64)> = self.by_reason.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        counts.into_iter().map(|(reason, n)| format!("  {reason}: {n}")).collect()
    }
}

/// Every problem of a run, appended as it happens to `skipped.csv.partial` in the
/// state folder. Like the evidence file, it is checkpointed (its length and hash),
/// truncated back to the checkpoint on resume, and published with the other outputs
/// (see `checkpoint` and `extract`); every write goes through [`crate::durable`].
pub struct SkipFile {
    writer: csv::Writer<HashingWriter<File>>,
    path: PathBuf,
}

impl SkipFile {
    /// Starts a new file at `path` (header written).
    pub fn create(path: &Path) -> Result<Self> {
        let mut writer = csv::Writer::from_writer(HashingWriter::new(durable::create(path)?));
        writer.write_record(SKIPPED_HEADER).with_context(|| format!("{}: write failed", path.display()))?;
        Ok(SkipFile { writer, path: path.to_path_buf() })
    }

    /// Goes on writing through `file`, positioned at the end of a checkpoint.
    pub fn resume(path: &Path, file: HashingWriter<File>) -> Self {
        let writer = csv::WriterBuilder::new().has_headers(false).from_writer(file);
        SkipFile { writer, path: path.to_path_buf() }
    }

    pub fn add(&mut self, e: &InputError) -> Result<()> {
        let file = e.file.display().to_string();
        let line = e.line.map_or(String::new(), |l| l.to_string());
        self.writer
            .write_record([&*text_cell(&file), &line, e.reason.as_str(), &text_cell(&e.message)])
            .with_context(|| format!("{}: write failed", self.path.display()))
    }

    /// Makes everything written so far durable; returns the length and hash to resume from.
    pub fn checkpoint(&mut self) -> Result<FileRecord> {
        durable::checkpoint_csv(&mut self.writer, &self.path)
    }
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
        let at = file.checkpoint().unwrap();
        file.add(&problem(1001, Reason::BadJson)).unwrap();
        drop(file);
        let mut file = SkipFile::resume(&partial, crate::checkpoint::reopen_at(&partial, &at).unwrap());
        assert_eq!(file.checkpoint().unwrap(), at);
        drop(file);
        let text = std::fs::read_to_string(&partial).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1001);
        assert_eq!(lines[0], "file,line,reason,message");
        assert_eq!(lines[1], "in.jsonl,1,invalid JSON,'=problem 1");

        let mut merged = counts.clone();
        merged.merge(&counts);
        assert_eq!((merged.total, merged.by_reason["duplicate id"], merged.examples.len()), (2000, 500, EXAMPLES));
    }
}
