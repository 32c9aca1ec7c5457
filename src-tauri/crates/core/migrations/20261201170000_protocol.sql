-- The community protocol: sections, principles and alert levels (the living draft), the
-- decisions that agreed them, and comments and proposals gathered in a workshop.
-- A frozen version is a decision about the whole protocol that carries the document as it
-- was agreed (`snapshot`), so freezing is one row: one undo, and sync sees one change.
-- `position` is a real number so moving a section rewrites only that section's row.

CREATE TABLE protocol_section (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL DEFAULT '',
    position    REAL NOT NULL,
    title       TEXT NOT NULL,
    guidance    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE principle (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL DEFAULT '',
    position    REAL NOT NULL,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    original    TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE protocol_level (
    id          TEXT PRIMARY KEY NOT NULL,
    position    REAL NOT NULL,
    colour      TEXT NOT NULL CHECK (colour IN ('green', 'yellow', 'orange', 'red')),
    name        TEXT NOT NULL,
    triggers    TEXT NOT NULL DEFAULT '',
    indicators  TEXT NOT NULL DEFAULT '[]',
    actions     TEXT NOT NULL DEFAULT '',
    alert_chain INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE decision (
    id            TEXT PRIMARY KEY NOT NULL,
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('protocol', 'section', 'principle', 'level', 'other')),
    subject       TEXT,
    title         TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('agreed', 'agreed-with-changes', 'rejected', 'postponed')),
    method        TEXT NOT NULL CHECK (method IN ('consensus', 'vote')),
    decided_on    TEXT NOT NULL,
    participants  TEXT NOT NULL DEFAULT '[]',
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    dissent       TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER,
    snapshot      TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;

CREATE TABLE protocol_comment (
    id          TEXT PRIMARY KEY NOT NULL,
    section     TEXT,
    author      TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('comment', 'proposal')),
    text        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'set-aside')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
