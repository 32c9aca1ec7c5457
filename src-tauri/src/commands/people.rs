//! The collective's home and its members.

use chrono::Utc;
use tauri::State;
use tejido_core::{Home, NewPerson, Person, PersonId};

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn get_home(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).home().map_err(Into::into)
}

#[tauri::command(async)]
pub fn add_person(state: State<'_, AppState>, person: NewPerson) -> CommandResult<Home> {
    app(&state).add_person(person, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn update_person(state: State<'_, AppState>, id: PersonId, person: NewPerson) -> CommandResult<Home> {
    app(&state).update_person(id, person, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_person(state: State<'_, AppState>, id: PersonId) -> CommandResult<Home> {
    app(&state).remove_person(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn removed_people(state: State<'_, AppState>) -> CommandResult<Vec<Person>> {
    app(&state).removed_people().map_err(Into::into)
}

#[tauri::command(async)]
pub fn forget_person(state: State<'_, AppState>, id: PersonId) -> CommandResult<Home> {
    app(&state).forget_person(id).map_err(Into::into)
}

#[tauri::command(async)]
pub fn undo_change(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).undo(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn redo_change(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).redo(Utc::now()).map_err(Into::into)
}
