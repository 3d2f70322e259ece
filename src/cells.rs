//! Text cells of the CSV outputs, guarded against spreadsheet formula injection
//! (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or CR would
//! open as a formula in Excel or LibreOffice, so it gets a leading `'`; a text cell
//! that starts with `'` gets one too, so that the escape can be undone (for
//! `--resume` and `merge`). Used by every file that writes or reads such cells.

use std::borrow::Cow;

/// A text cell as written: with a leading `'` if a spreadsheet would read it as a
/// formula (or if it starts with `'`, so that [`read_text_cell`] can undo it).
pub fn text_cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// The value of a text cell written by [`text_cell`].
pub fn read_text_cell(s: &str) -> &str {
    s.strip_prefix('\'').unwrap_or(s)
}
