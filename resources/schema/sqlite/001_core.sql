-- CAC Review schema, version 1: agencies, their contacts, annual misuse reports and their
-- category counts, the audit log, and file-level facts (meta).
-- Table and column names are an interface: analysts read this file in sqlite3 and R.
-- NULL means "not reported" everywhere; it is never a zero.
-- Dates are checked with date(d, '+0 days') = d, which also refuses days past a month's end.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE agency (
    id               INTEGER PRIMARY KEY,
    ori              TEXT NOT NULL UNIQUE
                     CHECK (length(ori) = 9 AND ori GLOB 'CA[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]'),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT,
    county           TEXT,
    parent_org       TEXT,
    sworn_staff      INTEGER CHECK (sworn_staff >= 0),
    service_status   TEXT NOT NULL DEFAULT 'active'
                     CHECK (service_status IN ('active', 'suspended', 'removed', 'ended')),
    service_end_date TEXT CHECK (service_end_date IS NULL OR date(service_end_date, '+0 days') = service_end_date),
    immigration_watch INTEGER NOT NULL DEFAULT 0 CHECK (immigration_watch IN (0, 1)),
    notes            TEXT
);

CREATE TABLE contact (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    role      TEXT,
    phone     TEXT,
    email     TEXT
);
CREATE INDEX contact_agency ON contact(agency_id);

CREATE TABLE misuse_report (
    id               INTEGER PRIMARY KEY,
    agency_id        INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    year             INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    filed            INTEGER CHECK (filed IN (0, 1)),
    filed_date       TEXT CHECK (filed_date IS NULL OR date(filed_date, '+0 days') = filed_date),
    investigations   INTEGER CHECK (investigations >= 0),
    violations_low   INTEGER CHECK (violations_low >= 0),
    violations_high  INTEGER CHECK (violations_high >= 0),
    individuals      INTEGER CHECK (individuals >= 0),
    pending          INTEGER CHECK (pending >= 0),
    counseling       INTEGER CHECK (counseling >= 0),
    reprimand        INTEGER CHECK (reprimand >= 0),
    suspension       INTEGER CHECK (suspension >= 0),
    termination      INTEGER CHECK (termination >= 0),
    resignation      INTEGER CHECK (resignation >= 0),
    criminal_charges INTEGER CHECK (criminal_charges >= 0),
    no_action        INTEGER CHECK (no_action >= 0),
    notes            TEXT,
    source_file      TEXT,
    source_line      INTEGER,
    UNIQUE (agency_id, year),
    CHECK (violations_low <= violations_high),
    CHECK ((violations_low IS NULL) = (violations_high IS NULL))
);
CREATE INDEX misuse_report_year ON misuse_report(year);

CREATE TABLE report_category (
    report_id INTEGER NOT NULL REFERENCES misuse_report(id) ON DELETE CASCADE,
    category  TEXT NOT NULL CHECK (category IN (
                  'self_or_acquaintance', 'unauthorized_disclosure', 'shared_credentials',
                  'allowed_others', 'licensing_employment', 'firearm_prepurchase',
                  'dmv_unauthorized', 'high_profile', 'immigration_enforcement', 'other')),
    count     INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (report_id, category)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    os_user    TEXT,
    table_name TEXT NOT NULL,
    row_id     INTEGER,
    action     TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT
);

CREATE VIEW v_report AS
SELECT r.id, a.ori, a.name AS agency, r.year, r.filed, r.filed_date, r.investigations,
       r.violations_low, r.violations_high, r.individuals, r.pending, r.counseling,
       r.reprimand, r.suspension, r.termination, r.resignation, r.criminal_charges,
       r.no_action, r.notes, r.source_file, r.source_line
FROM misuse_report r
JOIN agency a ON a.id = r.agency_id;
