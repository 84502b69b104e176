-- A person's folded position beside their search rank: the pickers find
-- people by position ("prosecutor", "justice") through it, and no longer
-- fold every position at query time with liaison_fold, a function only
-- SQLite can call into Go for.

ALTER TABLE search_rank ADD COLUMN position TEXT NOT NULL DEFAULT '';

UPDATE search_rank SET position = (SELECT liaison_fold(p.position) FROM people p WHERE p.id = search_rank.id)
WHERE id > 0 AND EXISTS (SELECT 1 FROM people p WHERE p.id = search_rank.id AND p.position <> '');
