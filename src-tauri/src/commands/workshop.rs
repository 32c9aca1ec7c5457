//! Workshop mode: the agenda and its timer, sticky notes and their sorting, the report, the
//! projector for a session, and training vaults.

use chrono::Utc;
use tauri::{AppHandle, State};
use tejido_core::workshop::{NoteTarget, WorkshopKind, WorkshopRecord, WorkshopReport};
use tejido_core::{AgendaItemId, Home, NoteId, Projection, SectionId, TrainingSide, WorkshopId, WorkshopScreen};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::windows::show_on_projector;
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn get_workshop_screen(state: State<'_, AppState>, id: Option<WorkshopId>) -> CommandResult<WorkshopScreen> {
    app(&state).workshop_screen(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn new_workshop(state: State<'_, AppState>) -> CommandResult<WorkshopScreen> {
    app(&state).new_workshop(Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn draft_workshop_record(state: State<'_, AppState>, kind: WorkshopKind, workshop: WorkshopId) -> CommandResult<WorkshopRecord> {
    app(&state).draft_workshop_record(kind, workshop, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_workshop_record(state: State<'_, AppState>, record: WorkshopRecord) -> CommandResult<WorkshopScreen> {
    app(&state).save_workshop_record(record, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_workshop_record(
    state: State<'_, AppState>,
    kind: WorkshopKind,
    id: Uuid,
    workshop: WorkshopId,
) -> CommandResult<WorkshopScreen> {
    app(&state).remove_workshop_record(kind, id, workshop, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn move_item(state: State<'_, AppState>, id: AgendaItemId, up: bool) -> CommandResult<WorkshopScreen> {
    app(&state).move_item(id, up, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn start_item(state: State<'_, AppState>, id: AgendaItemId) -> CommandResult<WorkshopScreen> {
    app(&state).start_item(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn finish_item(state: State<'_, AppState>, id: AgendaItemId) -> CommandResult<WorkshopScreen> {
    app(&state).finish_item(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn sort_note(state: State<'_, AppState>, id: NoteId, target: NoteTarget, section: Option<SectionId>) -> CommandResult<WorkshopScreen> {
    app(&state).sort_note(id, target, section, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn workshop_report(state: State<'_, AppState>, id: WorkshopId, names: tejido_core::PrintNames) -> CommandResult<WorkshopReport> {
    app(&state).workshop_report(id, names, Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn project_item(handle: AppHandle, state: State<'_, AppState>, id: AgendaItemId) -> CommandResult<Projection> {
    let projection = app(&state).project_item(id)?;
    show_on_projector(&handle, &projection);
    Ok(projection)
}

#[tauri::command(async)]
pub fn open_training(handle: AppHandle, state: State<'_, AppState>) -> CommandResult<Home> {
    let mut app = app(&state);
    let home = app.open_training(Utc::now())?;
    show_on_projector(&handle, &app.projection());
    Ok(home)
}

#[tauri::command(async)]
pub fn open_training_pair(handle: AppHandle, state: State<'_, AppState>) -> CommandResult<Home> {
    let mut app = app(&state);
    let home = app.open_training_pair(Utc::now())?;
    show_on_projector(&handle, &app.projection());
    Ok(home)
}

#[tauri::command]
pub fn switch_training_side(handle: AppHandle, state: State<'_, AppState>, side: TrainingSide) -> CommandResult<Home> {
    let mut app = app(&state);
    let home = app.switch_training_side(side, Utc::now())?;
    show_on_projector(&handle, &app.projection());
    Ok(home)
}
