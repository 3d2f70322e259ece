//! Publication dates as news dumps write them, normalised to `YYYY-MM-DD`.
//!
//! Accepted: ISO 8601 in extended (`2019-03-04`, `2019-03-04T10:15:00+01:00`) and
//! basic form (`20190304T101500Z`), RFC 3339, RFC 2822 (`Mon, 04 Mar 2019 10:15:00
//! +0000`, as RSS feeds write it) and GDELT's `YYYYMMDD[HHMMSS]`. Parsing is jiff's,
//! so a day that does not exist (`2020-02-31`) is refused rather than rolled over.
//!
//! The date kept is the calendar date as written, in the writer's own offset: a
//! story published at 23:30 in New York is dated that day, not the next day in UTC.

use jiff::civil::Date;
use jiff::fmt::{rfc2822, temporal};

static TEMPORAL: temporal::DateTimeParser = temporal::DateTimeParser::new();
static RFC2822: rfc2822::DateTimeParser = rfc2822::DateTimeParser::new();

/// `raw` as `YYYY-MM-DD`, or `None` if it is in none of the accepted forms or names
/// a day or time that does not exist.
pub fn parse_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let date = gdelt(s).or_else(|| iso8601(s)).or_else(|| rfc2822(s))?;
    Some(date.strftime("%Y-%m-%d").to_string())
}

/// GDELT's `YYYYMMDDHHMMSS` (14 digits): ISO 8601 basic form without the `T`, which
/// the ISO parser does not take. Eight digits alone are ISO basic dates.
fn gdelt(s: &str) -> Option<Date> {
    if s.len() != 14 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    TEMPORAL.parse_datetime(format!("{}T{}", &s[..8], &s[8..])).ok().map(|dt| dt.date())
}

/// ISO 8601 / RFC 3339, extended or basic, date or date-time, with or without an
/// offset or a bracketed time zone.
fn iso8601(s: &str) -> Option<Date> {
    TEMPORAL.parse_pieces(s).ok().map(|p| p.date())
}

/// RFC 2822 (e-mail and RSS dates).
fn rfc2822(s: &str) -> Option<Date> {
    RFC2822.parse_zoned_datetime(s).ok().map(|z| z.date())
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn accepted_forms() {
        for (raw, want) in [
            ("2017-10-13", "2017-10-13"),
            ("2017-10-13T08:15:00Z", "2017-10-13"),
            ("2017-10-13 08:15:00", "2017-10-13"),
            ("2017-10-13T23:30:00.123-05:00", "2017-10-13"),
            ("2017-10-13T23:30:00-05:00[America/New_York]", "2017-10-13"),
            ("20171013", "2017-10-13"),
            ("20171013T081500Z", "2017-10-13"),
            ("20171013081500", "2017-10-13"),
            ("Fri, 13 Oct 2017 08:15:00 +0000", "2017-10-13"),
            ("13 Oct 2017 23:15:00 -0700", "2017-10-13"),
            (" 2020-02-29 ", "2020-02-29"),
            ("2000-02-29", "2000-02-29"),
        ] {
            assert_eq!(parse_date(raw).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn refused_forms() {
        for raw in [
            "2017-13-01",
            "13/10/2017",
            "2017-10-13x",
            "é",
            "",
            "yesterday",
            "2020-02-31",
            "2019-02-29",
            "1900-02-29",
            "2021-04-31",
            "20200231",
            "20190304256000",
            "Sat, 13 Oct 2017 08:15:00 +0000",
        ] {
            assert_eq!(parse_date(raw), None, "{raw:?}");
        }
    }
}
