-- CAC Review schema, version 5: outreach to agencies that have not filed (or filed figures that
-- need a call): every call with its outcome and next follow-up, and who is assigned to call.

CREATE TABLE outreach_call (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    called_at      TEXT NOT NULL CHECK (datetime(called_at) IS NOT NULL),
    caller         TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('reached', 'left_message', 'wrong_number', 'promised',
                                                    'refused', 'filed')),
    promised_by    TEXT CHECK (promised_by IS NULL OR date(promised_by, '+0 days') = promised_by),
    notes          TEXT,
    next_follow_up TEXT CHECK (next_follow_up IS NULL OR date(next_follow_up, '+0 days') = next_follow_up)
);
CREATE INDEX outreach_call_agency_year ON outreach_call(agency_id, year);

CREATE TABLE outreach_assignment (
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year      INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    staff     TEXT NOT NULL CHECK (length(trim(staff)) > 0),
    PRIMARY KEY (agency_id, year)
);
