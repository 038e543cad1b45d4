-- CAC Review schema, version 10: the enhanced reporting forms the program made, one row per
-- workbook sent to an agency. A returned form names its id (in a hidden, protected cell); the
-- import takes it only if the id is one of these, for the same agency and year. Protection in
-- a workbook is easy to remove, so this check is the program's, not the spreadsheet's.

CREATE TABLE reporting_form (
    id        TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*'),
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year      INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    made_at   TEXT NOT NULL,
    made_by   TEXT,
    file_name TEXT NOT NULL
);
CREATE INDEX reporting_form_agency ON reporting_form(agency_id, year);
