//! The collective's network: links between people and actors, findings, measures from them.

use chrono::Utc;
use tauri::State;
use tejido_core::network::{AlertActivations, AlertCard, ChainOutcome, Finding, MeansOfContact, NewActivation, NodePosition, PartyKind, Relationship, RelationshipKind};
use tejido_core::risk::Measure;
use tejido_core::{ActivationId, NetworkScreen, PersonId, PlaceId, RelationshipId, TerritoryMap};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
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

#[tauri::command(async)]
pub fn alert_activations(state: State<'_, AppState>) -> CommandResult<AlertActivations> {
    app(&state).alert_activations().map_err(Into::into)
}

#[tauri::command(async)]
pub fn activate_alert(state: State<'_, AppState>, activation: NewActivation) -> CommandResult<AlertActivations> {
    app(&state).activate_alert(activation, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn mark_chain(
    state: State<'_, AppState>,
    activation: ActivationId,
    person: PersonId,
    outcome: ChainOutcome,
    through: Option<PersonId>,
) -> CommandResult<AlertActivations> {
    app(&state).mark_chain(activation, person, outcome, through, None, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn stand_down(state: State<'_, AppState>, activation: ActivationId, note: String) -> CommandResult<AlertActivations> {
    app(&state).stand_down(activation, &note, Utc::now()).map_err(Into::into)
}

/// Restricted: granted to the facilitator's window only, never to the projector's.
#[tauri::command(async)]
pub fn means_of_contact(state: State<'_, AppState>) -> CommandResult<Vec<MeansOfContact>> {
    app(&state).means_of_contact().map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_means_of_contact(state: State<'_, AppState>, means: MeansOfContact) -> CommandResult<Vec<MeansOfContact>> {
    app(&state).save_means_of_contact(means, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn printed_alert_cards(state: State<'_, AppState>, include_means: bool) -> CommandResult<Vec<AlertCard>> {
    app(&state).printed_alert_cards(include_means).map_err(Into::into)
}
