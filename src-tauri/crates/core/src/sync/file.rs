//! A sync file: an envelope (which vault, which laptop, its sequence number, the schema it
//! was written with, the writes it carries or the state it reports), signed with the
//! laptop's minisign key and sealed with age to every laptop of the group. age says nothing
//! about who wrote a file (anyone holding a recipient can seal to it), so the signature is
//! what makes a file a laptop's own.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::str::FromStr;

use age::x25519;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::merge::Entry;
use crate::escalation::OwnKeys;

/// This version's file format.
pub(crate) const FORMAT: u32 = 1;
/// The largest sync file opened (a snapshot of a large desk vault fits many times over).
pub(crate) const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Kind {
    /// Writes made on its laptop.
    Changes,
    /// What its laptop has applied, so the authors can clean up.
    State,
    /// An attachment (a sealed file of a record), under the id its records point to.
    Blob,
}

/// An attachment as a sync file carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct BlobData {
    pub id: uuid::Uuid,
    /// The bytes, base64.
    pub data: String,
}

/// The signed content of a sync file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Envelope {
    pub format: u32,
    pub kind: Kind,
    /// The collective the vault holds: files of another vault are never applied.
    pub vault: String,
    /// The laptop that wrote it.
    pub device: String,
    /// Its number among that laptop's change files (state files: the highest published).
    pub seq: i64,
    /// The schema version it was written with.
    pub schema: i64,
    /// The first and last write's time.
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// The writes, oldest first.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The highest file applied from each laptop.
    #[serde(default)]
    pub applied: BTreeMap<String, i64>,
    /// For an attachment file: the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<BlobData>,
}

#[derive(Serialize, Deserialize)]
struct Signed {
    envelope: String,
    signature: String,
}

/// Why a file could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Not sealed to this laptop (yet): its author may not know this laptop so far.
    NotForMe,
    /// Not a sync file, damaged, or too large.
    Unreadable(String),
    /// The signature does not match the laptop it claims to be from.
    Forged,
}

fn unreadable(detail: impl std::fmt::Display) -> Problem {
    Problem::Unreadable(detail.to_string())
}

fn trusted_comment(envelope: &Envelope) -> String {
    format!("tejido sync {:?} {} {}", envelope.kind, envelope.device, envelope.seq)
}

/// Signs and seals `envelope` for `recipients`.
pub(crate) fn seal(envelope: &Envelope, recipients: &[String], keys: &OwnKeys) -> Result<Vec<u8>, Problem> {
    let payload = Zeroizing::new(serde_json::to_string(envelope).expect("an envelope serialises"));
    let signature = minisign::sign(
        Some(&keys.signing_public),
        &keys.signing,
        Cursor::new(payload.as_bytes()),
        Some(&trusted_comment(envelope)),
        Some("signature from a Tejido laptop"),
    )
    .map_err(unreadable)?;
    let signed = Zeroizing::new(
        serde_json::to_vec(&Signed { envelope: payload.to_string(), signature: signature.to_string() }).expect("serialises"),
    );
    let recipients = recipients.iter().map(|r| x25519::Recipient::from_str(r).map_err(unreadable)).collect::<Result<Vec<_>, _>>()?;
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient)).map_err(unreadable)?;
    let mut sealed = Vec::with_capacity(signed.len() + 256 * recipients.len());
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(unreadable)?;
    writer.write_all(&signed).map_err(unreadable)?;
    writer.finish().map_err(unreadable)?;
    Ok(sealed)
}

/// Opens a file sealed to `keys`. The envelope is returned with the signature still to
/// check: which key is right depends on the laptop it names ([`verify`]).
pub(crate) fn open(sealed: &[u8], keys: &OwnKeys) -> Result<(Envelope, Zeroizing<String>, String), Problem> {
    if sealed.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable("too large"));
    }
    let decryptor = age::Decryptor::new_buffered(sealed).map_err(unreadable)?;
    let mut reader = decryptor.decrypt(std::iter::once(&keys.sealing as &dyn age::Identity)).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => Problem::NotForMe,
        other => unreadable(other),
    })?;
    let mut bytes = Zeroizing::new(Vec::new());
    reader.by_ref().take(MAX_FILE_BYTES).read_to_end(&mut bytes).map_err(unreadable)?;
    let signed: Signed = serde_json::from_slice(&bytes).map_err(unreadable)?;
    let envelope: Envelope = serde_json::from_str(&signed.envelope).map_err(unreadable)?;
    Ok((envelope, Zeroizing::new(signed.envelope), signed.signature))
}

/// Whether `signature` over `payload` was made by `signing_key` (a minisign public key in
/// base64) for this very envelope.
pub(crate) fn verify(envelope: &Envelope, payload: &str, signature: &str, signing_key: &str) -> Result<(), Problem> {
    let key = minisign::PublicKey::from_base64(signing_key).map_err(|_| Problem::Forged)?;
    crate::escalation::check_signature_shape(signature).map_err(|_| Problem::Forged)?;
    let signature = minisign::SignatureBox::from_string(signature).map_err(|_| Problem::Forged)?;
    let trusted = signature.trusted_comment().map_err(|_| Problem::Forged)?;
    if trusted != trusted_comment(envelope) {
        return Err(Problem::Forged);
    }
    // minisign 0.10 can panic on malformed signatures (see escalation::package): a refusal.
    let verified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        minisign::verify(&key, &signature, Cursor::new(payload.as_bytes()), true, false, false)
    }));
    if matches!(verified, Ok(Ok(()))) { Ok(()) } else { Err(Problem::Forged) }
}
