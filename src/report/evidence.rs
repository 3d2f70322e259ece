//! What the report takes from `evidence.csv`, in one pass and bounded memory: a few
//! sentences for each top edge and top actor (the highest scoring, the first of equal
//! ones), and positive relation instances counted per day of their documents.

use super::{TopActor, TopEdge};
use crate::cells::read_text_cell;
use crate::graph::EdgeKey;
use crate::relate::Polarity;
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Evidence sentences kept per top edge and per top actor.
pub const EDGE_SAMPLES: usize = 5;
pub const ACTOR_SAMPLES: usize = 3;
/// A timeline spanning more days than this is counted by month.
const DAILY_SPAN: i32 = 92;

/// One evidence sentence as the report lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub doc_id: String,
    pub date: String,
    pub outlet: String,
    pub title: String,
    pub relation: String,
    pub source_mention: String,
    pub target_mention: String,
    pub sentence: String,
    /// The trigger word's character range in `sentence`, when it lies inside it.
    pub trigger: Option<(usize, usize)>,
    pub score: f32,
    /// The sentence's character offset in its document.
    pub start: usize,
}

impl Sample {
    /// Whether this sample goes before one of `score` at `start` of `doc_id`: higher
    /// scores first, then by document and place, so that the choice does not depend
    /// on the order of the evidence rows (a merge of shards shows what one run shows).
    fn before(&self, score: f32, doc_id: &str, start: usize) -> bool {
        (self.score, std::cmp::Reverse(self.doc_id.as_str()), std::cmp::Reverse(self.start))
            > (score, std::cmp::Reverse(doc_id), std::cmp::Reverse(start))
    }
}

/// Positive relation instances per period and relation.
#[derive(Debug, Default)]
pub struct Timeline {
    /// `day` or `month`.
    pub unit: &'static str,
    /// Period (`2019-03-04` or `2019-03`) → relation → instances.
    pub counts: BTreeMap<String, BTreeMap<String, u64>>,
    /// Positive instances whose document has no date.
    pub undated: u64,
}

/// Reads `path`, filling the samples of `edges` and `actors`; returns the timeline.
pub fn read(
    path: &Path,
    ids: &HashMap<String, String>,
    edges: &mut [TopEdge],
    actors: &mut [TopActor],
) -> Result<Timeline> {
    let mut r = csv::Reader::from_path(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let header = r.headers().with_context(|| format!("{}: cannot read", path.display()))?.clone();
    let edge_at: HashMap<&EdgeKey, usize> = edges.iter().enumerate().map(|(i, e)| (&e.key, i)).collect();
    let actor_at: HashMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let (mut edge_samples, mut actor_samples) = (vec![Vec::new(); edges.len()], vec![Vec::new(); actors.len()]);
    let mut days: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    let mut undated = 0;
    let mut rec = csv::StringRecord::new();
    let mut line = 1;
    while r.read_record(&mut rec).with_context(|| format!("{}:{}", path.display(), line + 1))? {
        line += 1;
        let row: EvidenceRow = rec.deserialize(Some(&header)).with_context(|| format!("{}:{line}", path.display()))?;
        if row.polarity != Polarity::Positive {
            continue;
        }
        let node = |cell: &str| {
            let id = read_text_cell(cell);
            ids.get(id).map_or_else(|| id.to_string(), String::clone)
        };
        let (source, target, relation) = (node(row.source), node(row.target), read_text_cell(row.relation).to_string());
        match row.doc_date.get(..10) {
            Some(day) => *days.entry(day.to_string()).or_default().entry(relation.clone()).or_default() += 1,
            None => undated += 1,
        }
        let directed = EdgeKey { source: source.clone(), target: target.clone(), relation, directed: true };
        let mutual = EdgeKey {
            source: source.clone().min(target.clone()),
            target: source.clone().max(target.clone()),
            directed: false,
            ..directed.clone()
        };
        let edge = edge_at.get(&directed).or_else(|| edge_at.get(&mutual)).copied();
        let (a, b) = (actor_at.get(source.as_str()).copied(), actor_at.get(target.as_str()).copied());
        if edge.is_none() && a.is_none() && b.is_none() {
            continue;
        }
        let at = (row.score.unwrap_or(0.0), read_text_cell(row.doc_id), row.sentence_start.unwrap_or(0));
        let sample = || row.sample();
        if let Some(i) = edge {
            keep(&mut edge_samples[i], EDGE_SAMPLES, at, sample);
        }
        for i in [a, b].into_iter().flatten() {
            keep(&mut actor_samples[i], ACTOR_SAMPLES, at, sample);
        }
    }
    for (e, s) in edges.iter_mut().zip(edge_samples) {
        e.samples = s;
    }
    for (a, s) in actors.iter_mut().zip(actor_samples) {
        a.samples = s;
    }
    Ok(timeline(days, undated))
}

/// The columns of an evidence row the report reads, by name (columns added later
/// change nothing here); offsets that do not parse are left out, not errors.
#[derive(serde::Deserialize)]
struct EvidenceRow<'a> {
    doc_id: &'a str,
    relation: &'a str,
    source: &'a str,
    target: &'a str,
    source_mention: &'a str,
    target_mention: &'a str,
    polarity: Polarity,
    #[serde(deserialize_with = "csv::invalid_option")]
    sentence_start: Option<usize>,
    #[serde(deserialize_with = "csv::invalid_option")]
    trigger_start: Option<usize>,
    #[serde(deserialize_with = "csv::invalid_option")]
    trigger_end: Option<usize>,
    #[serde(deserialize_with = "csv::invalid_option")]
    score: Option<f32>,
    sentence: &'a str,
    doc_date: &'a str,
    doc_source: &'a str,
    doc_title: &'a str,
}

impl EvidenceRow<'_> {
    fn sample(&self) -> Sample {
        let cell = |s: &str| read_text_cell(s).to_string();
        let sentence = cell(self.sentence);
        let trigger = match (self.sentence_start, self.trigger_start, self.trigger_end) {
            (Some(s), Some(a), Some(b)) if s <= a && a < b && b - s <= sentence.chars().count() => Some((a - s, b - s)),
            _ => None,
        };
        Sample {
            doc_id: cell(self.doc_id),
            date: self.doc_date.to_string(),
            outlet: cell(self.doc_source),
            title: cell(self.doc_title),
            relation: cell(self.relation),
            source_mention: cell(self.source_mention),
            target_mention: cell(self.target_mention),
            sentence,
            trigger,
            score: self.score.unwrap_or(0.0),
            start: self.sentence_start.unwrap_or(0),
        }
    }
}

/// Keeps the first `cap` samples in [`Sample::before`]'s order; `make` makes the one
/// at `(score, doc_id, start)` if it is among them.
fn keep(samples: &mut Vec<Sample>, cap: usize, (score, doc, start): (f32, &str, usize), make: impl Fn() -> Sample) {
    let at = samples.iter().position(|s| !s.before(score, doc, start)).unwrap_or(samples.len());
    if at < cap {
        samples.insert(at, make());
        samples.truncate(cap);
    }
}

/// Days, or months when the dates span more than [`DAILY_SPAN`] days.
fn timeline(days: BTreeMap<String, BTreeMap<String, u64>>, undated: u64) -> Timeline {
    let span = match (days.keys().next(), days.keys().next_back()) {
        (Some(a), Some(b)) => match (crate::timeline::day(a), crate::timeline::day(b)) {
            (Some(a), Some(b)) => (b - a).get_days(),
            _ => i32::MAX,
        },
        _ => 0,
    };
    if span <= DAILY_SPAN {
        let mut counts = days;
        // Days without evidence are periods of the chart too.
        if let (Some(mut d), Some(last)) = (
            counts.keys().next().and_then(|d| crate::timeline::day(d)),
            counts.keys().next_back().and_then(|d| crate::timeline::day(d)),
        ) {
            while d < last {
                d = d.tomorrow().unwrap_or(last);
                counts.entry(d.to_string()).or_default();
            }
        }
        return Timeline { unit: "day", counts, undated };
    }
    let mut months: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    let month_of = |s: &str| -> Option<(i32, i32)> { Some((s.get(..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?)) };
    if let (Some(mut m), Some(last)) =
        (days.keys().next().and_then(|d| month_of(d)), days.keys().next_back().and_then(|d| month_of(d)))
    {
        while m <= last {
            months.entry(format!("{:04}-{:02}", m.0, m.1)).or_default();
            m = if m.1 == 12 { (m.0 + 1, 1) } else { (m.0, m.1 + 1) };
        }
    }
    for (day, rels) in days {
        let month = months.entry(day.get(..7).unwrap_or(&day).to_string()).or_default();
        for (rel, n) in rels {
            *month.entry(rel).or_default() += n;
        }
    }
    Timeline { unit: "month", counts: months, undated }
}
