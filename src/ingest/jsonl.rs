//! JSON Lines: one article per line, `{"id", "text", "date"?, "title"?, "source"?, ...}`
//! (the field names as `--*-field` and news-please's names make them, see `fields`).

use super::{
    clean_text, document_date, record_too_large, Document, Field, FileIds, InputError, Located, Origin, Problem,
    ReadOptions, Reason,
};
use serde_json::Value;
use std::io::BufRead;
use std::path::PathBuf;

/// Streams the articles of a JSONL file, line by line (a bad line does not stop the
/// rest). A line longer than [`ReadOptions::max_record_bytes`] is skipped without
/// being held in memory.
pub fn read(path: PathBuf, ids: FileIds, options: &ReadOptions) -> Box<dyn Iterator<Item = Located> + '_> {
    let file = match super::open::open_decoded(&path) {
        Ok(f) => f,
        Err(e) => {
            let e = InputError::new(&path, None, Reason::Unreadable, format!("cannot read: {e}"));
            return Box::new(std::iter::once(Err(e)));
        }
    };
    let mut reader = Some(file);
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    let cap = options.max_record_bytes();
    Box::new(std::iter::from_fn(move || loop {
        buf.clear();
        let line_len = match read_line_capped(reader.as_mut()?, &mut buf, cap) {
            Ok(0) => return None,
            Ok(n) => n,
            Err(e) => {
                line_no += 1;
                // An I/O error mid-file ends this file.
                reader = None;
                return Some(Err(InputError::new(
                    &path,
                    Some(line_no),
                    Reason::Unreadable,
                    format!("read error: {e}"),
                )));
            }
        };
        line_no += 1;
        if line_len > cap {
            return Some(Err(InputError::at(&path, Some(line_no), record_too_large(line_len, cap))));
        }
        let bytes = if line_no == 1 { buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf) } else { &buf[..] };
        let line = match std::str::from_utf8(bytes) {
            Ok(l) => l.trim(),
            Err(_) => return Some(Err(InputError::new(&path, Some(line_no), Reason::NotUtf8, "not valid UTF-8"))),
        };
        if line.is_empty() {
            continue;
        }
        return Some(match parse_line(line, &ids, options) {
            Ok((doc, warning)) => {
                let mut origin = Origin::new(&path, Some(line_no));
                origin.warning = warning.map(|p| InputError::at(&path, Some(line_no), p));
                Ok((doc, origin))
            }
            Err(p) => Err(InputError::at(&path, Some(line_no), p)),
        });
    }))
}

/// Reads one line (through "\n") into `buf`, keeping at most `cap` + 1 bytes of it;
/// returns the line's full length in bytes (0 at the end of the input).
fn read_line_capped<R: BufRead>(reader: &mut R, buf: &mut Vec<u8>, cap: u64) -> std::io::Result<u64> {
    let keep = usize::try_from(cap.saturating_add(1)).unwrap_or(usize::MAX);
    let mut len = 0u64;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(len);
        }
        let (n, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = keep.saturating_sub(buf.len()).min(n);
        buf.extend_from_slice(&chunk[..room]);
        reader.consume(n);
        len += n as u64;
        if done {
            return Ok(len);
        }
    }
}

fn parse_line(line: &str, ids: &FileIds, options: &ReadOptions) -> Result<(Document, Option<Problem>), Problem> {
    let value: Value =
        serde_json::from_str(line).map_err(|e| Problem(Reason::BadJson, format!("invalid JSON: {e}")))?;
    parse_object(&value, ids, options)
}

/// A document from one JSON object (a JSON Lines line or a JSON array element), and
/// the warning about its date if it had one that was dropped.
pub(super) fn parse_object(
    value: &Value,
    ids: &FileIds,
    options: &ReadOptions,
) -> Result<(Document, Option<Problem>), Problem> {
    let obj = value.as_object().ok_or_else(|| Problem(Reason::BadJson, "expected a JSON object".into()))?;
    let fields = &options.fields;
    // The first of the field's names present (and not null) in the object.
    let string = |field: Field| -> Result<Option<String>, Problem> {
        let found =
            fields.candidates(field).into_iter().find_map(|k| obj.get(k).filter(|v| !v.is_null()).map(|v| (k, v)));
        match found {
            None => Ok(None),
            Some((_, Value::String(s))) => Ok(Some(s.clone())),
            Some((_, Value::Number(n))) if field == Field::Id => Ok(Some(n.to_string())),
            Some((key, _)) => Err(Problem(Reason::BadJson, format!("field \"{key}\" must be a string"))),
        }
    };
    let missing = |field: Field| Problem(Reason::MissingField, format!("missing field {}", fields.describe(field)));
    let id = string(Field::Id)?.filter(|s| !s.trim().is_empty()).ok_or_else(|| missing(Field::Id))?;
    let id = ids.of(id);
    let text = string(Field::Text)?.ok_or_else(|| missing(Field::Text))?;
    let text = clean_text(&text, options.max_article_bytes)
        .map_err(|Problem(r, m)| Problem(r, format!("document {id:?}: {m}")))?;
    let (date, warning) = document_date(&id, string(Field::Date)?);
    let (title, source) = (string(Field::Title)?, string(Field::Source)?);
    Ok((Document { id, text, date, title, source }, warning))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Item;

    pub(crate) fn ids() -> FileIds {
        FileIds { stem: "in.jsonl".into(), prefixed: false }
    }

    #[test]
    fn good_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.jsonl");
        let mut data = String::new();
        data.push_str(
            "\u{feff}{\"id\": \"a\", \"text\": \"First.\", \"date\": \"2017-10-07T10:00:00Z\", \"lang\": \"en\"}\n",
        );
        data.push_str("{not json}\n");
        data.push('\n');
        data.push_str("{\"id\": 7, \"text\": \"Second.\"}\r\n");
        data.push_str("{\"text\": \"No id.\"}\n");
        data.push_str("{\"id\": \"e\", \"text\": \"   \"}\n");
        data.push_str("{\"id\": \"d\", \"text\": \"Bad date.\", \"date\": \"yesterday\"}\n");
        let mut bytes = data.into_bytes();
        bytes.extend_from_slice(b"{\"id\": \"x\", \"text\": \"\xff\"}\n");
        std::fs::write(&path, bytes).unwrap();
        let options = ReadOptions::default();
        let items: Vec<Item> = read(path.clone(), ids(), &options).map(|i| i.map(|(d, _)| d)).collect();
        let docs: Vec<&Document> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
        // The document with a bad date is kept, without it.
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].id, "a");
        assert_eq!(docs[0].date.as_deref(), Some("2017-10-07"));
        assert_eq!(docs[1].id, "7");
        assert_eq!((docs[2].id.as_str(), docs[2].date.as_deref()), ("d", None));
        let errors: Vec<(Option<u64>, String)> =
            items.iter().filter_map(|i| i.as_ref().err()).map(|e| (e.line, e.message.clone())).collect();
        assert_eq!(errors.len(), 4);
        assert_eq!(errors[0].0, Some(2));
        assert!(errors[0].1.starts_with("invalid JSON"));
        assert_eq!(errors[1], (Some(5), "missing field \"id\" (or \"url\")".into()));
        assert!(errors[2].1.contains("empty article"));
        assert_eq!(errors[3], (Some(8), "not valid UTF-8".into()));
    }

    #[test]
    fn lines_over_the_limit_are_skipped_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.jsonl");
        let doc = |id: &str, len: usize| format!("{{\"id\": \"{id}\", \"text\": \"{}\"}}\n", "x".repeat(len));
        std::fs::write(&path, [doc("huge", 1000), doc("ok", 50), doc("long", 150)].concat()).unwrap();
        let options = ReadOptions { max_article_bytes: 100, ..ReadOptions::default() };
        let items: Vec<Located> = read(path.clone(), ids(), &options).collect();
        assert_eq!(items.len(), 3);
        let first = items[0].as_ref().unwrap_err();
        assert_eq!((first.line, first.reason), (Some(1), Reason::TooLarge));
        assert!(first.message.contains("record of 1027 bytes is over 4 x --max-article-bytes (400 bytes)"), "{first}");
        assert_eq!(items[1].as_ref().unwrap().0.id, "ok");
        let third = items[2].as_ref().unwrap_err();
        assert_eq!((third.line, third.reason), (Some(3), Reason::TooLarge));
        assert!(third.message.contains("article of 150 bytes is over --max-article-bytes 100: skipped"), "{third}");
    }
}
