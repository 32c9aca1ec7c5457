-- The network desk side of escalation. A vault is marked as a desk by its collective (the
-- desk's own organisation); it stores the cases it receives with its own triage, the actions
-- it takes (letters, petitions, media briefs, submissions to UN and regional mechanisms) and
-- the outcomes it records, each inside the case's row so one edit is one row and one undo.
-- On the community side, the status reports a desk sends back are kept on the case.
ALTER TABLE collective ADD COLUMN desk INTEGER NOT NULL DEFAULT 0 CHECK (desk IN (0, 1));

ALTER TABLE escalation_case ADD COLUMN updates TEXT NOT NULL DEFAULT '[]';

CREATE TABLE received_case (
    id             TEXT PRIMARY KEY NOT NULL,
    case_id        TEXT NOT NULL,
    sender_key     TEXT NOT NULL,
    content        TEXT NOT NULL,
    versions       TEXT NOT NULL DEFAULT '[]',
    urgency        TEXT NOT NULL CHECK (urgency IN ('immediate', 'urgent', 'follow-up')),
    categories     TEXT NOT NULL DEFAULT '[]',
    region         TEXT NOT NULL DEFAULT '',
    working_group  TEXT NOT NULL DEFAULT '',
    closed         INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    actions        TEXT NOT NULL DEFAULT '[]',
    outcomes       TEXT NOT NULL DEFAULT '[]',
    acknowledged   TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE INDEX received_case_source ON received_case (case_id, sender_key);
