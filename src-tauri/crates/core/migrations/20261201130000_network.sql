-- The collective's network: relationships between people and actors. `source_kind` and
-- `target_kind` say whether each end is a person or an actor. For directed kinds (safety
-- contact, alert link, influences, controls, accompaniment, funder, duty-bearer) the source
-- acts towards the target: "A's safety contact is B" is source A, target B; "A calls B" is
-- source A, target B.

CREATE TABLE relationship (
    id               TEXT PRIMARY KEY NOT NULL,
    source_kind      TEXT NOT NULL CHECK (source_kind IN ('person', 'actor')),
    source           TEXT NOT NULL,
    target_kind      TEXT NOT NULL CHECK (target_kind IN ('person', 'actor')),
    target           TEXT NOT NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('family', 'neighbour', 'colleague', 'member', 'safety-contact',
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
    deleted_at       TEXT
) STRICT;

CREATE INDEX relationship_live ON relationship (deleted_at, kind);
