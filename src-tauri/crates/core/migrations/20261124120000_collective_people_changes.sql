-- The collective that owns the vault, its members, and the append-only change log.
-- Sync rules (../shared/SYNC.md): STRICT tables, `id TEXT PRIMARY KEY`, no other UNIQUE
-- constraint, soft deletes through `deleted_at`, `updated_at`/`updated_by` on every write.

CREATE TABLE collective (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE person (
    id          TEXT PRIMARY KEY NOT NULL,
    pseudonym   TEXT NOT NULL,
    real_name   TEXT,
    role        TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',
    household   TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX person_live ON person (deleted_at, pseudonym);

-- One row per edit. `before`/`after` are JSON snapshots of the whole row, so undo restores
-- exactly what was there. An undo is itself a change (`action = 'undo'`, `undoes` = the id
-- of the change it reverted), so history never loses anything.
CREATE TABLE change_log (
    id          TEXT PRIMARY KEY NOT NULL,
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL,
    device      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'undo')),
    before      TEXT,
    after       TEXT,
    undoes      TEXT
) STRICT;

CREATE INDEX change_log_seq ON change_log (seq);
CREATE INDEX change_log_undoes ON change_log (undoes);
