-- Several laptops sharing one vault (SYNC.md). Every synced table keeps its rows as they are;
-- what sync adds is who the laptops are, which of their change files were applied, the clock
-- of the last write of every field (so a field's newest write wins on every laptop, in any
-- order), and the values that lost, for a person to settle.

-- The laptops sharing this vault: an ordinary record, so adding or removing one is an edit
-- that syncs. `joined_from` is the state the laptop's first snapshot held (per laptop id,
-- the highest change file it covered), `accepted_upto` the last file taken from a removed one.
CREATE TABLE sync_device (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    recipient TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    joined_from TEXT NOT NULL DEFAULT '{}',
    removed_on TEXT,
    accepted_upto INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

-- This laptop in the group: its secret keys and how far it has published. Local only: never
-- in a change file or a snapshot.
CREATE TABLE sync_self (
    id TEXT PRIMARY KEY NOT NULL,
    sealing TEXT NOT NULL,
    signing TEXT NOT NULL,
    published_upto INTEGER NOT NULL DEFAULT 0,
    next_seq INTEGER NOT NULL DEFAULT 1,
    sealed_for TEXT NOT NULL DEFAULT '[]'
) STRICT;

-- The highest change file applied from each laptop, written in the same transaction as the
-- rows it carried, so a file is never applied twice.
CREATE TABLE sync_applied (
    device TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL
) STRICT;

-- The last write of each field: when, by which installation, its place in that
-- installation's log, and the value it replaced (a write that had seen another is no
-- conflict with it).
CREATE TABLE sync_clock (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    at TEXT NOT NULL,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    was TEXT,
    PRIMARY KEY (entity, record_id, field)
) STRICT;

-- Values that lost to a concurrent write, and records removed on one laptop while changed on
-- another, until a person settles them. Local: each laptop finds its own.
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    mine TEXT,
    theirs TEXT,
    kept TEXT NOT NULL,
    mine_at TEXT,
    mine_by TEXT,
    theirs_at TEXT NOT NULL,
    theirs_by TEXT NOT NULL,
    found_at TEXT NOT NULL,
    settled_at TEXT
) STRICT;
CREATE INDEX sync_conflict_field ON sync_conflict (entity, record_id, field) WHERE settled_at IS NULL;

-- Files refused (not decryptable, forged, from a removed laptop), remembered by name and
-- size so they are reported once and not retried.
CREATE TABLE sync_refused (
    path TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    reason TEXT NOT NULL,
    found_at TEXT NOT NULL
) STRICT;

-- This laptop's sync over the local network (Syncthing): where it listens, the peers a person
-- added at fixed addresses, and the key of Syncthing's API on 127.0.0.1. Local only.
CREATE TABLE sync_lan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    listen TEXT NOT NULL,
    peers TEXT NOT NULL DEFAULT '[]',
    api_key TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    device_id TEXT
) STRICT;

-- Attachments (sealed files of incidents, the territory map…) the group already has: published
-- by this laptop or received from another. The others are published at the next publish.
-- Local only.
CREATE TABLE sync_blob (
    id TEXT PRIMARY KEY NOT NULL
) STRICT;
