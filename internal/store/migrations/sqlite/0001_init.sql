-- The first schema: missions, people, events, invitations and the search
-- index. Lists of phones, emails and languages are JSON arrays of strings.
-- Dates are text, 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (wall clock of the
-- capital, no time zone), '' when unknown; they sort as text.

CREATE TABLE missions (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('embassy', 'consulate', 'international_organisation', 'government', 'other')),
    country      TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL CHECK (name <> ''),
    short_name   TEXT    NOT NULL DEFAULT '',
    non_resident INTEGER NOT NULL DEFAULT 0,
    resident_in  TEXT    NOT NULL DEFAULT '',
    address      TEXT    NOT NULL DEFAULT '',
    phones       TEXT    NOT NULL DEFAULT '[]',
    email        TEXT    NOT NULL DEFAULT '',
    website      TEXT    NOT NULL DEFAULT '',
    national_day TEXT    NOT NULL DEFAULT '',  -- 'MM-DD'
    notes        TEXT    NOT NULL DEFAULT '',
    archived     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    mission_id      INTEGER REFERENCES missions (id),  -- NULL: no mission
    family_name     TEXT    NOT NULL DEFAULT '',
    given_name      TEXT    NOT NULL DEFAULT '',
    middle_name     TEXT    NOT NULL DEFAULT '',
    alt_name        TEXT    NOT NULL DEFAULT '',
    salutation      TEXT    NOT NULL DEFAULT '',
    rank            TEXT    NOT NULL DEFAULT '',
    position        TEXT    NOT NULL DEFAULT '',
    head_of_mission INTEGER NOT NULL DEFAULT 0,
    agrement        TEXT    NOT NULL DEFAULT '',
    credentials     TEXT    NOT NULL DEFAULT '',
    notification    TEXT    NOT NULL DEFAULT '',
    emails          TEXT    NOT NULL DEFAULT '[]',
    phones          TEXT    NOT NULL DEFAULT '[]',
    languages       TEXT    NOT NULL DEFAULT '[]',
    spouse          TEXT    NOT NULL DEFAULT '',
    notes           TEXT    NOT NULL DEFAULT '',
    posting_start   TEXT    NOT NULL DEFAULT '',
    posting_end     TEXT    NOT NULL DEFAULT '',
    departed        INTEGER NOT NULL DEFAULT 0,
    archived        INTEGER NOT NULL DEFAULT 0,
    sort_name       TEXT    NOT NULL DEFAULT '',  -- lower-cased full name, for ordering
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK (family_name <> '' OR given_name <> '')
);

CREATE INDEX people_mission ON people (mission_id);
-- The people list, a page at a time: OFFSET steps through this index
-- alone, without reading the rows it skips.
CREATE INDEX people_list ON people (archived, departed, sort_name, id);
-- A mission has at most one current head.
CREATE UNIQUE INDEX people_one_head ON people (mission_id)
    WHERE head_of_mission = 1 AND departed = 0 AND archived = 0;

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL CHECK (title <> ''),
    kind       TEXT    NOT NULL CHECK (kind IN ('briefing', 'meeting', 'reception', 'conference', 'other')),
    starts_at  TEXT    NOT NULL CHECK (starts_at <> ''),
    venue      TEXT    NOT NULL DEFAULT '',
    host       TEXT    NOT NULL DEFAULT '',
    rsvp_by    TEXT    NOT NULL DEFAULT '',
    dress_code TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

CREATE INDEX events_starts_at ON events (starts_at);

CREATE TABLE invitations (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES people (id),
    status         TEXT    NOT NULL CHECK (status IN ('planned', 'invited', 'accepted', 'declined', 'no_reply', 'attended', 'no_show')),
    represented_by INTEGER REFERENCES people (id),
    channel        TEXT    NOT NULL DEFAULT '',
    sent           TEXT    NOT NULL DEFAULT '',
    answered       TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    UNIQUE (event_id, person_id)
);

CREATE INDEX invitations_person ON invitations (person_id);
CREATE INDEX invitations_represented_by ON invitations (represented_by) WHERE represented_by IS NOT NULL;

-- The search index: one row per mission (rowid = -id) and per person
-- (rowid = id). key is the folded text (liaison.Fold) that queries match
-- as substrings; the trigram tokenizer lets SQLite find substrings of three
-- or more characters through the index.
CREATE VIRTUAL TABLE search_index USING fts5 (key, tokenize = 'trigram');

-- What ranks search results, one row per row of search_index (id = its
-- rowid): the folded display name, 1 for a current head of mission, 1 for
-- an archived record. A narrow table of its own because ranking reads it
-- for every match, and reading it from the FTS content beside the long
-- keys took twice as long.
CREATE TABLE search_rank (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    head     INTEGER NOT NULL,
    archived INTEGER NOT NULL
);
