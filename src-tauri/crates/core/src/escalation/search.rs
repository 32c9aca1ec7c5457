//! Searching a desk's received cases: every word typed must begin a word somewhere in the case
//! (its title, community, summaries, region by code or name, working group, categories, incidents, people as
//! received, actions and outcomes), whatever the case and accents: "cob det" finds "Detención
//! en Cobán".

use super::ReceivedCase;
use crate::names::folded_words;

/// Whether `case` holds every word of `query` (an empty query matches every case).
pub fn matches(case: &ReceivedCase, query: &str) -> bool {
    let wanted = folded_words(query);
    if wanted.is_empty() {
        return true;
    }
    let c = &case.content;
    // A region by its code and its name in every language ("santa rosa" finds `GT-06`).
    let regions: Vec<String> = [&c.region, &case.region].into_iter().flat_map(|r| super::regions::searchable(r)).collect();
    let mut text: Vec<&str> = vec![&c.title, &c.collective, &c.summary, &c.public_summary, &case.working_group];
    text.extend(regions.iter().map(String::as_str));
    text.extend(case.categories.iter().map(String::as_str));
    for i in &c.incidents {
        text.extend([i.title.as_str(), i.place.as_str(), i.description.as_str(), i.perpetrator.as_str(), i.reported_to.as_str()]);
    }
    for p in &c.people {
        text.extend(p.pseudonym.as_deref());
        text.extend(p.real_name.as_deref());
        text.push(&p.role);
    }
    for a in &case.actions {
        text.extend([a.title.as_str(), a.text.as_str()]);
    }
    text.extend(case.outcomes.iter().map(|o| o.note.as_str()));
    let found: Vec<String> = text.iter().flat_map(|t| folded_words(t)).collect();
    wanted.iter().all(|w| found.iter().any(|f| f.starts_with(w.as_str())))
}
