-- Escalation to the solidarity network. The vault's own keys for packages (an age identity to
-- receive them, a minisign key to sign them: secrets live only inside the sealed vault), the
-- contacts whose packages it accepts and to whom it seals (desks, communities), and cases.
CREATE TABLE network_key (
    id              TEXT PRIMARY KEY NOT NULL,
    sealing_secret  TEXT NOT NULL,
    signing_secret  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE TABLE contact (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('desk', 'community')),
    recipient   TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE escalation_case (
    id             TEXT PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL DEFAULT '',
    public_summary TEXT NOT NULL DEFAULT '',
    urgency        TEXT NOT NULL DEFAULT 'urgent' CHECK (urgency IN ('immediate', 'urgent', 'follow-up')),
    requests       TEXT NOT NULL DEFAULT '[]',
    people         TEXT NOT NULL DEFAULT '[]',
    incidents      TEXT NOT NULL DEFAULT '[]',
    consents       TEXT NOT NULL DEFAULT '[]',
    region         TEXT NOT NULL DEFAULT '',
    safe_contact   TEXT NOT NULL DEFAULT '',
    sent           TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;
