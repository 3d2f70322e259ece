//! CSV with a header row and a text column (quoted newlines allowed, RFC 4180).

use super::{clean_text, parse_date, CsvColumns, Document, InputError, Located, Origin};
use std::path::Path;

/// Streams the articles of a CSV file, record by record.
pub fn read<'a>(path: &'a Path, columns: &'a CsvColumns) -> Box<dyn Iterator<Item = Located> + 'a> {
    let mut reader = match csv::ReaderBuilder::new().flexible(true).from_path(path) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(Err(InputError::new(path, None, format!("cannot read: {e}"))))),
    };
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("bad header: {e}"))))),
    };
    let find = |name: &str| {
        headers.iter().position(|h| {
            let h = String::from_utf8_lossy(h);
            h.trim_start_matches('\u{feff}').trim().eq_ignore_ascii_case(name)
        })
    };
    let Some(text_col) = find(&columns.text) else {
        let msg = format!("no column {:?} (choose one with --text-column)", columns.text);
        return Box::new(std::iter::once(Err(InputError::new(path, Some(1), msg))));
    };
    let id_col = match &columns.id {
        Some(name) => match find(name) {
            Some(c) => Some(c),
            None => return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("no column {name:?}"))))),
        },
        None => find("id"),
    };
    let date_col = match &columns.date {
        Some(name) => match find(name) {
            Some(c) => Some(c),
            None => return Box::new(std::iter::once(Err(InputError::new(path, Some(1), format!("no column {name:?}"))))),
        },
        None => find("date"),
    };
    let stem = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut records = reader.into_byte_records();
    let mut row = 1u64; // the header is record 1
    Box::new(std::iter::from_fn(move || {
        let record = records.next()?;
        row += 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => return Some(Err(InputError::new(path, Some(row), format!("bad CSV record: {e}")))),
        };
        let line = record.position().map_or(row, |p| p.line());
        let field = |c: Option<usize>| -> Result<Option<String>, InputError> {
            match c.and_then(|c| record.get(c)) {
                None => Ok(None),
                Some(b) => String::from_utf8(b.to_vec())
                    .map(Some)
                    .map_err(|_| InputError::new(path, Some(line), "not valid UTF-8")),
            }
        };
        Some((|| {
            let text = field(Some(text_col))?
                .ok_or_else(|| InputError::new(path, Some(line), format!("record has no {:?} field", columns.text)))?;
            let id = field(id_col)?.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| format!("{stem}:{row}"));
            let text = clean_text(&text).map_err(|m| InputError::new(path, Some(line), format!("document {id:?}: {m}")))?;
            let date = match field(date_col)?.filter(|s| !s.trim().is_empty()) {
                Some(raw) => Some(parse_date(&raw).ok_or_else(|| {
                    InputError::new(path, Some(line), format!("document {id:?}: date {raw:?} is not ISO 8601"))
                })?),
                None => None,
            };
            Ok((Document { id, text, date, title: None, source: None }, Origin::new(path, Some(line))))
        })())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Item;

    #[test]
    fn quoted_newlines_custom_columns_and_bad_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(
            &path,
            "key,body,published\nk1,\"Line one.\nLine two, with comma.\",2020-01-02\nk2,,2020-01-03\n,Third.,\n",
        )
        .unwrap();
        let cols = CsvColumns { text: "body".into(), id: Some("key".into()), date: Some("published".into()) };
        let items: Vec<Item> = read(&path, &cols).map(|i| i.map(|(d, _)| d)).collect();
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.id, "k1");
        assert_eq!(first.text, "Line one.\nLine two, with comma.");
        assert_eq!(first.date.as_deref(), Some("2020-01-02"));
        let err = items[1].as_ref().unwrap_err();
        assert_eq!(err.line, Some(4), "line of the record in the file");
        assert!(err.message.contains("empty article"));
        assert_eq!(items[2].as_ref().unwrap().id, "in.csv:4");
        let missing = read(&path, &CsvColumns::default()).next().unwrap().unwrap_err();
        assert!(missing.to_string().contains("no column \"text\""));
    }
}
