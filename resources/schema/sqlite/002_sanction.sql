-- CAC Review schema, version 2: warnings and sanctions recorded per agency, with dates.
-- A warning is the first rung; the committee's sanctions rise from censure to removal.

CREATE TABLE sanction (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('warning', 'censure', 'suspension', 'removal')),
    issued_on  TEXT NOT NULL CHECK (date(issued_on, '+0 days') = issued_on),
    ended_on   TEXT CHECK (ended_on IS NULL OR date(ended_on, '+0 days') = ended_on),
    reason     TEXT
);
CREATE INDEX sanction_agency ON sanction(agency_id);
