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
use crate::keys::OwnKeys;

/// This version's file format. 2: laptops are added only with an invitation signed by the
/// inviting laptop, and each file names the join of the laptop that wrote it. 3: a change
/// file's writes carry only the fields they changed, compressed ([`PACKED`]).
pub(crate) const FORMAT: u32 = 3;
/// The first format whose change files carry their writes packed: only the fields each write
/// changed, as JSON, deflated (zlib) and in base64 inside the signed envelope. The envelope
/// stays JSON with its header fields readable, so a laptop of format 2 opens such a file,
/// checks its signature, sees a newer format and holds it until it is updated (it never
/// misreads the writes, which it does not see: to it the file has none).
pub(crate) const PACKED: u32 = 3;
/// The largest sync file opened: an attachment file (the largest attachment, in base64).
pub(crate) const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;
/// The largest change file read (a day of a whole workshop's edits is a few megabytes).
pub(crate) const MAX_CHANGE_BYTES: u64 = 64 * 1024 * 1024;
/// The largest state file read (a list of laptops and numbers).
pub(crate) const MAX_STATE_BYTES: u64 = 1024 * 1024;

/// Which vault made from an invitation wrote a file: made at random when the laptop joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Join {
    pub id: String,
    /// When it joined (an invitation is used before it expires).
    pub at: DateTime<Utc>,
    /// The keys this laptop made when it joined, signed with its invitation's key (none for a
    /// laptop that joined before laptops made their own keys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<JoinProof>,
}

/// The invitation key's signature over the keys a new laptop made when it joined: whoever
/// holds the invitation can make one, so it proves nothing until a laptop of the group has
/// typed the short code the new laptop shows ([`super::trust::join_code`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct JoinProof {
    pub statement: String,
    pub signature: String,
}

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
    /// The writes, oldest first. Format [`PACKED`] and later: empty on the wire, the writes
    /// travel in `packed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<Entry>,
    /// Format [`PACKED`] and later: the writes, packed ([`pack`]). Unpacked by [`verify`], so
    /// everything after it sees `entries`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packed: Option<String>,
    /// The highest file applied from each laptop.
    #[serde(default)]
    pub applied: BTreeMap<String, i64>,
    /// For an attachment file: the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<BlobData>,
    /// The join its laptop came from (random, per vault made from an invitation): a second
    /// vault made from the same invitation writes another, and is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join: Option<Join>,
    /// A state file: its laptop's Syncthing device id, if it shares on the local network.
    /// Removing the laptop drops the peer with this id, whatever name a person gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syncthing: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Signed {
    envelope: String,
    signature: String,
    /// Its laptop's join proof, outside the envelope: a laptop not confirmed yet is known
    /// only by its invitation's key, which signs the proof, so the proof is checked first and
    /// then the file with the key it names, and nothing unsigned is parsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    join: Option<JoinProof>,
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

/// The writes as a change file of format [`PACKED`] carries them: their JSON, deflated, in
/// base64. Compressed before sealing: the file is sealed whole and never read piecemeal, so
/// nothing can be learnt from how well a part of it compresses.
fn pack(entries: &[Entry]) -> String {
    let json = Zeroizing::new(serde_json::to_vec(entries).expect("writes serialise"));
    let deflated = Zeroizing::new(miniz_oxide::deflate::compress_to_vec_zlib(&json, 6));
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &*deflated)
}

/// The writes of a packed change file, inflated to no more than [`MAX_CHANGE_BYTES`]: a
/// file that would inflate further (a few kilobytes can claim gigabytes) is unreadable.
fn unpack(packed: &str) -> Result<Vec<Entry>, Problem> {
    unpack_capped(packed, MAX_CHANGE_BYTES)
}

fn unpack_capped(packed: &str, max: u64) -> Result<Vec<Entry>, Problem> {
    if packed.len() as u64 > max * 2 {
        return Err(unreadable("too large"));
    }
    let deflated = Zeroizing::new(base64::Engine::decode(&base64::engine::general_purpose::STANDARD, packed).map_err(unreadable)?);
    let json = Zeroizing::new(
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&deflated, max as usize)
            .map_err(|e| if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput { unreadable("too large") } else { unreadable(format!("{:?}", e.status)) })?,
    );
    serde_json::from_slice(&json).map_err(unreadable)
}

/// Signs and seals `envelope` for `recipients`. A change file of format [`PACKED`] or later
/// travels packed; an older one (resealed for a laptop that joined since) stays as it was
/// written, so the laptops that could read it still can.
pub(crate) fn seal(envelope: &Envelope, recipients: &[String], keys: &OwnKeys) -> Result<Vec<u8>, Problem> {
    let payload = if envelope.kind == Kind::Changes && envelope.format >= PACKED {
        let wire = Envelope { entries: Vec::new(), packed: Some(pack(&envelope.entries)), ..envelope.clone() };
        Zeroizing::new(serde_json::to_string(&wire).expect("an envelope serialises"))
    } else {
        Zeroizing::new(serde_json::to_string(envelope).expect("an envelope serialises"))
    };
    let signature = minisign::sign(
        Some(&keys.signing_public),
        &keys.signing,
        Cursor::new(payload.as_bytes()),
        Some(&trusted_comment(envelope)),
        Some("signature from a Tejido laptop"),
    )
    .map_err(unreadable)?;
    let signed = Zeroizing::new(
        serde_json::to_vec(&Signed {
            envelope: payload.to_string(),
            signature: signature.to_string(),
            join: envelope.join.as_ref().and_then(|j| j.proof.clone()),
        }).expect("serialises"),
    );
    let recipients = recipients.iter().map(|r| x25519::Recipient::from_str(r).map_err(unreadable)).collect::<Result<Vec<_>, _>>()?;
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient)).map_err(unreadable)?;
    let mut sealed = Vec::with_capacity(signed.len() + 256 * recipients.len());
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(unreadable)?;
    writer.write_all(&signed).map_err(unreadable)?;
    writer.finish().map_err(unreadable)?;
    Ok(sealed)
}

/// A file opened but not yet trusted: the signed bytes and their signature, nothing of what
/// they say parsed yet.
pub(crate) struct Opened {
    payload: Zeroizing<String>,
    signature: String,
    /// The join proof its laptop attached, checked on its own ([`super::trust::check_join`]).
    pub join: Option<JoinProof>,
}

/// Opens a file sealed to `keys`. What it says is parsed only once its signature checks
/// ([`verify`]): which key is right depends on the laptop whose folder it was found in.
pub(crate) fn open(sealed: &[u8], keys: &OwnKeys) -> Result<Opened, Problem> {
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
    // Only the wrapper (two strings) is parsed before the signature is checked.
    let signed: Signed = serde_json::from_slice(&bytes).map_err(unreadable)?;
    Ok(Opened { payload: Zeroizing::new(signed.envelope), signature: signed.signature, join: signed.join })
}

/// The envelope of `opened`, once its signature is checked against `signing_key` (a minisign
/// public key in base64) and its signed comment names this `kind`, this `device` and, when
/// given, this `seq`; the envelope must say the same. Nothing is parsed before that.
pub(crate) fn verify(opened: &Opened, signing_key: &str, kind: Kind, device: &str, seq: Option<i64>) -> Result<Envelope, Problem> {
    let key = minisign::PublicKey::from_base64(signing_key).map_err(|_| Problem::Forged)?;
    crate::escalation::check_signature_shape(&opened.signature).map_err(|_| Problem::Forged)?;
    let signature = minisign::SignatureBox::from_string(&opened.signature).map_err(|_| Problem::Forged)?;
    let trusted = signature.trusted_comment().map_err(|_| Problem::Forged)?;
    let prefix = format!("tejido sync {kind:?} {device} ");
    let signed_seq: i64 = trusted.strip_prefix(&prefix).and_then(|s| s.parse().ok()).ok_or(Problem::Forged)?;
    if seq.is_some_and(|s| s != signed_seq) {
        return Err(Problem::Forged);
    }
    // minisign 0.10 can panic on malformed signatures (see escalation::package): a refusal.
    let verified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        minisign::verify(&key, &signature, Cursor::new(opened.payload.as_bytes()), true, false, false)
    }));
    if !matches!(verified, Ok(Ok(()))) {
        return Err(Problem::Forged);
    }
    let mut envelope: Envelope = serde_json::from_str(&opened.payload).map_err(unreadable)?;
    if envelope.kind != kind || envelope.device != device || envelope.seq != signed_seq {
        return Err(Problem::Forged);
    }
    // Unpacked only once signed by its laptop: nobody else's bytes reach the inflater. A
    // format newer than this one is left as it is (its importer holds it unread).
    if envelope.format <= FORMAT {
        if let Some(packed) = envelope.packed.take() {
            if envelope.format < PACKED || !envelope.entries.is_empty() {
                return Err(unreadable("packed writes in an unpacked format"));
            }
            envelope.entries = unpack(&packed)?;
        }
    }
    Ok(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::clocks::Clock;

    fn entry(n: usize) -> Entry {
        let row = |notes: &str| {
            serde_json::json!({ "id": format!("01a2497c-af40-7606-a80e-{n:012}"), "notes": notes }).as_object().cloned().unwrap()
        };
        Entry {
            entity: "person".into(),
            id: format!("01a2497c-af40-7606-a80e-{n:012}"),
            before: Some(row("")),
            after: row(&format!("edit {n}")),
            clock: Clock { at: Utc::now(), device: "01a2497c-af82-7165-bf78-6d82e5ba931c".into(), seq: n as i64 + 1 },
        }
    }

    fn changes(format: u32, entries: Vec<Entry>) -> Envelope {
        Envelope {
            format,
            kind: Kind::Changes,
            vault: "vault".into(),
            device: "01a2497c-af82-7165-bf78-6d82e5ba931c".into(),
            seq: 7,
            schema: 1,
            from: None,
            to: None,
            entries,
            packed: None,
            applied: BTreeMap::new(),
            blob: None,
            join: None,
            syncthing: None,
        }
    }

    fn round_trip(envelope: &Envelope) -> (Result<Envelope, Problem>, usize) {
        let keys = OwnKeys::generate();
        let sealed = seal(envelope, &[keys.recipient()], &keys).unwrap();
        let opened = open(&sealed, &keys).unwrap();
        (verify(&opened, &keys.signing_key(), Kind::Changes, &envelope.device, Some(envelope.seq)), sealed.len())
    }

    #[test]
    fn writes_travel_packed_and_come_back_the_same() {
        let entries: Vec<Entry> = (0..200).map(entry).collect();
        let (packed, packed_len) = round_trip(&changes(FORMAT, entries.clone()));
        assert_eq!(packed.unwrap(), changes(FORMAT, entries.clone()));
        // A file of the previous format (resealed for a laptop that joined since) stays as it was.
        let (plain, plain_len) = round_trip(&changes(PACKED - 1, entries.clone()));
        assert_eq!(plain.unwrap(), changes(PACKED - 1, entries));
        assert!(packed_len * 3 < plain_len, "{packed_len} B packed, {plain_len} B plain");
    }

    #[test]
    fn a_file_that_would_inflate_past_the_cap_is_unreadable() {
        let json = serde_json::to_vec(&(0..2000).map(entry).collect::<Vec<_>>()).unwrap();
        let packed = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, miniz_oxide::deflate::compress_to_vec_zlib(&json, 6));
        assert_eq!(unpack_capped(&packed, json.len() as u64).unwrap().len(), 2000);
        assert_eq!(unpack_capped(&packed, json.len() as u64 - 1), Err(Problem::Unreadable("too large".into())));
        // Zeros inflate a thousandfold: the cap stops them, whatever the file claims.
        let bomb = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 4 << 20], 9));
        assert!(bomb.len() < 64 << 10);
        assert_eq!(unpack_capped(&bomb, 1 << 20), Err(Problem::Unreadable("too large".into())));
        assert!(matches!(unpack("not base64!"), Err(Problem::Unreadable(_))));
    }

    /// What a laptop of format 2 made of a packed file: its envelope as that version read it
    /// (the same fields, no `packed`; serde skips what it does not know).
    #[derive(Deserialize)]
    struct Format2 {
        format: u32,
        kind: Kind,
        device: String,
        seq: i64,
        #[serde(default)]
        entries: Vec<Entry>,
    }

    #[test]
    fn a_laptop_of_the_previous_format_sees_a_newer_file_with_no_writes_and_holds_it() {
        let keys = OwnKeys::generate();
        let envelope = changes(FORMAT, (0..3).map(entry).collect());
        let sealed = seal(&envelope, &[keys.recipient()], &keys).unwrap();
        // It opens and its signature checks as before: only the wrapper and the envelope's
        // signed text, unchanged in shape.
        let opened = open(&sealed, &keys).unwrap();
        let old: Format2 = serde_json::from_str(&opened.payload).unwrap();
        assert_eq!((old.kind, old.device.as_str(), old.seq), (Kind::Changes, envelope.device.as_str(), 7));
        // Its importer holds a file whose format is above its own (2), and reads no write.
        assert!(old.format > 2 && old.entries.is_empty());
    }
}
