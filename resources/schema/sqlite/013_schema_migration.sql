-- CAC Review schema, version 13: the migrations applied, in a table both engines have (a server
-- database has no PRAGMA user_version; files keep theirs up to date as well, so that an older
-- program still refuses a newer file), and the database role of each change in the audit log,
-- which a server writes; a file has no roles, so it stays NULL here.
CREATE TABLE schema_migration (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT  -- NULL for the versions applied before this table existed
);
INSERT INTO schema_migration (version, applied_at)
WITH RECURSIVE v(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM v WHERE n < 12)
SELECT n, NULL FROM v;
INSERT INTO schema_migration (version, applied_at) VALUES (13, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

ALTER TABLE audit_log ADD COLUMN db_role TEXT;
