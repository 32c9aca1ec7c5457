//! The Tejido desktop app: a window, the commands it may call, and nothing else. Every
//! command is one call into [`tejido_core::App`].

mod autolock;
mod commands;
mod error;
mod state;
mod windows;

use std::sync::Mutex;

use tauri::Manager;

use tejido_core::{App, default_config_dir, default_data_dir};
use tejido_vault::KdfPolicy;

use crate::state::AppState;

// A release build serves the built UI from inside the binary. Without `custom-protocol` it would
// load the Vite dev server's address, where any local program listening there gets every command.
#[cfg(all(not(debug_assertions), not(feature = "custom-protocol")))]
compile_error!("a release build of the app needs `--features custom-protocol` (`tauri build` adds it)");

/// Where a development build loads the UI from (`build.devUrl`); a built UI has no such page.
const DEV_SERVER: Option<&str> = if cfg!(feature = "custom-protocol") { None } else { Some("http://localhost:5173") };

/// Starts the app.
pub fn run() {
    // Before any secret is read: no core file of this process (nor, through the inherited
    // limit, of the web views it starts), and no ptrace of the plaintext it holds.
    tejido_vault::harden_process();
    let app = App::new(&default_config_dir(), &default_data_dir(), KdfPolicy::standard());
    tauri::Builder::default()
        // First, so a second start ends before it opens anything: the running Tejido comes to
        // the front (unlocked or not) and the second process exits. What the second one was
        // started with (arguments, folder) is not used.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        // Every web view (the projector too) stays on Tejido's own pages.
        .plugin(
            tauri::plugin::Builder::<tauri::Wry, ()>::new("navigation-guard")
                .on_navigation(|_, url| tejido_core::app::is_own_page(url.as_str(), DEV_SERVER))
                .build(),
        )
        .setup(|app| {
            // The main window, from its configuration (`create: false` there), created here so
            // it can keep nothing on disk.
            let main = app.config().app.windows.iter().find(|w| w.label == "main").expect("tauri.conf.json has the main window").clone();
            let mut window = tauri::WebviewWindowBuilder::from_config(app.handle(), &main)?.incognito(windows::INCOGNITO);
            if let Some(screen) = app.primary_monitor()? {
                let size = screen.size().to_logical::<f64>(screen.scale_factor());
                if let Some((width, height)) = tejido_core::app::fitted_size((main.width, main.height), (size.width, size.height)) {
                    window = window.inner_size(width, height).maximized(true);
                }
            }
            window.build()?;
            // Auto-lock on the wall clock, on sleep and on screen lock, decided in Rust.
            autolock::start(app.handle());
            // GTK's file chooser would list every file chosen (vaults, packages, exports) in the
            // desktop's "Recent" files, readable by anyone who opens a file dialog afterwards.
            #[cfg(target_os = "linux")]
            if let Some(settings) = gtk::Settings::default() {
                use gtk::prelude::ObjectExt;
                settings.set_property("gtk-recent-files-enabled", false);
            }
            Ok(())
        })
        .manage(AppState(Mutex::new(app)))
        .manage(autolock::LockWatch::default())
        .invoke_handler(tauri::generate_handler![
            commands::vault::watch_locks,
            commands::vault::app_info,
            commands::vault::create_vault,
            commands::vault::open_demo,
            commands::vault::open_desk_demo,
            commands::vault::unlock_vault,
            commands::vault::recover_vault,
            commands::vault::lock_vault,
            commands::vault::panic_lock,
            commands::vault::acknowledge_rollback,
            commands::vault::note_activity,
            commands::people::get_home,
            commands::people::add_person,
            commands::people::update_person,
            commands::people::remove_person,
            commands::people::removed_people,
            commands::people::forget_person,
            commands::people::undo_change,
            commands::people::redo_change,
            commands::risk::get_risk_screen,
            commands::risk::draft_risk_record,
            commands::risk::save_risk_record,
            commands::risk::remove_risk_record,
            commands::risk::reassess_risk,
            commands::risk::mark_risk_review,
            commands::risk::attach_file,
            commands::risk::detach_file,
            commands::risk::export_attachment,
            commands::risk::risk_register,
            commands::risk::incident_letters,
            commands::risk::record_incident_letter,
            commands::network::get_network_screen,
            commands::network::draft_relationship,
            commands::network::save_relationship,
            commands::network::remove_relationship,
            commands::network::measure_from_finding,
            commands::network::place_node,
            commands::network::set_territory_map,
            commands::network::clear_territory_map,
            commands::network::territory_map,
            commands::network::save_place,
            commands::network::remove_place,
            commands::network::alert_activations,
            commands::network::activate_alert,
            commands::network::mark_chain,
            commands::network::stand_down,
            commands::network::means_of_contact,
            commands::network::save_means_of_contact,
            commands::network::printed_alert_cards,
            commands::protocol::get_protocol_screen,
            commands::protocol::start_protocol,
            commands::protocol::draft_protocol_record,
            commands::protocol::save_protocol_record,
            commands::protocol::remove_protocol_record,
            commands::protocol::move_section,
            commands::protocol::freeze_protocol,
            commands::protocol::protocol_diff,
            commands::protocol::protocol_print,
            commands::protocol::pocket_cards,
            commands::protocol::principle_checks,
            commands::protocol::open_projector,
            commands::protocol::project_section,
            commands::protocol::blank_projector,
            commands::protocol::close_projector,
            commands::protocol::get_projection,
            commands::workshop::get_workshop_screen,
            commands::workshop::new_workshop,
            commands::workshop::draft_workshop_record,
            commands::workshop::save_workshop_record,
            commands::workshop::remove_workshop_record,
            commands::workshop::move_item,
            commands::workshop::start_item,
            commands::workshop::finish_item,
            commands::workshop::sort_note,
            commands::workshop::workshop_report,
            commands::workshop::project_item,
            commands::workshop::open_training,
            commands::workshop::open_training_pair,
            commands::workshop::switch_training_side,
            commands::escalation::get_escalation_screen,
            commands::escalation::draft_case,
            commands::escalation::save_case,
            commands::escalation::remove_case,
            commands::escalation::case_preview,
            commands::escalation::export_case,
            commands::escalation::send_consent_update,
            commands::escalation::save_own_contact,
            commands::escalation::read_contact_file,
            commands::escalation::add_contact,
            commands::escalation::remove_contact,
            commands::escalation::open_package,
            commands::escalation::open_training_package,
            commands::escalation::send_case_to_training_desk,
            commands::escalation::send_consent_update_to_training_desk,
            commands::escalation::send_status_to_training_community,
            commands::escalation::set_desk,
            commands::escalation::add_desk_member,
            commands::escalation::remove_desk_member,
            commands::escalation::open_sealed,
            commands::escalation::count_signatures,
            commands::escalation::save_received,
            commands::escalation::remove_received,
            commands::escalation::draft_action,
            commands::escalation::mechanism_draft,
            commands::escalation::export_cases_csv,
            commands::escalation::search_received,
            commands::escalation::export_mechanism_draft,
            commands::escalation::action_text,
            commands::escalation::export_action_text,
            commands::escalation::check_action_words,
            commands::escalation::send_status,
            commands::escalation::impact_report,
            commands::escalation::export_received_file,
            commands::sync::get_sync_page,
            commands::sync::start_sync,
            commands::sync::invite_laptop,
            commands::sync::copy_with_stick,
            commands::sync::sync_now,
            commands::sync::remove_laptop,
            commands::sync::new_contact_file_given,
            commands::sync::settle_conflict,
            commands::sync::confirm_laptop,
            commands::sync::join_vault,
            commands::sync::set_lan,
            commands::sync::lan_poll,
            commands::settings::estimate_passphrase,
            commands::settings::set_language,
            commands::settings::language_packs,
            commands::settings::add_language_pack,
            commands::settings::install_bundled_language_pack,
            commands::settings::remove_language_pack,
            commands::settings::language_pack_sources,
            commands::settings::set_auto_lock,
            commands::settings::set_text_size,
            commands::settings::forget_recent_vaults,
            commands::settings::vault_slots,
            commands::settings::add_passphrase,
            commands::settings::add_duress_passphrase,
            commands::settings::change_passphrase,
            commands::settings::remove_passphrase,
            commands::settings::remove_slot,
            commands::settings::new_recovery_key,
            commands::settings::rekey_vault,
            commands::settings::backup_vault,
            commands::shares::split_recovery,
            commands::shares::recover_with_shares,
            commands::shares::shred_keys,
        ])
        .on_window_event(|window, event| {
            // Closing the facilitator's window closes Tejido, projector included.
            if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
                window.app_handle().exit(0);
            }
        })
        .build(tauri::generate_context!())
        .expect("the Tejido window could not start")
        .run(|handle, event| {
            // Locking on the way out forgets the keys and deletes a training vault.
            if let tauri::RunEvent::Exit = event {
                state::app(&handle.state::<AppState>()).lock();
            }
        });
}
