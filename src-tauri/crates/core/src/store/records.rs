//! One way to store every record of the later modules (context notes, actors, incidents,
//! risks…): the record's serde form *is* its row. Fields map to snake_case columns of the
//! same name, lists to JSON text columns, and every write is stamped and logged, so undo,
//! history and sync treat all records alike.
//!
//! A new record type needs a migration, a struct with `#[serde(rename_all = "camelCase")]`
//! and an `impl Record`; nothing here changes.

use rusqlite::ToSql;
use rusqlite::types::Value;
use rusqlite::{Connection, Row, params, params_from_iter};
use serde::Serialize;
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::{Map, Value as Json};

use super::entity::{Action, Entity};
use super::log::record_change;
use super::rows;
use crate::error::EditError;
use super::stamp::Stamp;

/// A record stored through this module.
pub(crate) trait Record: Serialize + DeserializeOwned {
    /// Its table.
    const ENTITY: Entity;
    /// The columns that hold JSON (lists and nested values), as snake_case names.
    const JSON_COLUMNS: &'static [&'static str];
    /// The `ORDER BY` clause of a listing (column names only, from code).
    const ORDER_BY: &'static str;

    /// Its id, as stored.
    fn key(&self) -> String;

    /// Trims and checks the fields a person typed. Runs before every write.
    fn validate(&mut self) -> Result<(), EditError>;
}

/// `impl Record` for a struct keyed by its `id` field: the kind of record (its table), the
/// columns holding JSON, the listing's order, and the checks run before every write, with
/// `record` standing for the record being checked.
///
/// ```ignore
/// record! {
///     Actor in Actor, json [], order "influence DESC, name COLLATE NOCASE",
///     validate(record) {
///         required(&mut record.name)
///     }
/// }
/// ```
macro_rules! record {
    ($ty:ident in $entity:ident, json [$($json:literal),* $(,)?], order $order:literal,
     validate($record:ident) $validate:block) => {
        impl $crate::store::records::Record for $ty {
            const ENTITY: $crate::store::Entity = $crate::store::Entity::$entity;
            const JSON_COLUMNS: &'static [&'static str] = &[$($json),*];
            const ORDER_BY: &'static str = $order;
            fn key(&self) -> String {
                self.id.to_string()
            }
            fn validate(&mut self) -> Result<(), $crate::error::EditError> {
                let $record = self;
                $validate
            }
        }
    };
}
pub(crate) use record;

/// `fooBar` → `foo_bar`.
fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `foo_bar` → `fooBar`.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A query's columns as a record's fields: the field name, and whether the column holds JSON.
/// Made once per query, not once per row.
fn fields<R: Record>(names: Vec<&str>) -> Vec<(String, bool)> {
    names.into_iter().map(|name| (camel(name), R::JSON_COLUMNS.contains(&name))).collect()
}

fn from_row<R: Record>(row: &Row<'_>, fields: &[(String, bool)]) -> rusqlite::Result<R> {
    let mut object = Map::new();
    for (i, (field, json)) in fields.iter().enumerate() {
        let value = match rows::json_of(row.get_ref(i)?) {
            Json::String(text) if *json => serde_json::from_str(&text).unwrap_or(Json::Null),
            other => other,
        };
        object.insert(field.clone(), value);
    }
    serde_json::from_value(Json::Object(object)).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("{}: {e}", R::ENTITY.table()).into())
    })
}

fn query<R: Record>(db: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> rusqlite::Result<Vec<R>> {
    let sql = format!("SELECT * FROM {} WHERE deleted_at IS NULL {filter} ORDER BY {}", R::ENTITY.table(), R::ORDER_BY);
    let mut stmt = db.prepare_cached(&sql)?;
    let fields = fields::<R>(stmt.column_names());
    stmt.query_map(args, |row| from_row::<R>(row, &fields))?.collect()
}

/// Every current record of a kind, in its listing order.
pub(crate) fn list<R: Record>(db: &Connection) -> rusqlite::Result<Vec<R>> {
    query(db, "", &[])
}

/// One current record.
pub(crate) fn get<R: Record>(db: &Connection, key: &str) -> rusqlite::Result<Option<R>> {
    Ok(query(db, "AND id = ?1", &[&key])?.pop())
}

/// Validates and writes `record`: creates it if its id is new (or was removed), replaces
/// its fields otherwise. `created_at` is kept on replace. Logs the change.
pub(crate) fn save<R: Record>(db: &Connection, mut record: R, stamp: &Stamp) -> Result<R, EditError> {
    record.validate()?;
    let key = record.key();
    let before = rows::snapshot(db, R::ENTITY, &key)?;
    let live = before.as_ref().is_some_and(|row| row.get("deleted_at").is_some_and(Json::is_null));
    let Json::Object(fields) = serde_json::to_value(&record).map_err(|e| EditError::Database { detail: e.to_string() })?
    else {
        unreachable!("records serialise to objects");
    };
    let mut columns = Vec::with_capacity(fields.len() + 4);
    let mut values = Vec::with_capacity(fields.len() + 4);
    for (name, value) in fields {
        let column = snake(&name);
        // A JSON column keeps its JSON text even when the value happens to be a string.
        values.push(if R::JSON_COLUMNS.contains(&column.as_str()) {
            Value::Text(value.to_string())
        } else {
            rows::sql_of(&value)
        });
        columns.push(column);
    }
    let updates = columns.iter().filter(|c| *c != "id").map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>();
    let first_stamp = columns.len() + 1;
    let sql = format!(
        "INSERT INTO {table} ({names}, created_at, updated_at, updated_by, deleted_at)
         VALUES ({placeholders}, ?{at}, ?{at}, ?{by}, NULL)
         ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by, deleted_at = NULL",
        table = R::ENTITY.table(),
        names = columns.join(", "),
        placeholders = (1..first_stamp).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "),
        at = first_stamp,
        by = first_stamp + 1,
        updates = updates.join(", "),
    );
    let mut values: Vec<Box<dyn ToSql>> = values.into_iter().map(|v| Box::new(v) as Box<dyn ToSql>).collect();
    values.push(Box::new(stamp.at));
    values.push(Box::new(stamp.device.to_string()));
    db.execute(&sql, params_from_iter(values))?;
    let action = if live { Action::Update } else { Action::Create };
    record_change(db, R::ENTITY, &key, action, if live { before } else { None }, stamp)?;
    Ok(get(db, &key)?.expect("just written"))
}

/// Removes a record (a soft delete, so undo and sync can bring it back) and logs it.
pub(crate) fn remove<R: Record>(db: &Connection, key: &str, stamp: &Stamp) -> Result<R, EditError> {
    let record = get::<R>(db, key)?.ok_or(EditError::RecordNotFound)?;
    let before = rows::snapshot(db, R::ENTITY, key)?;
    db.execute(
        &format!("UPDATE {} SET deleted_at = ?2, updated_at = ?2, updated_by = ?3 WHERE id = ?1", R::ENTITY.table()),
        params![key, stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, R::ENTITY, key, Action::Delete, before, stamp)?;
    Ok(record)
}

/// The position that moves the record at `at` one place up or down among `positions` (in
/// listing order): between its new neighbours, so only the moved record's row changes.
/// `None` when it is already first (up) or last (down).
pub(crate) fn moved_position(positions: &[f64], at: usize, up: bool) -> Option<f64> {
    let last = positions.len().checked_sub(1)?;
    Some(match (up, at) {
        (true, 0) => return None,
        (true, 1) => positions[0] - 1.0,
        (true, _) => (positions[at - 1] + positions[at - 2]) / 2.0,
        (false, _) if at >= last => return None,
        (false, _) if at + 1 == last => positions[last] + 1.0,
        (false, _) => (positions[at + 1] + positions[at + 2]) / 2.0,
    })
}

/// A note or comment as shown to the group: "who: what", or just what when nobody is named.
pub(crate) fn attributed(who: &str, text: &str) -> String {
    if who.is_empty() { text.to_owned() } else { format!("{who}: {text}") }
}

/// The position after every one of `positions`: where a new record goes at the end.
pub(crate) fn next_position(positions: impl Iterator<Item = f64>) -> f64 {
    positions.fold(0.0, f64::max).floor() + 1.0
}

/// Keeps the first of each repeated item, in order (an id picked twice in a form).
pub(crate) fn dedup<T: PartialEq>(list: &mut Vec<T>) {
    let mut kept: Vec<T> = Vec::with_capacity(list.len());
    for item in list.drain(..) {
        if !kept.contains(&item) {
            kept.push(item);
        }
    }
    *list = kept;
}

/// Reads a flag stored as SQLite's 0/1 or sent as JSON `true`/`false`.
///
/// A visitor taking either, rather than an untagged enum: that one buffered each value and, for
/// every flag read from a row (an integer), built and formatted an error from its failed `bool`
/// attempt first (perf on the network screen of 10 000 links).
pub(crate) fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    struct Flag;
    impl serde::de::Visitor<'_> for Flag {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("true, false, 0 or 1")
        }
        fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<bool, E> {
            Ok(value)
        }
        fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<bool, E> {
            Ok(value != 0)
        }
        fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<bool, E> {
            Ok(value != 0)
        }
    }
    deserializer.deserialize_any(Flag)
}

/// Trims a required text field (a title, a name, a text) and refuses it empty.
pub(crate) fn required(text: &mut String) -> Result<(), EditError> {
    if trim(text) { Err(EditError::EmptyTitle) } else { Ok(()) }
}

/// Refuses a position that is not a number (a list order must be comparable).
pub(crate) fn finite(position: f64) -> Result<(), EditError> {
    if position.is_finite() { Ok(()) } else { Err(EditError::Database { detail: "position is not a number".into() }) }
}

/// Trims a text field in place; true if it is empty afterwards.
pub(crate) fn trim(text: &mut String) -> bool {
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        *text = trimmed.to_owned();
    }
    text.is_empty()
}

/// Trims every entry of a list and drops the empty ones and repeats, keeping the order.
pub(crate) fn tidy(list: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    list.retain_mut(|item| !trim(item) && seen.insert(item.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_reads_from_a_row_and_from_the_window() {
        #[derive(serde::Deserialize)]
        struct Holder {
            #[serde(deserialize_with = "flag")]
            on: bool,
        }
        let read = |json: &str| serde_json::from_str::<Holder>(json).map(|h| h.on);
        for (json, expected) in [(r#"{"on":1}"#, true), (r#"{"on":0}"#, false), (r#"{"on":true}"#, true), (r#"{"on":false}"#, false)] {
            assert_eq!(read(json).unwrap(), expected, "{json}");
        }
        assert!(read(r#"{"on":"yes"}"#).is_err(), "text is not a flag");
        assert!(read(r#"{"on":null}"#).is_err(), "nor is nothing");
    }

    #[test]
    fn names_convert_both_ways() {
        for (camel_name, snake_name) in [("id", "id"), ("occurredOn", "occurred_on"), ("perpetratorActor", "perpetrator_actor")] {
            assert_eq!(snake(camel_name), snake_name);
            assert_eq!(camel(snake_name), camel_name);
        }
    }

    #[test]
    fn a_move_lands_between_the_new_neighbours() {
        let p = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(moved_position(&p, 0, true), None);
        assert_eq!(moved_position(&p, 1, true), Some(0.0));
        assert_eq!(moved_position(&p, 3, true), Some(2.5));
        assert_eq!(moved_position(&p, 0, false), Some(2.5));
        assert_eq!(moved_position(&p, 2, false), Some(5.0));
        assert_eq!(moved_position(&p, 3, false), None);
        assert_eq!(moved_position(&[], 0, false), None);
    }

    #[test]
    fn tidy_trims_and_deduplicates() {
        let mut list = vec![" a ".to_owned(), "".into(), "b".into(), "a".into(), "  ".into()];
        tidy(&mut list);
        assert_eq!(list, ["a", "b"]);
    }
}
