-- CAC Review schema, version 12: the statewide figures by year, kept so that a chart reads a row
-- a year instead of every report. Derived data, not a record: never audited, never exported.
-- Every write that can change a figure, by this program or any other, empties the table through
-- the triggers below (a report added, changed or removed; an agency's end of service); the next
-- statewide read rebuilds it, inside one write transaction, from the same queries a filtered
-- figure uses (StatewideMetrics). Empty means "to be rebuilt". Unknown sums stay NULL.
CREATE TABLE year_rollup (
    year                    INTEGER PRIMARY KEY,
    agencies_due            INTEGER NOT NULL,
    agencies_filed          INTEGER NOT NULL,
    investigations          INTEGER,
    investigations_reported INTEGER NOT NULL,
    violations_low          INTEGER,
    violations_high         INTEGER,
    violations_reported     INTEGER NOT NULL,
    individuals             INTEGER,
    individuals_reported    INTEGER NOT NULL,
    counseling INTEGER, reprimand INTEGER, suspension INTEGER, termination INTEGER,
    resignation INTEGER, criminal_charges INTEGER, no_action INTEGER,
    cat_self_or_acquaintance INTEGER, cat_unauthorized_disclosure INTEGER,
    cat_shared_credentials INTEGER, cat_allowed_others INTEGER, cat_licensing_employment INTEGER,
    cat_firearm_prepurchase INTEGER, cat_dmv_unauthorized INTEGER, cat_high_profile INTEGER,
    cat_immigration_enforcement INTEGER, cat_other INTEGER
);

CREATE TRIGGER year_rollup_report_added AFTER INSERT ON misuse_report
WHEN EXISTS (SELECT 1 FROM year_rollup) BEGIN DELETE FROM year_rollup; END;

CREATE TRIGGER year_rollup_report_changed AFTER UPDATE ON misuse_report
WHEN EXISTS (SELECT 1 FROM year_rollup) BEGIN DELETE FROM year_rollup; END;

CREATE TRIGGER year_rollup_report_removed AFTER DELETE ON misuse_report
WHEN EXISTS (SELECT 1 FROM year_rollup) BEGIN DELETE FROM year_rollup; END;

CREATE TRIGGER year_rollup_service_ended AFTER UPDATE OF service_end_date ON agency
WHEN EXISTS (SELECT 1 FROM year_rollup) BEGIN DELETE FROM year_rollup; END;
