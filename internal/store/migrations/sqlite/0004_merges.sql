-- Merges of duplicates. A merge is a batch of the change history (kind
-- 'merge'), undone like an import; this table says which record went into
-- which, so that the history of the one merged away can say where it went,
-- and holds what undoing needs that the change history does not: when the
-- record merged away was created, and its photo.

CREATE TABLE merges (
    batch_id    INTEGER PRIMARY KEY REFERENCES batches (id),
    entity      TEXT    NOT NULL CHECK (entity IN ('mission', 'person')),
    from_id     INTEGER NOT NULL,  -- deleted by the merge, put back by its undo
    into_id     INTEGER NOT NULL,  -- the survivor
    created_at  TEXT    NOT NULL,  -- from's, restored with it
    photo_mime  TEXT    NOT NULL DEFAULT '',
    photo       BLOB,              -- from's photo, NULL when it had none
    photo_given INTEGER NOT NULL DEFAULT 0  -- 1 when the survivor got from's photo
);

CREATE INDEX merges_from ON merges (entity, from_id);
CREATE INDEX merges_into ON merges (entity, into_id);
