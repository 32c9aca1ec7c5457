//! The collective: the community or organisation that owns the vault.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use tejido_vault::{RecoveryKey, SecretString, VaultOptions};

use crate::error::{EditError, OpenVaultError};
use crate::ids::{CollectiveId, DeviceId};
use crate::store::{Action, Entity, Session, Stamp, parse_column, record_change, rows};

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
            id: parse_column(row, "id")?,
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
    stamp: &Stamp,
    apply: impl FnOnce(&Connection, &str) -> rusqlite::Result<usize>,
) -> Result<(), EditError> {
    let current = get_collective(db)?.ok_or(EditError::Database { detail: "no collective".into() })?;
    let id = current.id.to_string();
    let before = rows::snapshot(db, Entity::Collective, &id)?;
    apply(db, &id)?;
    db.execute(
        "UPDATE collective SET updated_at = ?2, updated_by = ?3 WHERE id = ?1",
        params![id, stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::Collective, &id, Action::Update, before, stamp)?;
    Ok(())
}

impl Session {
    /// Creates a vault in `dir` for a collective called `name`.
    ///
    /// Returns the session and the recovery key, which the caller **MUST** show once.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        name: &str,
        options: &VaultOptions,
        device: DeviceId,
        now: DateTime<Utc>,
    ) -> Result<(Session, RecoveryKey), OpenVaultError> {
        let (mut session, recovery) = Session::create_vault(dir, passphrase, options, device, now)?;
        let stamp = session.stamp(now);
        session
            .vault_mut()
            .db_mut()
            .execute(
                "INSERT INTO collective (id, name, created_at, updated_at, updated_by) VALUES (?1, ?2, ?3, ?3, ?4)",
                params![CollectiveId::new().to_string(), name.trim(), stamp.at, stamp.device.to_string()],
            )
            .map_err(|e| OpenVaultError::Migrate { detail: e.to_string() })?;
        session.vault_mut().save()?;
        Ok((session, recovery))
    }

    /// The collective.
    pub fn collective(&self) -> Result<Option<Collective>, EditError> {
        Ok(get_collective(self.db())?)
    }

    /// Renames the collective.
    pub fn rename_collective(&mut self, name: &str, description: &str, now: DateTime<Utc>) -> Result<Collective, EditError> {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        self.edit(now, |db, stamp| {
            update_collective(db, stamp, |db, id| {
                db.execute(
                    "UPDATE collective SET name = ?2, description = ?3 WHERE id = ?1",
                    params![id, name, description.trim()],
                )
            })?;
            Ok(get_collective(db)?.expect("just updated"))
        })
    }
}
