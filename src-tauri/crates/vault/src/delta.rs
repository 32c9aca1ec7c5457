//! Delta generations: a save that writes only the rows an edit changed.
//!
//! `images/gen-<n>.sql.age` is an ordinary age file sealed to the vault recipient whose
//! plaintext is SQL a person can run by hand over the full image below it
//! (`age -d -i identity.txt images/gen-<n>.sql.age | sqlite3 vault.db`, see the README):
//!
//! ```text
//! -- tejido-delta-v1 <vault id> <n> <base> <mac>
//! PRAGMA foreign_keys=OFF;
//! BEGIN;
//! DELETE FROM "t" WHERE rowid=7;
//! INSERT OR REPLACE INTO "t"(rowid,"a","b") VALUES(8,'x',NULL);
//! COMMIT;
//! ```
//!
//! `base` is the SHA-256 of the sealed file of the generation it applies on (a full image or
//! the delta before it), `mac` is `HMAC-SHA256(mac key, "tejido-delta-v1" ‖ vault id ‖ n ‖ base
//! ‖ SHA-256(the SQL after the first line))`. The MAC sits inside the sealed text, so a delta
//! is one file and one durable write; only the identity holder can make a MAC, and a delta
//! spliced from another vault, another number or another history fails it.
//!
//! Which rows changed comes from SQLite's update hook, keyed by rowid: the hook records the
//! rowid of every row inserted, updated or deleted in a table of `main`, and the save reads
//! each one back as it is now (a row gone is a `DELETE`, a row present an `INSERT OR REPLACE`
//! with every column and its rowid, so rowids on a replayed database match the in-memory
//! ones the next delta names). Reading back instead of recording values makes a rolled-back
//! transaction harmless (its rows are written as they still are). SQLite's session extension
//! would record the same, but rusqlite builds it (and the pre-update hook) only through
//! bindgen and libclang, which neither the Linux nor the Windows cross build has, and its
//! `Session` borrows the connection and is not `Send`, which a `Vault` must be.
//!
//! What the update hook does not see, and how each is covered:
//! - schema changes (migrations, `VACUUM`, which also renumbers rowids) and header fields:
//!   `schema_version`, `user_version` and `application_id` are compared, any change writes a
//!   full image;
//! - `WITHOUT ROWID` and virtual tables, tables with a column named like the rowid, and
//!   triggers (a replay would run them again): while the schema has any, every save is a full
//!   image (`uncovered_tables` lists them; the core's test keeps its schema free of them);
//! - `DELETE FROM t` without `WHERE` (SQLite's truncate shortcut skips the hook): the
//!   authorizer answers `Ignore` to deletes, which turns the shortcut off and deletes row by row;
//! - an `UPDATE` of the rowid or of an `INTEGER PRIMARY KEY` (the hook names only the new
//!   rowid): the authorizer marks the table, and it is always saved as a full image;
//! - rows removed by `REPLACE` conflict resolution (the hook is silent): replaying the winning
//!   row with `INSERT OR REPLACE` removes them again, except when the winner changed or went
//!   later before the save. A statement trace counts statements that may resolve conflicts by
//!   `REPLACE` (`INSERT OR REPLACE`, `REPLACE INTO`, `ON CONFLICT REPLACE`): after one, the next
//!   save is a full image (sync's clock bookkeeping when an invitation is accepted, rarely).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use hmac::{Hmac, Mac};
use rusqlite::hooks::{Action, AuthAction, AuthContext, Authorization};
use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::generation::{self, Generation, GenerationProblem, ImageDigest};
use crate::keys::VaultIdentity;

const DELTA_DOMAIN: &[u8] = b"tejido-delta-v1";
const DELTA_PREFIX: &str = "-- tejido-delta-v1 ";

/// A delta holds at most this many rows; an edit touching more (an import) is saved as a
/// full image, which is then cheaper than SQL for every row, and the memory the hook keeps
/// stays bounded.
const MAX_DIRTY_ROWS: usize = 20_000;

/// The file name of delta generation `n`.
pub fn delta_name(n: Generation) -> String {
    format!("gen-{n:012}.sql.age")
}

/// Reads a generation number back from a delta file name.
pub fn parse_delta_name(name: &str) -> Option<Generation> {
    let digits = name.strip_prefix("gen-")?.strip_suffix(".sql.age")?;
    (digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok())?
}

/// How many statements that may resolve a conflict by `REPLACE` ran on a tracked connection
/// in this process. SQLite's trace takes a plain function, so the count is global: a save
/// compares it with the count at the last save, and another vault's `REPLACE` only costs
/// this one a full image.
static REPLACES: AtomicU64 = AtomicU64::new(0);

fn count_replaces(event: TraceEvent<'_>) {
    if let TraceEvent::Stmt(_, sql) = event
        && may_replace(sql)
    {
        REPLACES.fetch_add(1, Ordering::SeqCst);
    }
}

fn may_replace(sql: &str) -> bool {
    // Cheap first: most statements never say "replace" at all.
    if !sql.as_bytes().windows(7).any(|w| w.eq_ignore_ascii_case(b"replace")) {
        return false;
    }
    let words = sql.to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    ["or replace", "replace into", "conflict replace"].iter().any(|p| words.contains(p)) || words.trim_start().starts_with("replace")
}

/// The header fields and schema a delta cannot carry: any change means a full image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    schema_version: i64,
    user_version: i64,
    application_id: i64,
}

fn stamp(db: &Connection) -> rusqlite::Result<Stamp> {
    let get = |pragma: &str| db.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get::<_, i64>(0));
    Ok(Stamp { schema_version: get("schema_version")?, user_version: get("user_version")?, application_id: get("application_id")? })
}

#[derive(Default)]
struct Shared {
    /// Rowids changed since the last save, by table.
    rows: BTreeMap<String, BTreeSet<i64>>,
    count: usize,
    /// Too many rows: the next save is a full image.
    overflow: bool,
    /// Tables a prepared statement may change the rowid of: never saved as a delta.
    rowid_rewritten: HashSet<String>,
    /// Per table, the columns that alias the rowid (`INTEGER PRIMARY KEY`).
    rowid_aliases: HashMap<String, Vec<String>>,
}

/// Watches a connection's changes since the last save.
pub(crate) struct Tracker {
    shared: Arc<Mutex<Shared>>,
    stamp: Stamp,
    /// The schema has a table the update hook does not see (or a trigger a replay would run
    /// again): every save is a full image until the schema changes.
    uncovered: bool,
    /// [`REPLACES`] at the last save.
    replaces: u64,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    // A panic while holding it left plain data; nothing in it can be half-updated unsafely.
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

impl Tracker {
    /// Installs the hooks on `db` and starts from a clean slate (the state just loaded or saved).
    pub(crate) fn install(db: &Connection) -> rusqlite::Result<Tracker> {
        let shared = Arc::new(Mutex::new(Shared::default()));
        let hook = shared.clone();
        db.update_hook(Some(move |_: Action, database: &str, table: &str, rowid: i64| {
            if database != "main" {
                return;
            }
            let mut s = lock(&hook);
            if s.overflow {
                return;
            }
            let new = match s.rows.get_mut(table) {
                Some(set) => set.insert(rowid),
                None => {
                    s.rows.insert(table.to_owned(), BTreeSet::from([rowid]));
                    true
                }
            };
            if new {
                s.count += 1;
                if s.count > MAX_DIRTY_ROWS {
                    s.overflow = true;
                    s.rows.clear();
                }
            }
        }))?;
        let auth = shared.clone();
        // `DROP TABLE t` asks for DROP_TABLE t, then DELETE t: there `Ignore` would skip the
        // drop, so the delete right after a drop of the same table is allowed.
        let mut dropping: Option<String> = None;
        db.authorizer(Some(move |ctx: AuthContext<'_>| match ctx.action {
            AuthAction::DropTable { table_name } | AuthAction::DropTempTable { table_name } => {
                dropping = Some(table_name.to_owned());
                Authorization::Allow
            }
            AuthAction::DropView { view_name } | AuthAction::DropTempView { view_name } => {
                dropping = Some(view_name.to_owned());
                Authorization::Allow
            }
            // The schema table, deleted from by DROP INDEX, TRIGGER and the like: never Ignore.
            AuthAction::Delete { table_name } if table_name.starts_with("sqlite_") => Authorization::Allow,
            AuthAction::Delete { table_name } if dropping.take().is_some_and(|d| d == table_name) => Authorization::Allow,
            // Turns off the truncate shortcut, which deletes without calling the update hook;
            // the delete itself still runs (SQLite: "the DELETE operation proceeds").
            AuthAction::Delete { .. } => Authorization::Ignore,
            AuthAction::Update { table_name, column_name } => {
                let mut s = lock(&auth);
                let alias = ["rowid", "oid", "_rowid_"].iter().any(|r| column_name.eq_ignore_ascii_case(r))
                    || s.rowid_aliases.get(table_name).is_some_and(|cols| cols.iter().any(|c| c.eq_ignore_ascii_case(column_name)));
                if alias {
                    s.rowid_rewritten.insert(table_name.to_owned());
                }
                Authorization::Allow
            }
            _ => Authorization::Allow,
        }))?;
        db.trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(count_replaces));
        let mut tracker = Tracker { shared, stamp: stamp(db)?, uncovered: true, replaces: REPLACES.load(Ordering::SeqCst) };
        tracker.reset(db)?;
        Ok(tracker)
    }

    /// Forgets what changed: `db` is now durable as it is.
    pub(crate) fn reset(&mut self, db: &Connection) -> rusqlite::Result<()> {
        self.stamp = stamp(db)?;
        self.uncovered = !uncovered_tables(db)?.is_empty();
        self.replaces = REPLACES.load(Ordering::SeqCst);
        let aliases = rowid_aliases(db)?;
        let mut s = lock(&self.shared);
        s.rows.clear();
        s.count = 0;
        s.overflow = false;
        s.rowid_aliases = aliases;
        Ok(())
    }

    /// Forgets the rows recorded: they were just saved as a delta.
    pub(crate) fn clear(&mut self) {
        self.replaces = REPLACES.load(Ordering::SeqCst);
        let mut s = lock(&self.shared);
        s.rows.clear();
        s.count = 0;
        s.overflow = false;
    }

    /// Whether nothing changed since the last save (as far as rows and the schema show).
    pub(crate) fn is_clean(&self, db: &Connection) -> bool {
        let s = lock(&self.shared);
        s.count == 0 && !s.overflow && REPLACES.load(Ordering::SeqCst) == self.replaces && stamp(db).is_ok_and(|now| now == self.stamp)
    }

    /// The SQL that turns the last saved state into `db`, or `None` when only a full image
    /// can carry the change or the SQL would reach `limit` bytes (then the image is cheaper,
    /// and rendering stops there instead of building SQL that is thrown away: a sync import
    /// of 7 000 rows spent a fifth of its save rendering a delta the bound then refused).
    pub(crate) fn render(&self, db: &Connection, limit: usize) -> rusqlite::Result<Option<String>> {
        if self.uncovered || REPLACES.load(Ordering::SeqCst) != self.replaces || stamp(db)? != self.stamp {
            return Ok(None);
        }
        let s = lock(&self.shared);
        if s.overflow || s.rows.keys().any(|t| s.rowid_rewritten.contains(t)) {
            return Ok(None);
        }
        let mut deletes = String::new();
        let mut inserts = String::new();
        for (table, rowids) in &s.rows {
            let Some(columns) = covered_columns(db, table)? else { return Ok(None) };
            let quoted = quote_ident(table);
            let list: Vec<String> = columns.iter().map(|c| quote_ident(c)).collect();
            let mut select = db.prepare_cached(&format!("SELECT rowid, {} FROM {quoted} WHERE rowid = ?1", list.join(", ")))?;
            let insert = format!("INSERT OR REPLACE INTO {quoted}(rowid,{}) VALUES(", list.join(","));
            for &rowid in rowids {
                let mut rows = select.query([rowid])?;
                match rows.next()? {
                    None => {
                        let _ = writeln!(deletes, "DELETE FROM {quoted} WHERE rowid={rowid};");
                    }
                    Some(row) => {
                        let _ = write!(inserts, "{insert}{rowid}");
                        for i in 0..columns.len() {
                            inserts.push(',');
                            literal(&mut inserts, row.get_ref(i + 1)?);
                        }
                        inserts.push_str(");\n");
                    }
                }
                if deletes.len() + inserts.len() >= limit {
                    return Ok(None);
                }
            }
        }
        // Deletes first: a row gone frees its unique values for the rows written after it.
        Ok(Some(format!("PRAGMA foreign_keys=OFF;\nBEGIN;\n{deletes}{inserts}COMMIT;\n")))
    }
}

/// The columns a delta writes for `table`, or `None` when deltas cannot cover it.
fn covered_columns(db: &Connection, table: &str) -> rusqlite::Result<Option<Vec<String>>> {
    let sql: Option<String> = db
        .query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))
        .optional()?
        .flatten();
    let Some(sql) = sql else { return Ok(None) };
    let normalised = sql.to_ascii_uppercase().split_whitespace().collect::<Vec<_>>().join(" ");
    if normalised.contains("WITHOUT ROWID") || normalised.starts_with("CREATE VIRTUAL") || table.starts_with("sqlite_") {
        return Ok(None);
    }
    let mut columns = Vec::new();
    let mut stmt = db.prepare_cached("SELECT name, hidden FROM pragma_table_xinfo(?1)")?;
    let mut rows = stmt.query([table])?;
    while let Some(row) = rows.next()? {
        let name: String = row.get(0)?;
        let hidden: i64 = row.get(1)?;
        if ["rowid", "oid", "_rowid_"].iter().any(|r| name.eq_ignore_ascii_case(r)) {
            // The name would hide the real rowid the delta keys rows by.
            return Ok(None);
        }
        // Generated columns (hidden 2 or 3) are computed, never inserted.
        if hidden == 0 {
            columns.push(name);
        }
    }
    Ok(Some(columns))
}

/// Per table, the `INTEGER PRIMARY KEY` column that aliases the rowid.
fn rowid_aliases(db: &Connection) -> rusqlite::Result<HashMap<String, Vec<String>>> {
    let mut stmt = db.prepare(
        "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND p.pk = 1 AND upper(p.type) = 'INTEGER' \
         AND (SELECT count(*) FROM pragma_table_info(m.name) WHERE pk > 0) = 1",
    )?;
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        aliases.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(aliases)
}

/// Tables of `db` a change to which cannot be saved as a delta (it then writes a full image):
/// `WITHOUT ROWID` and virtual tables, and tables with a column named like the rowid. The
/// core's test keeps this empty for its schema. Triggers are listed too (as `trigger <name>`):
/// replaying a delta would run them a second time.
pub fn uncovered_tables(db: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = db.prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")?;
    let entries: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    let mut uncovered = Vec::new();
    for (kind, name) in entries {
        if kind == "trigger" {
            uncovered.push(format!("trigger {name}"));
        } else if covered_columns(db, &name)?.is_none() {
            uncovered.push(name);
        }
    }
    Ok(uncovered)
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Appends `value` as an SQL literal that reads back as the same value and type.
fn literal(out: &mut String, value: ValueRef<'_>) {
    match value {
        ValueRef::Null => out.push_str("NULL"),
        ValueRef::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        ValueRef::Real(f) if f.is_nan() => out.push_str("NULL"),
        ValueRef::Real(f) if f.is_infinite() => out.push_str(if f > 0.0 { "9e999" } else { "-9e999" }),
        // `{:?}` is the shortest text that reads back as the same double, and always has a
        // `.` or an exponent, so SQLite reads it as REAL, not INTEGER.
        ValueRef::Real(f) => {
            let _ = write!(out, "{f:?}");
        }
        ValueRef::Text(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) if !text.contains('\0') => {
                out.push('\'');
                out.push_str(&text.replace('\'', "''"));
                out.push('\'');
            }
            // Not expressible as a quoted string: the same bytes, typed as text.
            _ => {
                let _ = write!(out, "CAST(X'{}' AS TEXT)", hex::encode(bytes));
            }
        },
        ValueRef::Blob(bytes) => {
            let _ = write!(out, "X'{}'", hex::encode(bytes));
        }
    }
}

type HmacSha256 = Hmac<Sha256>;

fn mac_for(key: &[u8; 32], vault_id: Uuid, n: Generation, base: &ImageDigest, body: &[u8]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(DELTA_DOMAIN);
    mac.update(vault_id.as_bytes());
    mac.update(&n.to_be_bytes());
    mac.update(base);
    mac.update(&Sha256::digest(body));
    mac
}

/// Seals delta `n` (SQL `body`, applying on the generation whose sealed file hashes to `base`)
/// into `out`; returns the SHA-256 of the sealed file, the next delta's base.
pub(crate) fn seal(
    identity: &VaultIdentity,
    key: &[u8; 32],
    vault_id: Uuid,
    n: Generation,
    base: &ImageDigest,
    body: &str,
    out: &mut Vec<u8>,
) -> ImageDigest {
    let tag = mac_for(key, vault_id, n, base, body.as_bytes()).finalize().into_bytes();
    let text = Zeroizing::new(format!("{DELTA_PREFIX}{vault_id} {n} {} {}\n{body}", hex::encode(base), hex::encode(tag)));
    generation::seal_image(identity, text.as_bytes(), out)
}

/// Decrypts and authenticates a sealed delta that must be number `n` of vault `vault_id`
/// and apply on the generation whose sealed file hashes to `base`. Returns its SQL.
pub(crate) fn open(
    identity: &VaultIdentity,
    key: &[u8; 32],
    vault_id: Uuid,
    n: Generation,
    base: &ImageDigest,
    sealed: &[u8],
) -> Result<Zeroizing<String>, GenerationProblem> {
    let plain = generation::open_image(identity, sealed)?;
    let text = std::str::from_utf8(&plain).map_err(|_| GenerationProblem::NotAuthentic)?;
    let (first, body) = text.split_once('\n').ok_or(GenerationProblem::NotAuthentic)?;
    let fields: Vec<&str> = first.strip_prefix(DELTA_PREFIX).ok_or(GenerationProblem::NotAuthentic)?.split(' ').collect();
    let [_, _, _, tag] = fields[..] else { return Err(GenerationProblem::NotAuthentic) };
    // The readable fields are for a person; the MAC is checked over what this open expects.
    let tag = hex::decode(tag).map_err(|_| GenerationProblem::NotAuthentic)?;
    mac_for(key, vault_id, n, base, body.as_bytes()).verify_slice(&tag).map_err(|_| GenerationProblem::NotAuthentic)?;
    Ok(Zeroizing::new(body.to_owned()))
}

/// Runs an authentic delta's SQL on `db`. On failure nothing of it stays applied.
pub(crate) fn apply(db: &Connection, sql: &str) -> Result<(), GenerationProblem> {
    let result = db.execute_batch(sql);
    if result.is_err() && !db.is_autocommit() {
        let _ = db.execute_batch("ROLLBACK");
    }
    // The delta turned foreign keys off for a replay in any order; the vault wants them on.
    let restored = db.pragma_update(None, "foreign_keys", "ON");
    result.and(restored).map_err(|_| GenerationProblem::NotADatabase)
}

/// For the fuzz target: parses and authenticates a delta with fixed keys.
#[cfg(feature = "fuzzing")]
pub(crate) fn open_for_fuzzing(identity: &VaultIdentity, sealed: &[u8]) -> Result<Zeroizing<String>, GenerationProblem> {
    open(identity, &[7; 32], Uuid::nil(), 1, &[0; 32], sealed)
}

/// Tests that expect a delta hold this for reading; the one that runs a `REPLACE` (which
/// bumps the process-wide [`REPLACES`]) holds it for writing, so they never meet.
#[cfg(test)]
pub(crate) static REPLACE_TESTS: std::sync::RwLock<()> = std::sync::RwLock::new(());

#[cfg(test)]
pub(crate) fn expecting_deltas() -> std::sync::RwLockReadGuard<'static, ()> {
    REPLACE_TESTS.read().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let db = Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE TABLE p(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, x REAL, b BLOB, n INTEGER);
             CREATE TABLE c(id TEXT PRIMARY KEY, p TEXT NOT NULL REFERENCES p(id) ON DELETE CASCADE);
             CREATE TABLE one(id INTEGER PRIMARY KEY CHECK (id = 1), v TEXT);
             PRAGMA foreign_keys=ON;",
        )
        .unwrap();
        db
    }

    fn dump(db: &Connection) -> Vec<String> {
        let mut out = Vec::new();
        for t in ["p", "c", "one"] {
            let mut s = db.prepare(&format!("SELECT rowid, * FROM {t} ORDER BY rowid")).unwrap();
            let n = s.column_count();
            let rows = s
                .query_map([], |r| {
                    Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|"))
                })
                .unwrap();
            out.extend(rows.map(|r| format!("{t}:{}", r.unwrap())));
        }
        out
    }

    /// Copies `db` as the "saved" state, runs `edit`, renders, replays on the copy and
    /// compares.
    fn round_trip(db: &Connection, edit: &str) -> Option<String> {
        let _serial = expecting_deltas();
        let saved = db.serialize(rusqlite::MAIN_DB).unwrap();
        let mut copy = Connection::open_in_memory().unwrap();
        copy.deserialize_read_exact(rusqlite::MAIN_DB, &saved[..], saved.len(), false).unwrap();
        let tracker = Tracker::install(db).unwrap();
        db.execute_batch(edit).unwrap();
        let sql = tracker.render(db, usize::MAX).unwrap()?;
        apply(&copy, &sql).unwrap();
        assert_eq!(dump(&copy), dump(db), "replaying {sql} gives the same rows");
        Some(sql)
    }

    #[test]
    fn inserts_updates_and_deletes_replay_to_the_same_rows() {
        let db = db();
        db.execute_batch("INSERT INTO p VALUES ('a','Ana',1.5,X'00ff',3),('b','Bea',NULL,NULL,NULL); INSERT INTO c VALUES ('c1','a'),('c2','b');").unwrap();
        let sql = round_trip(
            &db,
            "UPDATE p SET name = 'Ana María' WHERE id = 'a'; DELETE FROM p WHERE id = 'b';
             INSERT INTO p VALUES ('d','O''Brien', 0.1, X'', -9223372036854775808);
             INSERT INTO one VALUES (1, 'x'); UPDATE one SET v = 'y';",
        )
        .expect("a delta");
        assert!(sql.contains("DELETE FROM \"c\""), "the cascade's delete is seen too: {sql}");
    }

    #[test]
    fn swapped_unique_values_rolled_back_edits_and_weird_text_replay() {
        let db = db();
        db.execute_batch("INSERT INTO p(id,name) VALUES ('a','x'),('b','y'),('z','w');").unwrap();
        round_trip(
            &db,
            "UPDATE p SET name = 't' WHERE id = 'a'; UPDATE p SET name = 'x' WHERE id = 'b'; UPDATE p SET name = 'y' WHERE id = 'a';
             BEGIN; DELETE FROM p WHERE id = 'z'; ROLLBACK;
             INSERT INTO p(id,name,x) VALUES ('n', CAST(X'6100ff' AS TEXT), 1e300), ('m', '-- not a comment; DROP TABLE p;', -0.0);",
        )
        .expect("a delta");
    }

    #[test]
    fn delete_without_where_is_seen_despite_the_truncate_shortcut() {
        let db = db();
        db.execute_batch("INSERT INTO p(id,name) VALUES ('a','x'),('b','y'); INSERT INTO one VALUES (1,'v');").unwrap();
        let sql = round_trip(&db, "DELETE FROM c; DELETE FROM p; DELETE FROM one;").expect("a delta");
        assert_eq!(sql.matches("DELETE").count(), 3, "{sql}");
    }

    #[test]
    fn schema_changes_rowid_rewrites_and_huge_edits_need_a_full_image() {
        let db = db();
        assert_eq!(round_trip(&db, "CREATE TABLE q(id TEXT PRIMARY KEY);"), None, "DDL");
        assert_eq!(round_trip(&db, "PRAGMA user_version = 7;"), None, "a header field");
        db.execute_batch("INSERT INTO one VALUES (1,'v');").unwrap();
        assert_eq!(round_trip(&db, "UPDATE one SET id = 1;"), None, "the rowid alias rewritten");
        let big: String = (0..=MAX_DIRTY_ROWS).map(|i| format!("INSERT INTO p(id,name) VALUES ('k{i}','n{i}');")).collect();
        assert_eq!(round_trip(&db, &big), None, "too many rows");
        db.execute_batch("CREATE TABLE w(k TEXT PRIMARY KEY, v) WITHOUT ROWID;").unwrap();
        assert_eq!(uncovered_tables(&db).unwrap(), ["w"]);
        assert_eq!(round_trip(&db, "INSERT INTO w VALUES ('a', 1);"), None, "a WITHOUT ROWID table, unseen by the hook");
        assert_eq!(round_trip(&db, "INSERT INTO p(id,name) VALUES ('q','q');"), None, "any table, while the schema has one");
    }

    #[test]
    fn rendering_stops_at_the_limit() {
        let _serial = expecting_deltas();
        let db = db();
        let tracker = Tracker::install(&db).unwrap();
        db.execute_batch("INSERT INTO p(id,name) VALUES ('a','x'),('b','y'),('c','z');").unwrap();
        let whole = tracker.render(&db, usize::MAX).unwrap().expect("a delta");
        let body = whole.len() - "PRAGMA foreign_keys=OFF;\nBEGIN;\nCOMMIT;\n".len();
        assert_eq!(tracker.render(&db, body + 1).unwrap().as_deref(), Some(whole.as_str()), "under the limit: the same SQL");
        assert_eq!(tracker.render(&db, body).unwrap(), None, "at the limit: a full image instead");
        assert_eq!(tracker.render(&db, 10).unwrap(), None, "stops after the first row");
    }

    #[test]
    fn a_replace_makes_the_next_save_full() {
        assert!(may_replace("replace  INTO t VALUES (1)") && may_replace("insert OR\nREPLACE into t values (1)"));
        assert!(!may_replace("SELECT replace(name, 'a', 'b') FROM p"), "the string function is no conflict clause");
        let _alone = REPLACE_TESTS.write().unwrap_or_else(|e| e.into_inner());
        let db = db();
        db.execute_batch("INSERT INTO p(id,name) VALUES ('r','r');").unwrap();
        let tracker = Tracker::install(&db).unwrap();
        // The hook never hears of 'r' going: replaying 'r2' and then its delete would keep it.
        db.execute_batch("INSERT OR REPLACE INTO p(id,name) VALUES ('r2','r'); DELETE FROM p WHERE id = 'r2';").unwrap();
        assert_eq!(tracker.render(&db, usize::MAX).unwrap(), None);
    }

    #[test]
    fn schema_changes_still_run_under_the_hooks() {
        let db = db();
        let _tracker = Tracker::install(&db).unwrap();
        // What a migration that rebuilds a table does.
        db.execute_batch(
            "CREATE TABLE p_new(id TEXT PRIMARY KEY, name TEXT); INSERT INTO p_new SELECT id, name FROM p;
             CREATE INDEX p_name ON p_new(name); CREATE VIEW v AS SELECT * FROM p_new; CREATE TRIGGER tr AFTER INSERT ON c BEGIN SELECT 1; END;
             DROP TRIGGER tr; DROP VIEW v; DROP INDEX p_name; DROP TABLE c; DROP TABLE p; ALTER TABLE p_new RENAME TO p;",
        )
        .unwrap();
        let tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view', 'trigger') OR name = 'p_name' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(tables, ["one", "p"], "every drop happened");
        // Deletes still go row by row (the hook sees them).
        let tracker = Tracker::install(&db).unwrap();
        db.execute_batch("DELETE FROM p;").unwrap();
        assert!(tracker.render(&db, usize::MAX).unwrap().is_some());
    }

    #[test]
    fn reals_read_back_bit_for_bit() {
        let db = Connection::open_in_memory().unwrap();
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let f = f64::from_bits(state);
            if f.is_nan() {
                continue;
            }
            let mut text = String::new();
            literal(&mut text, ValueRef::Real(f));
            let back: f64 = db.query_row(&format!("SELECT {text}"), [], |r| r.get(0)).unwrap();
            assert_eq!(back.to_bits(), f.to_bits(), "{f:?} written as {text}");
        }
    }

    #[test]
    fn a_delta_authenticates_only_for_its_vault_number_and_base() {
        let identity = VaultIdentity::generate();
        let key = [3u8; 32];
        let vault = Uuid::now_v7();
        let base = [9u8; 32];
        let mut sealed = Vec::new();
        seal(&identity, &key, vault, 4, &base, "BEGIN;\nCOMMIT;\n", &mut sealed);
        assert_eq!(&open(&identity, &key, vault, 4, &base, &sealed).unwrap()[..], "BEGIN;\nCOMMIT;\n");
        assert_eq!(open(&identity, &key, vault, 5, &base, &sealed), Err(GenerationProblem::NotAuthentic), "renumbered");
        assert_eq!(open(&identity, &key, Uuid::now_v7(), 4, &base, &sealed), Err(GenerationProblem::NotAuthentic), "another vault");
        assert_eq!(open(&identity, &key, vault, 4, &[8; 32], &sealed), Err(GenerationProblem::NotAuthentic), "another history");
        assert_eq!(open(&identity, &[4; 32], vault, 4, &base, &sealed), Err(GenerationProblem::NotAuthentic), "another key");
        let mut forged = Vec::new();
        let plain = String::from_utf8(generation::open_image(&identity, &sealed).unwrap().to_vec()).unwrap();
        generation::seal_image(&identity, plain.replace("COMMIT", "DROP TABLE p; COMMIT").as_bytes(), &mut forged);
        assert_eq!(open(&identity, &key, vault, 4, &base, &forged), Err(GenerationProblem::NotAuthentic), "altered SQL");
        assert!(parse_delta_name(&delta_name(42)) == Some(42) && generation::parse_image_name(&delta_name(42)).is_none());
    }
}
