//! The collective: the community or organisation that owns the vault.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row};
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
}

impl Collective {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Collective {
            id: crate::person::parse_column(row, "id")?,
            name: row.get("name")?,
            description: row.get("description")?,
            created_at: row.get("created_at")?,
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
