-- Every mission, person, event and invitation carries a version: 1 when
-- written first, one more at every change. A save names the version it
-- read and applies only while the record still has it, so that of two
-- officers editing one record at once the second is told instead of
-- overwriting the first (see store.ConflictError).

ALTER TABLE missions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE invitations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
