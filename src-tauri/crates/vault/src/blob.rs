//! Attachments (photos of hand-drawn maps, documents), each sealed as its own age file under
//! `blobs/`, so a large photo never makes every save slower.
//!
//! A blob is authenticated through the database: the [`BlobRef`] stored in a record carries
//! the SHA-256 of the plaintext, and the database itself is authenticated per generation.


use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{BlobError, SaveError};
use crate::fs::write_durably;
use crate::vault::{BLOBS_DIR, Vault};

/// What a record stores to find and verify an attachment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlobRef {
    /// The attachment id; its file is `blobs/<id>.age`.
    pub id: Uuid,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
    /// Size of the plaintext in bytes.
    pub size: u64,
}

impl Vault {
    /// Seals `bytes` as a new attachment and makes it durable. Store the returned reference
    /// in a record and save; an attachment no record points to is harmless.
    pub fn put_blob(&mut self, bytes: &[u8]) -> Result<BlobRef, BlobError> {
        self.put_blob_as(Uuid::now_v7(), bytes)
    }

    /// Seals `bytes` as the attachment `id`: a copy of an attachment another copy of the same
    /// vault made (sync), under the id its records already point to.
    pub fn put_blob_as(&mut self, id: Uuid, bytes: &[u8]) -> Result<BlobRef, BlobError> {
        let sealed = self.identity().seal_bytes(bytes);
        let path = self.dir().join(BLOBS_DIR).join(format!("{id}.age"));
        write_durably(self.fs(), &path, &sealed).map_err(|e| SaveError::from_io(&path, e))?;
        Ok(BlobRef { id, sha256: hex::encode(Sha256::digest(bytes)), size: bytes.len() as u64 })
    }

    /// Reads and verifies an attachment.
    pub fn read_blob(&self, blob: &BlobRef) -> Result<Zeroizing<Vec<u8>>, BlobError> {
        let plain = self.open_blob(blob.id)?;
        if plain.len() as u64 != blob.size || hex::encode(Sha256::digest(&plain[..])) != blob.sha256 {
            return Err(BlobError::Damaged { id: blob.id.to_string() });
        }
        Ok(plain)
    }

    /// Decrypts attachment `id` without checking it against a record (sync hands it on; the
    /// laptop that uses it checks it with [`Vault::read_blob`]).
    pub fn open_blob(&self, id: Uuid) -> Result<Zeroizing<Vec<u8>>, BlobError> {
        let id = id.to_string();
        let path = self.dir().join(BLOBS_DIR).join(format!("{id}.age"));
        let sealed = self.fs().read(&path).map_err(|_| BlobError::Missing { id: id.clone() })?;
        self.identity().open_bytes(&sealed).map_err(|()| BlobError::Damaged { id })
    }

    /// The ids of every attachment file in the vault (a decoy's own database is none).
    pub fn blob_ids(&self) -> Vec<Uuid> {
        let mut ids = crate::vault::blob_ids_in(self.fs(), self.dir());
        ids.retain(|id| Some(*id) != self.decoy_blob());
        ids
    }

    /// Deletes an attachment's file.
    pub fn delete_blob(&mut self, blob: &BlobRef) -> Result<(), BlobError> {
        let path = self.dir().join(BLOBS_DIR).join(format!("{}.age", blob.id));
        match self.fs().remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(SaveError::from_io(&path, e).into()),
        }
    }
}
