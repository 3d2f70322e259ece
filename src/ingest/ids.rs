//! Document ids of files: the path as given on the command line, unique and
//! reversible to the file.
//!
//! A folder's files get the folder argument joined with their path below it, so
//! `2019/a.txt` and `2020/a.txt` read as two folders stay two documents. Bytes that
//! are not UTF-8 (possible in Unix file names), control characters and `%` itself are
//! percent-encoded, so distinct names never collapse into one replacement character
//! and every id decodes back to its path's bytes.

use std::path::{Component, Path};

/// The id of the file at `path`: its components joined by `/` (`.` components
/// dropped), percent-encoded where needed.
pub fn path_id(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| match c {
            // Joined with "/" below, an empty first part makes the id start with "/".
            Component::RootDir => String::new(),
            other => escape(os_bytes(other.as_os_str()).as_ref()),
        })
        .collect();
    match parts.as_slice() {
        [] => ".".into(),
        [root] if root.is_empty() => "/".into(),
        _ => parts.join("/"),
    }
}

#[cfg(unix)]
fn os_bytes(s: &std::ffi::OsStr) -> std::borrow::Cow<'_, [u8]> {
    use std::os::unix::ffi::OsStrExt;
    std::borrow::Cow::Borrowed(s.as_bytes())
}

/// Elsewhere (Windows: UTF-16 names) names are valid Unicode but for unpaired
/// surrogates, which the lossy conversion cannot keep apart.
#[cfg(not(unix))]
fn os_bytes(s: &std::ffi::OsStr) -> std::borrow::Cow<'_, [u8]> {
    match s.to_string_lossy() {
        std::borrow::Cow::Borrowed(b) => std::borrow::Cow::Borrowed(b.as_bytes()),
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o.into_bytes()),
    }
}

/// UTF-8 text kept as is but for `%` and control characters; every other byte
/// percent-encoded (`%FF`).
fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '%' || c.is_control() {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf).bytes().for_each(|b| push_escaped(b, &mut out));
            } else {
                out.push(c);
            }
        }
        chunk.invalid().iter().for_each(|&b| push_escaped(b, &mut out));
    }
    out
}

fn push_escaped(b: u8, out: &mut String) {
    out.push_str(&format!("%{b:02X}"));
}

/// The bytes of the path an id names (the inverse of [`path_id`]'s escaping).
pub fn unescape_id(id: &str) -> Vec<u8> {
    let bytes = id.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_folders_apart_and_drop_dot_components() {
        assert_eq!(path_id(Path::new("2019/a.txt")), "2019/a.txt");
        assert_eq!(path_id(Path::new("./2020/./a.txt")), "2020/a.txt");
        assert_eq!(path_id(Path::new("/data/news/a.txt")), "/data/news/a.txt");
        assert_eq!(path_id(Path::new("100%/a b.txt")), "100%25/a b.txt");
        assert_eq!(path_id(Path::new("new\nline.txt")), "new%0Aline.txt");
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_stay_distinct_and_reversible() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let a = Path::new(OsStr::from_bytes(b"caf\xe9.txt"));
        let b = Path::new(OsStr::from_bytes(b"caf\xe8.txt"));
        let (ia, ib) = (path_id(a), path_id(b));
        assert_eq!(ia, "caf%E9.txt");
        assert_ne!(ia, ib);
        for (path, id) in [(a, &ia), (b, &ib), (Path::new("100%/x\u{1}é.txt"), &path_id(Path::new("100%/x\u{1}é.txt")))]
        {
            assert_eq!(unescape_id(id), path.as_os_str().as_bytes(), "{id}");
        }
    }
}
