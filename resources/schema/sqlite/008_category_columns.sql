-- CAC Review schema, version 8: a report's category counts live in its own row, in the columns
-- cat_<code> (the names of the CSV columns), NULL where the category was not reported. The
-- statewide category chart then sums one row per report from the rollup index (600,000 reports:
-- about 480 ms down to about 100 ms), and an import writes one row per report instead of four.
--
-- report_category(report_id, category, count) stays, as a view with one row per reported
-- category, for analysts' sqlite3 and R sessions; INSERT, UPDATE and DELETE on it still work
-- (INSTEAD OF triggers below), with the checks the table had.

ALTER TABLE misuse_report ADD COLUMN cat_self_or_acquaintance INTEGER CHECK (cat_self_or_acquaintance >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_unauthorized_disclosure INTEGER CHECK (cat_unauthorized_disclosure >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_shared_credentials INTEGER CHECK (cat_shared_credentials >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_allowed_others INTEGER CHECK (cat_allowed_others >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_licensing_employment INTEGER CHECK (cat_licensing_employment >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_firearm_prepurchase INTEGER CHECK (cat_firearm_prepurchase >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_dmv_unauthorized INTEGER CHECK (cat_dmv_unauthorized >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_high_profile INTEGER CHECK (cat_high_profile >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_immigration_enforcement INTEGER CHECK (cat_immigration_enforcement >= 0);
ALTER TABLE misuse_report ADD COLUMN cat_other INTEGER CHECK (cat_other >= 0);

UPDATE misuse_report SET
    cat_self_or_acquaintance = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'self_or_acquaintance'),
    cat_unauthorized_disclosure = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'unauthorized_disclosure'),
    cat_shared_credentials = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'shared_credentials'),
    cat_allowed_others = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'allowed_others'),
    cat_licensing_employment = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'licensing_employment'),
    cat_firearm_prepurchase = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'firearm_prepurchase'),
    cat_dmv_unauthorized = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'dmv_unauthorized'),
    cat_high_profile = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'high_profile'),
    cat_immigration_enforcement = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'immigration_enforcement'),
    cat_other = (SELECT count FROM report_category c WHERE c.report_id = misuse_report.id AND c.category = 'other')
WHERE id IN (SELECT report_id FROM report_category);

DROP TABLE report_category;

CREATE VIEW report_category (report_id, category, count) AS
SELECT id, 'self_or_acquaintance', cat_self_or_acquaintance FROM misuse_report WHERE cat_self_or_acquaintance IS NOT NULL
UNION ALL SELECT id, 'unauthorized_disclosure', cat_unauthorized_disclosure FROM misuse_report WHERE cat_unauthorized_disclosure IS NOT NULL
UNION ALL SELECT id, 'shared_credentials', cat_shared_credentials FROM misuse_report WHERE cat_shared_credentials IS NOT NULL
UNION ALL SELECT id, 'allowed_others', cat_allowed_others FROM misuse_report WHERE cat_allowed_others IS NOT NULL
UNION ALL SELECT id, 'licensing_employment', cat_licensing_employment FROM misuse_report WHERE cat_licensing_employment IS NOT NULL
UNION ALL SELECT id, 'firearm_prepurchase', cat_firearm_prepurchase FROM misuse_report WHERE cat_firearm_prepurchase IS NOT NULL
UNION ALL SELECT id, 'dmv_unauthorized', cat_dmv_unauthorized FROM misuse_report WHERE cat_dmv_unauthorized IS NOT NULL
UNION ALL SELECT id, 'high_profile', cat_high_profile FROM misuse_report WHERE cat_high_profile IS NOT NULL
UNION ALL SELECT id, 'immigration_enforcement', cat_immigration_enforcement FROM misuse_report WHERE cat_immigration_enforcement IS NOT NULL
UNION ALL SELECT id, 'other', cat_other FROM misuse_report WHERE cat_other IS NOT NULL;

CREATE TRIGGER report_category_insert INSTEAD OF INSERT ON report_category
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: category is not a misuse category code')
    WHERE NEW.category IS NULL OR NEW.category NOT IN (
        'self_or_acquaintance', 'unauthorized_disclosure', 'shared_credentials', 'allowed_others',
        'licensing_employment', 'firearm_prepurchase', 'dmv_unauthorized', 'high_profile',
        'immigration_enforcement', 'other');
    SELECT RAISE(ABORT, 'CHECK constraint failed: count >= 0') WHERE NEW.count IS NULL OR NEW.count < 0;
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM misuse_report WHERE id = NEW.report_id);
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: report_category.report_id, report_category.category')
    WHERE EXISTS (SELECT 1 FROM report_category WHERE report_id = NEW.report_id AND category = NEW.category);
    UPDATE misuse_report SET
        cat_self_or_acquaintance = iif(NEW.category = 'self_or_acquaintance', NEW.count, cat_self_or_acquaintance),
        cat_unauthorized_disclosure = iif(NEW.category = 'unauthorized_disclosure', NEW.count, cat_unauthorized_disclosure),
        cat_shared_credentials = iif(NEW.category = 'shared_credentials', NEW.count, cat_shared_credentials),
        cat_allowed_others = iif(NEW.category = 'allowed_others', NEW.count, cat_allowed_others),
        cat_licensing_employment = iif(NEW.category = 'licensing_employment', NEW.count, cat_licensing_employment),
        cat_firearm_prepurchase = iif(NEW.category = 'firearm_prepurchase', NEW.count, cat_firearm_prepurchase),
        cat_dmv_unauthorized = iif(NEW.category = 'dmv_unauthorized', NEW.count, cat_dmv_unauthorized),
        cat_high_profile = iif(NEW.category = 'high_profile', NEW.count, cat_high_profile),
        cat_immigration_enforcement = iif(NEW.category = 'immigration_enforcement', NEW.count, cat_immigration_enforcement),
        cat_other = iif(NEW.category = 'other', NEW.count, cat_other)
    WHERE id = NEW.report_id;
END;

-- An update is the old row taken out and the new one put in, through the two triggers around
-- this one, so it has their checks; if the insert is refused, the delete is undone with it.
CREATE TRIGGER report_category_update INSTEAD OF UPDATE ON report_category
BEGIN
    DELETE FROM report_category WHERE report_id = OLD.report_id AND category = OLD.category;
    INSERT INTO report_category (report_id, category, count) VALUES (NEW.report_id, NEW.category, NEW.count);
END;

CREATE TRIGGER report_category_delete INSTEAD OF DELETE ON report_category
BEGIN
    UPDATE misuse_report SET
        cat_self_or_acquaintance = iif(OLD.category = 'self_or_acquaintance', NULL, cat_self_or_acquaintance),
        cat_unauthorized_disclosure = iif(OLD.category = 'unauthorized_disclosure', NULL, cat_unauthorized_disclosure),
        cat_shared_credentials = iif(OLD.category = 'shared_credentials', NULL, cat_shared_credentials),
        cat_allowed_others = iif(OLD.category = 'allowed_others', NULL, cat_allowed_others),
        cat_licensing_employment = iif(OLD.category = 'licensing_employment', NULL, cat_licensing_employment),
        cat_firearm_prepurchase = iif(OLD.category = 'firearm_prepurchase', NULL, cat_firearm_prepurchase),
        cat_dmv_unauthorized = iif(OLD.category = 'dmv_unauthorized', NULL, cat_dmv_unauthorized),
        cat_high_profile = iif(OLD.category = 'high_profile', NULL, cat_high_profile),
        cat_immigration_enforcement = iif(OLD.category = 'immigration_enforcement', NULL, cat_immigration_enforcement),
        cat_other = iif(OLD.category = 'other', NULL, cat_other)
    WHERE id = OLD.report_id;
END;

-- The rollup index also holds the category counts, so the category sums read it alone.
DROP INDEX misuse_report_rollup;
CREATE INDEX misuse_report_rollup ON misuse_report (
    filed, year, agency_id, investigations, violations_low, violations_high, individuals,
    counseling, reprimand, suspension, termination, resignation, criminal_charges, no_action,
    cat_self_or_acquaintance, cat_unauthorized_disclosure, cat_shared_credentials, cat_allowed_others,
    cat_licensing_employment, cat_firearm_prepurchase, cat_dmv_unauthorized, cat_high_profile,
    cat_immigration_enforcement, cat_other);
