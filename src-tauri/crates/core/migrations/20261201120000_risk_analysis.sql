-- Collective risk analysis: context, actors, incidents, threat assessments, risk scenarios,
-- measures and early-warning indicators. Same sync rules as the first migration: STRICT,
-- `id TEXT PRIMARY KEY`, soft deletes, `updated_at`/`updated_by` on every write.
-- Lists (ids, vulnerabilities, reassessments) are JSON arrays in TEXT columns so that one
-- edit is one row, one change-log entry and one undo.

CREATE TABLE context_note (
    id          TEXT PRIMARY KEY NOT NULL,
    dimension   TEXT NOT NULL
                CHECK (dimension IN ('political', 'economic', 'social', 'legal', 'territorial')),
    noted_on    TEXT NOT NULL,
    text        TEXT NOT NULL,
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE actor (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('company', 'state-body', 'security-forces', 'armed-group',
                                 'community-body', 'ally-organisation', 'media',
                                 'international-mechanism', 'other')),
    stance       TEXT NOT NULL CHECK (stance IN ('ally', 'neutral', 'adversary')),
    interests    TEXT NOT NULL DEFAULT '',
    capabilities TEXT NOT NULL DEFAULT '',
    influence    INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
    notes        TEXT NOT NULL DEFAULT '',
    sensitivity  TEXT NOT NULL DEFAULT 'community'
                 CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE TABLE incident (
    id                TEXT PRIMARY KEY NOT NULL,
    title             TEXT NOT NULL,
    occurred_on       TEXT NOT NULL,
    place             TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL,
    affected_people   TEXT NOT NULL DEFAULT '[]',
    affected_groups   TEXT NOT NULL DEFAULT '',
    whole_collective  INTEGER NOT NULL DEFAULT 0,
    perpetrator_actor TEXT,
    perpetrator       TEXT NOT NULL DEFAULT '',
    reported_to       TEXT NOT NULL DEFAULT '',
    attachments       TEXT NOT NULL DEFAULT '[]',
    sensitivity       TEXT NOT NULL DEFAULT 'community'
                      CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted_at        TEXT
) STRICT;

CREATE TABLE threat_assessment (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    incidents   TEXT NOT NULL DEFAULT '[]',
    facts       TEXT NOT NULL DEFAULT '',
    pattern     TEXT NOT NULL DEFAULT '',
    objective   TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    conclusion  TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

-- `assessments` is the dated history, oldest first; the last one is the current rating.
CREATE TABLE risk (
    id              TEXT PRIMARY KEY NOT NULL,
    title           TEXT NOT NULL,
    threatened      TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    threat_assessment TEXT,
    vulnerabilities TEXT NOT NULL DEFAULT '[]',
    capacities      TEXT NOT NULL DEFAULT '[]',
    assessments     TEXT NOT NULL DEFAULT '[]',
    sensitivity     TEXT NOT NULL DEFAULT 'community'
                    CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE TABLE measure (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    strategy    TEXT NOT NULL CHECK (strategy IN ('acceptance', 'deterrence', 'protection')),
    timing      TEXT NOT NULL CHECK (timing IN ('prevention', 'response')),
    owners      TEXT NOT NULL DEFAULT '[]',
    resources   TEXT NOT NULL DEFAULT '',
    due_on      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('to-do', 'in-progress', 'done')),
    risks       TEXT NOT NULL DEFAULT '[]',
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE indicator (
    id          TEXT PRIMARY KEY NOT NULL,
    risk        TEXT NOT NULL,
    signal      TEXT NOT NULL,
    alert_level TEXT NOT NULL CHECK (alert_level IN ('watch', 'alert', 'emergency')),
    sensitivity TEXT NOT NULL DEFAULT 'community'
                CHECK (sensitivity IN ('public', 'community', 'restricted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

-- When the risk analysis is next due for review (six months after the last one by default).
ALTER TABLE collective ADD COLUMN risk_review_on TEXT;
