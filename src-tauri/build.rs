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
    "redo_change",
    "get_risk_screen",
    "draft_risk_record",
    "save_risk_record",
    "remove_risk_record",
    "reassess_risk",
    "mark_risk_review",
    "attach_file",
    "detach_file",
    "export_attachment",
    "risk_register",
    "get_network_screen",
    "draft_relationship",
    "save_relationship",
    "remove_relationship",
    "measure_from_finding",
    "place_node",
    "set_territory_map",
    "clear_territory_map",
    "territory_map",
    "save_place",
    "remove_place",
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
