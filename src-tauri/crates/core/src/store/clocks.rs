//! The per-field sync clocks: every field of every row remembers which write set it (time,
//! installation, place in its log). Each local write stamps the fields it changed here;
//! sync's merge compares clocks to pick the newest write of a field on every laptop.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use super::entity::Entity;

/// When a field was written and by whom: ordered by time, then installation, then place in
/// that installation's log, so two laptops never disagree about which write is newer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) struct Clock {
    /// When.
    pub at: DateTime<Utc>,
    /// The installation (or laptop) that wrote.
    pub device: String,
    /// Its place in that installation's log.
    pub seq: i64,
}

/// Columns that say when and by whom, not what: they follow the writes, they are not edits a
/// person could disagree about.
pub(crate) const META: [&str; 5] = ["id", "created_at", "updated_at", "updated_by", "deleted_at"];

/// Whether a field's values can be in conflict: what people edit, and the removal itself.
pub(crate) fn can_conflict(field: &str) -> bool {
    !META.contains(&field) || field == "deleted_at"
}

/// The fields a write changed: those whose value differs from the row before (for a new
/// row, every field that is not empty).
pub(crate) fn written<'a>(
    before: Option<&'a Map<String, Json>>,
    after: &'a Map<String, Json>,
) -> impl Iterator<Item = (&'a String, &'a Json)> + 'a {
    after.iter().filter(move |(field, value)| {
        field.as_str() != "id" && before.and_then(|b| b.get(*field)).unwrap_or(&Json::Null) != *value
    })
}

pub(crate) fn clock_of(db: &Connection, entity: Entity, id: &str, field: &str) -> rusqlite::Result<Option<(Clock, Option<Json>)>> {
    db.prepare_cached("SELECT at, device, seq, was FROM sync_clock WHERE entity = ?1 AND record_id = ?2 AND field = ?3")?
        .query_row(params![entity.table(), id, field], |r| {
            let was: Option<String> = r.get(3)?;
            Ok((Clock { at: r.get(0)?, device: r.get(1)?, seq: r.get(2)? }, was.and_then(|w| serde_json::from_str(&w).ok())))
        })
        .optional()
}

/// A clock's time as the `at` column holds it: what rusqlite writes for a `DateTime<Utc>`.
/// Formatted once per write and passed to [`set_clock`] for each field it stamps: formatting
/// a time again for every field was a good part of what applying a change file cost.
pub(crate) fn sql_time(at: &DateTime<Utc>) -> String {
    at.format("%F %T%.f%:z").to_string()
}

/// Stamps `field` with `clock`, whose time `at` is [`sql_time`] of `clock.at`.
pub(crate) fn set_clock(db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock, at: &str, was: &Json) -> rusqlite::Result<()> {
    debug_assert_eq!(at, sql_time(&clock.at));
    db.prepare_cached(
        "INSERT INTO sync_clock (entity, record_id, field, at, device, seq, was) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (entity, record_id, field) DO UPDATE SET at = excluded.at, device = excluded.device,
             seq = excluded.seq, was = excluded.was",
    )?
    .execute(params![entity.table(), id, field, at, clock.device, clock.seq, was.to_string()])?;
    Ok(())
}

/// A newer write of a field settles what was in conflict on it: someone chose (or wrote over).
pub(crate) fn settle_older(db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock) -> rusqlite::Result<()> {
    let mut stmt = db.prepare_cached(
        "SELECT id, theirs_at, theirs_by, mine_at, mine_by FROM sync_conflict
         WHERE entity = ?1 AND record_id = ?2 AND field = ?3 AND settled_at IS NULL",
    )?;
    let open: Vec<(String, DateTime<Utc>, Option<DateTime<Utc>>)> = stmt
        .query_map(params![entity.table(), id, field], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (conflict, theirs_at, mine_at) in open {
        if clock.at > theirs_at && mine_at.is_none_or(|m| clock.at > m) {
            db.execute("UPDATE sync_conflict SET settled_at = ?2 WHERE id = ?1", params![conflict, clock.at])?;
        }
    }
    Ok(())
}

/// Records this laptop's own write: every changed field takes the write's clock.
pub(crate) fn note_local_write(
    db: &Connection,
    entity: Entity,
    id: &str,
    before: Option<&Map<String, Json>>,
    after: &Map<String, Json>,
    clock: &Clock,
) -> rusqlite::Result<()> {
    let at = sql_time(&clock.at);
    for (field, _) in written(before, after) {
        let was = before.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
        set_clock(db, entity, id, field, clock, &at, was)?;
        if can_conflict(field) {
            settle_older(db, entity, id, field, clock)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_is_stored_as_rusqlite_stores_a_time() {
        let db = Connection::open_in_memory().unwrap();
        let at: DateTime<Utc> = "2026-12-07T03:59:01.123456789Z".parse().unwrap();
        let stored: String = db.query_row("SELECT ?1", [at], |r| r.get(0)).unwrap();
        assert_eq!(sql_time(&at), stored);
        let whole: DateTime<Utc> = "2026-12-07T03:59:01Z".parse().unwrap();
        assert_eq!(sql_time(&whole), db.query_row::<String, _, _>("SELECT ?1", [whole], |r| r.get(0)).unwrap());
    }
}
