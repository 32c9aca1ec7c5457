-- Workshops: an agenda of sessions (called agenda items here, so they are not confused with an
-- unlocked vault), and the sticky notes small groups write, later sorted into the risk
-- analysis or the protocol.
CREATE TABLE workshop (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    starts_on   TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE agenda_item (
    id          TEXT PRIMARY KEY NOT NULL,
    workshop    TEXT NOT NULL,
    position    REAL NOT NULL,
    key         TEXT NOT NULL DEFAULT '',
    day         INTEGER NOT NULL DEFAULT 1,
    title       TEXT NOT NULL,
    goal        TEXT NOT NULL DEFAULT '',
    minutes     INTEGER NOT NULL DEFAULT 30,
    materials   TEXT NOT NULL DEFAULT '',
    module      TEXT NOT NULL DEFAULT 'other',
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done')),
    started_at  TEXT,
    finished_at TEXT,
    outcomes    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE sticky_note (
    id          TEXT PRIMARY KEY NOT NULL,
    workshop    TEXT NOT NULL,
    item        TEXT,
    group_name  TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    sorted_as   TEXT,
    became      TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
