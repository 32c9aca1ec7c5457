//! The sync folder, the same on a USB stick or in a Syncthing folder:
//!
//! ```text
//! changes/<laptop>/<seq:010>.age   one laptop's writes, immutable once published
//! state/<laptop>.age               what that laptop has applied (replaced as it goes)
//! ```
//!
//! A laptop writes only under its own id, so two laptops never write the same file and
//! Syncthing never has a conflict to make; every write is temp → fsync → rename.

use std::path::{Path, PathBuf};

use tejido_vault::fs::{RealFs, write_durably};

pub(crate) const CHANGES: &str = "changes";
pub(crate) const BLOBS: &str = "blobs";
pub(crate) const STATE: &str = "state";
const SUFFIX: &str = ".age";

/// Where `laptop`'s change file `seq` lives.
pub(crate) fn change_path(root: &Path, laptop: &str, seq: i64) -> PathBuf {
    root.join(CHANGES).join(laptop).join(format!("{seq:010}{SUFFIX}"))
}

/// Where `laptop`'s state file lives.
pub(crate) fn state_path(root: &Path, laptop: &str) -> PathBuf {
    root.join(STATE).join(format!("{laptop}{SUFFIX}"))
}

/// Where `laptop`'s copy of attachment `id` lives.
pub(crate) fn blob_path(root: &Path, laptop: &str, id: uuid::Uuid) -> PathBuf {
    root.join(BLOBS).join(laptop).join(format!("{id}{SUFFIX}"))
}

/// The attachment files here: (laptop, attachment id, path).
pub(crate) fn blob_files(root: &Path) -> Vec<(String, uuid::Uuid, PathBuf)> {
    let mut out = Vec::new();
    for laptop in names(&root.join(BLOBS)).into_iter().filter(|n| is_laptop(n)) {
        let dir = root.join(BLOBS).join(&laptop);
        for name in names(&dir) {
            if let Some(id) = name.strip_suffix(SUFFIX).and_then(|n| uuid::Uuid::parse_str(n).ok()) {
                out.push((laptop.clone(), id, dir.join(name)));
            }
        }
    }
    out
}

/// Reads a sync file no larger than `max` bytes: a larger one is not read at all (`None`), so
/// a huge file dropped in the folder costs nothing before it is refused. Never follows a
/// symbolic link.
pub(crate) fn read_capped(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let meta = std::fs::symlink_metadata(path)?;
    if !meta.is_file() || meta.len() > max {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Writes a file so a crash leaves the old one or the new one, never half of either.
pub(crate) fn publish(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    write_durably(&RealFs, path, bytes)
}

/// A change file's number, if `name` is one: exactly ten digits and `.age`. Temp files,
/// Syncthing's `.sync-conflict-` copies and anything else are not.
fn seq_of(name: &str) -> Option<i64> {
    let digits = name.strip_suffix(SUFFIX)?;
    (digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
}

/// A laptop id as a folder name: a UUID, nothing that could climb out of the folder.
fn is_laptop(name: &str) -> bool {
    uuid::Uuid::parse_str(name).is_ok()
}

/// The laptops with change files here, and each one's files by number.
pub(crate) fn change_files(root: &Path) -> Vec<(String, Vec<(i64, PathBuf)>)> {
    let mut out = Vec::new();
    for laptop in names(&root.join(CHANGES)).into_iter().filter(|n| is_laptop(n)) {
        let dir = root.join(CHANGES).join(&laptop);
        let mut files: Vec<(i64, PathBuf)> =
            names(&dir).into_iter().filter_map(|n| seq_of(&n).map(|seq| (seq, dir.join(n)))).collect();
        files.sort();
        out.push((laptop, files));
    }
    out
}

/// The state files here, by laptop.
pub(crate) fn state_files(root: &Path) -> Vec<(String, PathBuf)> {
    names(&root.join(STATE))
        .into_iter()
        .filter_map(|n| {
            let laptop = n.strip_suffix(SUFFIX)?;
            is_laptop(laptop).then(|| (laptop.to_owned(), root.join(STATE).join(&n)))
        })
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
    names.sort();
    names
}

/// What copying with a stick moved.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Copied {
    /// Files copied onto the stick.
    pub to_stick: u32,
    /// Files copied from the stick.
    pub from_stick: u32,
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a_meta), Ok(b_meta)) => {
            a_meta.len() == b_meta.len() && std::fs::read(a).ok().zip(std::fs::read(b).ok()).is_some_and(|(x, y)| x == y)
        }
        _ => false,
    }
}

fn copy(from: &Path, to: &Path) -> std::io::Result<()> {
    publish(to, &std::fs::read(from)?)
}

/// Copies missing files both ways between the laptop's folder and a stick's. This laptop's
/// own files are its to decide: the stick gets them as they are here (a resealed file
/// replaces its older copy, a cleaned-up one is removed). Another laptop's files are theirs:
/// copied where missing or replaced by a newer copy (a reseal, a later state).
///
/// A forgotten attachment's files (`forgotten`: ids of tombstones) are deleted on both sides,
/// whoever wrote them: a tombstone is a request of the group, and the stick is where the
/// forgotten bytes would otherwise travel on.
///
/// Another laptop's change files that every laptop of the group has applied (`covered`: the
/// highest per laptop) are deleted on both sides rather than copied: nobody needs them, and
/// one may hold what was forgotten since (its author rewrites only the files it still has).
pub(crate) fn copy_with_stick(
    local: &Path,
    stick: &Path,
    me: &str,
    forgotten: &std::collections::BTreeSet<String>,
    covered: &std::collections::BTreeMap<String, i64>,
) -> std::io::Result<Copied> {
    let mut copied = Copied::default();
    for root in [local, stick] {
        for (_, _, path) in blob_files(root).into_iter().filter(|(_, id, _)| forgotten.contains(&id.to_string())) {
            std::fs::remove_file(&path)?;
        }
        for (laptop, files) in change_files(root).into_iter().filter(|(l, _)| l != me) {
            let Some(&upto) = covered.get(&laptop) else { continue };
            for (_, path) in files.into_iter().filter(|(seq, _)| *seq <= upto) {
                std::fs::remove_file(&path)?;
            }
        }
    }
    // Own change files: mirror.
    let own_local = local.join(CHANGES).join(me);
    let own_stick = stick.join(CHANGES).join(me);
    for name in names(&own_local).into_iter().filter(|n| seq_of(n).is_some()) {
        if !same_file(&own_local.join(&name), &own_stick.join(&name)) {
            copy(&own_local.join(&name), &own_stick.join(&name))?;
            copied.to_stick += 1;
        }
    }
    for name in names(&own_stick).into_iter().filter(|n| seq_of(n).is_some()) {
        if !own_local.join(&name).exists() {
            std::fs::remove_file(own_stick.join(&name))?;
        }
    }
    let own_state = state_path(local, me);
    if own_state.exists() && !same_file(&own_state, &state_path(stick, me)) {
        copy(&own_state, &state_path(stick, me))?;
        copied.to_stick += 1;
    }
    // Everyone else's: both ways where missing.
    // A newer copy of a change file is its author's reseal for a laptop that joined since.
    for (from, to, to_stick) in [(stick, local, false), (local, stick, true)] {
        for (laptop, files) in change_files(from).into_iter().filter(|(l, _)| l != me) {
            for (seq, path) in files {
                let target = change_path(to, &laptop, seq);
                if newer(&path, &target) {
                    copy(&path, &target)?;
                    if to_stick { copied.to_stick += 1 } else { copied.from_stick += 1 }
                }
            }
        }
    }
    // Attachments are never rewritten but to reseal them: the newer copy wins, both ways.
    for (from, to, to_stick) in [(stick, local, false), (local, stick, true)] {
        for (laptop, id, path) in blob_files(from) {
            let target = blob_path(to, &laptop, id);
            if newer(&path, &target) {
                copy(&path, &target)?;
                if to_stick { copied.to_stick += 1 } else { copied.from_stick += 1 }
            }
        }
    }
    for (from, to, to_stick) in [(stick, local, false), (local, stick, true)] {
        for (laptop, path) in state_files(from).into_iter().filter(|(l, _)| l != me) {
            let target = state_path(to, &laptop);
            if newer(&path, &target) {
                copy(&path, &target)?;
                if to_stick { copied.to_stick += 1 } else { copied.from_stick += 1 }
            }
        }
    }
    Ok(copied)
}

/// Whether `a` should replace `b`: `b` is missing, or `a` is newer and different.
fn newer(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(a), modified(b)) {
        (Some(_), None) => true,
        (Some(x), Some(y)) => x > y && !same_file(a, b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_numbered_change_files_count() {
        assert_eq!(seq_of("0000000012.age"), Some(12));
        for junk in ["0000000012.age.tmp", "0000000012.sync-conflict-20261123-104328-NH7462B.age", "12.age", "x000000012.age", "0000000012"] {
            assert_eq!(seq_of(junk), None, "{junk}");
        }
        assert!(!is_laptop(".."), "no folder name climbs out");
    }
}
