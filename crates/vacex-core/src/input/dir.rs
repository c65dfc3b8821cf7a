//! Directory trees and single page files: walks the inputs in a fixed (sorted) order
//! so every run sees the corpus in the same order, and reads one page per file.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{
    doc_id_for_file, input_reject, open_whole, read_limited, FileKind, InputError, InputFile,
    InputItem, ReadOptions,
};
use crate::config::FetchedAtForFiles;
use crate::record::{ContentHint, Document, RejectReason, SourceFormat};

/// All corpus files under the given inputs, in sorted order. A missing input is an
/// error (the run cannot do what was asked); files of other kinds are skipped and
/// returned apart so the report can name them.
pub fn walk_inputs(inputs: &[PathBuf]) -> Result<(Vec<InputFile>, Vec<PathBuf>), InputError> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::Missing {
                path: input.clone(),
            },
            _ => InputError::Io {
                path: input.clone(),
                source: e,
            },
        })?;
        if meta.is_file() {
            let rel = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match InputFile::classify(input, rel) {
                Some(f) => files.push(f),
                None => skipped.push(input.clone()),
            }
            continue;
        }
        for entry in walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
        {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    // A dangling symbolic link with a page's name is a page that cannot
                    // be read: a reject when it is read, not the end of the night. A
                    // link loop is skipped and named; any other error stops the run.
                    let path = e.path().map(Path::to_path_buf);
                    if let Some(path) = path.filter(|p| p.is_symlink()) {
                        if is_hidden(&path, input) {
                            continue;
                        }
                        let rel = path
                            .strip_prefix(input)
                            .unwrap_or(&path)
                            .to_string_lossy()
                            .into_owned();
                        match InputFile::classify(&path, rel) {
                            Some(f) if e.loop_ancestor().is_none() => files.push(f),
                            _ => skipped.push(path),
                        }
                        continue;
                    }
                    return Err(InputError::Io {
                        path: e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| input.clone()),
                        source: e.into(),
                    });
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let path = entry.path();
            if is_hidden(path, input) {
                continue;
            }
            let rel = path
                .strip_prefix(input)
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned();
            match InputFile::classify(path, rel) {
                Some(f) => files.push(f),
                None => skipped.push(path.to_path_buf()),
            }
        }
    }
    Ok((files, skipped))
}

/// True for paths under `root` with a component that starts with a dot.
fn is_hidden(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root).ok().is_some_and(|p| {
        p.components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    })
}

/// Reads one page file.
pub(super) fn read_page(file: &InputFile, hint: ContentHint, options: &ReadOptions) -> InputItem {
    debug_assert!(matches!(file.kind, FileKind::Page(_)));
    let doc_id = doc_id_for_file(&file.path);
    let source = file.path.display().to_string();
    let unreadable = |detail: String| {
        input_reject(
            doc_id.clone(),
            source.clone(),
            SourceFormat::File,
            RejectReason::Unreadable,
            detail,
        )
    };
    let (mut reader, size) = open_whole(file).map_err(|e| {
        let dangling = file.path.is_symlink() && !file.path.exists();
        unreadable(if dangling {
            format!("cannot open: a symbolic link to a missing file ({e})")
        } else {
            format!("cannot open: {e}")
        })
    })?;
    let bytes = read_limited(&mut reader, options.max_page_bytes, size)
        .map_err(|e| unreadable(format!("cannot read (corrupt or truncated file?): {e}")))?;
    let fetched_at = match options.fetched_at_for_files {
        FetchedAtForFiles::Mtime => std::fs::metadata(&file.path)
            .and_then(|m| m.modified())
            .ok()
            .map(DateTime::<Utc>::from),
        FetchedAtForFiles::RunDate => options.run_date.and_hms_opt(0, 0, 0).map(|t| t.and_utc()),
        FetchedAtForFiles::None => None,
    };
    Ok(Document {
        doc_id,
        source,
        format: SourceFormat::File,
        url: None,
        fetched_at,
        http_charset: None,
        hint,
        bytes,
    })
}
