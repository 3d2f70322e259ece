//! Stage 6b: Gephi-ready CSV files (UTF-8 without BOM, RFC 4180 quoting).
//!
//! Every file is written to a temporary file in its folder and renamed into place
//! only when complete, so an interrupted run never leaves a half-written file under a
//! final name (the run's staging and publishing are in `extract` and `publish`).
//!
//! Text cells are guarded against spreadsheet formula injection (OWASP "CSV
//! Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or CR would open as a
//! formula in Excel or LibreOffice, so it gets a leading `'`. So that the escape can be
//! undone (for `--resume` and `merge`), a text cell that starts with `'` gets one too.
//! Numeric columns (counts, offsets, scores) are written as they are, so Gephi still
//! reads them as numbers.

use crate::actors::CodeVotes;
use crate::analysis::Analysis;
use crate::cells::{read_text_cell, text_cell};
use crate::durable::{self, FileRecord, HashingWriter};
use crate::graph::{Edge, EdgeKey, Graph, Node};
use crate::ner::EntityType;
use crate::stories::sketch::Distinct;
use crate::stories::StoryId;
use crate::timeline::{interval_cell, parse_interval_cell};
use crate::tokenize::CharIndex;
use anyhow::{Context, Result};
use std::borrow::Cow;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// `country`, `sector` and `cameo_actor` are the majority code's (see
/// [`crate::actors::CodeVotes`]); `code_votes` holds the documents per code, which
/// merge and resume add up. Appended after the others, which merge reads by
/// position.
pub const NODES_HEADER: [&str; 11] = [
    "Id",
    "Label",
    "Type",
    "mentions",
    "documents",
    "Interval",
    "label_forms",
    "country",
    "sector",
    "cameo_actor",
    "code_votes",
];
/// `Weight` counts distinct stories (wire copies of one story count once);
/// `reports` all supporting documents (as `documents`, kept for readers of older
/// files), `sources` distinct outlets, `sentences` distinct supporting sentences.
/// The last three were appended after the others, so older readers still work.
pub const EDGES_HEADER: [&str; 16] = [
    "Source",
    "Target",
    "Type",
    "Id",
    "Label",
    "Kind",
    "Weight",
    "first_date",
    "last_date",
    "documents",
    "plover",
    "cameo",
    "Interval",
    "reports",
    "sources",
    "sentences",
];

/// The sidecar of edges.csv that lets counts of distinct stories and outlets add up
/// across checkpoints and shards: per edge (`Id` as in edges.csv), the sketches
/// behind `Weight` and `sources` (see [`crate::stories::sketch`]). Not for Gephi.
pub const SKETCHES_FILE: &str = "edge_sketches.csv";
pub const SKETCHES_HEADER: [&str; 3] = ["Id", "stories", "sources"];
/// `story` (appended last: resume and merge read by position) is the id of the
/// first document of the document's story (see [`crate::stories`]).
pub const EVIDENCE_HEADER: [&str; 24] = [
    "doc_id",
    "relation",
    "source",
    "target",
    "source_mention",
    "target_mention",
    "polarity",
    "sentence_start",
    "sentence_end",
    "trigger",
    "rule",
    "score",
    "sentence",
    "trigger_start",
    "trigger_end",
    "plover",
    "cameo",
    "frame",
    // The document's: `source` is taken by the source actor, so all three say whose.
    "doc_date",
    "doc_source",
    "doc_title",
    "source_code",
    "target_code",
    "story",
];

/// A CSV file that appears under its final name only once `finish` succeeds.
pub struct AtomicCsv {
    writer: csv::Writer<BufWriter<NamedTempFile>>,
    path: PathBuf,
}

impl AtomicCsv {
    pub fn create(path: &Path, header: &[&str]) -> Result<Self> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        durable::create_dir_all(dir)?;
        let tmp = durable::temp_in(dir, &path.file_name().map_or("out".into(), |n| n.to_string_lossy()))?;
        let mut writer = csv::WriterBuilder::new().from_writer(BufWriter::new(tmp));
        writer.write_record(header).with_context(|| format!("{}: write failed", path.display()))?;
        Ok(AtomicCsv { writer, path: path.to_path_buf() })
    }

    pub fn write<I, T>(&mut self, record: I) -> Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.writer.write_record(record).with_context(|| format!("{}: write failed", self.path.display()))
    }

    /// Flushes, syncs and renames the file into place.
    pub fn finish(self) -> Result<()> {
        let path = self.path;
        let buf = self.writer.into_inner().map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.error()))?;
        let tmp = buf.into_inner().map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.error()))?;
        durable::persist(tmp, &path)
    }
}

/// Writes `nodes.csv` and `edges.csv` for `graph` into `dir`.
pub fn write_graph(graph: &Graph, dir: &Path) -> Result<()> {
    let mut nodes = AtomicCsv::create(&dir.join("nodes.csv"), &NODES_HEADER)?;
    for (id, n) in &graph.nodes {
        let code = n.codes.winner();
        nodes.write([
            &*text_cell(id),
            &text_cell(&n.label),
            n.kind.as_str(),
            &n.mentions.to_string(),
            &n.documents.to_string(),
            &interval_cell(&n.dates),
            &text_cell(&serde_json::to_string(&n.label_forms)?),
            code.and_then(|c| c.country).map(|c| c.to_string()).as_deref().unwrap_or(""),
            code.and_then(|c| c.sector).map_or("", |s| s.as_str()),
            code.map_or("", |c| c.cameo.as_str()),
            &n.codes.to_cell(),
        ])?;
    }
    let mut edges = AtomicCsv::create(&dir.join("edges.csv"), &EDGES_HEADER)?;
    let mut sketches = AtomicCsv::create(&dir.join(SKETCHES_FILE), &SKETCHES_HEADER)?;
    for (i, (key, e)) in graph.edges.iter().enumerate() {
        let id = format!("e{}", i + 1);
        sketches.write([id.as_str(), &e.stories.to_string(), &e.sources.to_string()])?;
        let join = |s: &std::collections::BTreeSet<String>| {
            text_cell(&s.iter().cloned().collect::<Vec<_>>().join("|")).into_owned()
        };
        let relation = text_cell(&key.relation);
        edges.write([
            &*text_cell(&key.source),
            &text_cell(&key.target),
            if key.directed { "Directed" } else { "Undirected" },
            &id,
            &relation,
            &relation,
            &e.weight().to_string(),
            e.first_date.as_deref().unwrap_or(""),
            e.last_date.as_deref().unwrap_or(""),
            &e.documents.to_string(),
            &join(&e.plover),
            &join(&e.cameo),
            &interval_cell(&e.dates),
            &e.documents.to_string(),
            &e.sources.count().to_string(),
            &e.sentences.to_string(),
        ])?;
    }
    nodes.finish()?;
    edges.finish()?;
    sketches.finish()
}

/// A row of nodes.csv as read back: the columns by name (see [`NODES_HEADER`]).
/// `country`, `sector` and `cameo_actor` are derived from `code_votes` and not read.
#[derive(serde::Deserialize)]
struct NodeRow {
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "Label")]
    label: String,
    #[serde(rename = "Type")]
    kind: String,
    mentions: u64,
    documents: u64,
    #[serde(rename = "Interval")]
    interval: String,
    label_forms: String,
    code_votes: String,
}

/// A row of edges.csv as read back (see [`EDGES_HEADER`]). `Weight` and `sources`
/// are counts of the sketches file's sets, `Kind` and `Label` copies of the relation,
/// `reports` a copy of `documents`: those are not read.
#[derive(serde::Deserialize)]
struct EdgeRow {
    #[serde(rename = "Source")]
    source: String,
    #[serde(rename = "Target")]
    target: String,
    #[serde(rename = "Type")]
    direction: String,
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "Label")]
    relation: String,
    first_date: String,
    last_date: String,
    documents: u64,
    plover: String,
    cameo: String,
    #[serde(rename = "Interval")]
    interval: String,
    sentences: u64,
}

/// Reads back `nodes.csv` and `edges.csv` written by [`write_graph`] (for merging shards
/// and resuming). Errors name the file and line.
pub fn read_graph(dir: &Path) -> Result<Graph> {
    let mut graph = Graph::default();
    let path = dir.join("nodes.csv");
    let mut r = open_checked(&path, &NODES_HEADER)?;
    for (i, row) in r.deserialize::<NodeRow>().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 2);
        let row = row.with_context(at)?;
        let kind = EntityType::parse(&row.kind).with_context(|| format!("{}: bad Type {:?}", at(), row.kind))?;
        graph.nodes.insert(
            read_text_cell(&row.id).to_string(),
            Node {
                label: read_text_cell(&row.label).to_string(),
                kind,
                mentions: row.mentions,
                documents: row.documents,
                dates: parse_interval_cell(&row.interval).with_context(at)?,
                label_forms: serde_json::from_str(read_text_cell(&row.label_forms)).with_context(at)?,
                codes: CodeVotes::parse_cell(&row.code_votes).map_err(|e| anyhow::anyhow!("{}: {e}", at()))?,
            },
        );
    }
    let path = dir.join("edges.csv");
    let mut r = open_checked(&path, &EDGES_HEADER)?;
    let sketch_path = dir.join(SKETCHES_FILE);
    let mut sketches = open_checked(&sketch_path, &SKETCHES_HEADER)?.into_records();
    for (i, row) in r.deserialize::<EdgeRow>().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 2);
        let row = row.with_context(at)?;
        let set = |s: &str| read_text_cell(s).split('|').filter(|x| !x.is_empty()).map(String::from).collect();
        let date = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let directed = match row.direction.as_str() {
            "Directed" => true,
            "Undirected" => false,
            other => anyhow::bail!("{}: bad Type {other:?} (Directed or Undirected)", at()),
        };
        let at_sketch = || format!("{}:{}", sketch_path.display(), i + 2);
        let sketch = sketches.next().with_context(|| format!("{}: no row for {}", at_sketch(), row.id))?;
        let sketch = sketch.with_context(at_sketch)?;
        anyhow::ensure!(sketch[0] == row.id, "{}: row of {}, expected {}", at_sketch(), &sketch[0], row.id);
        let parse = |cell: &str| Distinct::parse(cell).map_err(|e| anyhow::anyhow!("{}: {e}", at_sketch()));
        graph.edges.insert(
            EdgeKey {
                source: read_text_cell(&row.source).to_string(),
                target: read_text_cell(&row.target).to_string(),
                relation: read_text_cell(&row.relation).to_string(),
                directed,
            },
            Edge {
                sentences: row.sentences,
                first_date: date(&row.first_date),
                last_date: date(&row.last_date),
                documents: row.documents,
                stories: parse(&sketch[1])?,
                sources: parse(&sketch[2])?,
                plover: set(&row.plover),
                cameo: set(&row.cameo),
                dates: parse_interval_cell(&row.interval).with_context(at)?,
            },
        );
    }
    anyhow::ensure!(sketches.next().is_none(), "{}: more rows than edges.csv", sketch_path.display());
    Ok(graph)
}

/// Opens an actorgraph CSV file, checking that its header is `expected`.
pub fn open_checked(path: &Path, expected: &[&str]) -> Result<csv::Reader<File>> {
    let mut r = csv::Reader::from_path(path).with_context(|| format!("{}: cannot read", path.display()))?;
    anyhow::ensure!(
        r.headers()?.iter().eq(expected.iter().copied()),
        "{}:1: header is not {} (not written by actorgraph?)",
        path.display(),
        expected.join(",")
    );
    Ok(r)
}

/// Streams `evidence.csv` rows (one per relation instance, negated ones included)
/// to an append-only file that can be checkpointed and resumed; what it has written
/// is hashed as it goes, so a checkpoint can record it without reading it back.
pub struct EvidenceWriter {
    writer: csv::Writer<HashingWriter<File>>,
    path: PathBuf,
    min_score: f32,
    rows: u64,
}

impl EvidenceWriter {
    /// Starts a new evidence file at `path` (header written).
    pub fn create(path: &Path, min_score: f32) -> Result<Self> {
        let file = HashingWriter::new(durable::create(path)?);
        let mut writer = csv::Writer::from_writer(file);
        writer.write_record(EVIDENCE_HEADER).with_context(|| format!("{}: write failed", path.display()))?;
        Ok(EvidenceWriter { writer, path: path.to_path_buf(), min_score, rows: 0 })
    }

    /// Goes on writing through `file`, positioned at the end of a checkpoint.
    pub fn resume(path: &Path, file: HashingWriter<File>, min_score: f32) -> Self {
        let writer = csv::WriterBuilder::new().has_headers(false).from_writer(file);
        EvidenceWriter { writer, path: path.to_path_buf(), min_score, rows: 0 }
    }

    /// Makes everything written so far durable; returns the length and hash to resume from.
    pub fn checkpoint(&mut self) -> Result<FileRecord> {
        durable::checkpoint_csv(&mut self.writer, &self.path)
    }

    /// Rows written by this writer (since it was created or resumed).
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Writes the rows of `a`, a document of `story`.
    pub fn add(&mut self, a: &Analysis, story: &StoryId) -> Result<()> {
        let text = a.doc.text.as_str();
        let chars = CharIndex::new(text);
        for r in a.relations.iter().filter(|r| r.score >= self.min_score) {
            let res = &a.resolved;
            let (sm, tm) = (res.mention(r.source), res.mention(r.target));
            let sentence = a.sentences[r.sentence].span;
            self.writer
                .write_record([
                    &*text_cell(&a.doc.id),
                    &text_cell(&r.relation),
                    &text_cell(&res.actor(sm.actor).id),
                    &text_cell(&res.actor(tm.actor).id),
                    &text_cell(sm.span.text(text)),
                    &text_cell(tm.span.text(text)),
                    r.polarity.as_str(),
                    &chars.at(sentence.start).to_string(),
                    &chars.at(sentence.end).to_string(),
                    &text_cell(r.trigger.text(text)),
                    &text_cell(&r.rule),
                    &format!("{:.3}", r.score),
                    &text_cell(&evidence_sentence(sentence.text(text))),
                    &chars.at(r.trigger.start).to_string(),
                    &chars.at(r.trigger.end).to_string(),
                    &text_cell(&r.plover),
                    &text_cell(&r.cameo),
                    &text_cell(&r.frame),
                    a.doc.date.as_deref().unwrap_or(""),
                    &text_cell(a.doc.source.as_deref().unwrap_or("")),
                    &text_cell(a.doc.title.as_deref().unwrap_or("")),
                    res.code(sm.actor).map_or("", |c| c.cameo.as_str()),
                    res.code(tm.actor).map_or("", |c| c.cameo.as_str()),
                    &text_cell(story.as_str()),
                ])
                .with_context(|| format!("{}: write failed", self.path.display()))?;
            self.rows += 1;
        }
        Ok(())
    }
}

/// Characters of a sentence an evidence row repeats; longer ones are cut there and
/// marked with [`CUT_MARK`] (the offsets still give the whole sentence). Without a
/// cap, text without sentence punctuation made a 172 MB evidence file from 310 KB.
pub const EVIDENCE_SENTENCE_CHARS: usize = 1000;

/// What follows a sentence cut at [`EVIDENCE_SENTENCE_CHARS`].
pub const CUT_MARK: &str = " [...]";

/// The `sentence` cell of an evidence row.
fn evidence_sentence(sentence: &str) -> Cow<'_, str> {
    match sentence.char_indices().nth(EVIDENCE_SENTENCE_CHARS) {
        Some((cut, _)) => Cow::Owned(format!("{}{CUT_MARK}", &sentence[..cut])),
        None => Cow::Borrowed(sentence),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::strip_invisible;

    #[test]
    fn formula_cells_are_escaped_and_numbers_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut graph = Graph::default();
        for (id, label) in [("per:x", "=HYPERLINK(\"http://evil\")"), ("org:y", "'quoted"), ("loc:z", "-3.5")] {
            let mut node = Node::new(EntityType::Per);
            node.label = label.into();
            node.label_forms.insert(label.into(), 1);
            (node.mentions, node.documents) = (3, 1);
            graph.nodes.insert(id.into(), node);
        }
        graph.edges.insert(
            EdgeKey { source: "per:x".into(), target: "org:y".into(), relation: "@rel".into(), directed: true },
            Edge {
                sentences: 2,
                first_date: None,
                last_date: None,
                documents: 1,
                stories: [7, 9].into_iter().fold(Distinct::default(), |mut d, h| {
                    d.insert(h);
                    d
                }),
                sources: Default::default(),
                plover: ["+P".to_string()].into(),
                cameo: Default::default(),
                dates: Default::default(),
            },
        );
        write_graph(&graph, dir.path()).unwrap();
        let nodes = std::fs::read_to_string(dir.path().join("nodes.csv")).unwrap();
        assert!(nodes.contains("per:x,\"'=HYPERLINK(\"\"http://evil\"\")\",PER,3,1,,"), "{nodes}");
        assert!(nodes.contains("loc:z,'-3.5,PER,3,1,,") && nodes.contains("org:y,''quoted,"), "{nodes}");
        assert!(nodes.contains(",,,,\n"), "no code columns: empty cells at the end: {nodes}");
        let edges = std::fs::read_to_string(dir.path().join("edges.csv")).unwrap();
        assert!(edges.contains("per:x,org:y,Directed,e1,'@rel,'@rel,2,,,1,'+P,,,1,0,2\n"), "{edges}");
        assert_eq!(read_graph(dir.path()).unwrap(), graph, "the escape is undone when read back");
    }

    #[test]
    fn invisible_characters_and_long_sentences() {
        assert_eq!(strip_invisible("A\u{202e}li\u{200b}ce\u{feff}\u{2066}"), "Alice");
        assert_eq!(evidence_sentence("short"), "short");
        let long = "é".repeat(EVIDENCE_SENTENCE_CHARS + 1);
        assert_eq!(evidence_sentence(&long), format!("{}{CUT_MARK}", "é".repeat(EVIDENCE_SENTENCE_CHARS)));
    }

    #[test]
    fn atomic_csv_appears_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        let mut w = AtomicCsv::create(&path, &["a", "b"]).unwrap();
        w.write(["1, with comma", "say \"hi\"\nnext"]).unwrap();
        assert!(!path.exists());
        w.finish().unwrap();
        let s = std::fs::read_to_string(&path).unwrap();
        assert_eq!(s, "a,b\n\"1, with comma\",\"say \"\"hi\"\"\nnext\"\n");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left");
    }
}
