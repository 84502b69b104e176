-- Seating (package seating): the hosts and co-hosts of the office who
-- anchor an event's tables, entered once for the event; the tables of its
-- stored plan, the rules it was made by and its seats. A seat holds a
-- host, an invitee or the invitee's spouse; who sits on an invitee's seat
-- (they, or a deputy) and whether they still come is read from the list,
-- so that the plan follows it. Empty seats have no row.

CREATE TABLE seating_hosts (
    event_id BIGINT  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL, -- 0 the host, 1... the co-hosts, anchoring tables 1, 2...
    name     TEXT    NOT NULL,
    title    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, ordinal)
);

CREATE TABLE seating_plans (
    event_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    spouses    TEXT    NOT NULL CHECK (spouses IN ('beside', 'not-seated')),
    deputies   TEXT    NOT NULL CHECK (deputies IN ('own', 'principal')),
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

CREATE TABLE seating_tables (
    event_id BIGINT  NOT NULL REFERENCES seating_plans (event_id) ON DELETE CASCADE,
    number   INTEGER NOT NULL, -- 1 for the first table
    head     INTEGER NOT NULL DEFAULT 0 CHECK (head IN (0, 1)),
    seats    INTEGER NOT NULL CHECK (seats BETWEEN 2 AND 60),
    PRIMARY KEY (event_id, number)
);

CREATE TABLE seating_seats (
    event_id      BIGINT  NOT NULL,
    table_number  INTEGER NOT NULL,
    seat          INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('host', 'guest', 'spouse')),
    host_ordinal  INTEGER,                                             -- kind host
    person_id     BIGINT  REFERENCES people (id) ON DELETE CASCADE,    -- kind guest or spouse: the invitee
    PRIMARY KEY (event_id, table_number, seat),
    FOREIGN KEY (event_id, table_number) REFERENCES seating_tables (event_id, number) ON DELETE CASCADE
);

CREATE INDEX seating_seats_person ON seating_seats (person_id) WHERE person_id IS NOT NULL;
