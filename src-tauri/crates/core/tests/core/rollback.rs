//! Rollback: deleting the last saves or putting back an older copy of the folder must be
//! noticed at the next open, and the warning must stay until a person acknowledges it.
//!
//! The app saves each edit as a delta (`gen-<n>.sql.age`) and writes a full image when it
//! locks: "the last saves" are every generation file, delta or full, numbered above some point.

use std::path::{Path, PathBuf};

use chrono::Utc;
use tejido_core::{App, Home, NewPerson};
use tejido_vault::{KdfPolicy, parse_delta_name, parse_image_name};

const PASS: &str = "orange canoe whistles under seven moons";

struct Laptop {
    root: tempfile::TempDir,
    app: App,
}

impl Laptop {
    fn new() -> Laptop {
        let root = tempfile::tempdir().unwrap();
        let app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        Laptop { root, app }
    }

    fn vault(&self) -> PathBuf {
        self.root.path().join("Community.tejido")
    }

    fn create(&mut self) -> Home {
        let dir = self.vault();
        self.app.create_vault(&dir, "Río Claro", PASS, Utc::now()).unwrap().home
    }

    fn unlock(&mut self) -> Home {
        let dir = self.vault();
        self.app.unlock(&dir, PASS, Utc::now()).unwrap()
    }

    fn add(&mut self, pseudonym: &str) -> Home {
        self.app.add_person(NewPerson { pseudonym: pseudonym.into(), ..NewPerson::default() }, Utc::now()).unwrap()
    }
}

fn rollback(home: &Home) -> Option<(String, String)> {
    let text = |arg: &tejido_i18n::Arg| match arg {
        tejido_i18n::Arg::Text(t) => t.clone(),
        tejido_i18n::Arg::Number(n) => n.to_string(),
    };
    home.attention.iter().find(|a| a.kind == "rollback").map(|a| (text(&a.args["opened"]), text(&a.args["seen"])))
}

/// Every generation file of the vault (full image, its MAC, or delta), with its number and
/// whether it is a delta.
fn generation_files(dir: &Path) -> Vec<(u64, bool, PathBuf)> {
    let mut files: Vec<(u64, bool, PathBuf)> = std::fs::read_dir(dir.join("images"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|name| {
            let full = parse_image_name(&name.replace(".mac", ".age"));
            let (n, delta) = full.map(|n| (n, false)).or_else(|| parse_delta_name(&name).map(|n| (n, true)))?;
            Some((n, delta, dir.join("images").join(name)))
        })
        .collect();
    files.sort();
    files
}

/// The highest generation number in the folder.
fn newest_on_disk(dir: &Path) -> u64 {
    generation_files(dir).last().map(|(n, _, _)| *n).unwrap()
}

/// Numbers of the full images in the folder, oldest first.
fn full_images(dir: &Path) -> Vec<u64> {
    let mut fulls: Vec<u64> = generation_files(dir).into_iter().filter(|(_, delta, _)| !delta).map(|(n, _, _)| n).collect();
    fulls.dedup();
    fulls
}

/// Numbers of the deltas in the folder, oldest first.
fn deltas(dir: &Path) -> Vec<u64> {
    generation_files(dir).into_iter().filter(|(_, delta, _)| *delta).map(|(n, _, _)| n).collect()
}

/// Deletes every generation file numbered above `n`: the saves made after it, deltas and
/// full images alike, as someone erasing the last saves would.
fn delete_generations_above(dir: &Path, n: u64) {
    let doomed: Vec<PathBuf> = generation_files(dir).into_iter().filter(|(g, _, _)| *g > n).map(|(_, _, p)| p).collect();
    assert!(!doomed.is_empty(), "there are saves above {n} to delete");
    for path in doomed {
        std::fs::remove_file(path).unwrap();
    }
}

/// A vault closed by the lock is one full image on top: no delta above the newest image.
fn assert_compacted(dir: &Path) {
    let newest_full = *full_images(dir).last().unwrap();
    assert_eq!(newest_on_disk(dir), newest_full, "the lock left the vault on a full image: {:?}", generation_files(dir));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn deleting_the_two_newest_saves_is_noticed() {
    let mut laptop = Laptop::new();
    let first = laptop.create().generation;
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    assert_eq!(last, first + 2);
    assert_eq!(deltas(&laptop.vault()), [first + 1, last], "each edit was saved as a delta");
    laptop.app.lock();
    assert_compacted(&laptop.vault());
    let compacted = newest_on_disk(&laptop.vault());
    assert_eq!(compacted, last + 1, "the lock wrote one full image above the deltas");
    // Both edits' deltas and the image the lock wrote from them.
    delete_generations_above(&laptop.vault(), first);
    let home = laptop.unlock();
    assert_eq!(home.generation, first, "the attack worked: the vault opened as it was created");
    assert!(home.people.is_empty());
    assert_eq!(rollback(&home), Some((first.to_string(), compacted.to_string())), "the deleted saves are reported");
}

#[test]
fn deleting_only_the_image_written_at_lock_is_noticed_and_loses_no_edit() {
    let mut laptop = Laptop::new();
    laptop.create();
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    laptop.app.lock();
    let compacted = newest_on_disk(&laptop.vault());
    delete_generations_above(&laptop.vault(), last);
    let home = laptop.unlock();
    assert_eq!(home.generation, last, "the deltas below it are replayed");
    assert_eq!(home.people.len(), 2);
    assert_eq!(rollback(&home), Some((last.to_string(), compacted.to_string())), "a deleted save is still told");
}

#[test]
fn deleting_the_newest_deltas_of_a_vault_closed_without_its_lock_is_noticed() {
    let mut laptop = Laptop::new();
    let first = laptop.create().generation;
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    // The panic key closes at once, without the lock's full image: the deltas stay on top.
    laptop.app.panic();
    assert_eq!(deltas(&laptop.vault()), [first + 1, last]);
    assert_eq!(newest_on_disk(&laptop.vault()), last, "nothing was written after the last edit");
    delete_generations_above(&laptop.vault(), first + 1);
    let home = laptop.unlock();
    assert_eq!(home.generation, first + 1, "the attack worked: the vault opened without the last edit");
    assert_eq!(home.people.iter().map(|p| p.pseudonym.as_str()).collect::<Vec<_>>(), ["Ceiba"]);
    assert_eq!(rollback(&home), Some(((first + 1).to_string(), last.to_string())), "the deleted delta is reported");
    laptop.app.lock();
    delete_generations_above(&laptop.vault(), first);
    let home = laptop.unlock();
    assert_eq!(home.generation, first);
    assert!(rollback(&home).is_some(), "every delta deleted, and the image the last lock wrote, is noticed too");
}

#[test]
fn an_older_delta_put_in_place_of_the_newest_is_refused_and_noticed() {
    let mut laptop = Laptop::new();
    laptop.create();
    laptop.add("Ceiba");
    laptop.add("Garza");
    let last = laptop.add("Quetzal").generation;
    laptop.app.panic();
    let files = generation_files(&laptop.vault());
    let delta = |n: u64| files.iter().find(|(g, d, _)| *g == n && *d).map(|(_, _, p)| p.clone()).unwrap();
    // Garza's delta under Quetzal's name: sealed by this vault, but for another number and
    // another base. (It would undo nothing a plain replay could not, yet it is a forgery.)
    std::fs::copy(delta(last - 1), delta(last)).unwrap();
    let home = laptop.unlock();
    assert_eq!(home.generation, last - 1, "opened at the save before the replaced one");
    assert!(!home.people.iter().any(|p| p.pseudonym == "Quetzal"));
    assert!(
        home.attention.iter().any(|a| a.kind == "opened-older-generation"),
        "the person is told the newest save could not be used: {:?}",
        home.attention
    );
    assert_eq!(rollback(&home), Some(((last - 1).to_string(), last.to_string())));
}

#[test]
fn a_vault_left_with_deltas_by_a_crash_reopens_at_the_last_save_and_the_next_lock_compacts_it() {
    let mut laptop = Laptop::new();
    let first = laptop.create().generation;
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    // The app dies without locking: dropping it writes nothing (only a lock writes the full
    // image), and the folder is as a crash leaves it.
    let config = laptop.root.path().join("config");
    drop(std::mem::replace(&mut laptop.app, App::new(&config, &laptop.root.path().join("data"), KdfPolicy::insecure_for_tests(2))));
    assert_eq!(full_images(&laptop.vault()).last(), Some(&first));
    assert_eq!(deltas(&laptop.vault()), [first + 1, last]);
    let home = laptop.unlock();
    assert_eq!(home.generation, last, "every acknowledged edit is there");
    assert_eq!(home.people.len(), 2);
    assert_eq!(rollback(&home), None, "a crash is no rollback");
    assert!(home.attention.iter().all(|a| a.kind != "opened-older-generation"));
    laptop.app.lock();
    assert_compacted(&laptop.vault());
    let home = laptop.unlock();
    assert_eq!(home.generation, newest_on_disk(&laptop.vault()));
    assert_eq!(home.people.len(), 2);
    assert_eq!(rollback(&home), None);
}

#[test]
fn a_copy_taken_after_the_last_unlock_put_back_is_noticed() {
    let mut laptop = Laptop::new();
    laptop.create();
    laptop.add("Ceiba");
    laptop.app.lock();
    laptop.unlock();
    let copy = laptop.root.path().join("copy.tejido");
    copy_dir(&laptop.vault(), &copy);
    let copied = newest_on_disk(&copy);
    let saved = laptop.add("Garza").generation;
    assert_eq!(saved, copied + 1);
    laptop.app.lock();
    let compacted = newest_on_disk(&laptop.vault());
    std::fs::remove_dir_all(laptop.vault()).unwrap();
    copy_dir(&copy, &laptop.vault());
    let home = laptop.unlock();
    assert_eq!(rollback(&home), Some((copied.to_string(), compacted.to_string())));
}

#[test]
fn the_warning_stays_across_saves_and_sessions_until_acknowledged() {
    let mut laptop = Laptop::new();
    let first = laptop.create().generation;
    laptop.add("Ceiba");
    laptop.add("Garza");
    laptop.app.lock();
    let last = newest_on_disk(&laptop.vault());
    delete_generations_above(&laptop.vault(), first);
    assert!(rollback(&laptop.unlock()).is_some());
    let home = laptop.add("Quetzal");
    assert!(rollback(&home).is_some(), "the first save of the session does not hide it");
    assert!(home.generation > last, "a lost save's number is never reused, got {}", home.generation);
    assert!(rollback(&laptop.app.home().unwrap()).is_some());
    laptop.app.lock();
    assert!(rollback(&laptop.unlock()).is_some(), "nor does closing without acknowledging");

    let home = laptop.app.acknowledge_rollback().unwrap();
    assert_eq!(rollback(&home), None, "acknowledged");
    assert!(rollback(&laptop.add("Tucán")).is_none());
    laptop.app.lock();
    assert_eq!(rollback(&laptop.unlock()), None, "an acknowledged rollback is not told again");
    // Enough locks (each writes a full image) that saves prune the oldest images.
    for name in ["A1", "A2", "A3", "A4", "A5", "A6"] {
        laptop.add(name);
        laptop.app.lock();
        laptop.unlock();
    }
    laptop.app.lock();
    assert!(full_images(&laptop.vault())[0] > last, "pruning began above the lost saves");
    let mut stranger = Laptop::new();
    let folder = stranger.vault();
    copy_dir(&laptop.vault(), &folder);
    assert_eq!(rollback(&stranger.unlock()), None, "the numbers that jumped past the lost saves are no sign of loss");
}

#[test]
fn a_new_computer_notices_deleted_generations_from_what_saves_pruned() {
    let mut laptop = Laptop::new();
    laptop.create();
    // Each session: one edit (a delta) and the full image its lock writes.
    for name in ["A1", "A2", "A3", "A4", "A5", "A6"] {
        laptop.unlock();
        laptop.add(name);
        laptop.app.lock();
    }
    // The last five full images are kept (with the deltas above the oldest); the last two
    // sessions' saves go.
    let fulls = full_images(&laptop.vault());
    assert_eq!(fulls.len(), 5);
    let kept = fulls[2];
    delete_generations_above(&laptop.vault(), kept);
    let mut stranger = Laptop::new();
    let folder = stranger.vault();
    copy_dir(&laptop.vault(), &folder);
    let home = stranger.unlock();
    assert_eq!(home.generation, kept);
    assert_eq!(home.people.len(), 4);
    assert_eq!(
        rollback(&home),
        Some((kept.to_string(), (kept + 2).to_string())),
        "the oldest image kept proves two more full images were saved after the newest one left"
    );
}

#[test]
fn an_untouched_vault_raises_no_warning_here_or_on_a_new_computer() {
    let mut laptop = Laptop::new();
    laptop.create();
    for name in ["A1", "A2", "A3", "A4", "A5", "A6", "A7"] {
        laptop.add(name);
        laptop.app.lock();
        laptop.unlock();
    }
    laptop.add("A8");
    laptop.app.lock();
    assert!(full_images(&laptop.vault())[0] > 1, "saves pruned the oldest images");
    assert!(!deltas(&laptop.vault()).is_empty(), "and kept the deltas above the oldest image left");
    assert_eq!(rollback(&laptop.unlock()), None);
    laptop.app.lock();
    let mut stranger = Laptop::new();
    let folder = stranger.vault();
    copy_dir(&laptop.vault(), &folder);
    assert_eq!(rollback(&stranger.unlock()), None);
}

#[test]
fn what_an_older_tejido_remembered_in_installation_toml_still_counts() {
    let mut laptop = Laptop::new();
    let home = laptop.create();
    laptop.app.lock();
    // installation.toml as today's build writes it, having seen generation 9 of this vault.
    let header: toml::Table = toml::from_str(&std::fs::read_to_string(laptop.vault().join("vault.toml")).unwrap()).unwrap();
    let vault_id = header["vault_id"].as_str().unwrap().to_owned();
    let config = laptop.root.path().join("config");
    let mut installation: toml::Table =
        toml::from_str(&std::fs::read_to_string(config.join("installation.toml")).unwrap()).unwrap();
    let mut seen = toml::Table::new();
    seen.insert(vault_id, toml::Value::Integer(9));
    installation.insert("seen".into(), toml::Value::Table(seen));
    std::fs::write(config.join("installation.toml"), toml::to_string(&installation).unwrap()).unwrap();
    std::fs::remove_dir_all(config.join("generations")).unwrap();
    laptop.app = App::new(&config, &laptop.root.path().join("data"), KdfPolicy::insecure_for_tests(2));
    assert_eq!(rollback(&laptop.unlock()), Some((home.generation.to_string(), "9".into())));
}

#[test]
fn a_rolled_back_vault_applies_nothing_from_other_laptops_until_acknowledged() {
    use tejido_core::Session;
    use tejido_vault::{SecretString, VaultOptions};

    let secret = || SecretString::from(PASS.to_owned());
    let now = Utc::now();
    let mut a = Laptop::new();
    a.create();
    a.app.start_sync("Laptop A", now).unwrap();
    let invitation = a.root.path().join("invitation");
    let made = a.app.invite_laptop(&secret(), "Laptop B", &invitation, now).unwrap();
    let b_root = tempfile::tempdir().unwrap();
    let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() };
    let bytes = std::fs::read(&invitation).unwrap();
    let (mut b, _, code) = Session::join(&b_root.path().join("vault"), &secret(), &bytes, &made.code, &options, now).unwrap();
    b.publish(now).unwrap();
    copy_dir(&b.sync_folder(), &a.vault().join("sync"));
    a.app.sync_now(now).unwrap();
    // Laptop B's code, read aloud, typed on A: only then does A apply anything of B's.
    a.app.confirm_laptop(&code, now).unwrap();

    let before = newest_on_disk(&a.vault());
    a.add("Ceiba");
    a.add("Garza");
    a.app.lock();
    delete_generations_above(&a.vault(), before);
    // Meanwhile laptop B edits, and its change file arrives in A's sync folder.
    b.add_person(NewPerson { pseudonym: "Tucán".into(), ..NewPerson::default() }, now).unwrap();
    b.publish(now).unwrap();
    copy_dir(&b.sync_folder(), &a.vault().join("sync"));

    let has = |home: &Home, name: &str| home.people.iter().any(|p| p.pseudonym == name);
    let home = a.unlock();
    assert!(rollback(&home).is_some());
    assert!(
        !has(&home, "Tucán"),
        "a vault rolled back (maybe to before a laptop was removed) applies nothing from other laptops before a person read the warning"
    );
    assert!(
        matches!(a.app.sync_now(now), Err(tejido_core::AppError::RollbackPending)),
        "nor when asked from the sync screen"
    );
    let home = a.app.acknowledge_rollback().unwrap();
    assert!(has(&home, "Tucán"), "what other laptops sent is applied once the person accepted the state");
}
