//! A fixed-capacity LSH index of recent documents' signatures.
//!
//! Signatures are cut into [`BANDS`] bands of [`ROWS`] positions; two documents
//! whose signatures agree on a whole band become candidates, which happens with
//! probability 1 − (1 − J^ROWS)^BANDS for Jaccard similarity J (64 × 2: 0.47 at
//! J = 0.1, 0.998 at 0.3). Wide open on purpose: a trimmed copy of a short item has a
//! low Jaccard similarity but is contained in the original, so candidates are many
//! and are checked on the whole signature ([`super::Detector`] decides); 64 bands of 4
//! rows (0.34 at J = 0.4) cost a quarter of the recall this measured.
//!
//! Memory is bounded: the index holds at most `capacity` documents, in a ring
//! buffer. The document beyond that evicts the oldest one, whose band keys leave the
//! table, so a copy arriving more than `capacity` documents after every earlier copy
//! of its story starts a new story (its edges count that story again). Each band key
//! maps to its most recent document only: an older document with the same band key
//! is still reached through its other bands or through the newer one, which shares
//! its story whenever the band is a true match.

use super::minhash::{Signature, HASHES};
use super::StoryId;
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64_with_seed;

pub const BANDS: usize = 64;
pub const ROWS: usize = HASHES / BANDS;

/// An indexed document: its signature and its story.
#[derive(Debug, Clone)]
pub struct Entry {
    pub signature: Signature,
    pub story: StoryId,
}

pub struct Index {
    capacity: usize,
    /// Slot `seq % capacity` holds the document numbered `seq`.
    entries: Vec<Entry>,
    /// Documents inserted so far (the next one's number).
    inserted: u64,
    /// Band key → number of the most recent document with it.
    bands: HashMap<u64, u64>,
}

/// Band `b` of `s` as one key; the band number seeds the hash, so equal rows in
/// different bands never collide.
fn band_keys(s: &Signature) -> impl Iterator<Item = u64> + '_ {
    s.mins.chunks(ROWS).enumerate().map(|(b, rows)| {
        let bytes: Vec<u8> = rows.iter().flat_map(|r| r.to_le_bytes()).collect();
        xxh3_64_with_seed(&bytes, b as u64)
    })
}

impl Index {
    /// An index of at most `capacity` (≥ 1) documents.
    pub fn new(capacity: usize) -> Index {
        let capacity = capacity.max(1);
        Index { capacity, entries: Vec::new(), inserted: 0, bands: HashMap::new() }
    }

    /// Documents held now (at most the capacity).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Indexed documents sharing a band with `s`, oldest first, each once.
    pub fn candidates(&self, s: &Signature) -> Vec<&Entry> {
        let mut seqs: Vec<u64> = band_keys(s).filter_map(|k| self.bands.get(&k).copied()).collect();
        seqs.sort_unstable();
        seqs.dedup();
        seqs.into_iter().map(|seq| &self.entries[(seq % self.capacity as u64) as usize]).collect()
    }

    /// Adds a document, evicting the oldest when full.
    pub fn insert(&mut self, entry: Entry) {
        let seq = self.inserted;
        let slot = (seq % self.capacity as u64) as usize;
        if self.entries.len() == self.capacity {
            let old = seq - self.capacity as u64;
            for k in band_keys(&self.entries[slot].signature) {
                // Only if no newer document took the key over.
                if self.bands.get(&k) == Some(&old) {
                    self.bands.remove(&k);
                }
            }
        }
        for k in band_keys(&entry.signature) {
            self.bands.insert(k, seq);
        }
        if slot == self.entries.len() {
            self.entries.push(entry);
        } else {
            self.entries[slot] = entry;
        }
        self.inserted += 1;
    }

    /// Band keys in the table: at most `BANDS × capacity`.
    pub fn keys(&self) -> usize {
        self.bands.len()
    }
}
