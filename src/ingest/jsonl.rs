//! JSON Lines: one article per line, `{"id", "text", "date"?, "title"?, "source"?, ...}`.

use super::{clean_text, parse_date, Document, InputError, Located, Origin};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Streams the articles of a JSONL file, line by line (a bad line does not stop the rest).
pub fn read(path: &Path) -> Box<dyn Iterator<Item = Located> + '_> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Err(InputError::new(path, None, format!("cannot read: {e}"))))),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    Box::new(std::iter::from_fn(move || loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                line_no += 1;
                // An I/O error mid-file ends this file.
                let err = InputError::new(path, Some(line_no), format!("read error: {e}"));
                reader = BufReader::new(std::fs::File::open("/dev/null").ok()?);
                return Some(Err(err));
            }
        }
        line_no += 1;
        let bytes = if line_no == 1 { buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf) } else { &buf[..] };
        let line = match std::str::from_utf8(bytes) {
            Ok(l) => l.trim(),
            Err(_) => return Some(Err(InputError::new(path, Some(line_no), "not valid UTF-8"))),
        };
        if line.is_empty() {
            continue;
        }
        return Some(match parse_line(line) {
            Ok(doc) => Ok((doc, Origin::new(path, Some(line_no)))),
            Err(m) => Err(InputError::new(path, Some(line_no), m)),
        });
    }))
}

fn parse_line(line: &str) -> Result<Document, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let obj = value.as_object().ok_or("expected a JSON object")?;
    let string = |key: &str| -> Result<Option<String>, String> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(format!("field \"{key}\" must be a string")),
        }
    };
    let id = string("id")?.filter(|s| !s.trim().is_empty()).ok_or("missing field \"id\"")?;
    let text = string("text")?.ok_or("missing field \"text\"")?;
    let text = clean_text(&text).map_err(|m| format!("document {id:?}: {m}"))?;
    let date = match string("date")? {
        Some(raw) => Some(
            parse_date(&raw).ok_or_else(|| format!("document {id:?}: date {raw:?} is not ISO 8601 (YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    Ok(Document { id, text, date, title: string("title")?, source: string("source")? })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Item;

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
        let items: Vec<Item> = read(&path).map(|i| i.map(|(d, _)| d)).collect();
        let docs: Vec<&Document> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a");
        assert_eq!(docs[0].date.as_deref(), Some("2017-10-07"));
        assert_eq!(docs[1].id, "7");
        let errors: Vec<(Option<u64>, String)> =
            items.iter().filter_map(|i| i.as_ref().err()).map(|e| (e.line, e.message.clone())).collect();
        assert_eq!(errors.len(), 5);
        assert_eq!(errors[0].0, Some(2));
        assert!(errors[0].1.starts_with("invalid JSON"));
        assert_eq!(errors[1], (Some(5), "missing field \"id\"".into()));
        assert!(errors[2].1.contains("empty article"));
        assert!(errors[3].1.contains("not ISO 8601"));
        assert_eq!(errors[4], (Some(8), "not valid UTF-8".into()));
    }
}
