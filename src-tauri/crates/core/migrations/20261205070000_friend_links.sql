-- The seed names friends among the people a defender's safety depends on (issue 24): links of
-- kind 'friend' (a tie without a direction, like family). SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt with the same columns in the same order, every
-- row copied, and its index made again. Nothing refers to it by SQL (ids are plain text).

CREATE TABLE relationship_new (
    id               TEXT PRIMARY KEY NOT NULL,
    source_kind      TEXT NOT NULL CHECK (source_kind IN ('person', 'actor')),
    source           TEXT NOT NULL,
    target_kind      TEXT NOT NULL CHECK (target_kind IN ('person', 'actor')),
    target           TEXT NOT NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('family', 'friend', 'neighbour', 'colleague', 'member', 'safety-contact',
                                     'alert-link', 'ally', 'accompaniment', 'funder', 'duty-bearer',
                                     'influences', 'controls', 'hostile')),
    closeness        INTEGER NOT NULL DEFAULT 2 CHECK (closeness BETWEEN 1 AND 3),
    support          TEXT NOT NULL DEFAULT '[]',
    reachable_always INTEGER NOT NULL DEFAULT 0,
    alert_order      INTEGER,
    fallback         TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    sensitivity      TEXT NOT NULL DEFAULT 'community'
                     CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted_at       TEXT,
    check_in         TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO relationship_new (id, source_kind, source, target_kind, target, kind, closeness, support, reachable_always,
                              alert_order, fallback, notes, sensitivity, created_at, updated_at, updated_by, deleted_at, check_in)
SELECT id, source_kind, source, target_kind, target, kind, closeness, support, reachable_always,
       alert_order, fallback, notes, sensitivity, created_at, updated_at, updated_by, deleted_at, check_in
FROM relationship;

DROP TABLE relationship;
ALTER TABLE relationship_new RENAME TO relationship;
CREATE INDEX relationship_live ON relationship (deleted_at, kind);
