-- Nothing to change in a file: on PostgreSQL, 0011 adds the triggers that
-- tell other officers' windows of a change (LISTEN/NOTIFY). A file has no
-- other officers; Store.Watch notices another process writing it through
-- PRAGMA data_version instead. This migration keeps the numbers of both
-- engines equal.
SELECT 1;
