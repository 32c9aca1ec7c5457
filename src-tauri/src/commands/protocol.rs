//! The community protocol: sections, principles, alert levels, decisions, versions, print,
//! and the projector window that shows the section being written.

use chrono::Utc;
use tauri::{AppHandle, Manager, State, WebviewUrl, WebviewWindowBuilder};
use tejido_core::protocol::{Decision, PocketCards, ProtocolDiff, ProtocolKind, ProtocolPrint, ProtocolRecord, Section};
use tejido_core::{DecisionId, Projection, ProtocolScreen, SectionId};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::error::CommandResult;
use crate::windows::{PROJECTOR, show_on_projector};

#[tauri::command(async)]
pub fn get_protocol_screen(state: State<'_, AppState>) -> CommandResult<ProtocolScreen> {
    app(&state).protocol_screen(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn start_protocol(state: State<'_, AppState>) -> CommandResult<ProtocolScreen> {
    app(&state).start_protocol(Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn draft_protocol_record(state: State<'_, AppState>, kind: ProtocolKind) -> CommandResult<ProtocolRecord> {
    app(&state).draft_protocol_record(kind, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_protocol_record(state: State<'_, AppState>, record: ProtocolRecord) -> CommandResult<ProtocolScreen> {
    app(&state).save_protocol_record(record, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_protocol_record(state: State<'_, AppState>, kind: ProtocolKind, id: Uuid) -> CommandResult<ProtocolScreen> {
    app(&state).remove_protocol_record(kind, id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn move_section(state: State<'_, AppState>, id: SectionId, up: bool) -> CommandResult<ProtocolScreen> {
    app(&state).move_section(id, up, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn freeze_protocol(state: State<'_, AppState>, decision: Decision) -> CommandResult<ProtocolScreen> {
    app(&state).freeze_protocol(decision, Utc::now()).map(|(_, screen)| screen).map_err(Into::into)
}

#[tauri::command]
pub fn protocol_diff(state: State<'_, AppState>, from: DecisionId, to: Option<DecisionId>) -> CommandResult<ProtocolDiff> {
    app(&state).protocol_diff(from, to).map_err(Into::into)
}

#[tauri::command(async)]
pub fn protocol_print(state: State<'_, AppState>, version: Option<DecisionId>, names: tejido_core::PrintNames) -> CommandResult<ProtocolPrint> {
    app(&state).protocol_print(version, names).map_err(Into::into)
}

/// La Puya's principles 2 and 3 checked against the records: inclusion by group, and who the
/// community depends on.
#[tauri::command]
pub fn principle_checks(state: State<'_, AppState>) -> CommandResult<tejido_core::principles::PrincipleChecks> {
    app(&state).principle_checks().map_err(Into::into)
}

#[tauri::command(async)]
pub fn pocket_cards(state: State<'_, AppState>, names: tejido_core::PrintNames) -> CommandResult<PocketCards> {
    app(&state).pocket_cards(names).map_err(Into::into)
}

/// The projector window could not be opened.
struct WindowError(String);

impl tejido_i18n::Localized for WindowError {
    fn text(&self) -> tejido_i18n::Text {
        tejido_i18n::Text::new("err-app-window").arg("detail", &self.0)
    }
}

/// Opens the projector window (or brings it forward): drag it to the projector's screen.
/// It shows only what [`tejido_core::App::projection`] lets through.
#[tauri::command]
pub async fn open_projector(handle: AppHandle) -> CommandResult<()> {
    if let Some(window) = handle.get_webview_window(PROJECTOR) {
        let _ = window.set_focus();
        return Ok(());
    }
    let locale = app(&handle.state::<AppState>()).locale();
    WebviewWindowBuilder::new(&handle, PROJECTOR, WebviewUrl::App("index.html#projector".into()))
        .title(tejido_i18n::message(locale, "projector-window-title", &[]))
        .inner_size(1024.0, 768.0)
        // As the main window: nothing of what it showed is kept on disk by the web view.
        .incognito(crate::windows::INCOGNITO)
        .build()
        .map(drop)
        .map_err(|e| WindowError(e.to_string()).into())
}

#[tauri::command]
pub fn project_section(handle: AppHandle, state: State<'_, AppState>, section: Section) -> CommandResult<Projection> {
    let projection = app(&state).project_section(&section)?;
    show_on_projector(&handle, &projection);
    Ok(projection)
}

#[tauri::command]
pub fn blank_projector(handle: AppHandle, state: State<'_, AppState>) -> CommandResult<Projection> {
    let projection = app(&state).blank_projector()?;
    show_on_projector(&handle, &projection);
    Ok(projection)
}

/// Stops projecting: the core forgets what was shown and the projector window closes, so no
/// empty black window stays open in front of the room.
#[tauri::command]
pub fn close_projector(handle: AppHandle, state: State<'_, AppState>) -> CommandResult<()> {
    app(&state).blank_projector()?;
    if let Some(window) = handle.get_webview_window(PROJECTOR) {
        let _ = window.close();
    }
    Ok(())
}

#[tauri::command]
pub fn get_projection(state: State<'_, AppState>) -> Projection {
    app(&state).projection()
}
