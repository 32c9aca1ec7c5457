-- Check-ins agreed with a safety contact ("every evening at eight, by text"), and named places
-- pinned on the territory map (the school, the spring, the crossroads where the guards stop).
ALTER TABLE relationship ADD COLUMN check_in TEXT NOT NULL DEFAULT '';

CREATE TABLE place (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
