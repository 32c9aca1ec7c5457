//! What is not finished in a protocol about to be frozen or printed: principles the community
//! has not decided yet, and the template's blanks ("[date]", "[person or group]") still in the
//! text. Freezing and printing stay possible (a first version is often partial); the person is
//! told what is missing, by name, before the room agrees on it.

use serde::Serialize;

use super::{PrincipleStatus, ProtocolDocument};

/// What a protocol still lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Unfinished {
    /// Titles of the principles neither adopted, adapted nor rejected yet.
    pub undecided: Vec<String>,
    /// Blanks of the template left in the text, where they are.
    pub blanks: Vec<Blank>,
}

impl Unfinished {
    /// Whether nothing is missing.
    pub fn is_empty(&self) -> bool {
        self.undecided.is_empty() && self.blanks.is_empty()
    }
}

/// A template blank left in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Blank {
    /// The title of the section, principle or alert level it is in.
    pub place: String,
    /// The blank as written, brackets included.
    pub blank: String,
}

/// The longest blank the template uses, with room to spare; longer brackets are the
/// community's own text.
const LONGEST_BLANK: usize = 60;

/// The blanks in `text`: a bracketed phrase on one line, as the templates write them.
fn blanks_in(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices('[').filter_map(move |(start, _)| {
        let rest = &text[start + 1..];
        let end = rest.find(|c| c == ']' || c == '[' || c == '\n')?;
        (rest[end..].starts_with(']') && end > 0 && rest[..end].chars().count() <= LONGEST_BLANK).then(|| &text[start..start + end + 2])
    })
}

/// What `document` still lacks.
pub fn unfinished(document: &ProtocolDocument) -> Unfinished {
    let undecided = document.principles.iter().filter(|p| p.status == PrincipleStatus::Proposed).map(|p| p.principle.title.clone()).collect();
    let texts = document
        .sections
        .iter()
        .flat_map(|s| [(&s.title, &s.title), (&s.title, &s.body)])
        .chain(document.principles.iter().filter(|p| p.status.is_agreed()).map(|p| (&p.principle.title, &p.principle.text)))
        .chain(document.levels.iter().flat_map(|l| [(&l.name, &l.triggers), (&l.name, &l.actions)]));
    let mut blanks: Vec<Blank> = Vec::new();
    for (place, text) in texts {
        for blank in blanks_in(text) {
            let found = Blank { place: place.clone(), blank: blank.to_owned() };
            if !blanks.contains(&found) {
                blanks.push(found);
            }
        }
    }
    Unfinished { undecided, blanks }
}

#[cfg(test)]
mod tests {
    use super::blanks_in;

    #[test]
    fn finds_the_templates_blanks_and_nothing_else() {
        let text = "Convocar a [persona o grupo] antes del [fecha].\nVer [nota\nlarga] y [] y a[b]c.";
        assert_eq!(blanks_in(text).collect::<Vec<_>>(), ["[persona o grupo]", "[fecha]", "[b]"]);
        assert_eq!(blanks_in("[…]").collect::<Vec<_>>(), ["[…]"]);
        assert_eq!(blanks_in(&format!("[{}]", "x".repeat(61))).count(), 0);
        assert_eq!(blanks_in("no blanks here").count(), 0);
    }
}
