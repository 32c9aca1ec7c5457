//! Members of the collective. A pseudonym always; a real name only when the community
//! chooses to record it.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::EditError;
use crate::ids::PersonId;
use crate::sensitivity::Sensitivity;
use crate::store::{Action, Entity, Session, Stamp, parse_column, record_change, rows};

/// A member of the collective.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Its id.
    pub id: PersonId,
    /// The name shown on projectors, print-outs and exports. Always present, unique.
    pub pseudonym: String,
    /// The real name, only if the community records it.
    pub real_name: Option<String>,
    /// Role in the collective ("water committee", "midwife").
    pub role: String,
    /// Profile tags such as `women-defender`, `youth`, `elder`.
    pub tags: Vec<String>,
    /// Household, for spotting isolated households.
    pub household: String,
    /// Sector or hamlet.
    pub sector: String,
    /// Free notes.
    pub notes: String,
    /// Who may see this person's details.
    pub sensitivity: Sensitivity,
    /// When the person was added.
    pub created_at: DateTime<Utc>,
    /// When the person was last changed.
    pub updated_at: DateTime<Utc>,
}

/// What a person adds about a new member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPerson {
    /// Required, unique among current members.
    pub pseudonym: String,
    /// Optional.
    #[serde(default)]
    pub real_name: Option<String>,
    /// Role in the collective.
    #[serde(default)]
    pub role: String,
    /// Profile tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Household.
    #[serde(default)]
    pub household: String,
    /// Sector or hamlet.
    #[serde(default)]
    pub sector: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// Who may see this person's details.
    #[serde(default)]
    pub sensitivity: Sensitivity,
}

impl Person {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let tags: String = row.get("tags")?;
        let sensitivity: String = row.get("sensitivity")?;
        Ok(Person {
            id: parse_column(row, "id")?,
            pseudonym: row.get("pseudonym")?,
            real_name: row.get("real_name")?,
            role: row.get("role")?,
            tags: serde_json::from_str(&tags).unwrap_or_default(),
            household: row.get("household")?,
            sector: row.get("sector")?,
            notes: row.get("notes")?,
            sensitivity: Sensitivity::parse(&sensitivity).unwrap_or(Sensitivity::Restricted),
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
}

/// Current members, by pseudonym.
pub fn list_people(db: &Connection) -> rusqlite::Result<Vec<Person>> {
    let mut stmt = db.prepare_cached("SELECT * FROM person WHERE deleted_at IS NULL ORDER BY pseudonym COLLATE NOCASE")?;
    stmt.query_map([], Person::from_row)?.collect()
}

/// People removed from the collective whose rows are kept for undo, newest removal first.
pub(crate) fn list_removed_people(db: &Connection) -> rusqlite::Result<Vec<Person>> {
    let mut stmt = db.prepare_cached("SELECT * FROM person WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC")?;
    stmt.query_map([], Person::from_row)?.collect()
}

/// One current member.
pub fn get_person(db: &Connection, id: PersonId) -> rusqlite::Result<Option<Person>> {
    db.query_row("SELECT * FROM person WHERE id = ?1 AND deleted_at IS NULL", [id.to_string()], Person::from_row)
        .optional()
}

/// Finds a current member by pseudonym, ignoring case and surrounding spaces.
pub fn find_by_pseudonym(db: &Connection, pseudonym: &str) -> rusqlite::Result<Option<Person>> {
    db.query_row(
        "SELECT * FROM person WHERE deleted_at IS NULL AND pseudonym = ?1 COLLATE NOCASE",
        [pseudonym.trim()],
        Person::from_row,
    )
    .optional()
}

fn clean(new: NewPerson, db: &Connection, except: Option<PersonId>) -> Result<NewPerson, EditError> {
    let pseudonym = new.pseudonym.trim().to_owned();
    if pseudonym.is_empty() {
        return Err(EditError::EmptyPseudonym);
    }
    if let Some(existing) = find_by_pseudonym(db, &pseudonym)?
        && Some(existing.id) != except
    {
        return Err(EditError::PseudonymTaken { pseudonym });
    }
    let real_name = new.real_name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    let mut tags: Vec<String> = new.tags.into_iter().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
    tags.dedup();
    Ok(NewPerson { pseudonym, real_name, tags, role: new.role.trim().to_owned(), ..new })
}

/// Inserts or replaces the editable fields of person `id`; `created_at` is kept on replace.
fn write_person(db: &Connection, id: PersonId, new: &NewPerson, stamp: &Stamp) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO person (id, pseudonym, real_name, role, tags, household, sector, notes, sensitivity,
                             created_at, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)
         ON CONFLICT(id) DO UPDATE SET
             pseudonym = excluded.pseudonym, real_name = excluded.real_name, role = excluded.role,
             tags = excluded.tags, household = excluded.household, sector = excluded.sector,
             notes = excluded.notes, sensitivity = excluded.sensitivity,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        params![
            id.to_string(),
            new.pseudonym,
            new.real_name,
            new.role,
            serde_json::to_string(&new.tags).expect("strings serialise"),
            new.household,
            new.sector,
            new.notes,
            new.sensitivity.as_str(),
            stamp.at,
            stamp.device.to_string(),
        ],
    )?;
    Ok(())
}

/// Adds a member and records the change.
pub(crate) fn insert_person(db: &Connection, new: NewPerson, stamp: &Stamp) -> Result<Person, EditError> {
    let new = clean(new, db, None)?;
    let id = PersonId::new();
    write_person(db, id, &new, stamp)?;
    record_change(db, Entity::Person, &id.to_string(), Action::Create, None, stamp)?;
    Ok(get_person(db, id)?.expect("just inserted"))
}

/// Replaces a member's details and records the change.
pub(crate) fn update_person(db: &Connection, id: PersonId, details: NewPerson, stamp: &Stamp) -> Result<Person, EditError> {
    let before = get_person(db, id)?.ok_or(EditError::PersonNotFound)?;
    let new = clean(details, db, Some(id))?;
    let snapshot = rows::snapshot(db, Entity::Person, &id.to_string())?;
    write_person(db, before.id, &new, stamp)?;
    record_change(db, Entity::Person, &id.to_string(), Action::Update, snapshot, stamp)?;
    Ok(get_person(db, id)?.expect("just updated"))
}

/// Removes a member (a soft delete, so undo and sync can bring them back) and records it.
pub(crate) fn remove_person(db: &Connection, id: PersonId, stamp: &Stamp) -> Result<Person, EditError> {
    let person = get_person(db, id)?.ok_or(EditError::PersonNotFound)?;
    let snapshot = rows::snapshot(db, Entity::Person, &id.to_string())?;
    db.execute(
        "UPDATE person SET deleted_at = ?2, updated_at = ?2, updated_by = ?3 WHERE id = ?1",
        params![id.to_string(), stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::Person, &id.to_string(), Action::Delete, snapshot, stamp)?;
    Ok(person)
}

impl Session {
    /// Current members, by pseudonym.
    pub fn people(&self) -> Result<Vec<Person>, EditError> {
        Ok(list_people(self.db())?)
    }

    /// One current member.
    pub fn person(&self, id: PersonId) -> Result<Person, EditError> {
        get_person(self.db(), id)?.ok_or(EditError::PersonNotFound)
    }

    /// Finds a current member by pseudonym.
    pub fn find_person(&self, pseudonym: &str) -> Result<Person, EditError> {
        find_by_pseudonym(self.db(), pseudonym)?.ok_or(EditError::PersonNotFound)
    }

    /// Adds a member.
    pub fn add_person(&mut self, new: NewPerson, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| insert_person(db, new, stamp))
    }

    /// Replaces a member's details.
    pub fn update_person(&mut self, id: PersonId, details: NewPerson, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| update_person(db, id, details, stamp))
    }

    /// Removes a member; undo brings them back.
    pub fn remove_person(&mut self, id: PersonId, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| remove_person(db, id, stamp))
    }
}
