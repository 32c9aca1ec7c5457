//! Entry points for `cargo fuzz` (feature `fuzzing`, see `fuzz/`): the parsers of files that
//! come from other people — contact files and case packages — with this vault's keys fixed,
//! and every sender accepted, so a fuzzer reaches the decryption and the JSON inside.

use std::sync::OnceLock;


use crate::escalation::{ContactCard, OwnKeys, PackageContent, open, seal};

/// The fixed keys the seed package in `fuzz/corpus/case_package` is sealed to.
pub fn keys() -> &'static OwnKeys {
    static KEYS: OnceLock<OwnKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        // Public on purpose: a key only for fuzzing, never a vault's.
        let sealing = "AGE-SECRET-KEY-1N3L5GJEZ0Z08KP2JU4VZ0QHA0PQ6UXQ034S58PU479SGMNEWH68QMVP3GZ".parse().expect("a valid identity");
        OwnKeys { sealing, ..OwnKeys::generate() }
    })
}

/// A contact file.
pub fn contact_file(bytes: &[u8]) {
    let _ = ContactCard::parse(&String::from_utf8_lossy(bytes));
}

/// A case package, every sender accepted.
pub fn case_package(bytes: &[u8]) {
    let _ = open(bytes, keys(), |_| true, None);
}

/// A package sealed to [`keys`], to seed the corpus.
pub fn seed_package(content: &PackageContent, files: &[&[u8]]) -> Vec<u8> {
    seal(content, files, &[], keys()).expect("sealing to a fixed key works")
}

/// Regenerates the seeds in `fuzz/corpus/` when `TEJIDO_WRITE_FUZZ_SEEDS` is set:
/// `TEJIDO_WRITE_FUZZ_SEEDS=1 cargo test -p tejido-core --features fuzzing --lib fuzzing`.
#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::escalation::{Audience, CONTENT_FORMAT, CaseAttachment, CaseContent, CaseIncident, CasePerson, ContactRole, Request, Urgency};

    #[test]
    fn the_seed_package_opens_with_the_fuzzing_keys() {
        let content = PackageContent::Case(CaseContent {
            format: CONTENT_FORMAT,
            case: Default::default(),
            version: 1,
            audience: Audience::Desk,
            collective: "Seed".into(),
            title: "A seed case".into(),
            urgency: Urgency::Urgent,
            requests: vec![Request::Letter],
            region: "Somewhere".into(),
            categories: vec!["criminalisation".into()],
            summary: "What happened".into(),
            safe_contact: "Signal".into(),
            people: vec![CasePerson { pseudonym: Some("Ceiba".into()), real_name: None, role: String::new(), name_to_authorities: false, name_in_public: false, photos: false, key: String::new(), withdrawn: false, consent_changed_at: None }],
            incidents: vec![CaseIncident { title: "t".into(), occurred_on: Utc::now().date_naive(), place: String::new(), category: "threats-harassment".into(), description: String::new() }],
            made_at: Utc::now(),
            public_summary: "What may be public".into(),
            reply_to: keys().recipient(),
            attachments: vec![CaseAttachment { name: "note.txt".into(), sha256: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(FILE)), size: FILE.len() as u64 }],
        });
        const FILE: &[u8] = b"a seed file";
        let package = seed_package(&content, &[FILE]);
        let opened = open(&package, keys(), |_| true, None).unwrap();
        assert_eq!((opened.content, opened.attachments[0].as_slice()), (content, FILE));
        if std::env::var_os("TEJIDO_WRITE_FUZZ_SEEDS").is_some() {
            let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus");
            std::fs::write(format!("{corpus}/case_package/seed.tar"), &package).unwrap();
            let card = ContactCard::own("Mesa de apoyo", ContactRole::Desk, keys());
            std::fs::write(format!("{corpus}/contact_file/desk.json"), card.to_text()).unwrap();
        }
    }
}
