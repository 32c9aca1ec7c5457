-- Sync files are no longer trusted for who belongs to the group (issue 19).

-- A laptop is added only through an invitation: the laptop that invited it, its signature over
-- the new laptop's id, name and keys (checked by every laptop that learns of it from a sync
-- file), and until when the invitation could be used. Rows from before have none: they were
-- already known, from a snapshot or an applied file.
ALTER TABLE sync_device ADD COLUMN invited_by TEXT;
ALTER TABLE sync_device ADD COLUMN invitation TEXT;
ALTER TABLE sync_device ADD COLUMN expires_at TEXT;

-- The laptops this one has seen a genuine signed file from, and the join each came from: a
-- laptop invited but not yet joined is sealed nothing, and a second use of the same
-- invitation is told apart. Laptops known before this version count as joined. Local only.
CREATE TABLE sync_joined (
    laptop TEXT PRIMARY KEY NOT NULL,
    join_id TEXT,
    seen_at TEXT NOT NULL
) STRICT;
INSERT INTO sync_joined (laptop, seen_at) SELECT id, created_at FROM sync_device;

-- This laptop's own join (random), carried in every file it signs.
ALTER TABLE sync_self ADD COLUMN join_id TEXT;

-- When the community's package keys were last replaced because a laptop holding them was
-- removed: until someone says every desk has the new contact file, the screens say so.
-- Synced with the keys.
ALTER TABLE network_key ADD COLUMN replaced_at TEXT;
