//! Stories: near-duplicate documents (wire copies lightly edited by each outlet)
//! grouped, so that an edge counts the stories that support it rather than the
//! copies.
//!
//! Each document gets a [`StoryId`]: the id of the first document of its story in
//! input order. The [`Detector`] sees every document in input order, in the single
//! thread that reads the inputs, before any batching or parallel stage: stories do
//! not depend on thread scheduling, batch sizes, checkpoints or shards. Every shard
//! reads the whole input (it must, to report duplicate ids as a single run does) and
//! runs the detector over every document, its own or not, and a resumed run over
//! the items it skips: each assigns exactly the stories a single uninterrupted run
//! assigns, so `merge` finds them already unified across shards.
//!
//! A document joins the story of the most similar earlier document among its LSH
//! candidates ([`index`]) when their estimated Jaccard similarity of word shingles
//! ([`minhash`]) reaches [`MIN_JACCARD`], or when one is mostly contained in the
//! other ([`MIN_CONTAINMENT`], for trimmed copies). Input order decides which
//! document's id names a story and, in chains (A like B, B like C, A unlike C), who
//! joins whom; that order is the order of the inputs, fixed for a job.
//!
//! Memory is bounded by [`CAPACITY`] documents (see [`index`]): about 1.8 KB each
//! (a 512-byte signature and 64 band keys), 60 MB in all, however long the run.
//!
//! The parameters (4-word shingles, 128 hashes, 64 bands of 2 rows, the thresholds)
//! were chosen on `tests/data/stories.jsonl` and checked on a corpus made the same way
//! from other articles (CoNLL-2003 train, another seed), which the choice never saw
//! (README, "Stories").

pub mod index;
pub mod minhash;
pub mod sketch;

use index::{Entry, Index};
use minhash::Signature;
use std::sync::Arc;

/// Documents the index remembers: a copy arriving more than this many documents
/// after every earlier copy of its story starts a new story.
pub const CAPACITY: usize = 1 << 15;

/// Estimated Jaccard similarity of shingle sets from which two documents are one
/// story. Most edited wire copies measured 0.5 and above (two copies edited
/// independently, down to 0.2); different stories on one topic stay below 0.3,
/// except reports that repeat a table (a day's and the next day's standings, 0.7).
pub const MIN_JACCARD: f64 = 0.35;

/// Estimated share of the smaller document's shingles found in the larger from
/// which they are one story (a copy with its ending cut, or a paragraph added)...
pub const MIN_CONTAINMENT: f64 = 0.8;

/// ...when the smaller has at least this many shingles: a short item (a one-line
/// result) is contained in a longer roundup without being a copy of it.
pub const MIN_CONTAINED_SHINGLES: u32 = 40;

/// A story: the id of its first document in input order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StoryId(Arc<str>);

impl StoryId {
    /// The story a document starts.
    pub fn new(doc_id: &str) -> StoryId {
        StoryId(Arc::from(doc_id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A stable 64-bit hash of the id (XXH3), for the distinct-story counts of edges.
    pub fn key(&self) -> u64 {
        xxhash_rust::xxh3::xxh3_64(self.0.as_bytes())
    }
}

impl std::fmt::Display for StoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Assigns stories to documents seen in order.
pub struct Detector {
    index: Index,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::with_capacity(CAPACITY)
    }
}

/// Whether two signatures are copies of one story.
pub fn same_story(a: &Signature, b: &Signature) -> bool {
    a.jaccard(b) >= MIN_JACCARD
        || (a.shingles.min(b.shingles) >= MIN_CONTAINED_SHINGLES && a.containment(b) >= MIN_CONTAINMENT)
}

impl Detector {
    /// A detector remembering at most `capacity` documents.
    pub fn with_capacity(capacity: usize) -> Detector {
        Detector { index: Index::new(capacity) }
    }

    /// The story of the next document: the story of the most similar earlier
    /// document that is a copy of it (the earliest among equals), else its own.
    pub fn assign(&mut self, doc_id: &str, text: &str) -> StoryId {
        let Some(signature) = Signature::of(text) else {
            // No words, nothing to compare: a story of its own, not indexed.
            return StoryId::new(doc_id);
        };
        let best = self
            .index
            .candidates(&signature)
            .into_iter()
            .filter(|e| same_story(&e.signature, &signature))
            // Candidates come oldest first; max_by keeps the last of equals, so compare reversed.
            .rev()
            .max_by(|a, b| a.signature.jaccard(&signature).total_cmp(&b.signature.jaccard(&signature)))
            .map(|e| e.story.clone());
        let story = best.unwrap_or_else(|| StoryId::new(doc_id));
        self.index.insert(Entry { signature, story: story.clone() });
        story
    }

    /// Documents the index holds now (at most its capacity).
    pub fn remembered(&self) -> usize {
        self.index.len()
    }

    /// Band keys the index holds now.
    pub fn band_keys(&self) -> usize {
        self.index.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A news-like text of `n` words from a seed, unlike any other seed's.
    fn article(seed: u64, n: usize) -> String {
        const WORDS: [&str; 24] = [
            "minister",
            "said",
            "talks",
            "government",
            "parliament",
            "opposition",
            "election",
            "border",
            "troops",
            "agreement",
            "president",
            "officials",
            "capital",
            "protest",
            "police",
            "reform",
            "budget",
            "tuesday",
            "spokesman",
            "vote",
            "leader",
            "party",
            "statement",
            "week",
        ];
        let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                WORDS[(s % WORDS.len() as u64) as usize]
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn copies_share_a_story_and_other_stories_do_not() {
        let mut d = Detector::default();
        let a = article(1, 300);
        let edited = format!("UPDATE 1 - {} Reporting by staff.", &a[..a.len() * 4 / 5]);
        assert_eq!(d.assign("a", &a).as_str(), "a");
        assert_eq!(d.assign("a-copy", &a).as_str(), "a", "an identical copy");
        assert_eq!(d.assign("a-edit", &edited).as_str(), "a", "a trimmed copy with a new headline");
        assert_eq!(d.assign("b", &article(2, 300)).as_str(), "b", "an unrelated document");
        assert_eq!(d.assign("empty", " ").as_str(), "empty");
        assert_eq!(d.assign("empty-2", " ").as_str(), "empty-2", "no words: a story of its own");
    }

    #[test]
    fn stories_partition_documents_the_same_in_any_order() {
        let docs: Vec<(String, String)> = (0..4)
            .flat_map(|s| {
                let a = article(s, 200);
                let trimmed = a[..a.len() * 9 / 10].to_string();
                [
                    (format!("{s}-a"), a.clone()),
                    (format!("{s}-b"), format!("LONDON - {a}")),
                    (format!("{s}-c"), trimmed),
                ]
            })
            .collect();
        let partition = |order: &[usize]| {
            let mut d = Detector::default();
            let stories: Vec<(usize, StoryId)> = order.iter().map(|&i| (i, d.assign(&docs[i].0, &docs[i].1))).collect();
            let mut pairs = std::collections::BTreeSet::new();
            for (i, a) in &stories {
                for (j, b) in &stories {
                    if i < j && a == b {
                        pairs.insert((*i, *j));
                    }
                }
            }
            pairs
        };
        let forward: Vec<usize> = (0..docs.len()).collect();
        let reference = partition(&forward);
        assert_eq!(reference.len(), 4 * 3, "three copies of each of four stories");
        let mut order = forward.clone();
        let mut s = 7u64;
        for _ in 0..20 {
            // Fisher-Yates with a fixed generator: reproducible shuffles.
            for i in (1..order.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                order.swap(i, (s >> 33) as usize % (i + 1));
            }
            assert_eq!(partition(&order), reference, "order {order:?}");
        }
    }

    #[test]
    fn memory_is_bounded_and_old_documents_are_forgotten() {
        let mut d = Detector::with_capacity(8);
        let first = article(100, 200);
        assert_eq!(d.assign("first", &first).as_str(), "first");
        for i in 0..7 {
            d.assign(&format!("x{i}"), &article(200 + i, 200));
        }
        assert_eq!(d.assign("within", &first).as_str(), "first", "8 documents back: still held");
        for i in 0..50 {
            d.assign(&format!("y{i}"), &article(300 + i, 200));
            assert!(d.remembered() <= 8 && d.band_keys() <= 8 * index::BANDS);
        }
        assert_eq!(d.assign("late", &first).as_str(), "late", "past the capacity a copy starts a new story");
    }
}
