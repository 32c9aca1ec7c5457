-- Advisory Group oversight at a network desk (issue 22). Desk members, each with their own keys
-- (the secrets sealed to the member's own passphrase: the desk vault alone does not open them),
-- added and removed by a recorded decision. Packages sealed to members wait in the desk vault
-- still sealed; every opening is an entry of a hash-chained access log signed by the member who
-- opened it. The log and the waiting packages are written outside the change log: undo must
-- never take an opening out of the record.
CREATE TABLE desk_member (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    working_groups TEXT NOT NULL DEFAULT '[]',
    recipient      TEXT NOT NULL,
    signing_key    TEXT NOT NULL,
    sealed_keys    TEXT NOT NULL DEFAULT '',
    added_by       TEXT NOT NULL,
    removed_by     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE TABLE sealed_package (
    id          TEXT PRIMARY KEY NOT NULL,
    blob_id     TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sender_key  TEXT NOT NULL,
    received_at TEXT NOT NULL,
    opened_at   TEXT,
    opened_by   TEXT
) STRICT;

CREATE TABLE desk_access (
    seq         INTEGER PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    member      TEXT NOT NULL,
    member_name TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    collective  TEXT NOT NULL,
    package     TEXT NOT NULL,
    prev        TEXT NOT NULL,
    signature   TEXT NOT NULL
) STRICT;

-- A desk's contact file may list its members, signed by the desk; a case names the desk working
-- group it concerns, so it is sealed to that group's members only.
ALTER TABLE contact ADD COLUMN members TEXT NOT NULL DEFAULT 'null';
ALTER TABLE escalation_case ADD COLUMN working_group TEXT NOT NULL DEFAULT '';
