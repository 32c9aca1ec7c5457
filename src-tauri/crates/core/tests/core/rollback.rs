//! Rollback: deleting the last saves or putting back an older copy of the folder must be
//! noticed at the next open, and the warning must stay until a person acknowledges it.

use std::path::{Path, PathBuf};

use chrono::Utc;
use tejido_core::{App, Home, NewPerson};
use tejido_vault::{KdfPolicy, image_name, mac_name};

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

fn delete_generation(dir: &Path, n: u64) {
    let images = dir.join("images");
    std::fs::remove_file(images.join(image_name(n))).unwrap();
    std::fs::remove_file(images.join(mac_name(n))).unwrap();
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
fn deleting_the_two_newest_generations_is_noticed() {
    let mut laptop = Laptop::new();
    let first = laptop.create().generation;
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    assert_eq!(last, first + 2);
    laptop.app.lock();
    delete_generation(&laptop.vault(), last);
    delete_generation(&laptop.vault(), last - 1);
    let home = laptop.unlock();
    assert_eq!(home.generation, first, "the attack worked: the vault opened as it was created");
    assert_eq!(rollback(&home), Some((first.to_string(), last.to_string())), "the deleted saves are reported");
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
    let saved = laptop.add("Garza").generation;
    laptop.app.lock();
    std::fs::remove_dir_all(laptop.vault()).unwrap();
    copy_dir(&copy, &laptop.vault());
    let home = laptop.unlock();
    assert_eq!(rollback(&home), Some(((saved - 1).to_string(), saved.to_string())));
}

#[test]
fn the_warning_stays_across_saves_and_sessions_until_acknowledged() {
    let mut laptop = Laptop::new();
    laptop.create();
    laptop.add("Ceiba");
    let last = laptop.add("Garza").generation;
    laptop.app.lock();
    delete_generation(&laptop.vault(), last);
    delete_generation(&laptop.vault(), last - 1);
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
    for name in ["A1", "A2", "A3", "A4", "A5", "A6"] {
        laptop.add(name);
    }
    laptop.app.lock();
    let mut stranger = Laptop::new();
    let folder = stranger.vault();
    copy_dir(&laptop.vault(), &folder);
    assert_eq!(rollback(&stranger.unlock()), None, "the numbers that jumped past the lost saves are no sign of loss");
}

#[test]
fn a_new_computer_notices_deleted_generations_from_what_saves_pruned() {
    let mut laptop = Laptop::new();
    laptop.create();
    let mut last = 0;
    for name in ["A1", "A2", "A3", "A4", "A5", "A6"] {
        last = laptop.add(name).generation;
    }
    laptop.app.lock();
    // The last five generations are kept; the newest two go.
    delete_generation(&laptop.vault(), last);
    delete_generation(&laptop.vault(), last - 1);
    let mut stranger = Laptop::new();
    let folder = stranger.vault();
    copy_dir(&laptop.vault(), &folder);
    let home = stranger.unlock();
    assert_eq!(home.generation, last - 2);
    assert_eq!(
        rollback(&home),
        Some(((last - 2).to_string(), last.to_string())),
        "the oldest generation kept proves a save four later happened"
    );
}

#[test]
fn an_untouched_vault_raises_no_warning_here_or_on_a_new_computer() {
    let mut laptop = Laptop::new();
    laptop.create();
    for name in ["A1", "A2", "A3", "A4", "A5", "A6", "A7"] {
        laptop.add(name);
    }
    laptop.app.lock();
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

    a.add("Ceiba");
    let last = a.add("Garza").generation;
    a.app.lock();
    delete_generation(&a.vault(), last);
    delete_generation(&a.vault(), last - 1);
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
