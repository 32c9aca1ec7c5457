-- A copied invitation can no longer take a laptop's place (issue 19): a new laptop makes keys of
-- its own when it joins, and is trusted only once a laptop of the group has typed the short code
-- the new laptop shows (a fingerprint of those keys).

-- The join a laptop of the group confirmed: its id, the keys the new laptop made, and the
-- invitation key's signature over them (checked by every laptop that learns of it). Synced.
-- Rows from before have none: those laptops keep the keys their invitation gave them.
ALTER TABLE sync_device ADD COLUMN join_id TEXT;
ALTER TABLE sync_device ADD COLUMN join_recipient TEXT;
ALTER TABLE sync_device ADD COLUMN join_signing_key TEXT;
ALTER TABLE sync_device ADD COLUMN join_proof TEXT;

-- Joins seen but not confirmed yet: nothing of theirs is applied and nothing is sealed to them.
-- Several may wait for one laptop (copies of its invitation); typing one's code refuses the
-- others. Local only.
CREATE TABLE sync_pending (
    laptop TEXT NOT NULL,
    join_id TEXT NOT NULL,
    proof TEXT NOT NULL,
    code TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (laptop, join_id)
) STRICT;
