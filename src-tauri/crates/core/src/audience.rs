//! One naming rule for everything people read away from the facilitator's screen: the
//! projector and every print (workshop report, session handouts, protocol, pocket cards, risk
//! register). People appear by pseudonym and a real name typed into any text is masked
//! ([`mask_real_names`]); a print may carry real names only when the person explicitly asks
//! for them, and the screen that asks warns first. Restricted records are left out by each
//! print itself, whatever the naming.
//!
//! What this module leaves out on purpose: escalation packages and letters, whose audiences
//! (a desk, an authority, the public) have their own consent rules in `escalation/`.

use serde::{Deserialize, Serialize};

use crate::ids::PersonId;
use crate::names::mask_real_names;
use crate::person::Person;

/// Which names a print carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum PrintNames {
    /// As on the projector: pseudonyms, real names masked wherever they were typed.
    #[default]
    Pseudonyms,
    /// Real names as written, beside the pseudonyms: only when a person chose it, for a
    /// paper that stays with the few who already know who is who.
    RealNames,
}

/// The naming rule of one audience, over the people of the vault.
#[derive(Debug, Clone, Copy)]
pub struct Naming<'a> {
    people: &'a [Person],
    names: PrintNames,
}

impl<'a> Naming<'a> {
    /// What the room sees on the projector: never a real name.
    pub fn projector(people: &'a [Person]) -> Self {
        Naming { people, names: PrintNames::Pseudonyms }
    }

    /// What a print carries: the projector's rule unless `names` asks for real names.
    pub fn print(people: &'a [Person], names: PrintNames) -> Self {
        Naming { people, names }
    }

    /// `text` as this audience may read it.
    pub fn text(&self, text: &str) -> String {
        match self.names {
            PrintNames::Pseudonyms => mask_real_names(text, self.people),
            PrintNames::RealNames => text.to_owned(),
        }
    }

    /// How a person is named: the pseudonym, or "Ceiba (María Xol)" with real names.
    pub fn person(&self, person: &Person) -> String {
        match (self.names, person.real_name.as_deref().filter(|r| !r.trim().is_empty())) {
            (PrintNames::RealNames, Some(real)) => format!("{} ({real})", person.pseudonym),
            _ => person.pseudonym.clone(),
        }
    }

    /// How the person with `id` is named, if they are still in the vault.
    pub fn person_by_id(&self, id: PersonId) -> Option<String> {
        self.people.iter().find(|p| p.id == id).map(|p| self.person(p))
    }

    /// Applies the rule to every text of `value` in place.
    pub fn apply<T: Named + ?Sized>(&self, value: &mut T) {
        value.name_with(self);
    }
}

/// A value whose free texts may name someone. Every text field of a record that reaches a
/// print is listed here, in one place, so a reviewer can check that none is forgotten.
pub trait Named {
    /// Rewrites every free text with `naming`'s rule.
    fn name_with(&mut self, naming: &Naming<'_>);
}

impl Named for String {
    fn name_with(&mut self, naming: &Naming<'_>) {
        *self = naming.text(self);
    }
}

impl<T: Named> Named for Vec<T> {
    fn name_with(&mut self, naming: &Naming<'_>) {
        self.iter_mut().for_each(|v| v.name_with(naming));
    }
}

impl<T: Named> Named for Option<T> {
    fn name_with(&mut self, naming: &Naming<'_>) {
        if let Some(v) = self {
            v.name_with(naming);
        }
    }
}

/// `impl Named` that rewrites the listed fields.
macro_rules! named_fields {
    ($($ty:ty => $($field:ident),+;)+) => {$(
        impl Named for $ty {
            fn name_with(&mut self, naming: &$crate::audience::Naming<'_>) {
                $(self.$field.name_with(naming);)+
            }
        }
    )+};
}
pub(crate) use named_fields;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sensitivity::Sensitivity;

    fn person(pseudonym: &str, real: Option<&str>) -> Person {
        Person {
            id: Default::default(),
            pseudonym: pseudonym.into(),
            real_name: real.map(Into::into),
            role: String::new(),
            tags: vec![],
            household: String::new(),
            sector: String::new(),
            notes: String::new(),
            sensitivity: Sensitivity::Community,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn the_projector_and_a_default_print_mask_alike_and_real_names_are_only_on_request() {
        let people = [person("Ceiba", Some("María Xol")), person("Garza", None)];
        let text = "María Xol calls Garza";
        let projector = Naming::projector(&people);
        let print = Naming::print(&people, PrintNames::default());
        assert_eq!(projector.text(text), "Ceiba calls Garza");
        assert_eq!(print.text(text), projector.text(text), "one rule for the projector and prints");
        assert_eq!(print.person(&people[0]), "Ceiba");
        let chosen = Naming::print(&people, PrintNames::RealNames);
        assert_eq!(chosen.text(text), text);
        assert_eq!(chosen.person(&people[0]), "Ceiba (María Xol)", "the pseudonym stays, so the paper matches the screen");
        assert_eq!(chosen.person(&people[1]), "Garza", "no real name recorded");
    }
}
