//! A petition's tally from the signatures themselves: a CSV file exported from the petition
//! platform or typed up from paper sheets, counted once per person, never typed by hand. The
//! file holds the signers' names and addresses: it is read, counted and forgotten — nothing of
//! it is kept in the vault but the counts.

use serde::Serialize;

use crate::names::folded_words;

/// What counting a file of signatures found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SignatureCount {
    /// Different people who signed.
    pub signatures: u32,
    /// Rows that repeat someone already counted (the same address, or the same name where
    /// there is no address).
    pub duplicates: u32,
    /// Rows with nothing in them.
    pub blank: u32,
}

/// Why a file could not be counted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureFileError {
    /// Not text, or not rows of values.
    #[error("not a CSV file of signatures: {detail}")]
    Unreadable {
        /// What was wrong.
        detail: String,
    },
}

impl tejido_i18n::Localized for SignatureFileError {
    fn text(&self) -> tejido_i18n::Text {
        match self {
            SignatureFileError::Unreadable { detail } => {
                tejido_i18n::Text::new("err-signatures-unreadable").hint("rec-signatures-unreadable").arg("detail", detail)
            }
        }
    }
}

/// Column titles that hold an address a person signs with, in the three languages and as
/// petition platforms export them.
const ADDRESS: &[&str] = &["email", "e-mail", "mail", "correo", "courriel", "phone", "telefono", "téléphone", "telephone"];
/// Column titles that hold a name.
const NAME: &[&str] = &["name", "first name", "last name", "full name", "nombre", "nombres", "apellido", "apellidos", "nom", "prénom", "prenom", "signer", "firmante", "signataire"];

fn delimiter(header: &str) -> u8 {
    [b',', b';', b'\t'].into_iter().max_by_key(|d| header.bytes().filter(|b| b == d).count()).unwrap_or(b',')
}

fn is_one_of(title: &str, words: &[&str]) -> bool {
    let title = title.trim().to_lowercase();
    words.iter().any(|w| title == *w || title.split(|c: char| !c.is_alphanumeric() && c != '-').any(|part| part == *w))
}

/// Counts the people who signed in `bytes` (a CSV file with a header row; commas, semicolons
/// or tabs; UTF-8, with or without a byte-order mark). A person is their address where the file
/// has one (any case and spaces), else their name (any case, accents and spaces), else the whole
/// row.
pub fn count_signatures(bytes: &[u8]) -> Result<SignatureCount, SignatureFileError> {
    let unreadable = |detail: &dyn std::fmt::Display| SignatureFileError::Unreadable { detail: detail.to_string() };
    let text = std::str::from_utf8(bytes).map_err(|e| unreadable(&e))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text.lines().next().unwrap_or_default()))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().map_err(|e| unreadable(&e))?.iter().map(str::to_owned).collect();
    let address: Vec<usize> = (0..header.len()).filter(|&i| is_one_of(&header[i], ADDRESS)).collect();
    let name: Vec<usize> = (0..header.len()).filter(|&i| is_one_of(&header[i], NAME)).collect();
    let mut seen = std::collections::HashSet::new();
    let mut count = SignatureCount { signatures: 0, duplicates: 0, blank: 0 };
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(&e))?;
        let field = |i: &usize| record.get(*i).unwrap_or_default().trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            count.blank += 1;
            continue;
        }
        let by_address: Vec<String> = address.iter().map(field).filter(|f| !f.is_empty()).map(|f| f.replace(' ', "").to_lowercase()).collect();
        let by_name: Vec<String> = name.iter().map(field).flat_map(folded_words).collect();
        let person = if !by_address.is_empty() {
            format!("address:{}", by_address.join("|"))
        } else if !by_name.is_empty() {
            format!("name:{}", by_name.join(" "))
        } else {
            format!("row:{}", record.iter().flat_map(folded_words).collect::<Vec<_>>().join(" "))
        };
        if seen.insert(person) {
            count.signatures += 1;
        } else {
            count.duplicates += 1;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_person_counts_once_by_address_then_by_name() {
        let file = "\u{feff}Nombre;Apellido;Correo;País\n\
                    María;Xol;maria@example.org;GT\n\
                    Maria;XOL; MARIA@example.org ;GT\n\
                    ;;;\n\
                    José;Pop;;GT\n\
                    jose;  pop;;MX\n\
                    Ana;Pop;ana@example.org;FR\n";
        assert_eq!(count_signatures(file.as_bytes()).unwrap(), SignatureCount { signatures: 3, duplicates: 2, blank: 1 });
    }

    #[test]
    fn a_file_without_known_columns_counts_whole_rows_and_junk_is_refused() {
        let file = "a,b\n1,2\n1,2\n3,4\n";
        assert_eq!(count_signatures(file.as_bytes()).unwrap(), SignatureCount { signatures: 2, duplicates: 1, blank: 0 });
        assert!(count_signatures(&[0xff, 0xfe, 0x00]).is_err(), "not text");
    }
}
