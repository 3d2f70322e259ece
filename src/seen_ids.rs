//! The document ids a run has seen, for duplicate detection, in 8 bytes per document.
//!
//! Ids are kept as 64-bit hashes: memory does not depend on how long the ids are. Two
//! distinct ids collide with probability about n²/2⁶⁵ (below 10⁻⁵ for ten million
//! documents); the cost of a collision is one document wrongly reported as a duplicate.
//!
//! A `HashSet<u64>` would take about 16 bytes per id, and twice that while it grows
//! (old and new tables live together), which is most of what an extract job's memory
//! grows by over a long corpus. Here the hashes live in one sorted vector, with recent
//! ones in a small set that is merged in, in place and in linear time, when it fills.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// How many recent hashes wait in the set before they are merged into the sorted
/// vector: bounds the set (about 1 MB) while keeping merges rare (each one is linear
/// in the number of ids seen, so ten million ids cost about 150 merges).
const PENDING: usize = 1 << 16;

#[derive(Default)]
pub struct SeenIds {
    sorted: Vec<u64>,
    pending: HashSet<u64>,
}

impl SeenIds {
    /// Records `id`; false if it was seen before.
    pub fn first_time(&mut self, id: &str) -> bool {
        // SipHash with fixed keys: well mixed, and the same in every run of a binary
        // (a resumed run recomputes all hashes anyway, so only consistency within one
        // process matters).
        let mut h = std::collections::hash_map::DefaultHasher::new();
        id.hash(&mut h);
        self.insert(h.finish())
    }

    fn insert(&mut self, hash: u64) -> bool {
        if self.sorted.binary_search(&hash).is_ok() || !self.pending.insert(hash) {
            return false;
        }
        if self.pending.len() >= PENDING {
            self.merge_pending();
        }
        true
    }

    /// Merges the pending hashes into the sorted vector from the back, so that no
    /// second copy of the vector is ever allocated (a large `Vec` grows by `realloc`,
    /// which the allocator does by remapping pages rather than copying).
    fn merge_pending(&mut self) {
        let mut new: Vec<u64> = self.pending.drain().collect();
        new.sort_unstable();
        let old_len = self.sorted.len();
        self.sorted.reserve_exact(new.len());
        self.sorted.resize(old_len + new.len(), 0);
        let (mut i, mut j) = (old_len, new.len());
        for k in (0..self.sorted.len()).rev() {
            // Hashes are distinct across the two (insert checks), so ties never occur.
            if j > 0 && (i == 0 || new[j - 1] > self.sorted[i - 1]) {
                self.sorted[k] = new[j - 1];
                j -= 1;
            } else {
                self.sorted[k] = self.sorted[i - 1];
                i -= 1;
            }
            if j == 0 {
                break; // the rest of the old run is already in place
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn flags_repeats_only() {
        let mut ids = SeenIds::default();
        assert!(ids.first_time("a"));
        assert!(ids.first_time("b"));
        assert!(!ids.first_time("a"));
        assert!(ids.first_time("A"), "ids are compared exactly");
        assert!(ids.first_time(""));
        assert!(!ids.first_time(""));
    }

    #[test]
    fn repeats_found_across_merges() {
        let mut ids = SeenIds::default();
        let n = 3 * PENDING + 17;
        for i in 0..n {
            assert!(ids.first_time(&format!("doc-{i}")), "doc-{i} is new");
        }
        assert!(ids.sorted.len() >= 3 * PENDING, "merged: {}", ids.sorted.len());
        assert!(ids.sorted.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        for i in (0..n).step_by(997) {
            assert!(!ids.first_time(&format!("doc-{i}")), "doc-{i} is a repeat");
        }
        assert_eq!(ids.sorted.len() + ids.pending.len(), n);
    }

    proptest! {
        /// Same answers as a plain set, with merges forced often by small hash ranges.
        #[test]
        fn behaves_like_a_set(hashes in proptest::collection::vec(0u64..5000, 0..3000)) {
            let mut ids = SeenIds::default();
            let mut model = HashSet::new();
            for (n, h) in hashes.into_iter().enumerate() {
                prop_assert_eq!(ids.insert(h), model.insert(h));
                if n % 500 == 499 {
                    ids.merge_pending();
                    prop_assert!(ids.sorted.windows(2).all(|w| w[0] < w[1]));
                }
            }
        }
    }
}
