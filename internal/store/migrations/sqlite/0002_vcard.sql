-- What business cards carry that the first schema had no place for: a
-- stable UID (vCard UID, kept across exports and imports), the honorific
-- suffix of the name, a postal address, and a photo.

ALTER TABLE people ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN address TEXT NOT NULL DEFAULT '';

-- Every person already stored gets a random (version 4) UUID.
UPDATE people SET uid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6)))
WHERE uid = '';

CREATE UNIQUE INDEX people_uid ON people (uid) WHERE uid <> '';

-- Photos apart from people, so lists never read them.
CREATE TABLE person_photos (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    mime      TEXT NOT NULL,
    data      BLOB NOT NULL
);

