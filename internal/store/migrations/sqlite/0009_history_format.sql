-- The change history gets an explicit, versioned form, says who made
-- each change, and names the person and the event a change is about in
-- columns rather than inside its JSON.
--
-- format: the version of the form of before and after (see
-- historyFormat in history_format.go). The rows already stored are
-- format 0, json.Marshal of the Go structs; the Go step of this migration
-- (upgradeHistory) converts them to format 1 and fills person_id and
-- event_id, in this migration's transaction.
-- who: the system user on a file, the login on a server; '' for changes
-- made before it was recorded.
-- person_id: the person of a person's change, the invitee of an
-- invitation's. event_id: the event of an event's change, or of an
-- invitation's. They replace the indexes on json_extract(..., '$.PersonID')
-- and '$.EventID', which read Go field names.

ALTER TABLE changes ADD COLUMN format INTEGER NOT NULL DEFAULT 0;
ALTER TABLE changes ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE changes ADD COLUMN person_id INTEGER;
ALTER TABLE changes ADD COLUMN event_id INTEGER;

DROP INDEX changes_invitee;
DROP INDEX changes_invitation_event;
CREATE INDEX changes_person ON changes (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX changes_event ON changes (event_id) WHERE event_id IS NOT NULL;
