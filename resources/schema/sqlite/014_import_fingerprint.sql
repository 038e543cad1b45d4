-- CAC Review schema, version 14 of a file: the imports a file can recognise when they come again.
-- A row says: the file with this SHA-256, read this way (the program's version and schema, its
-- encoding or sheet, its columns), was imported, and nothing has been written to the agencies,
-- contacts, reports or meta since. Importing it again would then change nothing, so the import
-- says so without reading its rows (ImportFingerprint). Derived data, not a record: never
-- audited, never exported or copied. Any write to those tables, by this program or any other,
-- empties the table through the triggers below; an empty table only means every file is read
-- row by row again. A later migration that rebuilds one of these tables (SQLite's create, copy,
-- drop and rename) drops its triggers with it, and must create them again; tst_importfingerprint
-- writes to each table and fails if a write is not seen.
CREATE TABLE import_fingerprint (
    sha256         TEXT NOT NULL,
    reading        TEXT NOT NULL,
    size           INTEGER NOT NULL,
    rows           INTEGER NOT NULL,   -- data records read
    duplicate_rows INTEGER NOT NULL,   -- identical repeats of an earlier row of the file
    reports        INTEGER NOT NULL,   -- reports written from it (every one unchanged next time)
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (sha256, reading)
);
CREATE INDEX import_fingerprint_size ON import_fingerprint(size);

CREATE TRIGGER import_fingerprint_agency_added AFTER INSERT ON agency
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_agency_changed AFTER UPDATE ON agency
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_agency_removed AFTER DELETE ON agency
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;

CREATE TRIGGER import_fingerprint_contact_added AFTER INSERT ON contact
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_contact_changed AFTER UPDATE ON contact
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_contact_removed AFTER DELETE ON contact
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;

CREATE TRIGGER import_fingerprint_report_added AFTER INSERT ON misuse_report
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_report_changed AFTER UPDATE ON misuse_report
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_report_removed AFTER DELETE ON misuse_report
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;

CREATE TRIGGER import_fingerprint_meta_added AFTER INSERT ON meta
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_meta_changed AFTER UPDATE ON meta
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
CREATE TRIGGER import_fingerprint_meta_removed AFTER DELETE ON meta
WHEN EXISTS (SELECT 1 FROM import_fingerprint) BEGIN DELETE FROM import_fingerprint; END;
