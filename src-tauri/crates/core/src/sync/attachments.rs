//! Attachments (an incident's files, the territory map) travel as sync files of their own,
//! `blobs/<laptop>/<id>.age`, signed and sealed like the rest, under the id their records
//! already point to. A record checks its attachment's SHA-256 when it is opened, so a file
//! swapped in under a known id is refused there as damaged.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::file::{self, BlobData, Envelope, Kind};
use super::{ImportReport, Laptop, Me, SyncError, folder, folder_error, schema, vault_id};
use crate::error::EditError;
use crate::store::Session;

impl Session {
    fn known_blobs(&self) -> Result<BTreeSet<String>, SyncError> {
        let mut stmt = self.db().prepare("SELECT id FROM sync_blob")?;
        Ok(stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?)
    }

    /// Publishes every attachment of this vault the group does not have yet.
    pub(super) fn publish_blobs(&mut self, me: &Me, recipients: &[String], now: DateTime<Utc>) -> Result<u32, SyncError> {
        let known = self.known_blobs()?;
        let forgotten = crate::store::tombstones::forgotten_blobs(self.db())?;
        let root = self.sync_folder();
        let (vault, schema) = (vault_id(self.db())?, schema(self.db()));
        let mut published = 0;
        for id in self.vault().blob_ids() {
            if known.contains(&id.to_string()) || forgotten.contains(&id.to_string()) {
                continue;
            }
            // A damaged attachment is not spread to the others.
            let Ok(bytes) = self.vault().open_blob(id) else { continue };
            let envelope = Envelope {
                format: file::FORMAT,
                kind: Kind::Blob,
                vault: vault.clone(),
                device: me.id.clone(),
                seq: 0,
                schema,
                from: Some(now),
                to: Some(now),
                entries: Vec::new(),
                packed: None,
                applied: BTreeMap::new(),
                blob: Some(BlobData { id, data: STANDARD.encode(&bytes[..]) }),
                join: me.join.clone(),
                syncthing: None,
            };
            let sealed = file::seal(&envelope, recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
            let path = folder::blob_path(&root, &me.id, id);
            folder::publish(&path, &sealed).map_err(folder_error(&path))?;
            self.vault_mut().db_mut().execute("INSERT OR IGNORE INTO sync_blob (id) VALUES (?1)", [id.to_string()])?;
            published += 1;
        }
        if published > 0 {
            self.mark_unsaved();
        }
        Ok(published)
    }

    /// Takes in the attachments other laptops published that this vault lacks.
    pub(super) fn import_blobs(
        &mut self,
        me: &Me,
        laptops: &BTreeMap<String, Laptop>,
        vault: &str,
        report: &mut ImportReport,
        now: DateTime<Utc>,
    ) -> Result<(), SyncError> {
        let root = self.sync_folder();
        let have: BTreeSet<uuid::Uuid> = self.vault().blob_ids().into_iter().collect();
        // A forgotten attachment is never taken back from a laptop that still has its file.
        let forgotten = crate::store::tombstones::forgotten_blobs(self.db())?;
        let joined = super::joined(self.db())?;
        for (laptop, id, path) in folder::blob_files(&root) {
            // From a laptop not known yet: taken once its registration arrives.
            let wanted = laptop != me.id && !have.contains(&id) && !forgotten.contains(&id.to_string());
            let Some(author) = laptops.get(&laptop).filter(|_| wanted) else { continue };
            // A laptop whose join nobody confirmed yet: its attachments wait too.
            let Some(key) = author.trusted_key(&joined) else { continue };
            let relative = path.strip_prefix(&root).unwrap_or(&path).to_string_lossy().into_owned();
            let size = std::fs::symlink_metadata(&path).map(|m| m.len() as usize).unwrap_or(usize::MAX);
            if self.already_refused(&relative, size)? {
                continue;
            }
            // A removed laptop's attachments are refused like its other files: which came
            // before its removal cannot be told, and the records that need one came with a
            // file that was accepted, from a laptop that also publishes what it has.
            if author.removed_on.is_some() {
                report.refused += self.refuse(&relative, size, "removed", now)?;
                continue;
            }
            let Some(bytes) = folder::read_capped(&path, file::MAX_FILE_BYTES).map_err(folder_error(&path))? else {
                report.refused += self.refuse(&relative, size, "unreadable", now)?;
                continue;
            };
            let opened = match file::open(&bytes, &me.keys) {
                Ok(opened) => opened,
                // Sealed before its author knew this laptop: resealed once it does.
                Err(file::Problem::NotForMe) => continue,
                Err(_) => {
                    report.refused += self.refuse(&relative, size, "unreadable", now)?;
                    continue;
                }
            };
            // The signature is checked before anything in the file is read.
            let envelope = file::verify(&opened, key, Kind::Blob, &laptop, Some(0)).ok().filter(|e| e.vault == vault);
            let data = envelope.as_ref().and_then(|e| e.blob.as_ref()).filter(|b| b.id == id).and_then(|b| STANDARD.decode(&b.data).ok());
            let Some(data) = data else {
                report.refused += self.refuse(&relative, size, "forged", now)?;
                continue;
            };
            self.vault_mut().put_blob_as(id, &data).map_err(EditError::from)?;
            self.vault_mut().db_mut().execute("INSERT OR IGNORE INTO sync_blob (id) VALUES (?1)", params![id.to_string()])?;
            self.mark_unsaved();
        }
        Ok(())
    }
}
