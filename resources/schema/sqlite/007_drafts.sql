-- CAC Review schema, version 7: letters drafted from templates. A draft keeps every saved
-- version of its text and every change of status (draft, proposed, adopted, withdrawn), dated.

CREATE TABLE letter_draft (
    id               INTEGER PRIMARY KEY,
    agency_id        INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year             INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    template_name    TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    title            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'proposed', 'adopted', 'withdrawn')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX letter_draft_agency ON letter_draft(agency_id);

CREATE TABLE letter_draft_version (
    draft_id  INTEGER NOT NULL REFERENCES letter_draft(id) ON DELETE CASCADE,
    version   INTEGER NOT NULL CHECK (version >= 1),
    body_html TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    saved_by  TEXT,
    PRIMARY KEY (draft_id, version)
);

CREATE TABLE letter_draft_status (
    draft_id   INTEGER NOT NULL REFERENCES letter_draft(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'adopted', 'withdrawn')),
    changed_at TEXT NOT NULL,
    changed_by TEXT
);
