//! When nodes and edges are active: their evidence dates as spells.
//!
//! A spell is a run of consecutive days with evidence, `[first, last]` (closed, as
//! Gephi reads intervals), so a story covered on three days running is one spell and
//! a gap in coverage is a gap on Gephi's timeline. The same spells are written to
//! GEXF (`<spell start end>`) and to the `Interval` column of nodes.csv and edges.csv
//! in the interval-set form Gephi's spreadsheet importer parses:
//! `<[2019-03-04, 2019-03-05]; [2019-03-09, 2019-03-09]>`. The column is also how
//! merge and resume read the dates back, so it lists every dated day, never a summary.

use anyhow::{bail, Context, Result};
use std::collections::BTreeSet;

/// A calendar day. Four bytes, where a `YYYY-MM-DD` string takes over forty on the
/// heap: the graph holds one per node and day with evidence, for the whole run.
pub type Day = jiff::civil::Date;

/// The day of a document's date (`YYYY-MM-DD`, as the readers normalise them).
pub fn day(date: &str) -> Option<Day> {
    date.parse().ok()
}

/// The runs of consecutive days in `dates`, as `(first, last)`.
pub fn spells(dates: &BTreeSet<Day>) -> Vec<(Day, Day)> {
    let mut out: Vec<(Day, Day)> = Vec::new();
    for &d in dates {
        match out.last_mut() {
            Some(spell) if spell.1.tomorrow().ok() == Some(d) => spell.1 = d,
            _ => out.push((d, d)),
        }
    }
    out
}

/// The `Interval` cell of `dates`: empty when there are none.
pub fn interval_cell(dates: &BTreeSet<Day>) -> String {
    if dates.is_empty() {
        return String::new();
    }
    let spells: Vec<String> = spells(dates).into_iter().map(|(a, b)| format!("[{a}, {b}]")).collect();
    format!("<{}>", spells.join("; "))
}

/// The dates an `Interval` cell written by [`interval_cell`] lists (each day of each
/// spell).
pub fn parse_interval_cell(cell: &str) -> Result<BTreeSet<Day>> {
    let mut dates = BTreeSet::new();
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(dates);
    }
    let inner = cell
        .strip_prefix('<')
        .and_then(|c| c.strip_suffix('>'))
        .with_context(|| format!("interval {cell:?} is not <[start, end]; ...>"))?;
    for spell in inner.split(';') {
        let spell = spell.trim();
        let Some((a, b)) = spell.strip_prefix('[').and_then(|s| s.strip_suffix(']')).and_then(|s| s.split_once(','))
        else {
            bail!("spell {spell:?} is not [start, end]");
        };
        let (start, end): (Day, Day) = (
            a.trim().parse().with_context(|| format!("spell {spell:?}: bad start"))?,
            b.trim().parse().with_context(|| format!("spell {spell:?}: bad end"))?,
        );
        // A spell spans days that all have evidence; a year is a sanity bound
        // against a damaged file making millions of dates.
        let mut day = start;
        for _ in 0..=366 {
            if day > end {
                break;
            }
            dates.insert(day);
            day = day.tomorrow().context("date out of range")?;
        }
        if day <= end {
            bail!("spell {spell:?} is longer than a year");
        }
    }
    Ok(dates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_days_make_one_spell_and_cells_round_trip() {
        let dates: BTreeSet<Day> =
            ["2019-02-28", "2019-03-01", "2019-03-02", "2019-03-09", "2020-01-01"].map(|d| day(d).unwrap()).into();
        assert_eq!(
            interval_cell(&dates),
            "<[2019-02-28, 2019-03-02]; [2019-03-09, 2019-03-09]; [2020-01-01, 2020-01-01]>"
        );
        assert_eq!(parse_interval_cell(&interval_cell(&dates)).unwrap(), dates);
        assert_eq!(interval_cell(&BTreeSet::new()), "");
        assert!(parse_interval_cell("").unwrap().is_empty());
        assert!(parse_interval_cell("<[2019-03-09]>").is_err());
    }
}
