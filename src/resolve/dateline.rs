//! The dateline that opens a wire story ("MOSCOW 1996-08-30", "VENICE, Italy
//! (Reuters) -"): where the story was filed. A police force, a newspaper, a company or
//! a village that the dictionaries cannot place is far more often in that country
//! than elsewhere, so the dateline places them (see `codes`).

use crate::actors::{ActorDictionary, Country, Day};

/// Lines at the start of a text that may hold the dateline (a headline may come first).
const DATELINE_LINES: usize = 3;

/// The place names of a dateline line: the city in capitals and, after a comma, the
/// region or country if one is written ("IRVINE, Calif."). `None` when the line is
/// not a dateline: a dateline is only the place, then a date, a source in brackets,
/// a dash or the end of the line.
fn parse(line: &str) -> Option<(String, Option<String>)> {
    parse_with_end(line).map(|(city, region, _)| (city, region))
}

/// [`parse`], with the byte offset in `line` where the place names end when a date, a
/// source or a dash follows them (a line of capitals alone may be a headline).
fn parse_with_end(line: &str) -> Option<(String, Option<String>, Option<usize>)> {
    let end_of = |w: &str| w.as_ptr() as usize - line.as_ptr() as usize + w.len();
    let mut words = line.split_whitespace().peekable();
    let mut city: Vec<&str> = Vec::new();
    let mut comma = false;
    let mut end = 0;
    while let Some(&w) = words.peek() {
        let bare = w.trim_end_matches(',');
        let caps = bare.chars().any(char::is_alphabetic)
            && bare.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'));
        if !caps {
            break;
        }
        city.push(bare);
        end = end_of(w);
        words.next();
        if w.ends_with(',') {
            comma = true;
            break;
        }
    }
    if city.is_empty() {
        return None;
    }
    if !comma && words.peek() == Some(&",") {
        comma = true;
        words.next();
    }
    let ends_place = |w: &str| w.starts_with('(') || is_date(w) || matches!(w, "-" | "–" | "—" | "--");
    let mut region: Vec<&str> = Vec::new();
    if comma {
        while let Some(&w) = words.peek() {
            if ends_place(w) || !w.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            region.push(w.trim_end_matches([',', '.']));
            end = end_of(w);
            words.next();
        }
    }
    // What follows the place must end it; "ROMANIA COMELF H1 PROFIT ..." is a headline.
    let marked = match words.next() {
        Some(next) if !ends_place(next) => return None,
        next => next.is_some(),
    };
    Some((city.join(" "), (!region.is_empty()).then(|| region.join(" ")), marked.then_some(end)))
}

/// Byte ranges of `text` that name the place of a dateline ("MOSCOW" in "MOSCOW
/// 1996-08-30", "VENICE , Italy"): where the story was filed, which is no actor of
/// the story, so no mention is made there.
pub(crate) fn place_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n').take(DATELINE_LINES) {
        let lead = line.len() - line.trim_start().len();
        if let Some((_, _, Some(end))) = parse_with_end(line.trim()) {
            spans.push(at + lead..at + lead + end);
        }
        at += line.len();
    }
    spans
}

/// A date as wire copy writes it in a dateline: "1996-08-30".
fn is_date(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && w.chars().filter(char::is_ascii_digit).count() == 8
}

/// The country of the text's dateline, if it opens with one the dictionaries place.
pub(crate) fn country(text: &str, dict: &ActorDictionary, day: Option<Day>) -> Option<Country> {
    let place = |name: &str| dict.lookup(name, day).filter(|c| c.sector.is_none()).and_then(|c| c.country);
    text.lines().take(DATELINE_LINES).filter_map(|l| parse(l.trim())).find_map(|(city, region)| {
        // The region names the country when there is one ("VENICE, Italy"); a city
        // name alone may be the name of places in several countries.
        region.as_deref().and_then(place).or_else(|| place(&city))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_read_and_headlines_are_not() {
        assert_eq!(parse("MOSCOW 1996-08-30"), Some(("MOSCOW".into(), None)));
        assert_eq!(parse("VENICE , Italy 1996-08-31"), Some(("VENICE".into(), Some("Italy".into()))));
        assert_eq!(parse("IRVINE, Calif. (Reuters) - Shares rose."), Some(("IRVINE".into(), Some("Calif".into()))));
        assert_eq!(parse("NEW YORK (Reuters) - Shares rose."), Some(("NEW YORK".into(), None)));
        assert_eq!(parse("ROMANIA COMELF H1 PROFIT RISE BELOW TARGET ."), None);
        assert_eq!(parse("Shares rose in MOSCOW."), None);
    }

    #[test]
    fn the_place_of_a_dateline_is_found_in_the_text() {
        let text = "RUSSIA PROTESTS .\n  VENICE , Italy 1996-08-31\nMOSCOW said so.";
        let spans: Vec<&str> = place_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["VENICE , Italy"], "a headline and a sentence are no datelines");
        assert_eq!(place_spans("HELSINKI (AP) - Finland met Estonia.").len(), 1);
        assert!(place_spans("NAZARBAYEV SPOKE.").is_empty(), "nothing marks a line of capitals as a dateline");
    }

    #[test]
    fn the_region_places_the_city_and_the_text_may_start_with_a_headline() {
        let dict = ActorDictionary::builtin();
        let text = "ROMANIA COMELF PROFIT RISES .\nBUCHAREST 1996-08-30\nComelf said profit rose.";
        assert_eq!(country(text, &dict, None).map(|c| c.to_string()).as_deref(), Some("ROU"));
        let text = "PARIS , Texas 1996-08-30\nThe mayor spoke.";
        assert_eq!(country(text, &dict, None).map(|c| c.to_string()).as_deref(), Some("USA"));
        assert_eq!(country("UNITED NATIONS 1996-08-29\nThe council met.", &dict, None), None);
        assert_eq!(country("The council met in Paris.", &dict, None), None);
    }
}
