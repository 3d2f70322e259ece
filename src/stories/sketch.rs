//! Distinct counts that merge, in bounded memory: a K-minimum-values sketch.
//!
//! An edge's `Weight` (distinct stories) and `sources` (distinct outlets) must add
//! up across batches, checkpoints, shards and node merges without counting one
//! story twice, so each edge keeps the 64-bit hashes of what it counted rather than
//! a number. Only the [`K`] smallest are kept: below K values the count is exact;
//! beyond, it is the KMV estimate (K − 1) / h_K, with h_K the K-th smallest hash as a
//! fraction of 2⁶⁴ (Bar-Yossef et al. 2002; relative standard error about
//! 1/√(K − 2), 6 % at K = 256). The union of two sketches keeps the K smallest of
//! both, which is the sketch of the union: the result does not depend on the order
//! values or sketches arrive in.

use std::fmt;

/// Values a sketch keeps: the bound on an edge's memory for each count.
pub const K: usize = 256;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distinct {
    /// The smallest hashes seen, sorted, distinct, at most K.
    mins: Vec<u64>,
    /// Values beyond the K smallest were seen (and dropped): the count is an estimate.
    full: bool,
}

impl Distinct {
    pub fn insert(&mut self, hash: u64) {
        match self.mins.binary_search(&hash) {
            Ok(_) => {}
            Err(at) if at < K => {
                self.mins.insert(at, hash);
                if self.mins.len() > K {
                    self.mins.pop();
                    self.full = true;
                }
            }
            Err(_) => self.full = true,
        }
    }

    /// Adds every value `other` counted.
    pub fn union(&mut self, other: &Distinct) {
        let mut all: Vec<u64> = self.mins.iter().chain(&other.mins).copied().collect();
        all.sort_unstable();
        all.dedup();
        self.full |= other.full || all.len() > K;
        all.truncate(K);
        self.mins = all;
    }

    /// Distinct values counted: exact below K, the KMV estimate beyond.
    pub fn count(&self) -> u64 {
        match (self.full, self.mins.last()) {
            (true, Some(&max)) => {
                let fraction = (max as f64 + 1.0) / 2f64.powi(64);
                ((K as f64 - 1.0) / fraction).round() as u64
            }
            _ => self.mins.len() as u64,
        }
    }

    /// Whether [`Distinct::count`] is exact.
    pub fn exact(&self) -> bool {
        !self.full
    }

    /// Parses [`Distinct`]'s `Display` form: hex hashes separated by spaces, and a
    /// final `+` when full.
    pub fn parse(cell: &str) -> Result<Distinct, String> {
        let mut full = false;
        let mut mins = Vec::new();
        for part in cell.split_whitespace() {
            if part == "+" {
                full = true;
            } else {
                mins.push(u64::from_str_radix(part, 16).map_err(|e| format!("bad hash {part:?}: {e}"))?);
            }
        }
        if mins.len() > K || mins.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("not a sketch: {} values, sorted: {}", mins.len(), mins.is_sorted()));
        }
        Ok(Distinct { mins, full })
    }
}

impl fmt::Display for Distinct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, h) in self.mins.iter().enumerate() {
            write!(f, "{}{h:x}", if i == 0 { "" } else { " " })?;
        }
        if self.full {
            write!(f, " +")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(i: u64) -> u64 {
        xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes())
    }

    #[test]
    fn exact_below_k_estimated_beyond_and_union_is_order_free() {
        let mut a = Distinct::default();
        for i in [1, 2, 2, 3, 1] {
            a.insert(hash(i));
        }
        assert_eq!((a.count(), a.exact()), (3, true));
        let mut big = Distinct::default();
        let mut parts = [Distinct::default(), Distinct::default(), Distinct::default()];
        for i in 0..10_000 {
            big.insert(hash(i));
            parts[(i % 3) as usize].insert(hash(i));
            parts[((i + 1) % 3) as usize].insert(hash(i)); // each value in two parts
        }
        assert!(!big.exact());
        let n = big.count() as f64;
        assert!((n - 10_000.0).abs() < 10_000.0 * 0.2, "estimate {n}");
        let mut u = Distinct::default();
        for p in parts.iter().rev() {
            u.union(p);
        }
        assert_eq!(u, big, "the union of parts is the sketch of the whole");
        assert_eq!(Distinct::parse(&big.to_string()).unwrap(), big);
        assert_eq!(Distinct::parse(&a.to_string()).unwrap(), a);
        assert_eq!(Distinct::parse("").unwrap(), Distinct::default());
        assert!(Distinct::parse("2 1").is_err());
    }
}
