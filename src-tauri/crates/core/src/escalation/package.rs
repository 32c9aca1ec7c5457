//! Case packages and contact files.
//!
//! A package is one `.tar` file a person carries on a USB stick or sends by Signal or email:
//! - `case.json.age`: the case content as JSON, sealed with age to every chosen desk and to
//!   the sender itself (so it can reopen what it sent);
//! - `case.json.age.minisig`: a minisign signature of that file by the sender;
//! - `sender.pub`: the sender's minisign public key;
//! - `README.txt`: how to check and open it with Debian's `minisign` and `age`;
//! - `attachments/<n>.age`: each file the community chose to send, sealed the same way. The
//!   signed case lists each file's SHA-256 and size, so the signature covers them too.
//!
//! The signature covers the sealed file, so anyone can check who sent a package without being
//! able to read it. Opening refuses a bad signature, and a sender the vault does not know
//! unless the person accepts it explicitly (after comparing its fingerprint aloud).

use std::io::{Cursor, Read, Write};
use std::str::FromStr;

use age::x25519;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tejido_i18n::Locale;
use zeroize::Zeroizing;

use super::{CaseContent, ConsentUpdate, ContactRole, StatusContent, redact::CONSENT_FORMAT};
pub use crate::keys::{OwnKeys, PackageError, fingerprint_of};
pub(crate) use crate::keys::{check_signature_shape, sign_bytes, unreadable, verify_bytes};

/// The largest package accepted: the case's text and the files sent with it.
pub const MAX_PACKAGE_BYTES: u64 = 200 * 1024 * 1024;

/// The largest case JSON accepted: it is text.
const MAX_CONTENT_BYTES: u64 = 20 * 1024 * 1024;

const SEALED: &str = "case.json.age";
const SIGNATURE: &str = "case.json.age.minisig";
const SENDER: &str = "sender.pub";
const README: &str = "README.txt";
const ATTACHMENTS: &str = "attachments/";

fn attachment_entry(index: usize) -> String {
    format!("{ATTACHMENTS}{index}.age")
}

/// A contact file: what a desk (or community) hands out so others can seal to it and
/// recognise its signatures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactCard {
    /// Always `tejido-contact`.
    pub kind: String,
    /// Its shape.
    pub format: u32,
    /// The desk's or community's name.
    pub name: String,
    /// Desk or community.
    pub role: ContactRole,
    /// Its age recipient.
    pub recipient: String,
    /// Its minisign public key.
    pub signing_key: String,
    /// A desk's members, signed by the desk: a case is sealed to the members of the working
    /// group it concerns, never to the desk as a whole (see `oversight.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub members: Option<SignedMembers>,
}

/// A desk member as the desk's contact file lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberCard {
    /// Their name.
    pub name: String,
    /// The desk's working groups they follow.
    pub working_groups: Vec<String>,
    /// Their own age recipient: cases of their groups are sealed to it.
    pub recipient: String,
    /// Their own minisign public key: the access log entries they sign.
    pub signing_key: String,
}

/// A desk's member list, signed by the desk's own key (which the community accepted after
/// comparing its fingerprint). Membership changes without changing the desk's fingerprint:
/// the signature is what binds the list to the desk, and a newer list replaces an older one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SignedMembers {
    /// When the list was made: an older list never replaces a newer one.
    pub as_of: chrono::DateTime<chrono::Utc>,
    /// The current members (removed ones are no longer listed).
    pub members: Vec<MemberCard>,
    /// The desk's minisign signature of `as_of` and `members`.
    pub signature: String,
}

const MEMBERS_SIGNED_AS: &str = "tejido desk members";

impl SignedMembers {
    fn signed_bytes(as_of: &chrono::DateTime<chrono::Utc>, members: &[MemberCard]) -> Vec<u8> {
        serde_json::to_vec(&(MEMBERS_SIGNED_AS, as_of, members)).expect("members serialise")
    }

    /// `members` as of `as_of`, signed with the desk's `keys`.
    pub(crate) fn sign(members: Vec<MemberCard>, as_of: chrono::DateTime<chrono::Utc>, keys: &OwnKeys) -> Self {
        let signature = sign_bytes(keys, &Self::signed_bytes(&as_of, &members), MEMBERS_SIGNED_AS);
        SignedMembers { as_of, members, signature }
    }

    /// Refused unless signed by `signing_key` and every member's keys parse.
    pub fn verify(&self, signing_key: &str) -> Result<(), PackageError> {
        if !verify_bytes(signing_key, &Self::signed_bytes(&self.as_of, &self.members), &self.signature) {
            return Err(PackageError::Tampered);
        }
        for member in &self.members {
            x25519::Recipient::from_str(&member.recipient).map_err(unreadable)?;
            minisign::PublicKey::from_base64(&member.signing_key).map_err(unreadable)?;
        }
        Ok(())
    }

    /// The working groups the members follow, sorted, each once.
    pub fn groups(&self) -> Vec<String> {
        let mut groups: Vec<String> = self.members.iter().flat_map(|m| m.working_groups.iter().cloned()).collect();
        groups.sort_by_key(|g| g.to_lowercase());
        groups.dedup();
        groups
    }

    /// The recipients of the members following `group` (every member for an empty group).
    pub fn recipients(&self, group: &str) -> Vec<String> {
        let group = group.trim();
        self.members
            .iter()
            .filter(|m| group.is_empty() || m.working_groups.iter().any(|g| g.trim().eq_ignore_ascii_case(group)))
            .map(|m| m.recipient.clone())
            .collect()
    }
}

const CONTACT_KIND: &str = "tejido-contact";

impl ContactCard {
    /// This vault's card.
    pub fn own(name: &str, role: ContactRole, keys: &OwnKeys) -> Self {
        ContactCard {
            kind: CONTACT_KIND.into(),
            format: 1,
            name: name.to_owned(),
            role,
            recipient: keys.recipient(),
            signing_key: keys.signing_key(),
            members: None,
        }
    }

    /// Reads a contact file, refusing anything that is not one or whose keys do not parse.
    pub fn parse(text: &str) -> Result<Self, PackageError> {
        if text.len() > 64 * 1024 {
            return Err(unreadable("too large for a contact file"));
        }
        let card: ContactCard = serde_json::from_str(text).map_err(unreadable)?;
        if card.kind != CONTACT_KIND {
            return Err(unreadable("not a Tejido contact file"));
        }
        if card.format > 1 {
            return Err(PackageError::TooNew { format: card.format });
        }
        x25519::Recipient::from_str(&card.recipient).map_err(unreadable)?;
        minisign::PublicKey::from_base64(&card.signing_key).map_err(unreadable)?;
        if card.name.trim().is_empty() {
            return Err(unreadable("no name"));
        }
        if let Some(members) = &card.members {
            members.verify(&card.signing_key)?;
        }
        Ok(card)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(self).expect("a card serialises") + "\n"
    }

    /// Its fingerprint, over its name, role, recipient and signing key.
    pub fn fingerprint(&self) -> String {
        contact_fingerprint(&self.name, self.role, &self.recipient, &self.signing_key)
    }
}

/// The fingerprint of a desk or community: it binds everything a person relies on when they
/// accept one, not only the signing key. Whoever carries a contact file and puts their own
/// recipient (or another name or role) in it gets a different fingerprint, which no longer
/// matches the one read aloud on the phone.
pub fn contact_fingerprint(name: &str, role: ContactRole, recipient: &str, signing_key: &str) -> String {
    let role = match role {
        ContactRole::Desk => "desk",
        ContactRole::Community => "community",
    };
    fingerprint_of(&["tejido contact", name.trim(), role, recipient.trim(), signing_key.trim()])
}

/// How to check and open the package without Tejido, in `locale` (the language of whoever
/// sealed it: the person who carries it to the desk may have to explain it). The commands and
/// file names stay as typed.
fn readme(sender_fingerprint: &str, locale: Locale) -> String {
    let args = [
        ("fingerprint", sender_fingerprint.to_owned()),
        ("sealed", SEALED.to_owned()),
        ("sender", SENDER.to_owned()),
    ];
    tejido_i18n::message(locale, "package-readme", &args) + "\n"
}

impl CaseContent {
    /// The fingerprint of the community that signed this case with `signing_key`: its name and
    /// reply recipient, as on that community's contact file.
    pub fn sender_fingerprint(&self, signing_key: &str) -> String {
        contact_fingerprint(&self.collective, ContactRole::Community, &self.reply_to, signing_key)
    }
}

/// What a package carries: a case (community → desk) or a status report on it (desk →
/// community). The `kind` field tells them apart inside the sealed JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PackageContent {
    /// A case, or a new version of it.
    Case(CaseContent),
    /// What a desk did and what changed.
    Status(StatusContent),
    /// What the people of a case sent earlier agree to now (community → desk).
    Consent(ConsentUpdate),
}

impl PackageContent {
    fn signed_as(&self) -> String {
        match self {
            PackageContent::Case(c) => format!("tejido case {} version {}", c.case, c.version),
            PackageContent::Status(s) => format!("tejido status of case {}", s.case),
            PackageContent::Consent(c) => format!("tejido consent of case {}", c.case),
        }
    }

    /// The fingerprint of whoever signed this content with `signing_key`: the name, role and
    /// recipient it claims, bound to the key, as on that sender's contact file.
    fn sender_fingerprint(&self, signing_key: &str) -> String {
        match self {
            PackageContent::Case(c) => c.sender_fingerprint(signing_key),
            PackageContent::Status(s) => contact_fingerprint(&s.desk, ContactRole::Desk, &s.reply_to, signing_key),
            PackageContent::Consent(c) => contact_fingerprint(&c.collective, ContactRole::Community, &c.reply_to, signing_key),
        }
    }

    fn made_at(&self) -> chrono::DateTime<chrono::Utc> {
        match self {
            PackageContent::Case(c) => c.made_at,
            PackageContent::Status(s) => s.made_at,
            PackageContent::Consent(c) => c.made_at,
        }
    }
}

/// `bytes` sealed with age to `recipients`.
fn seal_bytes(bytes: &[u8], recipients: &[x25519::Recipient]) -> Result<Vec<u8>, PackageError> {
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient)).map_err(unreadable)?;
    let mut sealed = Vec::with_capacity(bytes.len() + 512);
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(unreadable)?;
    writer.write_all(bytes).map_err(unreadable)?;
    writer.finish().map_err(unreadable)?;
    Ok(sealed)
}

/// `sealed` opened with this vault's identity, at most `limit` bytes.
fn open_bytes(sealed: &[u8], keys: &OwnKeys, limit: u64) -> Result<Zeroizing<Vec<u8>>, PackageError> {
    let decryptor = age::Decryptor::new_buffered(sealed).map_err(unreadable)?;
    let identities = std::iter::once(&keys.sealing).chain(&keys.earlier).map(|i| i as &dyn age::Identity);
    let mut reader = decryptor.decrypt(identities).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => PackageError::NotForUs,
        other => unreadable(other),
    })?;
    let mut bytes = Zeroizing::new(Vec::new());
    reader.by_ref().take(limit).read_to_end(&mut bytes).map_err(unreadable)?;
    Ok(bytes)
}

/// [`seal_in`] with its README.txt in English.
pub fn seal(content: &PackageContent, attachments: &[&[u8]], recipients: &[String], keys: &OwnKeys) -> Result<Vec<u8>, PackageError> {
    seal_in(content, attachments, recipients, keys, Locale::En)
}

/// Seals `content` and the `attachments` it lists (in its order) to `recipients` (and the
/// sender itself), signs it, and packs it with a README.txt in `locale`.
pub fn seal_in(content: &PackageContent, attachments: &[&[u8]], recipients: &[String], keys: &OwnKeys, locale: Locale) -> Result<Vec<u8>, PackageError> {
    let mut all = Vec::new();
    for r in recipients.iter().map(String::as_str).chain(std::iter::once(keys.recipient().as_str())) {
        all.push(x25519::Recipient::from_str(r).map_err(unreadable)?);
    }
    let json = Zeroizing::new(serde_json::to_vec(content).expect("a case serialises"));
    let sealed = seal_bytes(&json, &all)?;
    let files = attachments.iter().map(|a| seal_bytes(a, &all)).collect::<Result<Vec<_>, _>>()?;

    let trusted = content.signed_as();
    let signature = sign_bytes(keys, &sealed, &trusted);
    let sender = keys.signing_public.to_box().map_err(unreadable)?.to_string();

    let mut tar = tar::Builder::new(Vec::new());
    let (signature, readme) = (signature, readme(&content.sender_fingerprint(&keys.signing_key()), locale));
    let names: Vec<String> = (0..files.len()).map(attachment_entry).collect();
    let entries = [(SEALED, sealed.as_slice()), (SIGNATURE, signature.as_bytes()), (SENDER, sender.as_bytes()), (README, readme.as_bytes())]
        .into_iter()
        .chain(names.iter().map(String::as_str).zip(files.iter().map(Vec::as_slice)));
    for (name, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o600);
        header.set_mtime(content.made_at().timestamp().max(0) as u64);
        header.set_cksum();
        tar.append_data(&mut header, name, bytes).map_err(unreadable)?;
    }
    tar.into_inner().map_err(unreadable)
}

/// What opening a package found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// The sender's minisign public key.
    pub sender_key: String,
    /// The sender's fingerprint: its key bound to the name, role and recipient the package
    /// claims, as on its contact file.
    pub fingerprint: String,
    /// What it carries.
    pub content: PackageContent,
    /// The files sent with a case, in the order its content lists them, each checked against
    /// the signed SHA-256 and size.
    pub attachments: Vec<Zeroizing<Vec<u8>>>,
}

/// The most entries a package may hold: its four parts and the files sent with a case.
const MAX_ENTRIES: usize = 4 + 1000;

/// The parts of a package's `.tar`, read with every size known before a byte is read: only
/// regular files (a GNU sparse entry would expand to hundreds of megabytes from a few bytes,
/// links and devices have no business here), each no larger than the package, at most
/// [`MAX_ENTRIES`], the names Tejido writes only.
#[derive(Default)]
struct Parts {
    sealed: Option<Vec<u8>>,
    signature: Option<String>,
    sender: Option<String>,
    files: std::collections::BTreeMap<String, Vec<u8>>,
}

fn read_parts(bytes: &[u8]) -> Result<Parts, PackageError> {
    let mut parts = Parts::default();
    let mut archive = tar::Archive::new(bytes);
    for (index, entry) in archive.entries().map_err(unreadable)?.enumerate() {
        if index >= MAX_ENTRIES {
            return Err(unreadable("too many files in the package"));
        }
        let mut entry = entry.map_err(unreadable)?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(unreadable("the package holds something that is not a regular file"));
        }
        // The size the header declares is what will be read: checked against what is left of
        // the package, so no entry can claim more than the bytes that carry it.
        let size = entry.header().size().map_err(unreadable)?;
        if size > bytes.len() as u64 {
            return Err(unreadable("a part of the package is larger than the package"));
        }
        let name = entry.path().map_err(unreadable)?.to_string_lossy().into_owned();
        let mut data = Vec::with_capacity(size as usize);
        entry.by_ref().take(size).read_to_end(&mut data).map_err(unreadable)?;
        match name.as_str() {
            SEALED => parts.sealed = Some(data),
            SIGNATURE => parts.signature = Some(String::from_utf8(data).map_err(unreadable)?),
            SENDER => parts.sender = Some(String::from_utf8(data).map_err(unreadable)?),
            README => {}
            other if other.starts_with(ATTACHMENTS) => {
                parts.files.insert(other.to_owned(), data);
            }
            _ => return Err(unreadable("the package holds a file Tejido does not write")),
        }
    }
    Ok(parts)
}

/// A package whose signature verified: who signed it, and its still sealed parts.
pub(crate) struct Signed {
    sealed: Vec<u8>,
    /// The signer's minisign public key (base64).
    pub(crate) sender_key: String,
    files: std::collections::BTreeMap<String, Vec<u8>>,
}

/// Reads a package and checks its signature, without opening it: who sent a package can be
/// told by anyone, only its recipients can read it (a desk keeps a package sealed to its
/// members this way until one of them opens it).
pub(crate) fn check_signed(bytes: &[u8]) -> Result<Signed, PackageError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(unreadable("too large for a case package"));
    }
    let Parts { sealed, signature, sender, files } = read_parts(bytes)?;
    let (Some(sealed), Some(signature), Some(sender)) = (sealed, signature, sender) else {
        return Err(unreadable("a part of the package is missing"));
    };
    let sender_key = minisign::PublicKeyBox::from_string(&sender)
        .and_then(|b| b.into_public_key())
        .map_err(unreadable)?;
    check_signature_shape(&signature)?;
    let signature = minisign::SignatureBox::from_string(&signature).map_err(unreadable)?;
    // minisign 0.10 indexes into the signatures it decoded without checking their length (found
    // by the case_package fuzz target); the shape check above refuses those, and a panic from
    // any other corner of the library is a refusal too, never a crash of the app.
    let verified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        minisign::verify(&sender_key, &signature, Cursor::new(&sealed), true, false, false)
    }));
    if !matches!(verified, Ok(Ok(()))) {
        return Err(PackageError::Tampered);
    }
    Ok(Signed { sealed, sender_key: sender_key.to_base64(), files })
}

/// Checks and opens a package sealed to `keys`. `known(sender_key)` says whether the sender
/// is a contact. An unknown sender is refused, with its fingerprint, unless `accept` is that
/// very fingerprint: what the person compared aloud is what is accepted, even if the file
/// changed between the two reads.
pub fn open(bytes: &[u8], keys: &OwnKeys, known: impl Fn(&str) -> bool, accept: Option<&str>) -> Result<Opened, PackageError> {
    let Signed { sealed, sender_key: sender_b64, files } = check_signed(bytes)?;
    let json = open_bytes(&sealed, keys, MAX_CONTENT_BYTES)?;
    #[derive(Deserialize)]
    struct FormatOnly {
        format: u32,
    }
    let format: FormatOnly = serde_json::from_slice(&json).map_err(unreadable)?;
    if format.format > CONSENT_FORMAT {
        return Err(PackageError::TooNew { format: format.format });
    }
    let content: PackageContent = serde_json::from_slice(&json).map_err(unreadable)?;
    // The fingerprint binds the name and recipient the signed content claims, so it can only
    // be told once the content is open (the signature above already covers it).
    let fingerprint = content.sender_fingerprint(&sender_b64);
    if !known(&sender_b64) && accept != Some(fingerprint.as_str()) {
        return Err(PackageError::UnknownSender { fingerprint });
    }
    let listed = match &content {
        PackageContent::Case(case) => case.attachments.as_slice(),
        PackageContent::Status(_) | PackageContent::Consent(_) => &[],
    };
    if files.len() != listed.len() {
        return Err(unreadable("the files in the package are not the ones the case lists"));
    }
    let mut attachments = Vec::with_capacity(listed.len());
    for (index, expected) in listed.iter().enumerate() {
        let sealed = files.get(&attachment_entry(index)).ok_or_else(|| unreadable("a file listed in the case is missing"))?;
        let bytes = open_bytes(sealed, keys, MAX_PACKAGE_BYTES)?;
        // The signed list says what each file is: anything else was swapped in.
        if bytes.len() as u64 != expected.size || hex::encode(Sha256::digest(&bytes[..])) != expected.sha256 {
            return Err(PackageError::Tampered);
        }
        attachments.push(bytes);
    }
    Ok(Opened { sender_key: sender_b64, fingerprint, content, attachments })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_eight_groups_to_read_aloud_and_differ_between_keys() {
        let a = OwnKeys::generate();
        let b = OwnKeys::generate();
        let fa = fingerprint_of(&["tejido test", &a.signing_key()]);
        assert_eq!(fa.split(' ').count(), 8);
        assert!(fa.chars().all(|c| c == ' ' || "23456789ABCDEFGHJKMNPQRSTUVWXYZ".contains(c)));
        assert_ne!(fa, fingerprint_of(&["tejido test", &b.signing_key()]));
    }

    #[test]
    fn keys_survive_their_stored_form() {
        let keys = OwnKeys::generate();
        let (sealing, signing) = keys.to_secrets();
        let back = OwnKeys::from_secrets(&sealing, &signing).unwrap();
        assert_eq!((back.recipient(), back.signing_key()), (keys.recipient(), keys.signing_key()));
    }

    #[test]
    fn a_signature_of_the_wrong_length_is_refused_without_a_panic() {
        // What the case_package fuzz target found: minisign 0.10 panicked on it.
        let found = include_bytes!("../../fuzz/regressions/minisign-short-signature.tar");
        assert!(open(found, &OwnKeys::generate(), |_| true, None).is_err());
    }

    fn case(collective: &str, keys: &OwnKeys) -> PackageContent {
        let mut content: crate::escalation::CaseContent =
            serde_json::from_value(serde_json::json!({
                "format": 1, "case": crate::ids::CaseId::new(), "version": 1, "audience": "desk", "collective": collective,
                "title": "t", "urgency": "urgent", "requests": [], "region": "", "categories": [], "summary": "",
                "safeContact": "", "people": [], "incidents": [], "madeAt": chrono::Utc::now()
            }))
            .unwrap();
        content.reply_to = keys.recipient();
        PackageContent::Case(content)
    }

    #[test]
    fn a_contact_file_with_another_recipient_name_or_role_no_longer_matches_the_fingerprint_read_aloud() {
        // The attack: whoever carries a desk's contact file puts their own age recipient in it,
        // so every case for that desk is sealed to them. The fingerprint must tell.
        let (desk, carrier) = (OwnKeys::generate(), OwnKeys::generate());
        let card = ContactCard::own("Mesa de apoyo", ContactRole::Desk, &desk);
        let read_aloud = card.fingerprint();
        let swapped = ContactCard { recipient: carrier.recipient(), ..card.clone() };
        assert!(ContactCard::parse(&swapped.to_text()).is_ok(), "the swapped card is well-formed");
        assert_ne!(swapped.fingerprint(), read_aloud, "a swapped recipient changes the fingerprint");
        assert_ne!(ContactCard { name: "Mesa de apoyo 2".into(), ..card.clone() }.fingerprint(), read_aloud);
        assert_ne!(ContactCard { role: ContactRole::Community, ..card.clone() }.fingerprint(), read_aloud);
        assert_eq!(ContactCard { name: " Mesa de apoyo ".into(), ..card.clone() }.fingerprint(), read_aloud, "spaces around the name do not matter");
    }

    #[test]
    fn a_package_tells_the_fingerprint_of_its_senders_contact_file_and_only_that_one_accepts_it() {
        let (community, desk) = (OwnKeys::generate(), OwnKeys::generate());
        let content = case("Comunidad", &community);
        let package = seal(&content, &[], &[desk.recipient()], &community).unwrap();
        let card = ContactCard::own("Comunidad", ContactRole::Community, &community);
        let shown = match open(&package, &desk, |_| false, None) {
            Err(PackageError::UnknownSender { fingerprint }) => fingerprint,
            other => panic!("an unknown sender is refused: {other:?}"),
        };
        assert_eq!(shown, card.fingerprint(), "the same fingerprint as the community's contact file");
        // Another sender's package, swapped in after the first was shown, is not accepted with
        // the fingerprint the person compared.
        let impostor = OwnKeys::generate();
        let swapped = seal(&case("Comunidad", &impostor), &[], &[desk.recipient()], &impostor).unwrap();
        assert!(matches!(open(&swapped, &desk, |_| false, Some(&shown)), Err(PackageError::UnknownSender { fingerprint }) if fingerprint != shown));
        let opened = open(&package, &desk, |_| false, Some(&shown)).unwrap();
        assert_eq!(opened.fingerprint, shown);
    }

    /// The README.txt inside a package, which a person reads when Tejido is not at hand.
    fn readme_inside(package: &[u8]) -> String {
        let mut tar = tar::Archive::new(package);
        let mut entry = tar.entries().unwrap().map(Result::unwrap).find(|e| e.path().unwrap().to_str() == Some(README)).expect("a README.txt");
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        text
    }

    #[test]
    fn a_packages_readme_is_in_the_language_of_whoever_sealed_it() {
        let (community, desk) = (OwnKeys::generate(), OwnKeys::generate());
        let content = case("Comunidad", &community);
        let fingerprint = ContactCard::own("Comunidad", ContactRole::Community, &community).fingerprint();
        for (locale, words) in [(Locale::En, "Sender fingerprint"), (Locale::Es, "Huella de quien lo envía"), (Locale::Fr, "Empreinte de l'expéditeur")] {
            let readme = readme_inside(&seal_in(&content, &[], &[desk.recipient()], &community, locale).unwrap());
            assert!(readme.contains(words) && readme.contains(&fingerprint), "{locale:?}: {readme}");
            // The commands stay as typed, whatever the language.
            assert!(readme.contains(&format!("minisign -Vm {SEALED} -P")) && readme.contains(&format!("age -d -i desk-identity.txt -o case.json {SEALED}")), "{locale:?}: {readme}");
        }
    }

    #[test]
    fn a_package_an_earlier_tejido_sealed_still_opens() {
        // The fuzz corpus seed was sealed by the build of 4 December 2026, before fingerprints
        // bound the sender's name and recipient and before a package's parts were read as
        // regular files with their sizes known first. Sealed to the fuzzing key (`fuzzing.rs`).
        let earlier = include_bytes!("../../fuzz/corpus/case_package/seed.tar");
        let sealing = "AGE-SECRET-KEY-1N3L5GJEZ0Z08KP2JU4VZ0QHA0PQ6UXQ034S58PU479SGMNEWH68QMVP3GZ".parse().unwrap();
        let keys = OwnKeys { sealing, ..OwnKeys::generate() };
        let opened = open(earlier, &keys, |_| true, None).expect("an earlier package opens");
        let PackageContent::Case(case) = &opened.content else { panic!("a case") };
        assert_eq!((case.title.as_str(), opened.attachments.len()), ("A seed case", 1));
        let shown = match open(earlier, &keys, |_| false, None) {
            Err(PackageError::UnknownSender { fingerprint }) => fingerprint,
            other => panic!("an unknown sender is asked about: {other:?}"),
        };
        assert!(open(earlier, &keys, |_| false, Some(&shown)).is_ok(), "and accepted with the fingerprint shown");
    }

    #[test]
    fn a_sparse_entry_is_refused_before_it_expands() {
        // A few hundred bytes that the tar crate would expand to 300 MB of zeros.
        let mut header = tar::Header::new_gnu();
        header.set_path(SEALED).unwrap();
        header.set_entry_type(tar::EntryType::GNUSparse);
        header.set_size(0);
        let gnu = header.as_gnu_mut().unwrap();
        gnu.set_real_size(300 * 1024 * 1024);
        gnu.sparse[0].set_offset(300 * 1024 * 1024);
        gnu.sparse[0].set_length(0);
        header.set_cksum();
        let mut bytes = header.as_bytes().to_vec();
        bytes.extend_from_slice(&[0; 1024]);
        match open(&bytes, &OwnKeys::generate(), |_| true, None) {
            Err(PackageError::Unreadable { detail }) => assert!(detail.contains("not a regular file"), "{detail}"),
            other => panic!("refused as unreadable: {other:?}"),
        }
    }

    #[test]
    fn a_contact_file_round_trips_and_junk_is_refused() {
        let keys = OwnKeys::generate();
        let card = ContactCard::own("Mesa de apoyo", ContactRole::Desk, &keys);
        assert_eq!(ContactCard::parse(&card.to_text()).unwrap(), card);
        assert!(ContactCard::parse("{}").is_err());
        let mut bad = card.clone();
        bad.recipient = "age1notakey".into();
        assert!(ContactCard::parse(&bad.to_text()).is_err());
    }
}
