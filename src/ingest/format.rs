//! Which format a file is read as: by its name (once a compression extension is set
//! aside), or, where the name says nothing, by its decoded content.

use super::open::Compression;
use super::{table, Field, Fields};
use std::path::Path;

/// The formats a file can be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Text,
    Json,
    JsonLines,
    /// A table: CSV, TSV or another delimiter (sniffed or `--delimiter`).
    Table {
        tsv: bool,
    },
}

impl Format {
    /// The format of a file named `path`, by its extension once any compression
    /// extension is set aside (`news.jsonl.gz` is JSON Lines), if actorgraph reads it.
    pub(super) fn of(path: &Path) -> Option<Format> {
        Format::of_extension(&inner_name(path)?)
    }

    fn of_extension(name: &str) -> Option<Format> {
        match name.rsplit_once('.')?.1 {
            "txt" => Some(Format::Text),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "csv" => Some(Format::Table { tsv: false }),
            "tsv" | "tab" => Some(Format::Table { tsv: true }),
            _ => None,
        }
    }

    /// The format of content whose name does not say (standard input, `news.gz`):
    /// `[` starts a JSON array, `{` JSON Lines, a first line naming the text field
    /// among separated names a table; anything else is one plain-text article.
    pub(super) fn sniff(head: &[u8], fields: &Fields) -> Format {
        let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
        match head.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => return Format::Json,
            Some(b'{') => return Format::JsonLines,
            _ => {}
        }
        let first = head.split(|&b| b == b'\n').next().unwrap_or_default();
        let first = String::from_utf8_lossy(first);
        let delimiter = table::sniff_delimiter(first.as_bytes());
        let names: Vec<&str> = first.split(delimiter as char).map(|n| n.trim().trim_matches('"')).collect();
        let has_text = fields.candidates(Field::Text).iter().any(|c| names.iter().any(|n| n.eq_ignore_ascii_case(c)));
        if names.len() > 1 && has_text {
            Format::Table { tsv: delimiter == b'\t' }
        } else {
            Format::Text
        }
    }
}

/// The file name of `path` in lower case without a compression extension.
fn inner_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    Some(match name.rsplit_once('.') {
        Some((inner, ext)) if Compression::is_extension(ext) => inner.to_string(),
        _ => name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_sniffing() {
        let f = Fields::default();
        assert_eq!(Format::sniff(b"  [{\"id\": 1}]", &f), Format::Json);
        assert_eq!(Format::sniff(b"\xef\xbb\xbf{\"id\": 1}\n", &f), Format::JsonLines);
        assert_eq!(Format::sniff(b"id\tmaintext\n1\tx\n", &f), Format::Table { tsv: true });
        assert_eq!(Format::sniff(b"url;text\n", &f), Format::Table { tsv: false });
        assert_eq!(Format::sniff(b"Norway met Sweden, in text.\n", &f), Format::Text);
        assert_eq!(Format::of(Path::new("a/b.NDJSON.GZ")), Some(Format::JsonLines));
        assert_eq!(Format::of(Path::new("x.gz")), None);
    }
}
