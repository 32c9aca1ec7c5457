-- Forgetting travels (issue 19). A tombstone per forgotten record: only which table and which
-- id, never a name or any other field of what was forgotten. It syncs like any record, so the
-- other laptops forget the same person, and a later change file that still carries the record
-- (from a laptop that had not heard yet) cannot bring it back. Never undone.
CREATE TABLE forgotten (
    id          TEXT PRIMARY KEY NOT NULL,
    entity      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

-- The Syncthing device id each laptop says it has, from its signed state file: removing a
-- laptop drops the Syncthing peer with that id, not one that happens to carry its name.
-- Local only.
ALTER TABLE sync_joined ADD COLUMN syncthing TEXT;
