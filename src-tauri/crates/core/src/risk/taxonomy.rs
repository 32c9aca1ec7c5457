//! The threat categories, from `assets/taxonomies/threat-categories.json`, with their names
//! in each language. The file is the single source: Rust and the UI both read it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

const CATEGORIES_JSON: &str = include_str!("../../../../../assets/taxonomies/threat-categories.json");

/// A threat category with its name in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ThreatCategory {
    /// The stored id, e.g. `criminalisation`.
    pub id: String,
    /// Its name by language tag (`en`, `es`, `fr`).
    pub label: BTreeMap<String, String>,
}

impl ThreatCategory {
    /// Its name in `locale`, falling back to English.
    pub fn label(&self, locale: Locale) -> &str {
        self.label.get(locale.tag()).or_else(|| self.label.get("en")).map_or(self.id.as_str(), String::as_str)
    }
}

#[derive(Deserialize)]
struct File {
    categories: Vec<ThreatCategory>,
}

/// Every category, in the order of the file.
pub fn threat_categories() -> &'static [ThreatCategory] {
    static CATEGORIES: OnceLock<Vec<ThreatCategory>> = OnceLock::new();
    CATEGORIES.get_or_init(|| {
        serde_json::from_str::<File>(CATEGORIES_JSON).expect("the taxonomy file is valid (checked by tests)").categories
    })
}

/// The category with this id.
pub fn category(id: &str) -> Option<&'static ThreatCategory> {
    threat_categories().iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_categories_each_named_in_every_language() {
        let categories = threat_categories();
        assert_eq!(categories.len(), 13, "the 13 categories of DOMAIN.md");
        for c in categories {
            for tag in ["en", "es", "fr"] {
                assert!(c.label.get(tag).is_some_and(|l| !l.trim().is_empty()), "{} has no {tag} name", c.id);
            }
        }
        let mut ids: Vec<_> = categories.iter().map(|c| &c.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 13, "ids are unique");
        assert_eq!(category("surveillance").unwrap().label(Locale::Es), "Vigilancia y seguimientos");
    }
}
