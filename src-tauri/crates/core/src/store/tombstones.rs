//! Tombstones and erasing: what forgetting a person leaves (the `forgotten` table: which
//! table and which id, nothing else, synced like any record) and the SQL that erases a
//! person's rows, history, clocks and the files only the history remembered. Forgetting
//! itself, which also rewrites this laptop's change files, is `sync/forget.rs`.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value as Json};

use super::entity::{Action, Entity};
use super::log::record_change;
use super::stamp::Stamp;

/// The tables that hold a person's own rows, keyed by the person's id.
pub(crate) const OWN_ROWS: [Entity; 3] = [Entity::Person, Entity::NodePosition, Entity::MeansOfContact];

/// Whether a write of `entity` for `id` is of a record forgotten here: such writes are never
/// applied again (a laptop that had not heard of the tombstone still carries them).
pub(crate) fn is_forgotten(db: &Connection, entity: &str, id: &str) -> rusqlite::Result<bool> {
    if !OWN_ROWS.iter().any(|e| e.table() == entity) {
        return Ok(false);
    }
    // Cached: asked for every write a change file carries.
    let mut stmt = db.prepare_cached("SELECT 1 FROM forgotten WHERE id = ?1 AND entity = 'person'")?;
    Ok(stmt.query_row([id], |_| Ok(())).optional()?.is_some())
}

/// The ids of everything forgotten in this vault.
pub(crate) fn forgotten_ids(db: &Connection) -> rusqlite::Result<BTreeSet<String>> {
    let mut stmt = db.prepare_cached("SELECT id FROM forgotten")?;
    stmt.query_map([], |r| r.get(0))?.collect()
}

/// Erases the rows of a forgotten person and every trace sync and history keep of them.
/// Runs inside the caller's transaction; the caller rewrites the file afterwards
/// ([`Session::scrub_after_forgetting`]).
pub(crate) fn erase(db: &Connection, id: &str) -> rusqlite::Result<()> {
    for entity in OWN_ROWS {
        db.execute(&format!("DELETE FROM {} WHERE id = ?1", entity.table()), [id])?;
        db.execute("DELETE FROM change_log WHERE entity = ?1 AND entity_id = ?2", params![entity.table(), id])?;
        for table in ["sync_clock", "sync_conflict"] {
            db.execute(&format!("DELETE FROM {table} WHERE entity = ?1 AND record_id = ?2"), params![entity.table(), id])?;
        }
    }
    Ok(())
}

/// Forgets what a tombstone that arrived from another laptop names, as forgetting did
/// there. Returns whether the vault must then be rewritten.
pub(crate) fn take_tombstone(db: &Connection, id: &str) -> rusqlite::Result<bool> {
    let what: Option<String> = db.query_row("SELECT entity FROM forgotten WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    match what.as_deref() {
        Some("person") => erase(db, id)?,
        Some("blob") => {
            let blob = BTreeSet::from([id.to_owned()]);
            scrub_live(db, &blob)?;
            scrub_history(db, &blob)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// Writes a tombstone (logged, so it is published; never undone). `what` is `person` or
/// `blob` (an attachment).
pub(crate) fn bury(db: &Connection, what: &str, id: &str, stamp: &Stamp) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO forgotten (id, entity, created_at, updated_at, updated_by) VALUES (?1, ?2, ?3, ?3, ?4)
         ON CONFLICT (id) DO NOTHING",
        params![id, what, stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::Forgotten, id, Action::Create, None, stamp)?;
    Ok(())
}

/// Tables that keep the past (history, sync's bookkeeping), not what the vault holds now.
const HISTORY_TABLES: [&str; 6] = ["change_log", "sync_clock", "sync_conflict", "sync_blob", "sync_refused", "forgotten"];

/// Whether any record the vault holds now (removed ones included: undo or a conflict can
/// bring them back) refers to the attachment `blob`. Every table and every column is looked
/// at rather than a list of the columns that hold attachments today (an incident's files,
/// the territory map, a case's files sent or received): a column added later cannot make a
/// live attachment look unused.
pub(crate) fn blob_in_use(db: &Connection, blob: &str) -> rusqlite::Result<bool> {
    let mut stmt = db.prepare_cached("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?;
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    for table in tables.iter().filter(|t| !HISTORY_TABLES.contains(&t.as_str())) {
        let mut stmt = db.prepare_cached(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
        let columns: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        for column in columns {
            let sql = format!("SELECT 1 FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), ?1) > 0 LIMIT 1");
            if db.query_row(&sql, [blob], |_| Ok(())).optional()?.is_some() {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Drops forgotten attachments from a row's `attachments` (a JSON list kept as text).
/// Returns whether anything was dropped.
pub(crate) fn scrub_row(row: &mut Map<String, Json>, blobs: &BTreeSet<String>) -> bool {
    let Some(Json::String(text)) = row.get("attachments") else { return false };
    let Ok(Json::Array(list)) = serde_json::from_str::<Json>(text) else { return false };
    let kept: Vec<Json> = list.iter().filter(|a| !a.get("id").and_then(Json::as_str).is_some_and(|id| blobs.contains(id))).cloned().collect();
    if kept.len() == list.len() {
        return false;
    }
    row.insert("attachments".into(), Json::String(Json::Array(kept).to_string()));
    true
}

fn scrub_text(text: Option<String>, blobs: &BTreeSet<String>) -> Option<Option<String>> {
    let Some(Json::Object(mut row)) = text.and_then(|t| serde_json::from_str::<Json>(&t).ok()) else { return None };
    scrub_row(&mut row, blobs).then(|| Some(Json::Object(row).to_string()))
}

/// Removes forgotten attachments from the history: the old values of every record's
/// attachment list (the change log, sync's clocks and conflicts), so undo cannot bring them
/// back and their names are gone with them.
pub(crate) fn scrub_history(db: &Connection, blobs: &BTreeSet<String>) -> rusqlite::Result<()> {
    if blobs.is_empty() {
        return Ok(());
    }
    let mentions = |text: &Option<String>| text.as_ref().is_some_and(|t| blobs.iter().any(|b| t.contains(b.as_str())));
    let mut stmt = db.prepare("SELECT id, before, after FROM change_log WHERE before LIKE '%attachments%' OR after LIKE '%attachments%'")?;
    let rows: Vec<(String, Option<String>, Option<String>)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    for (id, before, after) in rows.into_iter().filter(|(_, b, a)| mentions(b) || mentions(a)) {
        let before = scrub_text(before.clone(), blobs).unwrap_or(before);
        let after = scrub_text(after.clone(), blobs).unwrap_or(after);
        db.execute("UPDATE change_log SET before = ?2, after = ?3 WHERE id = ?1", params![id, before, after])?;
    }
    // A clock's replaced value and a conflict's values are one field's value: a list.
    for (table, columns) in [("sync_clock", &["was"][..]), ("sync_conflict", &["mine", "theirs"][..])] {
        for column in columns {
            let mut stmt = db.prepare(&format!("SELECT rowid, {column} FROM {table} WHERE field = 'attachments'"))?;
            let rows: Vec<(i64, Option<String>)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
            for (rowid, value) in rows.into_iter().filter(|(_, v)| mentions(v)) {
                let mut wrapped = Map::new();
                // The value is JSON of the column's text: a string holding the list.
                let Some(Json::String(text)) = value.and_then(|v| serde_json::from_str::<Json>(&v).ok()) else { continue };
                wrapped.insert("attachments".into(), Json::String(text));
                scrub_row(&mut wrapped, blobs);
                let scrubbed = wrapped.remove("attachments").expect("kept").to_string();
                db.execute(&format!("UPDATE {table} SET {column} = ?2 WHERE rowid = ?1"), params![rowid, scrubbed])?;
            }
        }
    }
    Ok(())
}

/// Drops forgotten attachments from the records that still list them here: the laptop that
/// forgot one had detached it first, and this laptop may not have that write yet (it was
/// scrubbed from the history there). Not logged: the group's write, not this laptop's.
fn scrub_live(db: &Connection, blobs: &BTreeSet<String>) -> rusqlite::Result<()> {
    let mut stmt = db.prepare("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'attachments'")?;
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    for table in tables.iter().filter(|t| !HISTORY_TABLES.contains(&t.as_str())) {
        let mut stmt = db.prepare(&format!("SELECT id, attachments FROM {table}"))?;
        let rows: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        for (id, attachments) in rows.into_iter().filter(|(_, a)| blobs.iter().any(|b| a.contains(b.as_str()))) {
            let mut row = Map::from_iter([("attachments".to_owned(), Json::String(attachments))]);
            if scrub_row(&mut row, blobs) {
                db.execute(&format!("UPDATE {table} SET attachments = ?2 WHERE id = ?1"), params![id, row["attachments"].as_str()])?;
            }
        }
    }
    Ok(())
}

/// The attachments that belonged to a person's incidents but no record holds any more
/// (detached, or replaced): only the history remembers them, and with the person they go.
/// An attachment any record still holds stays, whoever it shows.
pub(crate) fn detached_files_of(db: &Connection, person: &str) -> rusqlite::Result<BTreeSet<String>> {
    let mut stmt = db.prepare(
        "SELECT DISTINCT c.entity_id FROM change_log c WHERE c.entity = 'incident' AND (instr(c.before, ?1) > 0 OR instr(c.after, ?1) > 0)
         UNION SELECT id FROM incident WHERE instr(affected_people, ?1) > 0",
    )?;
    let incidents: Vec<String> = stmt.query_map([person], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut files = BTreeSet::new();
    for incident in incidents {
        let mut stmt = db.prepare("SELECT before, after FROM change_log WHERE entity = 'incident' AND entity_id = ?1")?;
        let rows: Vec<(Option<String>, Option<String>)> = stmt.query_map([&incident], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        for text in rows.into_iter().flat_map(|(b, a)| [b, a]).flatten() {
            let Ok(Json::Object(row)) = serde_json::from_str::<Json>(&text) else { continue };
            let Some(Json::String(list)) = row.get("attachments") else { continue };
            let Ok(Json::Array(list)) = serde_json::from_str::<Json>(list) else { continue };
            files.extend(list.iter().filter_map(|a| a.get("id").and_then(Json::as_str)).map(str::to_owned));
        }
    }
    let mut detached = BTreeSet::new();
    for file in files {
        if !blob_in_use(db, &file)? {
            detached.insert(file);
        }
    }
    Ok(detached)
}

/// The attachments forgotten in this vault.
pub(crate) fn forgotten_blobs(db: &Connection) -> rusqlite::Result<BTreeSet<String>> {
    let mut stmt = db.prepare_cached("SELECT id FROM forgotten WHERE entity = 'blob'")?;
    stmt.query_map([], |r| r.get(0))?.collect()
}
