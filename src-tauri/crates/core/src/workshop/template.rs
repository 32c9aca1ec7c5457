//! The workshop agenda template, from `assets/templates/workshop/<language>.json`: the two-day
//! flow of DOMAIN.md as about nineteen short sessions, each with a goal, a time box, materials
//! and the part of Tejido it fills, and the facilitation notes the facilitation team reads while
//! it runs (never projected, never handed out).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use super::{AgendaItem, ItemStatus, Module};
use crate::ids::{AgendaItemId, WorkshopId};

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
    /// How the facilitation team runs it.
    pub facilitation: Facilitation,
}

impl TemplateItem {
    /// The session as a workshop's agenda item, planned, at `position` in `workshop`.
    pub fn planned(&self, workshop: WorkshopId, position: f64) -> AgendaItem {
        AgendaItem {
            id: AgendaItemId::new(),
            workshop,
            position,
            key: self.key.clone(),
            day: self.day,
            title: self.title.clone(),
            goal: self.goal.clone(),
            minutes: self.minutes,
            materials: self.materials.clone(),
            module: self.module,
            status: ItemStatus::Planned,
            started_at: None,
            finished_at: None,
            outcomes: String::new(),
        }
    }
}

/// How to run a session, for the facilitation team only: drawn from the protection manuals in
/// REFERENCES.md. It is guidance that ships with the app, not the collective's data, so it is
/// never stored in a vault: a workshop's items find it by their key (see [`guide_for`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Facilitation {
    /// What the facilitators do, in order.
    pub steps: Vec<String>,
    /// Questions to ask the group.
    pub questions: Vec<String>,
    /// How to look after people who may relive violence or fear in this session.
    pub care: String,
    /// The manual it is drawn from.
    pub source: String,
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

/// The language a workshop's agenda was created in: the template whose sessions its items
/// still match (by key, with the same title or goal). Workshops store no language, and adding
/// one would need a migration and leave older workshops without it; the agenda text copied from
/// the template already says which language it is in. `None` if every session was rewritten or
/// added by hand.
pub fn agenda_language<'a>(items: impl IntoIterator<Item = &'a AgendaItem> + Clone) -> Option<Locale> {
    let matches = |locale: Locale| {
        let template = agenda_template(locale);
        items
            .clone()
            .into_iter()
            .filter(|item| {
                template.sessions.iter().any(|t| t.key == item.key && (t.title == item.title || t.goal == item.goal))
            })
            .count()
    };
    let (best, count) = Locale::ALL.into_iter().map(|l| (l, matches(l))).max_by_key(|&(_, n)| n)?;
    (count > 0).then_some(best)
}

/// The facilitation notes for a session started from the template's `key`, in `locale`; none for
/// a session added by hand.
pub fn guide_for(key: &str, locale: Locale) -> Option<&'static Facilitation> {
    agenda_template(locale).sessions.iter().find(|t| t.key == key).map(|t| &t.facilitation)
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

    #[test]
    fn every_session_has_facilitation_notes_of_the_same_shape_in_every_language() {
        let en = agenda_template(Locale::En);
        let shape = |t: &AgendaTemplate| {
            t.sessions.iter().map(|s| (s.key.clone(), s.facilitation.steps.len(), s.facilitation.questions.len())).collect::<Vec<_>>()
        };
        for locale in Locale::ALL {
            let template = agenda_template(locale);
            assert_eq!(shape(en), shape(template), "{locale:?} has as many steps and questions per session as English");
            for s in &template.sessions {
                let f = &s.facilitation;
                assert!((3..=6).contains(&f.steps.len()), "{locale:?} {}: 3 to 6 steps", s.key);
                assert!((2..=5).contains(&f.questions.len()), "{locale:?} {}: 2 to 5 questions", s.key);
                let blank = |t: &String| t.trim().is_empty();
                assert!(!f.steps.iter().any(blank) && !f.questions.iter().any(blank), "{locale:?} {}: no blank line", s.key);
                assert!(!blank(&f.care) && !blank(&f.source), "{locale:?} {}: a care note and a source", s.key);
                assert!(f.questions.iter().all(|q| q.trim_end().ends_with('?')), "{locale:?} {}: questions are questions", s.key);
            }
            if locale != Locale::En {
                let translated = template.sessions.iter().zip(&en.sessions).all(|(s, e)| s.facilitation.care != e.facilitation.care);
                assert!(translated, "{locale:?}: every care note is translated");
            }
        }
        // The sessions where people may relive violence carry the longest care notes.
        let care = |key: &str| en.sessions.iter().find(|s| s.key == key).unwrap().facilitation.care.len();
        let most = en.sessions.iter().map(|s| s.facilitation.care.len()).max().unwrap();
        assert_eq!(care("incidents"), most);
        assert!(care("threat-assessment") > care("welcome"));
    }

    #[test]
    fn the_agenda_says_its_own_language_even_after_a_few_edits() {
        let item = |t: &TemplateItem| t.planned(Default::default(), 1.0);
        for locale in Locale::ALL {
            let mut items: Vec<AgendaItem> = agenda_template(locale).sessions.iter().map(item).collect();
            items[0].title = "Our own title".into();
            items[0].goal = "Our own goal".into();
            assert_eq!(agenda_language(&items), Some(locale));
        }
        let mut by_hand = item(&agenda_template(Locale::Es).sessions[0]);
        (by_hand.title, by_hand.goal) = ("Bienvenida".into(), "Otra cosa".into());
        assert_eq!(agenda_language(&[by_hand]), None, "nothing left of the template");
        assert_eq!(guide_for("", Locale::En), None, "a session added by hand has no notes");
    }
}
