-- The change history gets an explicit, versioned form, says who made
-- each change, and names the person and the event a change is about in
-- columns rather than inside its JSON: the same columns as SQLite's 0009
-- (see there). A server database starts empty, with no history of format
-- 0 to convert; the Go step of this migration finds none.

ALTER TABLE changes ADD COLUMN format INTEGER NOT NULL DEFAULT 0;
ALTER TABLE changes ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE changes ADD COLUMN person_id BIGINT;
ALTER TABLE changes ADD COLUMN event_id BIGINT;

CREATE INDEX changes_person ON changes (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX changes_event ON changes (event_id) WHERE event_id IS NOT NULL;
