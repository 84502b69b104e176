-- The change history: every create, update, archive and delete of a
-- mission, person, event or invitation, written in the transaction that
-- made it, with the record before and after as JSON. Imports are batches,
-- so that one can be undone as a whole.

CREATE TABLE batches (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,            -- 'import'
    source    TEXT NOT NULL DEFAULT '', -- the files imported
    undone_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE changes (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    entity    TEXT    NOT NULL CHECK (entity IN ('mission', 'person', 'event', 'invitation')),
    entity_id INTEGER NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete', 'erase')),
    before    TEXT,   -- JSON; NULL for a create and an erase
    after     TEXT,   -- JSON; NULL for a delete and an erase
    batch_id  INTEGER REFERENCES batches (id)
);

CREATE INDEX changes_entity ON changes (entity, entity_id);
CREATE INDEX changes_batch ON changes (batch_id) WHERE batch_id IS NOT NULL;
-- A person's and an event's history include their invitations'.
CREATE INDEX changes_invitee ON changes (json_extract(coalesce(after, before), '$.PersonID'))
    WHERE entity = 'invitation';
CREATE INDEX changes_invitation_event ON changes (json_extract(coalesce(after, before), '$.EventID'))
    WHERE entity = 'invitation';
