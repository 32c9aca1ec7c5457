//! The community's own drawing of its territory: a photo of the hand-drawn map, sealed like
//! any attachment, over which the network is drawn and people are placed.

use chrono::{DateTime, Utc};
use rusqlite::params;
use zeroize::Zeroizing;

use crate::error::EditError;
use crate::risk::Attachment;
use crate::store::Session;

impl Session {
    /// Seals `bytes` as the territory map photo, replacing any earlier one (undo restores it).
    pub fn set_territory_map(&mut self, name: &str, bytes: &[u8], now: DateTime<Utc>) -> Result<Attachment, EditError> {
        // Without where and when it was taken (a map photo locates the community).
        let bytes = Zeroizing::new(crate::metadata::strip(bytes));
        let blob = self.vault_mut().put_blob(&bytes)?;
        let attachment = Attachment { id: blob.id, name: name.to_owned(), sha256: blob.sha256, size: blob.size };
        self.write_territory_map(Some(&attachment), now)?;
        Ok(attachment)
    }

    /// Stops drawing the network over a photo (undo brings it back).
    pub fn clear_territory_map(&mut self, now: DateTime<Utc>) -> Result<(), EditError> {
        self.write_territory_map(None, now)
    }

    fn write_territory_map(&mut self, map: Option<&Attachment>, now: DateTime<Utc>) -> Result<(), EditError> {
        let json = map.map(|m| serde_json::to_string(m).expect("attachments serialise"));
        self.edit(now, |db, stamp| {
            crate::collective::update_collective(db, stamp, |db, id| {
                db.execute("UPDATE collective SET territory_map = ?2 WHERE id = ?1", params![id, json])
            })?;
            Ok(())
        })
    }

    /// The territory map photo and its content, checked against its recorded hash.
    pub fn territory_map(&self) -> Result<Option<(Attachment, Zeroizing<Vec<u8>>)>, EditError> {
        let json: Option<String> =
            self.db().query_row("SELECT territory_map FROM collective WHERE deleted_at IS NULL LIMIT 1", [], |r| r.get(0))?;
        let Some(map) = json.and_then(|j| serde_json::from_str::<Attachment>(&j).ok()) else {
            return Ok(None);
        };
        let bytes = self.vault().read_blob(&tejido_vault::BlobRef { id: map.id, sha256: map.sha256.clone(), size: map.size })?;
        Ok(Some((map, bytes)))
    }
}
