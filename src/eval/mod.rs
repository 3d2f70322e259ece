//! Scoring against gold data: entity-level NER (conlleval), parsing (CoNLL-U) and relations (guidelines).

pub mod ner;
pub mod parse;
pub mod relations;
pub mod stories;

use std::fmt;

/// Matched, predicted and gold counts, and the figures derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub matched: u64,
    pub predicted: u64,
    pub gold: u64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A table of per-type rows and an overall row.
pub struct Report {
    pub rows: Vec<(String, Counts)>,
    pub overall: Counts,
}

impl Report {
    /// Rows per type (in key order) and their sum as the overall row.
    pub fn from_types(per_type: std::collections::BTreeMap<String, Counts>) -> Report {
        let mut overall = Counts::default();
        for c in per_type.values() {
            overall.add(*c);
        }
        Report { rows: per_type.into_iter().collect(), overall }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<10} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
            "type", "precision", "recall", "f1", "matched", "pred", "gold"
        )?;
        for (name, c) in self.rows.iter().chain(std::iter::once(&("overall".to_string(), self.overall))) {
            writeln!(
                f,
                "{:<10} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7} {:>7}",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.matched,
                c.predicted,
                c.gold
            )?;
        }
        Ok(())
    }
}
