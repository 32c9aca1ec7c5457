//! The per-field sync clocks: every field of every row remembers which write set it (time,
//! installation, place in its log). Each local write stamps the fields it changed here;
//! sync's merge compares clocks to pick the newest write of a field on every laptop.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
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

/// A clock's time as the `at` column holds it: what rusqlite writes for a `DateTime<Utc>`.
/// Formatted once per write and shared by every field it stamps ([`ClockWrites`]): formatting
/// a time again for every field was a good part of what applying a change file cost.
pub(crate) fn sql_time(at: &DateTime<Utc>) -> String {
    at.format("%F %T%.f%:z").to_string()
}

/// A field's clock as stored, with the value the write replaced (as stored: JSON text,
/// parsed only by the one reader that needs it).
pub(crate) struct StoredClock {
    pub field: String,
    pub clock: Clock,
    pub was: Option<String>,
}

/// The clocks of one row, one query per row instead of one per field. The fields of a row
/// written by one write share its time: the text is parsed once per distinct time, not once
/// per field (parsing every field's time was a third of what reading the clocks cost).
pub(crate) fn clocks_of_row(db: &Connection, entity: Entity, id: &str) -> rusqlite::Result<Vec<StoredClock>> {
    let mut stmt = db.prepare_cached("SELECT field, at, device, seq, was FROM sync_clock WHERE entity = ?1 AND record_id = ?2")?;
    let mut rows = stmt.query(params![entity.table(), id])?;
    let mut out = Vec::new();
    let mut last: Option<(String, DateTime<Utc>)> = None;
    while let Some(r) = rows.next()? {
        let text = r.get_ref(1)?.as_str().ok();
        let at = match (&last, text) {
            (Some((seen, at)), Some(text)) if seen == text => *at,
            _ => {
                let at: DateTime<Utc> = r.get(1)?;
                last = text.map(|t| (t.to_owned(), at));
                at
            }
        };
        out.push(StoredClock { field: r.get(0)?, clock: Clock { at, device: r.get(2)?, seq: r.get(3)? }, was: r.get(4)? });
    }
    Ok(out)
}

/// The upsert of `n` clocks of one write, as one statement: `?1` entity, `?2` row, `?3`–`?5`
/// the clock, then each field and the value it replaced.
fn clocks_upsert_sql(n: usize) -> String {
    let rows = (0..n).map(|i| format!("(?1, ?2, ?{}, ?3, ?4, ?5, ?{})", 6 + 2 * i, 7 + 2 * i)).collect::<Vec<_>>().join(", ");
    format!(
        "INSERT INTO sync_clock (entity, record_id, field, at, device, seq, was) VALUES {rows}
         ON CONFLICT (entity, record_id, field) DO UPDATE SET at = excluded.at, device = excluded.device,
             seq = excluded.seq, was = excluded.was"
    )
}

/// At most this many clocks per statement: a row has fewer fields than this, and the
/// statements for 1..=this many are built once.
const CLOCKS_PER_STATEMENT: usize = 24;

/// The clocks one write stamps, gathered so they reach the database in one statement:
/// applying a change file writes several fields of a thousand rows, and a statement per
/// field (bound, stepped, traced, reset) was a good part of what applying cost. Rows in one
/// `VALUES` list: measured 25% cheaper than a statement per field, where handing SQLite the
/// list as JSON (`json_each`) was 20% dearer.
pub(crate) struct ClockWrites<'a> {
    entity: Entity,
    id: &'a str,
    clock: &'a Clock,
    at: &'a str,
    /// Each field with the value it replaced, as JSON text.
    fields: Vec<(&'a str, String)>,
}

impl<'a> ClockWrites<'a> {
    /// For a write of row `id` with `clock`, whose time `at` is [`sql_time`] of `clock.at`.
    pub(crate) fn new(entity: Entity, id: &'a str, clock: &'a Clock, at: &'a str) -> Self {
        debug_assert_eq!(at, sql_time(&clock.at));
        ClockWrites { entity, id, clock, at, fields: Vec::new() }
    }

    /// Stamps `field` with the write's clock; `was` is the value the write replaced.
    pub(crate) fn push(&mut self, field: &'a str, was: &Json) {
        self.fields.push((field, was.to_string()));
    }

    /// Writes them all, exactly as one upsert per field would (a row's fields are distinct,
    /// so no two rows of one statement meet on the same key; the tests compare the two).
    pub(crate) fn write(self, db: &Connection) -> rusqlite::Result<()> {
        static SQL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let sql = SQL.get_or_init(|| (0..=CLOCKS_PER_STATEMENT).map(clocks_upsert_sql).collect());
        for chunk in self.fields.chunks(CLOCKS_PER_STATEMENT) {
            let mut stmt = db.prepare_cached(&sql[chunk.len()])?;
            stmt.raw_bind_parameter(1, self.entity.table())?;
            stmt.raw_bind_parameter(2, self.id)?;
            stmt.raw_bind_parameter(3, self.at)?;
            stmt.raw_bind_parameter(4, &self.clock.device)?;
            stmt.raw_bind_parameter(5, self.clock.seq)?;
            for (i, (field, was)) in chunk.iter().enumerate() {
                stmt.raw_bind_parameter(6 + 2 * i, field)?;
                stmt.raw_bind_parameter(7 + 2 * i, was)?;
            }
            stmt.raw_execute()?;
        }
        Ok(())
    }
}

/// A row's open conflicts, read once per row when a write may settle them: a newer write of
/// a field settles what was in conflict on it (someone chose, or wrote over).
pub(crate) struct OpenConflicts(Option<Vec<(String, String, DateTime<Utc>, Option<DateTime<Utc>>)>>);

impl OpenConflicts {
    /// Nothing read yet: a row no write of which wins never asks.
    pub(crate) fn unread() -> Self {
        OpenConflicts(None)
    }

    /// Settles `field`'s open conflicts older than `clock`, the row's conflicts read at the
    /// first field asked about.
    /// Conflicts the same write found meanwhile carry its own time, which never settles them.
    pub(crate) fn settle(&mut self, db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock) -> rusqlite::Result<()> {
        if self.0.is_none() {
            let mut stmt = db.prepare_cached(
                "SELECT id, field, theirs_at, mine_at FROM sync_conflict
                 WHERE entity = ?1 AND record_id = ?2 AND settled_at IS NULL",
            )?;
            let open = stmt.query_map(params![entity.table(), id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
            self.0 = Some(open);
        }
        for (conflict, _, theirs_at, mine_at) in self.0.iter().flatten().filter(|(_, f, _, _)| f == field) {
            if clock.at > *theirs_at && mine_at.is_none_or(|m| clock.at > m) {
                db.execute("UPDATE sync_conflict SET settled_at = ?2 WHERE id = ?1", params![conflict, clock.at])?;
            }
        }
        Ok(())
    }
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
    let mut clocks = ClockWrites::new(entity, id, clock, &at);
    let mut open = OpenConflicts::unread();
    for (field, _) in written(before, after) {
        clocks.push(field, before.and_then(|b| b.get(field)).unwrap_or(&Json::Null));
        if can_conflict(field) {
            open.settle(db, entity, id, field, clock)?;
        }
    }
    clocks.write(db)
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

    /// The reference [`ClockWrites`] is checked against: one upsert per field, as clocks were
    /// written before.
    fn set_clock(db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock, at: &str, was: &Json) -> rusqlite::Result<()> {
        debug_assert_eq!(at, sql_time(&clock.at));
        db.prepare_cached(
            "INSERT INTO sync_clock (entity, record_id, field, at, device, seq, was) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (entity, record_id, field) DO UPDATE SET at = excluded.at, device = excluded.device,
                 seq = excluded.seq, was = excluded.was",
        )?
        .execute(params![entity.table(), id, field, at, clock.device, clock.seq, was.to_string()])?;
        Ok(())
    }

    fn clock_table(db: &Connection) -> Vec<(String, String, String, String, String, i64, Option<String>)> {
        db.prepare("SELECT entity, record_id, field, at, device, seq, was FROM sync_clock ORDER BY record_id, field")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// Applying writes a row's clocks in one statement (in chunks past
    /// [`CLOCKS_PER_STATEMENT`]); what it leaves must be what a `set_clock` per field leaves,
    /// over clocks already there or not, and `clocks_of_row` reads them back.
    #[test]
    fn a_row_s_clocks_written_at_once_are_those_written_one_by_one() {
        let mut one_by_one = Connection::open_in_memory().unwrap();
        let mut at_once = Connection::open_in_memory().unwrap();
        for db in [&mut one_by_one, &mut at_once] {
            crate::store::migrations::migrations().to_latest(db).unwrap();
        }
        let fields: Vec<String> = (0..CLOCKS_PER_STATEMENT * 2 + 3).map(|i| format!("f{i:02}")).collect();
        let was = |i: usize| match i % 4 {
            0 => Json::Null,
            1 => Json::from(format!("value \"{i}\" with ' quotes")),
            2 => Json::from(i),
            _ => serde_json::json!(["a", i]),
        };
        let first = Clock { at: "2026-12-07T03:59:01.5Z".parse().unwrap(), device: "laptop-a".into(), seq: 7 };
        let second = Clock { at: "2026-12-07T04:00:00Z".parse().unwrap(), device: "laptop-b".into(), seq: 9 };
        // The second write covers some fields of the first and some new ones.
        for (clock, range) in [(&first, 0..fields.len() - 5), (&second, 10..fields.len())] {
            let at = sql_time(&clock.at);
            let mut writes = ClockWrites::new(Entity::Person, "row-1", clock, &at);
            for (i, field) in fields.iter().enumerate().filter(|(i, _)| range.contains(i)) {
                set_clock(&one_by_one, Entity::Person, "row-1", field, clock, &at, &was(i + clock.seq as usize)).unwrap();
                writes.push(field, &was(i + clock.seq as usize));
            }
            writes.write(&at_once).unwrap();
        }
        let written = clock_table(&at_once);
        assert_eq!(written.len(), fields.len());
        assert_eq!(written, clock_table(&one_by_one));

        let read = clocks_of_row(&at_once, Entity::Person, "row-1").unwrap();
        assert_eq!(read.len(), fields.len());
        for stored in &read {
            let i: usize = stored.field[1..].parse().unwrap();
            let clock = if i >= 10 { &second } else { &first };
            assert_eq!(&stored.clock, clock, "{}", stored.field);
            assert_eq!(stored.was.as_deref(), Some(was(i + clock.seq as usize).to_string().as_str()));
        }
        assert!(clocks_of_row(&at_once, Entity::Person, "row-2").unwrap().is_empty());
    }
}
