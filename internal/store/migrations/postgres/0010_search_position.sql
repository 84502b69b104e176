-- The ranking columns move into search_index, with a person's folded
-- position, which the pickers match (see the SQLite migration of the same
-- number). On a server a search reads one table: joining thousands of
-- matches to a table of their own doubled its time, where SQLite keeps
-- them apart because reading them beside FTS5's long keys was slow.
-- search_rank stays, as a view, for the queries both engines share.

DROP TABLE search_rank;

ALTER TABLE search_index
    ADD COLUMN name     TEXT    NOT NULL DEFAULT '',
    ADD COLUMN head     INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN archived INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN position TEXT    NOT NULL DEFAULT '';

CREATE VIEW search_rank AS
    SELECT rowid AS id, name, head, archived, position FROM search_index;

-- The pickers find positions as substrings, through trigrams as keys are.
CREATE INDEX search_index_position ON search_index USING gin (position gin_trgm_ops)
    WHERE rowid > 0 AND position <> '';
