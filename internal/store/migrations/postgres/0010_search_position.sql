-- A person's folded position beside their search rank, which the pickers
-- match (see the SQLite migration of the same number).

ALTER TABLE search_rank ADD COLUMN position TEXT NOT NULL DEFAULT '';
