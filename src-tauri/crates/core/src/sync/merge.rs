//! Applying another laptop's writes: every field is its own last-writer-wins register. A
//! write carries its clock (time, installation, place in that installation's log); a field
//! takes the write with the highest clock, whatever order the files arrive in, so every
//! laptop ends with the same rows. A value that loses to a concurrent write is kept in the
//! conflict list, and a record removed on one laptop while changed on another goes there for
//! review (it stays removed, with the other laptop's changes inside, until someone says).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use crate::store::clocks::{Clock, ClockWrites, META, OpenConflicts, can_conflict, clocks_of_row, sql_time, written};
use crate::store::{Entity, rows};
use crate::ids::ConflictId;

/// One write of one row, as a change file carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Entry {
    /// The table.
    pub entity: String,
    /// The row's id.
    pub id: String,
    /// The row as the writer saw it before (`None` for a new row).
    pub before: Option<Map<String, Json>>,
    /// The row after the write.
    pub after: Map<String, Json>,
    /// The write's clock.
    pub clock: Clock,
}

/// Which value a conflict kept in the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Kept {
    /// The value this laptop had.
    Mine,
    /// The value from the other laptop.
    Theirs,
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// Both laptops changed the same field.
    Field,
    /// One laptop removed the record while the other changed it.
    Removed,
}

impl ConflictKind {
    fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Field => "field",
            ConflictKind::Removed => "removed",
        }
    }
}

struct Found<'a> {
    entity: Entity,
    id: &'a str,
    field: &'a str,
    kind: ConflictKind,
    mine: Json,
    theirs: &'a Json,
    kept: Kept,
    mine_clock: Option<Clock>,
    theirs_clock: &'a Clock,
}

fn log_conflict(db: &Connection, found: Found<'_>, now: DateTime<Utc>) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO sync_conflict (id, entity, record_id, field, kind, mine, theirs, kept, mine_at, mine_by,
             theirs_at, theirs_by, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            ConflictId::new().to_string(),
            found.entity.table(),
            found.id,
            found.field,
            found.kind.as_str(),
            found.mine.to_string(),
            found.theirs.to_string(),
            match found.kept {
                Kept::Mine => "mine",
                Kept::Theirs => "theirs",
            },
            found.mine_clock.as_ref().map(|c| c.at),
            found.mine_clock.as_ref().map(|c| c.device.clone()),
            found.theirs_clock.at,
            found.theirs_clock.device,
            now,
        ],
    )?;
    Ok(())
}

/// What applying one write did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Applied {
    /// Fields that took the other laptop's value.
    pub fields: usize,
    /// Conflicts found.
    pub conflicts: usize,
}

fn is_removed(row: &Map<String, Json>) -> bool {
    row.get("deleted_at").is_some_and(|d| !d.is_null())
}

/// The write as a change file of format [`super::file::PACKED`] carries it: only the fields
/// it changed, before and after (and the row's removal before, which [`apply`] weighs), so
/// [`apply`] does with it exactly what it does with the whole rows. Whole rows stay where
/// [`apply`] may need more: a new row (created from it), a removal (its review compares the
/// whole row before with the receiving laptop's), an entry without a row after, and a row
/// this laptop did not create (`own_row`), which a laptop that has not yet applied its
/// creator's file takes whole from this write.
pub(crate) fn lean(entry: Entry, own_row: bool) -> Entry {
    let Some(before) = &entry.before else { return entry };
    if !own_row || entry.after.is_empty() {
        return entry;
    }
    let changed: Vec<String> = written(Some(before), &entry.after).map(|(field, _)| field.clone()).collect();
    let keep = |row: &Map<String, Json>, extra: Option<&str>| -> Map<String, Json> {
        let mut out = Map::new();
        for field in std::iter::once("id").chain(changed.iter().map(String::as_str)).chain(extra) {
            out.insert(field.to_owned(), row.get(field).cloned().unwrap_or(Json::Null));
        }
        out
    };
    let removing = is_removed(&entry.after) && !is_removed(before);
    let lean_before = if removing {
        before.clone()
    } else {
        keep(before, before.contains_key("deleted_at").then_some("deleted_at"))
    };
    Entry { after: keep(&entry.after, None), before: Some(lean_before), ..entry }
}

fn edits<'a>(row: &'a Map<String, Json>, base: Option<&'a Map<String, Json>>) -> impl Iterator<Item = (&'a String, &'a Json)> + 'a {
    written(base, row).filter(|(field, _)| !META.contains(&field.as_str()))
}

/// Applies one write from another laptop, field by field. Never records in the change log:
/// these writes are not this laptop's edits (and would otherwise echo back).
pub(crate) fn apply(db: &Connection, entity: Entity, entry: &Entry, now: DateTime<Utc>) -> rusqlite::Result<Applied> {
    let mut applied = Applied::default();
    let base = entry.before.as_ref();
    let theirs = &entry.after;
    let at = sql_time(&entry.clock.at);
    // Every field's clock is written at once, after the fields are weighed.
    let mut clocks = ClockWrites::new(entity, &entry.id, &entry.clock, &at);
    let mine = match rows::snapshot(db, entity, &entry.id)? {
        Some(Json::Object(row)) => row,
        _ => {
            // A row this laptop never had: take it whole.
            rows::restore(db, entity, theirs)?;
            for (field, value) in written(base, theirs) {
                let was = base.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
                clocks.push(field, was);
                applied.fields += usize::from(!value.is_null());
            }
            clocks.write(db)?;
            return Ok(applied);
        }
    };
    // The row's clocks, read once (a field's clock is only written after all are weighed).
    let stored_clocks = clocks_of_row(db, entity, &entry.id)?;
    let clock_of = |field: &str| stored_clocks.iter().find(|c| c.field == field);

    // Removed on one side while changed on the other: the removal stands (so every laptop
    // agrees), the changes are kept inside, and a person reviews it.
    let removed_there = is_removed(theirs) && !base.is_some_and(is_removed) && edits(&mine, base).next().is_some();
    let removed_here = is_removed(&mine) && !base.is_some_and(is_removed) && edits(theirs, base).next().is_some();
    if removed_there || removed_here {
        let null = Json::Null;
        let removal = theirs.get("deleted_at").unwrap_or(&null);
        log_conflict(
            db,
            Found {
                entity,
                id: &entry.id,
                field: "deleted_at",
                kind: ConflictKind::Removed,
                mine: mine.get("deleted_at").cloned().unwrap_or(Json::Null),
                theirs: removal,
                kept: if removed_there { Kept::Theirs } else { Kept::Mine },
                mine_clock: clock_of("deleted_at").map(|c| c.clock.clone()),
                theirs_clock: &entry.clock,
            },
            now,
        )?;
        applied.conflicts += 1;
    }

    let mut changes = Vec::new();
    let mut open = OpenConflicts::unread();
    for (field, value) in written(base, theirs) {
        let current = mine.get(field).unwrap_or(&Json::Null);
        let stored = clock_of(field);
        let theirs_wins = stored.is_none_or(|s| entry.clock > s.clock);
        let base_value = base.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
        // Mine is a concurrent write if it is not what their write replaced; theirs, if the
        // winning write had not already seen it.
        let lost = if theirs_wins {
            (current != value && current != base_value).then_some(Kept::Theirs)
        } else {
            let superseded = stored.and_then(|s| s.was.as_deref()).and_then(|w| serde_json::from_str::<Json>(w).ok()).as_ref() == Some(value);
            (current != value && !superseded).then_some(Kept::Mine)
        };
        if let Some(kept) = lost.filter(|_| !META.contains(&field.as_str())) {
            log_conflict(
                db,
                Found {
                    entity,
                    id: &entry.id,
                    field,
                    kind: ConflictKind::Field,
                    mine: current.clone(),
                    theirs: value,
                    kept,
                    mine_clock: stored.map(|s| s.clock.clone()),
                    theirs_clock: &entry.clock,
                },
                now,
            )?;
            applied.conflicts += 1;
        }
        if theirs_wins {
            clocks.push(field, base_value);
            if can_conflict(field) {
                open.settle(db, entity, &entry.id, field, &entry.clock)?;
            }
            if current != value {
                changes.push((field, value));
                applied.fields += 1;
            }
        }
    }
    clocks.write(db)?;
    // Only what changed is written: the row exists, and the rest of it is already as read.
    if !changes.is_empty() {
        rows::update(db, entity, &entry.id, &changes)?;
    }
    Ok(applied)
}
