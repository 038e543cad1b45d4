-- CAC Review schema, version 3: the review queue. Rule thresholds and weights (editable in
-- Settings), agencies marked as reviewed for a year, meetings and their agendas, and the
-- reviewer's overrides of the suggested sanction, each with its reason.

CREATE TABLE review_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value REAL NOT NULL
);

CREATE TABLE review_mark (
    agency_id   INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    reviewed_on TEXT NOT NULL CHECK (date(reviewed_on, '+0 days') = reviewed_on),
    reviewer    TEXT,
    PRIMARY KEY (agency_id, year)
);

CREATE TABLE meeting (
    id      INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL CHECK (date(held_on, '+0 days') = held_on),
    title   TEXT NOT NULL,
    chair   TEXT
);

CREATE TABLE meeting_agency (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agency_id  INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, agency_id)
);

CREATE TABLE sanction_override (
    agency_id  INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    suggested  TEXT NOT NULL CHECK (suggested IN ('none', 'censure', 'suspension', 'removal')),
    chosen     TEXT NOT NULL CHECK (chosen IN ('none', 'censure', 'suspension', 'removal')),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_on TEXT NOT NULL CHECK (date(decided_on, '+0 days') = decided_on),
    decided_by TEXT,
    PRIMARY KEY (agency_id, year)
);
