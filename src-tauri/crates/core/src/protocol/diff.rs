//! The difference between two states of the protocol (two frozen versions, or a version and
//! the current draft): which parts were added, removed, changed or moved, and, inside a
//! changed part, which words. Word-level so a reader on a projector sees the exact change.

use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag, DiffOp, TextDiff, capture_diff_slices};

use super::{PrincipleEntry, ProtocolDocument};

/// Which part of the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// A section.
    Section,
    /// A principle (its wording and whether it is adopted).
    Principle,
    /// An alert level.
    Level,
}

/// What happened to a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PartChange {
    /// New in the later state.
    Added,
    /// Gone from the later state.
    Removed,
    /// Its text changed.
    Changed,
    /// Same text, another place in the order.
    Moved,
    /// Its text changed and it moved.
    ChangedAndMoved,
}

/// A run of words the same, added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SpanKind {
    /// In both.
    Same,
    /// Only in the later state.
    Added,
    /// Only in the earlier state.
    Removed,
}

/// A run of text of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// Same, added or removed.
    pub kind: SpanKind,
    /// The words, with their spaces and line breaks.
    pub text: String,
}

/// One part that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PartDiff {
    /// Section, principle or level.
    pub part: Part,
    /// Its id.
    pub id: String,
    /// Its title in the later state (the earlier one if removed).
    pub title: String,
    /// What happened.
    pub change: PartChange,
    /// Its whole text, word by word (title first, then body).
    pub spans: Vec<Span>,
    /// What it was marked before, when that changed: a principle's status
    /// (`proposed`, `adopted`…), a section's sensitivity, `alert-chain` for a level.
    pub mark_before: Option<String>,
    /// What it is marked now, when that changed.
    pub mark_after: Option<String>,
}

/// Everything that differs, in the later state's reading order (removed parts where they
/// were), and how many parts did not change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolDiff {
    /// The parts that differ.
    pub parts: Vec<PartDiff>,
    /// How many parts are the same.
    #[ts(type = "number")]
    pub unchanged: usize,
}

impl ProtocolDiff {
    /// Whether the two states are the same.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
}

/// One comparable item: id, title, full text.
struct Item {
    id: String,
    title: String,
    text: String,
    /// What is not words: status, sensitivity, whether it starts the alert chain.
    mark: String,
}

fn sections(doc: &ProtocolDocument) -> Vec<Item> {
    doc.sections
        .iter()
        .map(|s| Item {
            id: s.id.to_string(),
            title: s.title.clone(),
            text: format!("{}\n{}", s.title, s.body),
            // Who may see it is part of what was agreed.
            mark: s.sensitivity.as_str().to_owned(),
        })
        .collect()
}

fn principles(doc: &ProtocolDocument) -> Vec<Item> {
    doc.principles
        .iter()
        .map(|PrincipleEntry { principle: p, status }| Item {
            id: p.id.to_string(),
            title: p.title.clone(),
            text: format!("{}\n{}", p.title, p.text),
            mark: status.as_str().to_owned(),
        })
        .collect()
}

fn levels(doc: &ProtocolDocument) -> Vec<Item> {
    doc.levels
        .iter()
        .map(|l| Item {
            id: l.id.to_string(),
            title: l.name.clone(),
            text: format!("{}\n{}\n{}", l.name, l.triggers, l.actions),
            mark: if l.alert_chain { "alert-chain".to_owned() } else { String::new() },
        })
        .collect()
}

/// The word runs from `old` to `new`, neighbouring runs of one kind merged.
pub fn word_spans(old: &str, new: &str) -> Vec<Span> {
    let diff = TextDiff::configure().algorithm(Algorithm::Patience).diff_words(old, new);
    let mut spans: Vec<Span> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SpanKind::Same,
            ChangeTag::Insert => SpanKind::Added,
            ChangeTag::Delete => SpanKind::Removed,
        };
        match spans.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => spans.push(Span { kind, text: change.value().to_owned() }),
        }
    }
    spans
}

fn diff_items(part: Part, old: Vec<Item>, new: Vec<Item>, out: &mut ProtocolDiff) {
    let old_ids: Vec<&str> = old.iter().map(|i| i.id.as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|i| i.id.as_str()).collect();
    // Items present in both but outside the longest common order have moved.
    let mut in_order = std::collections::HashSet::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_ids, &new_ids) {
        if let DiffOp::Equal { new_index, len, .. } = op {
            in_order.extend(new_ids[new_index..new_index + len].iter().copied());
        }
    }
    let whole = |kind: SpanKind, text: &str| vec![Span { kind, text: text.to_owned() }];
    let mut removed: Vec<(usize, PartDiff)> = old
        .iter()
        .enumerate()
        .filter(|(_, o)| !new_ids.contains(&o.id.as_str()))
        .map(|(i, o)| {
            let spans = whole(SpanKind::Removed, &o.text);
            (i, PartDiff { part, id: o.id.clone(), title: o.title.clone(), change: PartChange::Removed, spans, mark_before: None, mark_after: None })
        })
        .collect();
    for item in &new {
        // Removed parts go in before the first later part that came after them.
        let old_index = old.iter().position(|o| o.id == item.id);
        if let Some(at) = old_index {
            while removed.first().is_some_and(|(i, _)| *i < at) {
                out.parts.push(removed.remove(0).1);
            }
        }
        let change = match old_index.map(|i| &old[i]) {
            None => Some((PartChange::Added, whole(SpanKind::Added, &item.text))),
            Some(before) => {
                let moved = !in_order.contains(item.id.as_str());
                match (before.text != item.text || before.mark != item.mark, moved) {
                    (true, false) => Some((PartChange::Changed, word_spans(&before.text, &item.text))),
                    (true, true) => Some((PartChange::ChangedAndMoved, word_spans(&before.text, &item.text))),
                    (false, true) => Some((PartChange::Moved, whole(SpanKind::Same, &item.text))),
                    (false, false) => None,
                }
            }
        };
        let marks = old_index.map(|i| &old[i].mark).filter(|m| **m != item.mark).map(|m| (m.clone(), item.mark.clone()));
        match change {
            Some((change, spans)) => out.parts.push(PartDiff {
                part,
                id: item.id.clone(),
                title: item.title.clone(),
                change,
                spans,
                mark_before: marks.as_ref().map(|(b, _)| b.clone()),
                mark_after: marks.map(|(_, a)| a),
            }),
            None => out.unchanged += 1,
        }
    }
    out.parts.extend(removed.into_iter().map(|(_, d)| d));
}

/// What changed from `old` to `new`.
pub fn diff(old: &ProtocolDocument, new: &ProtocolDocument) -> ProtocolDiff {
    let mut out = ProtocolDiff { parts: Vec::new(), unchanged: 0 };
    diff_items(Part::Principle, principles(old), principles(new), &mut out);
    diff_items(Part::Section, sections(old), sections(new), &mut out);
    diff_items(Part::Level, levels(old), levels(new), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_spans_mark_only_the_changed_words() {
        let spans = word_spans("we decide in assembly", "we decide together in assembly");
        assert_eq!(spans.iter().filter(|s| s.kind == SpanKind::Added).map(|s| s.text.trim()).collect::<Vec<_>>(), ["together"]);
        assert!(spans.iter().all(|s| s.kind != SpanKind::Removed));
        let joined: String = spans.iter().filter(|s| s.kind != SpanKind::Removed).map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "we decide together in assembly");
    }
}
