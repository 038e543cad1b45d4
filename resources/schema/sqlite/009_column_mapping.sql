-- CAC Review schema, version 9: the column mappings people chose for import files whose headers
-- are not the format's own ("ORI Number", "# of Investigations"), remembered by the file's set
-- of headers, so that the next file with the same headers is read alike, on this desk or, with
-- the database passed on, a colleague's.

CREATE TABLE import_column_mapping (
    id        INTEGER PRIMARY KEY,
    signature TEXT NOT NULL UNIQUE,  -- the headers in order, lower case, joined by U+001F
    headers   TEXT NOT NULL,         -- the same, as the file wrote them, for people reading this
    mapping   TEXT NOT NULL CHECK (json_valid(mapping)), -- {"Agency Name": "agency", "Notes 2": null}
    saved_at  TEXT NOT NULL,
    saved_by  TEXT
);
