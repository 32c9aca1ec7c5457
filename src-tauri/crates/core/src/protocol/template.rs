//! The protocol template, from `assets/templates/protocol/<language>.json`: sections with
//! the question that drafts each, principles offered as starting points (La Puya's three
//! among them), and four graded alert levels. The sections and levels are Tejido's own
//! design, never presented as La Puya's text, which is not published.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use crate::risk::AlertLevel;

/// A section as the template offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateSection {
    /// Its stable key (`decision-making`).
    pub key: String,
    /// Its title.
    pub title: String,
    /// The question that drafts it.
    pub guidance: String,
    /// A starter text the community rewrites.
    pub body: String,
}

/// A principle as the template offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplatePrinciple {
    /// Its stable key (`no-single-leader`).
    pub key: String,
    /// A short name.
    pub title: String,
    /// Its wording.
    pub text: String,
    /// Where it comes from.
    pub source: String,
}

/// An alert level as the template offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateLevel {
    /// Its colour.
    pub colour: AlertLevel,
    /// Its name.
    pub name: String,
    /// What signals it.
    pub triggers: String,
    /// What we do.
    pub actions: String,
    /// Whether it starts the alert chain.
    pub alert_chain: bool,
}

/// The whole template in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    /// Sections, in reading order.
    pub sections: Vec<TemplateSection>,
    /// Principles offered.
    pub principles: Vec<TemplatePrinciple>,
    /// Alert levels, lowest first.
    pub alert_levels: Vec<TemplateLevel>,
}

const EN: &str = include_str!("../../../../../assets/templates/protocol/en.json");
const ES: &str = include_str!("../../../../../assets/templates/protocol/es.json");
const FR: &str = include_str!("../../../../../assets/templates/protocol/fr.json");

/// The template in `locale`.
pub fn template(locale: Locale) -> &'static Template {
    static TEMPLATES: OnceLock<[Template; 3]> = OnceLock::new();
    let [en, es, fr] = TEMPLATES.get_or_init(|| {
        [EN, ES, FR].map(|text| serde_json::from_str(text).expect("the protocol templates are checked by tests"))
    });
    match locale {
        Locale::Es => es,
        Locale::Fr => fr,
        _ => en,
    }
}

/// The template keys of the sections that say who speaks and decides for the collective:
/// where naming one person goes against "no single leader or spokesperson".
pub const ROLE_SECTIONS: [&str; 2] = ["decision-making", "spokespeople"];

/// The key prefix of emergency-response sections, whose first steps go on pocket cards.
pub const EMERGENCY_PREFIX: &str = "emergency-";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_template() {
        let en = template(Locale::En);
        for locale in [Locale::Es, Locale::Fr] {
            let other = template(locale);
            let keys = |t: &Template| t.sections.iter().map(|s| s.key.clone()).collect::<Vec<_>>();
            assert_eq!(keys(en), keys(other), "{locale:?}");
            let principles = |t: &Template| t.principles.iter().map(|p| p.key.clone()).collect::<Vec<_>>();
            assert_eq!(principles(en), principles(other), "{locale:?}");
            let levels = |t: &Template| t.alert_levels.iter().map(|l| (l.colour, l.alert_chain)).collect::<Vec<_>>();
            assert_eq!(levels(en), levels(other), "{locale:?}");
            assert_ne!(en.sections[0].title, other.sections[0].title, "{locale:?} is translated");
        }
        for key in ROLE_SECTIONS.iter().chain(["review", "emergency-detention"].iter()) {
            assert!(en.sections.iter().any(|s| s.key == *key), "{key}");
        }
        assert!(en.principles.iter().any(|p| p.key == "no-single-leader"));
        assert_eq!(en.alert_levels.len(), 4);
    }
}
