//! Splitting the vault's recovery into m-of-n shares ([`crate::shares`]), as durable steps
//! like the other slot operations:
//! 1. the new split's slot file, under a new id (unlisted until 2);
//! 2. the header, listing the new split in place of the old one (the switch);
//! 3. the old split's slot file removed.
//!
//! A crash before 2 leaves the old split working and an unlisted file; after 2 the new one
//! works and the old file is unlisted. Every open that may write removes unlisted split
//! files ([`super::slots::finish_pending`]), so no older share opens anything afterwards.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Vault;
use crate::fs::write_durably;
use crate::header::{SlotEntry, SlotKind};
use crate::keys::{self};
use crate::shares::{self, RecoveryShare, ShareError};
use crate::error::SaveError;

impl Vault {
    /// Splits a new recovery secret into `total` shares, any `threshold` of which open the
    /// vault (2 ≤ threshold ≤ total ≤ 10). The previous split, if any, stops working. The
    /// caller re-authenticates the person first ([`Vault::verify_secret`]) and shows each
    /// share once.
    pub fn split_recovery(&mut self, threshold: u8, total: u8, now: DateTime<Utc>) -> Result<Vec<RecoveryShare>, ShareError> {
        self.ensure_writable()?;
        // A decoy never replaces the real split (refused as a read-only vault would be).
        if self.decoy_blob().is_some() {
            return Err(SaveError::ReadOnly { path: self.dir.clone() }.into());
        }
        let id = Uuid::now_v7();
        let (secret, made) = shares::split(&self.header.vault_id, &id, threshold, total)?;
        let entry = SlotEntry { id, kind: SlotKind::Shares, file: shares::shares_slot_file(id), created_at: now };
        // 1. The slot file.
        let path = self.dir.join(&entry.file);
        let sealed = keys::seal_to_x25519(self.identity(), &secret.to_public(), now);
        write_durably(self.fs.as_ref(), &path, &sealed).map_err(|e| SaveError::from_io(&path, e))?;
        // 2. The switch.
        let before = self.header.slots.clone();
        let old: Vec<SlotEntry> = before.iter().filter(|s| s.kind == SlotKind::Shares).cloned().collect();
        self.header.slots.retain(|s| s.kind != SlotKind::Shares);
        self.header.slots.push(entry);
        if let Err(e) = self.write_header() {
            self.header.slots = before;
            let _ = self.fs.remove_file(&path);
            return Err(e.into());
        }
        // 3. The old split. Best effort: an unlisted file is removed by the next open.
        for slot in old {
            let _ = crate::fs::shred_file(&self.dir.join(&slot.file));
        }
        Ok(made)
    }
}
