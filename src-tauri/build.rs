//! Declares every app command so Tauri generates an `allow-<command>` permission for each,
//! and the capability files decide which window may call which.

/// Every command in `src/commands/`, in the order of `lib.rs`.
const COMMANDS: &[&str] = &[
    "app_info",
    "create_vault",
    "open_demo",
    "unlock_vault",
    "recover_vault",
    "lock_vault",
    "get_home",
    "add_person",
    "update_person",
    "remove_person",
    "undo_change",
    "estimate_passphrase",
    "set_language",
    "set_auto_lock",
    "vault_slots",
    "add_passphrase",
    "change_passphrase",
    "remove_passphrase",
    "backup_vault",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
