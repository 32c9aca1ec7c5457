//! The community's groups (women, men, youth, elders, and its own) and who belongs to them,
//! read from people's profile tags: what inclusion, the risk carried per group and the
//! decision form all count by.

use crate::person::Person;

/// The groups the decision form always asks about.
pub const USUAL_GROUPS: [&str; 4] = ["women", "men", "youth", "elders"];

/// Whether a person's profile tags put them in `group`: the tag is the group's word, or
/// starts with it (`women-defender` is in `women`).
pub fn in_group(person: &Person, group: &str) -> bool {
    person.tags.iter().any(|tag| tag_in_group(tag, group))
}

/// Whether one profile tag puts a person in `group` (see [`in_group`]).
pub(crate) fn tag_in_group(tag: &str, group: &str) -> bool {
    let group = stem(group);
    !group.is_empty() && (stem(tag) == group || tag.split(['-', ' ']).next().is_some_and(|first| stem(first) == group))
}

/// The word a group or tag is compared by: lower case, a plural `s` dropped (`elders` is
/// the group of people tagged `elder`).
pub(crate) fn stem(word: &str) -> String {
    let word = word.trim().to_lowercase();
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn groups_and_tags_compare_without_case_or_plural() {
        assert_eq!(stem("Elders"), "elder");
        assert_eq!(stem("youth"), "youth");
        assert_eq!(stem("s"), "s");
    }
}
