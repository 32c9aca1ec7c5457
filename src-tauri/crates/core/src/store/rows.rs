//! Whole-row snapshots as JSON, so the change log can record and restore any table the same
//! way. Table names come only from [`Entity`], never from input.

use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use serde_json::{Map, Value as Json};

use super::entity::Entity;

#[cfg(test)]
thread_local! {
    /// How many rows this thread read whole ([`snapshot`]): applying a change file reads
    /// each row it writes once.
    pub(crate) static SNAPSHOTS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The statement [`snapshot`] reads a row with; [`restore`] takes the table's columns from
/// it too, so both share one cached statement.
fn select_sql(entity: Entity) -> String {
    format!("SELECT * FROM {} WHERE id = ?1", entity.table())
}

/// The row `id` of `entity` as a JSON object, deleted or not; `None` if it never existed.
pub fn snapshot(db: &Connection, entity: Entity, id: &str) -> rusqlite::Result<Option<Json>> {
    #[cfg(test)]
    SNAPSHOTS.with(|n| n.set(n.get() + 1));
    let mut stmt = db.prepare_cached(&select_sql(entity))?;
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    stmt.query_row([id], |row| {
        let mut object = Map::new();
        for (i, name) in names.iter().enumerate() {
            object.insert(name.clone(), json_of(row.get_ref(i)?));
        }
        Ok(Json::Object(object))
    })
    .optional()
}

/// A column's value as JSON: text stays text (JSON columns are parsed by their readers);
/// blobs never hold record data, so they read as null.
pub fn json_of(value: ValueRef<'_>) -> Json {
    match value {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(n) => Json::from(n),
        ValueRef::Real(f) => Json::from(f),
        ValueRef::Text(t) => Json::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(_) => Json::Null,
    }
}

/// A JSON value as the column value it came from: flags as 0/1, lists and objects as their
/// JSON text. The inverse of [`json_of`] for everything a row holds.
pub fn sql_of(value: &Json) -> Value {
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => n.as_i64().map(Value::Integer).unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0))),
        Json::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

/// The table's columns, as the cached statement reading a row names them: nothing is run,
/// and SQLite prepares the statement again if the schema changed.
fn columns(db: &Connection, entity: Entity) -> rusqlite::Result<Vec<String>> {
    Ok(db.prepare_cached(&select_sql(entity))?.column_names().into_iter().map(str::to_owned).collect())
}

/// Sets `changes` in the row `id`, which exists: only those columns (those the table has),
/// so SQLite checks only the constraints that read them and rewrites only the indexes that
/// hold them. What [`restore`] of the whole row with these changes does, for a fraction of
/// the cost: its insert half checks every constraint (a `CHECK … IN (…)` builds a temporary
/// index each time), and applying a change file writes a thousand rows.
pub fn update(db: &Connection, entity: Entity, id: &str, changes: &[(&String, &Json)]) -> rusqlite::Result<()> {
    let known = columns(db, entity)?;
    let changes: Vec<&(&String, &Json)> = changes.iter().filter(|change| known.contains(change.0)).collect();
    if changes.is_empty() {
        return Ok(());
    }
    let sets = changes.iter().enumerate().map(|(i, (c, _))| format!("{c} = ?{}", i + 2)).collect::<Vec<_>>().join(", ");
    let sql = format!("UPDATE {} SET {sets} WHERE id = ?1", entity.table());
    let mut stmt = db.prepare_cached(&sql)?;
    stmt.raw_bind_parameter(1, id)?;
    for (i, (_, value)) in changes.iter().enumerate() {
        stmt.raw_bind_parameter(i + 2, sql_of(value))?;
    }
    stmt.raw_execute()?;
    Ok(())
}

/// Writes a snapshot back, inserting or replacing the row with its `id`. Only columns the
/// table has are written, so a snapshot from an older schema restores what it knew.
pub fn restore(db: &Connection, entity: Entity, row: &Map<String, Json>) -> rusqlite::Result<()> {
    let table = entity.table();
    let known = columns(db, entity)?;
    let columns: Vec<&String> = row.keys().filter(|k| known.contains(k)).collect();
    let placeholders = (1..=columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    let names = columns.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ");
    let updates = columns.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", ");
    let sql = format!("INSERT INTO {table} ({names}) VALUES ({placeholders}) ON CONFLICT(id) DO UPDATE SET {updates}");
    let values = columns.iter().map(|c| sql_of(&row[c.as_str()]));
    // Cached: applying a change file restores many rows of a table with the same columns.
    db.prepare_cached(&sql)?.execute(params_from_iter(values))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applying another laptop's change writes only the changed columns of a row it has:
    /// the rest stays as it was, a column this schema lacks is left out as `restore` does,
    /// and the table's checks still hold for what is written.
    #[test]
    fn an_update_writes_only_the_changed_columns_and_keeps_the_checks() {
        let mut db = Connection::open_in_memory().unwrap();
        crate::store::migrations::migrations().to_latest(&mut db).unwrap();
        db.execute(
            "INSERT INTO person (id, pseudonym, notes, created_at, updated_at, updated_by) VALUES ('p', 'Ana', 'kept', 't', 't', 'd')",
            [],
        )
        .unwrap();
        let (pseudonym, newer, sensitivity) = ("pseudonym".to_owned(), "from_a_newer_schema".to_owned(), "sensitivity".to_owned());
        let (name, other, wrong) = (Json::from("Bea"), Json::from(1), Json::from("nobody"));
        update(&db, Entity::Person, "p", &[(&pseudonym, &name), (&newer, &other)]).unwrap();
        let row = snapshot(&db, Entity::Person, "p").unwrap().unwrap();
        assert_eq!((row["pseudonym"].as_str(), row["notes"].as_str(), row["sensitivity"].as_str()), (Some("Bea"), Some("kept"), Some("community")));
        assert!(update(&db, Entity::Person, "p", &[(&sensitivity, &wrong)]).is_err(), "the CHECK on sensitivity still runs");
        update(&db, Entity::Person, "p", &[(&newer, &other)]).unwrap();
        assert_eq!(snapshot(&db, Entity::Person, "p").unwrap(), Some(row), "nothing this schema has: nothing written");
    }
}
