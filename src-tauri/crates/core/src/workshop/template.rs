//! The workshop agenda template, from `assets/templates/workshop/<language>.json`: the two-day
//! flow of DOMAIN.md as about nineteen short sessions, each with a goal, a time box, materials
//! and the part of Tejido it fills.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use super::Module;

/// One session as the template offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateItem {
    /// Its stable key (`risk-scenarios`).
    pub key: String,
    /// Which day.
    pub day: u8,
    /// Its title.
    pub title: String,
    /// What the group leaves with.
    pub goal: String,
    /// Its time box.
    pub minutes: u32,
    /// What to bring.
    pub materials: String,
    /// The part of Tejido it fills.
    pub module: Module,
}

/// The whole agenda in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaTemplate {
    /// The workshop's title.
    pub title: String,
    /// Its sessions, in order.
    pub sessions: Vec<TemplateItem>,
}

const EN: &str = include_str!("../../../../../assets/templates/workshop/en.json");
const ES: &str = include_str!("../../../../../assets/templates/workshop/es.json");
const FR: &str = include_str!("../../../../../assets/templates/workshop/fr.json");

/// The agenda template in `locale`.
pub fn agenda_template(locale: Locale) -> &'static AgendaTemplate {
    static TEMPLATES: OnceLock<[AgendaTemplate; 3]> = OnceLock::new();
    let [en, es, fr] = TEMPLATES
        .get_or_init(|| [EN, ES, FR].map(|text| serde_json::from_str(text).expect("the agenda templates are checked by tests")));
    match locale {
        Locale::Es => es,
        Locale::Fr => fr,
        _ => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_agenda() {
        let en = agenda_template(Locale::En);
        assert!((17..=21).contains(&en.sessions.len()), "about nineteen sessions");
        for locale in [Locale::Es, Locale::Fr] {
            let other = agenda_template(locale);
            let shape = |t: &AgendaTemplate| t.sessions.iter().map(|s| (s.key.clone(), s.day, s.minutes, s.module)).collect::<Vec<_>>();
            assert_eq!(shape(en), shape(other), "{locale:?}");
            assert_ne!(en.sessions[0].title, other.sessions[0].title, "{locale:?} is translated");
        }
        assert!(en.sessions.iter().any(|s| s.module == Module::Protocol));
    }
}
