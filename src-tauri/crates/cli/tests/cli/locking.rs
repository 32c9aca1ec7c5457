//! Two programs must never write one vault at the same time.

use std::fs::OpenOptions;

use crate::support::{PASS, World, ftl};

#[test]
fn a_vault_held_by_another_process_is_refused_in_plain_words_until_released() {
    let world = World::new();
    world.init();
    let dir = world.vault();
    let lock = OpenOptions::new().read(true).write(true).open(dir.join("lock")).unwrap();
    lock.try_lock().expect("the test takes the vault's lock as another program would");
    let expected = ftl("en", "errors.ftl", "err-vault-in-use");
    let line = world.user_error(&["person", "add", dir.to_str().unwrap(), "--pseudonym", "Ceiba"], &format!("{PASS}\n"));
    assert!(line.contains(&expected), "in use, said plainly: {line}");
    let line = world.user_error(&["check", dir.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(line.contains(&expected), "not even read while a writer holds it: {line}");
    // The other program closes the file, as it does when it quits. (Not `unlock()`: under Wine 8
    // std's `unlock()` of this very lock fails with ERROR_LOCK_VIOLATION; Tejido itself never
    // unlocks, it closes.)
    drop(lock);
    world.ok(&["person", "add", dir.to_str().unwrap(), "--pseudonym", "Ceiba"], &format!("{PASS}\n"));
}
