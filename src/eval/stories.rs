//! `eval stories`: precision and recall of the story detector on duplicate pairs.
//!
//! The gold file is JSON Lines with `id`, `text` and `story` (documents with the same
//! `story` are copies of one story). The detector sees the documents in file order,
//! as `extract` would. A pair of documents is predicted duplicate when the detector
//! gives both the same story; precision and recall are over such pairs, counted from
//! the cluster sizes (a story of n documents holds n(n−1)/2 pairs). The cost is the
//! detector's thread CPU time per document (wall time is printed beside it).

use super::Counts;
use crate::stories::{Detector, StoryId};
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    pub id: String,
    pub text: String,
    pub story: String,
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldDocument>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).with_context(|| format!("{}:{}: invalid line", path.display(), i + 1)))
        .collect()
}

/// What `eval stories` reports.
#[derive(Debug, Clone)]
pub struct StoryReport {
    /// Duplicate pairs: matched (same story in both), predicted, gold.
    pub pairs: Counts,
    pub documents: usize,
    pub gold_stories: usize,
    pub predicted_stories: usize,
    /// Detector CPU time per document, in microseconds (signature, lookup and insert).
    pub micros_per_doc: f64,
    /// The same in wall-clock time (larger on a busy machine).
    pub wall_micros_per_doc: f64,
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Runs a fresh detector over `docs` in order and scores its duplicate pairs.
pub fn evaluate(docs: &[GoldDocument]) -> StoryReport {
    let mut detector = Detector::default();
    let (start, cpu_start) = (Instant::now(), thread_cpu());
    let predicted: Vec<StoryId> = docs.iter().map(|d| detector.assign(&d.id, &d.text)).collect();
    let (elapsed, cpu) = (start.elapsed(), thread_cpu().saturating_sub(cpu_start));
    let mut gold: HashMap<&str, u64> = HashMap::new();
    let mut pred: HashMap<&StoryId, u64> = HashMap::new();
    let mut both: HashMap<(&str, &StoryId), u64> = HashMap::new();
    for (d, p) in docs.iter().zip(&predicted) {
        *gold.entry(d.story.as_str()).or_default() += 1;
        *pred.entry(p).or_default() += 1;
        *both.entry((d.story.as_str(), p)).or_default() += 1;
    }
    StoryReport {
        pairs: Counts {
            matched: both.values().map(|&n| pairs(n)).sum(),
            predicted: pred.values().map(|&n| pairs(n)).sum(),
            gold: gold.values().map(|&n| pairs(n)).sum(),
        },
        documents: docs.len(),
        gold_stories: gold.len(),
        predicted_stories: pred.len(),
        micros_per_doc: cpu.as_secs_f64() * 1e6 / docs.len().max(1) as f64,
        wall_micros_per_doc: elapsed.as_secs_f64() * 1e6 / docs.len().max(1) as f64,
    }
}

/// CPU time of the calling thread: the detector's cost without the waits of a shared
/// machine (there, wall time measured 17 times as much).
fn thread_cpu() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec.max(0) as u64, t.tv_nsec.clamp(0, 999_999_999) as u32)
}

impl std::fmt::Display for StoryReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &self.pairs;
        writeln!(f, "documents {}", self.documents)?;
        writeln!(f, "stories {} (gold {})", self.predicted_stories, self.gold_stories)?;
        writeln!(f, "pairs matched {} predicted {} gold {}", c.matched, c.predicted, c.gold)?;
        writeln!(f, "precision {:.4}", c.precision())?;
        writeln!(f, "recall {:.4}", c.recall())?;
        writeln!(f, "f1 {:.4}", c.f1())?;
        writeln!(f, "us_per_doc {:.1}", self.micros_per_doc)?;
        writeln!(f, "us_per_doc_wall {:.1}", self.wall_micros_per_doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_counted_from_clusters() {
        let doc =
            |id: &str, text: &str, story: &str| GoldDocument { id: id.into(), text: text.into(), story: story.into() };
        let a = "the minister said on tuesday that the talks on the border agreement would resume next week";
        let b = "police fired tear gas at protesters who marched on parliament to demand the budget vote";
        let docs = [doc("1", a, "s1"), doc("2", a, "s1"), doc("3", a, "s1"), doc("4", b, "s2"), doc("5", b, "s1")];
        let r = evaluate(&docs);
        // Gold: s1 has 4 documents (6 pairs). Predicted: {1,2,3} (3 pairs), {4,5} (1 pair).
        assert_eq!((r.pairs.matched, r.pairs.predicted, r.pairs.gold), (3, 4, 6));
        assert_eq!((r.gold_stories, r.predicted_stories), (2, 2));
    }
}
