//! Words that end in a period without ending a sentence or losing the period: one
//! list for the sentence splitter and the word splitter, so that a word the splitter
//! keeps whole ("Gen.", "Corp.") never ends a sentence.

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
    "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb", "vs", "etc", "inc", "corp", "co", "ltd", "bros", "no",
    "nos", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig",
    "e.g", "i.e", "u.s", "u.n", "u.k", "e.u",
];

/// Whether `word` (without its final period, any case) is a listed abbreviation.
pub(crate) fn is_listed(word: &str) -> bool {
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}
