//! Tejido's sealed vault: a folder holding an SQLite database that exists in plaintext only
//! in memory.
//!
//! Which API for which job:
//! - [`Vault::create`] makes a vault and returns its paper [`RecoveryKey`], shown once.
//! - [`Vault::open`] unlocks with a passphrase or the recovery key ([`Unlock`]) and loads the
//!   newest authentic generation, falling back to an older one when the newest is damaged
//!   ([`OpenReport`] says so).
//! - [`Vault::db_mut`] gives the in-memory database; [`Vault::save`] makes it durable, as a
//!   delta of the rows that changed when it can (see `delta.rs`); [`Vault::compact`] writes
//!   the whole database as a full image (at lock), [`Vault::save_full`] always does.
//! - [`Vault::add_passphrase`], [`Vault::change_passphrase`], [`Vault::remove_passphrase`]
//!   and [`Vault::replace_recovery_key`] manage key slots without re-encrypting data;
//!   [`Vault::verify_secret`] re-authenticates, [`Vault::slots`] and [`Vault::remove_slot`]
//!   take a slot back by id, and [`Vault::rekey`] replaces the identity itself.
//! - [`Vault::put_blob`] / [`Vault::read_blob`] store attachments as separate sealed files.
//! - [`Vault::check`] verifies everything on disk; [`Vault::backup_to`] makes a verified copy.
//!
//! The folder layout (`vault.toml`, `keys/`, `images/`, `blobs/`, `lock`) and the recovery
//! path with Debian's `age` and `sqlite3` are documented in the README.
//!
//! Left out on purpose: the schema (that is `tejido-core`'s), and coalescing of saves (the
//! app decides when a burst of edits ends; it never acknowledges before [`Vault::save`]).
#![deny(missing_docs)]
// No unsafe code, except the few Windows calls std does not offer (a rename written through to
// disk, the crash-report settings), each marked `allow(unsafe_code)` where it is made.
#![deny(unsafe_code)]

mod backup;
mod blob;
mod check;
mod delta;
mod error;
pub mod fs;
mod generation;
mod header;
mod keys;
mod process;
pub mod shares;
mod vault;

#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;

pub use age::secrecy::{ExposeSecret, SecretString};
pub use backup::BackupReport;
pub use blob::BlobRef;
pub use check::{CheckReport, SlotProblem};
pub use delta::{delta_name, parse_delta_name, uncovered_tables};
pub use error::{BlobError, CreateError, IoKind, KeySlotError, OpenError, SaveError};
pub use generation::{Generation, GenerationProblem, IMAGES_DIR, KEEP_GENERATIONS, image_name, mac_name, parse_image_name};
pub use header::{FORMAT_VERSION, HEADER_FILE, SlotEntry, SlotKind, VaultHeader};
pub use process::{harden_process, is_dumpable};
pub use keys::{KdfPolicy, RECOVERY_SLOT_FILE, RecoveryKey, SlotOpenProblem};
pub use shares::{RecoveryShare, ShareError};
pub use vault::{LOCK_FILE, OpenReport, SlotInfo, Unlock, Vault, VaultOptions};
