-- The alert chain in practice (issue 23).
--
-- 1. The indicators' levels and the protocol's four alert levels are one: an indicator now
--    stores the colour of the level it triggers. SQLite cannot change a CHECK constraint in
--    place, so the table is rebuilt with the same columns in the same order. The old words
--    stay allowed: undo snapshots and change files from laptops not yet updated still carry
--    them, and the core reads them as the colours they always meant.
CREATE TABLE indicator_new (
    id          TEXT PRIMARY KEY NOT NULL,
    risk        TEXT NOT NULL,
    signal      TEXT NOT NULL,
    alert_level TEXT NOT NULL
                CHECK (alert_level IN ('green', 'yellow', 'orange', 'red', 'watch', 'alert', 'emergency')),
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

INSERT INTO indicator_new (id, risk, signal, alert_level, sensitivity, created_at, updated_at, updated_by, deleted_at)
SELECT id, risk, signal,
       CASE alert_level WHEN 'watch' THEN 'yellow' WHEN 'alert' THEN 'orange' WHEN 'emergency' THEN 'red' ELSE alert_level END,
       sensitivity, created_at, updated_at, updated_by, deleted_at
FROM indicator;

DROP TABLE indicator;
ALTER TABLE indicator_new RENAME TO indicator;

-- 2. How to reach each person when the chain runs: restricted by nature (whoever holds a
--    phone number or a meeting point can find the person), so it is a table of its own that
--    no projection, export or case package reads. One row per person, keyed by their id,
--    erased with them when they are forgotten.
CREATE TABLE means_of_contact (
    id            TEXT PRIMARY KEY NOT NULL,
    phone         TEXT NOT NULL DEFAULT '',
    radio         TEXT NOT NULL DEFAULT '',
    meeting_point TEXT NOT NULL DEFAULT '',
    other         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted_at    TEXT
) STRICT;

-- 3. "We are at orange now": an activation of the alert chain, decided collectively, and
--    closed (stand down) when the group goes back to green.
CREATE TABLE alert_activation (
    id          TEXT PRIMARY KEY NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('green', 'yellow', 'orange', 'red')),
    started_at  TEXT NOT NULL,
    decided_by  TEXT NOT NULL DEFAULT '',
    deciders    TEXT NOT NULL DEFAULT '[]',
    reason      TEXT NOT NULL DEFAULT '',
    closed_at   TEXT,
    closed_note TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

-- One line of an activation's dated log: a person of the chain reached, not reached, or
-- reached through their fallback, and when.
CREATE TABLE chain_mark (
    id          TEXT PRIMARY KEY NOT NULL,
    activation  TEXT NOT NULL,
    person      TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('reached', 'not-reached', 'reached-through-fallback')),
    at          TEXT NOT NULL,
    through     TEXT,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX chain_mark_activation ON chain_mark (activation, deleted_at);
