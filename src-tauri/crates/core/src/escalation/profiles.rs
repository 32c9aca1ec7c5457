//! Who the defenders of a case are (women defenders, Indigenous peoples, land and territory,
//! corporate accountability…), from `assets/taxonomies/defender-profiles.json`, the single
//! source for Rust and the UI: a desk marks them at triage and reads its trends by them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

const PROFILES_JSON: &str = include_str!("../../../../../assets/taxonomies/defender-profiles.json");

/// A defender profile with its name in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct DefenderProfile {
    /// The stored id, e.g. `women-defenders`.
    pub id: String,
    /// Its name by language tag (`en`, `es`, `fr`).
    pub label: BTreeMap<String, String>,
}

impl DefenderProfile {
    /// Its name in `locale`, falling back to English.
    pub fn label(&self, locale: Locale) -> &str {
        self.label.get(locale.tag()).or_else(|| self.label.get("en")).map_or(self.id.as_str(), String::as_str)
    }
}

/// Every profile, in the order of the file.
pub fn defender_profiles() -> &'static [DefenderProfile] {
    #[derive(Deserialize)]
    struct File {
        profiles: Vec<DefenderProfile>,
    }
    static PROFILES: OnceLock<Vec<DefenderProfile>> = OnceLock::new();
    PROFILES.get_or_init(|| serde_json::from_str::<File>(PROFILES_JSON).expect("the profiles file is valid (checked by tests)").profiles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_is_named_in_every_language_under_an_id_of_its_own() {
        let profiles = defender_profiles();
        assert!(profiles.len() >= 10);
        let mut ids: Vec<&str> = profiles.iter().map(|p| p.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), profiles.len(), "ids are unique");
        for p in profiles {
            for tag in ["en", "es", "fr"] {
                assert!(p.label.get(tag).is_some_and(|l| !l.trim().is_empty()), "{} has no {tag} name", p.id);
            }
        }
        let women = profiles.iter().find(|p| p.id == "women-defenders").unwrap();
        assert_eq!(women.label(Locale::Fr), "Défenseuses des droits humains", "the glossary's word, not « défenseures »");
    }
}
