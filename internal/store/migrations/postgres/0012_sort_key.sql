-- The sort key (store.sortKey) is compared byte by byte, as on SQLite,
-- whatever the server's default collation.

ALTER TABLE people ALTER COLUMN sort_name TYPE TEXT COLLATE "C";
