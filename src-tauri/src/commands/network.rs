//! The collective's network: links between people and actors, findings, measures from them.

use chrono::Utc;
use tauri::State;
use tejido_core::network::{Finding, NodePosition, PartyKind, Relationship, RelationshipKind};
use tejido_core::risk::Measure;
use tejido_core::{NetworkScreen, PlaceId, RelationshipId, TerritoryMap};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command]
pub fn get_network_screen(state: State<'_, AppState>) -> CommandResult<NetworkScreen> {
    app(&state).network_screen(Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn draft_relationship(
    state: State<'_, AppState>,
    source_kind: PartyKind,
    source: Uuid,
    target_kind: PartyKind,
    target: Uuid,
    kind: RelationshipKind,
) -> CommandResult<Relationship> {
    app(&state).draft_relationship((source_kind, source), (target_kind, target), kind).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_relationship(state: State<'_, AppState>, relationship: Relationship) -> CommandResult<NetworkScreen> {
    app(&state).save_relationship(relationship, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_relationship(state: State<'_, AppState>, id: RelationshipId) -> CommandResult<NetworkScreen> {
    app(&state).remove_relationship(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn measure_from_finding(state: State<'_, AppState>, finding: Finding) -> CommandResult<Measure> {
    app(&state).measure_from_finding(&finding, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn place_node(state: State<'_, AppState>, position: NodePosition) -> CommandResult<NetworkScreen> {
    app(&state).place_node(position, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn set_territory_map(state: State<'_, AppState>, path: std::path::PathBuf) -> CommandResult<TerritoryMap> {
    app(&state).set_territory_map(&path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn clear_territory_map(state: State<'_, AppState>) -> CommandResult<()> {
    app(&state).clear_territory_map(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn territory_map(state: State<'_, AppState>) -> CommandResult<Option<TerritoryMap>> {
    app(&state).territory_map().map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_place(state: State<'_, AppState>, name: String, id: Option<PlaceId>, x: Option<f64>, y: Option<f64>) -> CommandResult<NetworkScreen> {
    app(&state).save_place(id, &name, x.zip(y), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_place(state: State<'_, AppState>, id: PlaceId) -> CommandResult<NetworkScreen> {
    app(&state).remove_place(id, Utc::now()).map_err(Into::into)
}
