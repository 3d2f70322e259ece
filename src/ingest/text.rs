//! Plain-text articles: one file, or a folder of `.txt` files searched recursively.

use super::{clean_text, InputError, Located, Origin, EMPTY_FILE};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Reads one article; `id` is its stable id.
pub fn read_article(path: &Path, id: String) -> Located {
    let bytes = std::fs::read(path).map_err(|e| InputError::new(path, None, format!("cannot read: {e}")))?;
    if bytes.is_empty() {
        return Err(InputError::new(path, None, EMPTY_FILE));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64;
        InputError::new(path, Some(line), "not valid UTF-8 (is it a text file?)")
    })?;
    let text = clean_text(&text).map_err(|m| InputError::new(path, None, m))?;
    Ok((super::Document { id, text, date: None, title: None, source: None }, Origin::new(path, None)))
}

/// All `.txt` files below `root` in sorted order; ids are paths relative to `root`.
pub fn read_folder(root: &Path) -> impl Iterator<Item = Located> + '_ {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    collect(root, &mut files, &mut errors);
    files.sort();
    errors.into_iter().map(Err).chain(files.into_iter().map(move |path| {
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let id = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        read_article(&path, id)
    }))
}

/// The `.txt` files below `dir` (other files are ignored). Symbolic links to folders
/// are followed, but no folder is listed twice, so a link cycle (`corpus/loop ->
/// corpus`) neither loops nor yields the same files again under ever longer ids.
pub(super) fn collect(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let mut visited = HashSet::new();
    collect_below(dir, files, errors, &mut visited);
}

fn collect_below(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>, visited: &mut HashSet<PathBuf>) {
    // The canonical path identifies the folder however it was reached.
    if let Ok(canonical) = dir.canonicalize() {
        if !visited.insert(canonical) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return errors.push(InputError::new(dir, None, format!("cannot list folder: {e}"))),
    };
    // Sorted, so that which path reaches a folder first (and names its files) does not
    // depend on the order the file system lists entries in.
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_below(&path, files, errors, visited);
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Item;

    #[test]
    fn folder_ids_are_relative_paths_and_errors_name_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second article.").unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "First article.").unwrap();
        std::fs::write(dir.path().join("bad.txt"), b"ok\n\xff\xfe binary").unwrap();
        std::fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
        std::fs::write(dir.path().join("image.png"), b"\x89PNG").unwrap();
        let items: Vec<Item> = read_folder(dir.path()).map(|i| i.map(|(d, _)| d)).collect();
        let ids: Vec<_> = items.iter().filter_map(|i| i.as_ref().ok()).map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["b.txt", "sub/a.txt"]);
        let errors: Vec<String> = items.iter().filter_map(|i| i.as_ref().err()).map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].contains("bad.txt:2: not valid UTF-8"), "{}", errors[0]);
        assert!(errors[1].contains("empty.txt: empty article"), "{}", errors[1]);
    }
}
