-- Where each person or actor sits on the network map, once someone placed them, so the
-- drawing keeps the shape the community gave it. `id` is the person's or actor's id.

CREATE TABLE node_position (
    id          TEXT PRIMARY KEY NOT NULL,
    x           REAL NOT NULL,
    y           REAL NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
