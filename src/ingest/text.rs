//! Plain-text articles: one file, or the files of a folder searched recursively.

use super::{check_size, clean_text, InputError, Located, Origin, Reason, EMPTY_FILE};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Reads one article; `id` is its stable id. At most `max_bytes` + 1 bytes are read,
/// whatever the file claims to hold, so memory stays bounded.
pub fn read_article(path: &Path, id: String, max_bytes: u64) -> Located {
    let unreadable = |e: std::io::Error| InputError::new(path, None, Reason::Unreadable, format!("cannot read: {e}"));
    let mut bytes = Vec::new();
    super::open::open_decoded(path)
        .and_then(|f| f.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.is_empty() {
        return Err(InputError::new(path, None, Reason::EmptyFile, EMPTY_FILE));
    }
    check_size(bytes.len() as u64, max_bytes).map_err(|p| InputError::at(path, None, p))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64;
        InputError::new(path, Some(line), Reason::NotUtf8, "not valid UTF-8 (is it a text file?)")
    })?;
    let text = clean_text(&text, max_bytes).map_err(|p| InputError::at(path, None, p))?;
    Ok((super::Document { id, text, date: None, title: None, source: None }, Origin::new(path, None)))
}

/// The files below `dir`, but hidden ones (names starting with '.', such as
/// `.DS_Store` or an output folder's `.actorgraph-run`). Symbolic links to folders
/// are followed, but no folder is listed twice, so a link cycle (`corpus/loop ->
/// corpus`) neither loops nor yields the same files again under ever longer ids.
/// Folders whose canonical path is in `skip` are not entered.
pub(super) fn collect(dir: &Path, skip: &[PathBuf], files: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    // Marking them visited keeps them out: no path reaches them.
    let mut visited: HashSet<PathBuf> = skip.iter().cloned().collect();
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
        Err(e) => {
            return errors.push(InputError::new(dir, None, Reason::Unreadable, format!("cannot list folder: {e}")))
        }
    };
    // Sorted, so that which path reaches a folder first (and names its files) does not
    // depend on the order the file system lists entries in.
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.file_name().is_some_and(|n| n.as_encoded_bytes().starts_with(b".")) {
            continue;
        }
        if path.is_dir() {
            collect_below(&path, files, errors, visited);
        } else {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::{read_input, Item, ReadOptions};

    #[test]
    fn folder_ids_are_paths_and_errors_name_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Second article.").unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "First article.").unwrap();
        std::fs::write(dir.path().join("bad.txt"), b"ok\n\xff\xfe binary").unwrap();
        std::fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
        std::fs::write(dir.path().join("image.png"), b"\x89PNG").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "Not read.").unwrap();
        let options = ReadOptions::default();
        let items: Vec<Item> = read_input(dir.path(), &options).map(|i| i.map(|(d, _)| d)).collect();
        let ids: Vec<_> = items.iter().filter_map(|i| i.as_ref().ok()).map(|d| d.id.clone()).collect();
        let root = super::super::path_id(dir.path());
        assert_eq!(ids, vec![format!("{root}/b.txt"), format!("{root}/sub/a.txt")]);
        let errors: Vec<String> = items.iter().filter_map(|i| i.as_ref().err()).map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("bad.txt:2: not valid UTF-8"), "{}", errors[0]);
        assert!(errors[1].contains("empty.txt: empty article"), "{}", errors[1]);
        assert!(errors[2].contains("image.png: not read: unknown extension"), "{}", errors[2]);
    }
}
