-- The roles of a team's server database, made by `cac-review server-setup` (ServerSetup), which
-- puts the role prefix in place of @ (cac_ unless told otherwise: roles belong to the whole
-- server, so two teams on one server choose two prefixes). Run again, it changes nothing.
-- The server enforces them: a button the window disables is a courtesy, the GRANT is the rule.
--   @committee  reads everything; records review decisions (marks, overrides, meetings and their
--               agendas) and drafts letters
--   @staff      also imports, edits agencies, contacts, reports and sanctions, and works the
--               outreach list
--   @admin      also edits the review rules' settings and the letter templates
-- People log in as themselves, one login each, made a member of one of these:
--   CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE cac_staff;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@committee') THEN
        CREATE ROLE @committee NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@staff') THEN
        CREATE ROLE @staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@admin') THEN
        CREATE ROLE @admin NOLOGIN;
    END IF;
    -- Checked first: granting a membership held already is harmless but says so on every run.
    IF NOT pg_has_role('@staff', '@committee', 'MEMBER') THEN
        GRANT @committee TO @staff;
    END IF;
    IF NOT pg_has_role('@admin', '@staff', 'MEMBER') THEN
        GRANT @staff TO @admin;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO @committee;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO @committee;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO @committee;
GRANT INSERT, UPDATE, DELETE ON review_mark, sanction_override, meeting, meeting_agency,
    letter_draft, letter_draft_version, letter_draft_status TO @committee;
GRANT INSERT, UPDATE, DELETE ON agency, contact, misuse_report, report_category, sanction,
    outreach_call, outreach_assignment, reporting_form, import_column_mapping, meta, year_rollup
    TO @staff;
GRANT INSERT, UPDATE, DELETE ON review_setting, letter_template TO @admin;

-- The log is the server's: nobody writes it but its triggers, and an import's one row goes
-- through cac_log_action, which names the login that ran it.
REVOKE ALL ON audit_log FROM @committee, @staff, @admin;
GRANT SELECT ON audit_log TO @committee;
REVOKE ALL ON FUNCTION cac_log_action(text, text, text), cac_begin_bulk(), cac_end_bulk() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cac_log_action(text, text, text), cac_begin_bulk(), cac_end_bulk() TO @staff;
