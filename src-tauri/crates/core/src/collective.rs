//! The collective: the community or organisation that owns the vault.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::ids::CollectiveId;

/// The collective that owns a vault. A vault holds exactly one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Collective {
    /// Its id.
    pub id: CollectiveId,
    /// Its name, as the community calls itself.
    pub name: String,
    /// Who they are and what they defend, in a sentence or two.
    pub description: String,
    /// When the vault was set up.
    pub created_at: DateTime<Utc>,
    /// The vault belongs to a network desk: it receives cases and acts on them.
    pub desk: bool,
}

impl Collective {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Collective {
            id: crate::person::parse_column(row, "id")?,
            name: row.get("name")?,
            description: row.get("description")?,
            created_at: row.get("created_at")?,
            desk: row.get("desk")?,
        })
    }
}

/// The vault's collective, if it has been named yet.
pub fn get_collective(db: &Connection) -> rusqlite::Result<Option<Collective>> {
    db.query_row(
        "SELECT * FROM collective WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1",
        [],
        Collective::from_row,
    )
    .optional()
}

/// Changes the collective's row in an open transaction and logs the change: `apply` runs the
/// `UPDATE` of its own columns for the row `id`; the stamp and the change log are done here.
pub(crate) fn update_collective(
    db: &Connection,
    stamp: &crate::session::Stamp,
    apply: impl FnOnce(&Connection, &str) -> rusqlite::Result<usize>,
) -> Result<(), crate::error::EditError> {
    use crate::change::{Action, Entity, record_change};
    let current = get_collective(db)?.ok_or(crate::error::EditError::Database { detail: "no collective".into() })?;
    let id = current.id.to_string();
    let before = crate::db::rows::snapshot(db, Entity::Collective, &id)?;
    apply(db, &id)?;
    db.execute(
        "UPDATE collective SET updated_at = ?2, updated_by = ?3 WHERE id = ?1",
        params![id, stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::Collective, &id, Action::Update, before, stamp)?;
    Ok(())
}
