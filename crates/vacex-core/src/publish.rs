//! Atomic publishing. Tables are written under `<out>/.staging/` (outside every table
//! glob), fsynced, then swapped into place with one rename: `renameat2(RENAME_EXCHANGE)`
//! for a directory that already exists, `rename(2)` otherwise. A reader sees the old
//! table or the new one, never a half-written one. A run that fails removes its
//! staging directory (spill files included) on the way out; a killed run leaves
//! debris that the next run of the same night and shard removes.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where a run stages its files: `<out>/.staging/<tag>`.
pub fn staging_dir(out: &Path, tag: &str) -> PathBuf {
    out.join(".staging").join(tag)
}

/// Removes what a crashed run with the same tag left behind, and creates a fresh,
/// empty staging directory.
pub fn fresh_staging(out: &Path, tag: &str) -> io::Result<PathBuf> {
    let dir = staging_dir(out, tag);
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// A fresh staging directory that is removed, with whatever is left in it, when the
/// value is dropped: at the end of a run that published, and on every error or panic
/// path out of one, so a failed run leaves no half-written tables or spill files.
pub struct Staging {
    dir: PathBuf,
}

impl Staging {
    /// See [`fresh_staging`].
    pub fn fresh(out: &Path, tag: &str) -> io::Result<Staging> {
        fresh_staging(out, tag).map(|dir| Staging { dir })
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Best effort: what cannot be removed now the next run of the night removes.
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// fsync a directory so a rename inside it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

/// Publishes a staged directory at `target`, replacing what was there in one step.
/// The old contents end up at the staged path and are removed afterwards.
pub fn publish_dir(staged: &Path, target: &Path) -> io::Result<()> {
    sync_tree(staged)?;
    let parent = target
        .parent()
        .ok_or_else(|| io::Error::other("target has no parent"))?;
    fs::create_dir_all(parent)?;
    if target.exists() {
        match rustix::fs::renameat_with(
            rustix::fs::CWD,
            staged,
            rustix::fs::CWD,
            target,
            rustix::fs::RenameFlags::EXCHANGE,
        ) {
            Ok(()) => {}
            Err(e)
                if e == rustix::io::Errno::INVAL
                    || e == rustix::io::Errno::NOSYS
                    || e == rustix::io::Errno::NOTSUP =>
            {
                // No atomic exchange on this filesystem: move the old one aside first.
                let aside = staged.with_extension("old");
                fs::rename(target, &aside)?;
                fs::rename(staged, target)?;
                fs::rename(&aside, staged)?;
            }
            Err(e) => return Err(e.into()),
        }
        sync_dir(parent)?;
        fs::remove_dir_all(staged)?;
    } else {
        fs::rename(staged, target)?;
        sync_dir(parent)?;
    }
    Ok(())
}

/// Publishes one staged file at `target` (an atomic replace).
pub fn publish_file(staged: &Path, target: &Path) -> io::Result<()> {
    fs::File::open(staged)?.sync_all()?;
    let parent = target
        .parent()
        .ok_or_else(|| io::Error::other("target has no parent"))?;
    fs::create_dir_all(parent)?;
    fs::rename(staged, target)?;
    sync_dir(parent)
}

/// Writes bytes to `target` atomically (staging file in the same directory, fsync, rename).
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let parent = target
        .parent()
        .ok_or_else(|| io::Error::other("target has no parent"))?;
    fs::create_dir_all(parent)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    fs::write(&tmp, bytes)?;
    fs::File::open(&tmp)?.sync_all()?;
    fs::rename(&tmp, target)?;
    sync_dir(parent)
}

fn sync_tree(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            sync_tree(&entry.path())?;
        } else {
            fs::File::open(entry.path())?.sync_all()?;
        }
    }
    sync_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_replaces_a_directory_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("t/run_date=2025-01-01");
        let a = fresh_staging(tmp.path(), "a").unwrap();
        fs::write(a.join("part-0.parquet"), "old").unwrap();
        fs::write(a.join("part-1.parquet"), "old").unwrap();
        publish_dir(&a, &target).unwrap();
        let b = fresh_staging(tmp.path(), "b").unwrap();
        fs::write(b.join("part-0.parquet"), "new").unwrap();
        publish_dir(&b, &target).unwrap();
        let names: Vec<String> = fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, vec!["part-0.parquet"]);
        assert_eq!(
            fs::read_to_string(target.join("part-0.parquet")).unwrap(),
            "new"
        );
        assert!(!b.exists());
    }

    #[test]
    fn a_dropped_staging_directory_is_removed_with_its_contents() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = {
            let staging = Staging::fresh(tmp.path(), "2025-01-01").unwrap();
            fs::create_dir_all(staging.path().join("spill")).unwrap();
            fs::write(staging.path().join("spill/chunk-0"), "rows").unwrap();
            fs::write(staging.path().join("part-0.parquet"), "half").unwrap();
            staging.path().to_path_buf()
        };
        assert_eq!(dir, staging_dir(tmp.path(), "2025-01-01"));
        assert!(!dir.exists());
        assert!(
            tmp.path().join(".staging").exists(),
            "only the run's own directory goes"
        );
    }
}
