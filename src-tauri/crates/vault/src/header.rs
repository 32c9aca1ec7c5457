//! `vault.toml`: the plaintext header of a vault folder. It holds nothing sensitive: the
//! format version, the vault id, the vault's public age recipient and the list of key slots.
//!
//! The header is not trusted on its own: after unlocking, the vault checks that the identity
//! it recovered matches `recipient` (so a planted recipient cannot redirect later saves), and
//! the vault id is bound into every generation's MAC.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The header format this build writes and the newest it can read.
pub const FORMAT_VERSION: u32 = 1;

/// File name of the header inside a vault folder.
pub const HEADER_FILE: &str = "vault.toml";

/// The parsed `vault.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultHeader {
    /// Format of the folder layout; newer than [`FORMAT_VERSION`] is refused.
    pub format: u32,
    /// Identifies this vault; bound into every generation's MAC.
    pub vault_id: Uuid,
    /// The vault's public age recipient (`age1…`); images and blobs are sealed to it.
    pub recipient: String,
    /// When the vault was created.
    pub created_at: DateTime<Utc>,
    /// The key slots, each sealing the vault identity.
    #[serde(default)]
    pub slots: Vec<SlotEntry>,
    /// The generation the last re-key wrote (older ones were sealed to the previous identity
    /// and removed, so generations before it are gone on purpose, not deleted by someone).
    /// Absent in vaults never re-keyed; older Tejido ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rekeyed_at: Option<u64>,
}

/// One sealed copy of the vault identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotEntry {
    /// Slot id; passphrase slot files are named after it.
    pub id: Uuid,
    /// How the slot is opened.
    pub kind: SlotKind,
    /// Path of the slot file, relative to the vault folder.
    pub file: String,
    /// When the slot was added.
    pub created_at: DateTime<Utc>,
}

/// How a key slot is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlotKind {
    /// A passphrase a person remembers (age scrypt).
    Passphrase,
    /// The paper recovery key (age X25519).
    Recovery,
    /// m-of-n shares held by members (age X25519, the key rebuilt from the shares).
    Shares,
}

impl VaultHeader {
    /// Parses a header, refusing formats newer than this build knows.
    pub fn parse(text: &str) -> Result<Self, HeaderProblem> {
        #[derive(Deserialize)]
        struct VersionOnly {
            format: u32,
        }
        let version: VersionOnly =
            toml::from_str(text).map_err(|e| HeaderProblem::Unreadable(e.message().to_owned()))?;
        if version.format > FORMAT_VERSION {
            return Err(HeaderProblem::TooNew(version.format));
        }
        let header: VaultHeader =
            toml::from_str(text).map_err(|e| HeaderProblem::Unreadable(e.message().to_owned()))?;
        if !header.recipient.starts_with("age1") {
            return Err(HeaderProblem::Unreadable("recipient is not an age public key".into()));
        }
        for slot in &header.slots {
            if !is_safe_relative(&slot.file) {
                return Err(HeaderProblem::Unreadable(format!("slot file {:?} leaves the vault", slot.file)));
            }
        }
        Ok(header)
    }

    /// Serialises the header.
    pub fn to_toml(&self) -> String {
        let mut text = String::from(
            "# Tejido vault header. Nothing secret is stored here; do not edit by hand.\n",
        );
        text.push_str(&toml::to_string_pretty(self).expect("header fields always serialise"));
        text
    }

    /// The passphrase slots, in the order they were added.
    pub fn passphrase_slots(&self) -> impl Iterator<Item = &SlotEntry> {
        self.slots.iter().filter(|s| s.kind == SlotKind::Passphrase)
    }

    /// The slots sealed to an X25519 key rather than a passphrase: the paper key's and the
    /// shares'. A recovery key (typed, or rebuilt from shares) is tried on each.
    pub fn key_slots(&self) -> impl Iterator<Item = &SlotEntry> {
        self.slots.iter().filter(|s| matches!(s.kind, SlotKind::Recovery | SlotKind::Shares))
    }

    /// The recovery slot, if the vault has one.
    pub fn recovery_slot(&self) -> Option<&SlotEntry> {
        self.slots.iter().find(|s| s.kind == SlotKind::Recovery)
    }
}

/// Why a header could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// Written by a newer Tejido with this format number.
    TooNew(u32),
    /// Not valid TOML or missing fields.
    Unreadable(String),
}

/// A slot path must stay inside the vault: relative, no `..`, forward slashes only.
fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> VaultHeader {
        VaultHeader {
            format: FORMAT_VERSION,
            vault_id: Uuid::now_v7(),
            recipient: "age1qqqq".into(),
            created_at: Utc::now(),
            slots: vec![SlotEntry {
                id: Uuid::now_v7(),
                kind: SlotKind::Recovery,
                file: "keys/recovery.age".into(),
                created_at: Utc::now(),
            }],
            rekeyed_at: None,
        }
    }

    #[test]
    fn round_trips_through_toml() {
        let header = sample();
        assert_eq!(VaultHeader::parse(&header.to_toml()).unwrap(), header, "parse(write(h)) == h");
    }

    #[test]
    fn refuses_newer_formats_and_escaping_slot_paths() {
        let mut header = sample();
        header.format = FORMAT_VERSION + 1;
        assert_eq!(VaultHeader::parse(&header.to_toml()), Err(HeaderProblem::TooNew(FORMAT_VERSION + 1)));
        let mut header = sample();
        header.slots[0].file = "../../etc/passwd".into();
        assert!(VaultHeader::parse(&header.to_toml()).is_err(), "a slot may not point outside the vault");
    }
}
