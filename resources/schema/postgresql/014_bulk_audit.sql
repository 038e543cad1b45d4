-- A bulk load (an import, a copy) is audited by the server, so that no client skips the log by
-- loading in bulk. Its new rows are not logged one by one; instead, statement-level triggers with
-- transition tables count the rows each of its statements inserted, table by table, with their ids
-- as runs [first, last]. When the load commits, a deferred trigger writes one audit row: the one
-- the program asked for through cac_log_action (an import naming its file), with what the server
-- counted added as "loaded", or on its own as 'bulk load' when the program asked for none.
-- Changes a load makes to rows already there are still logged row by row, as 'import'.

ALTER TABLE bulk_load
    ADD COLUMN ended boolean NOT NULL DEFAULT false,
    ADD COLUMN log_table text,
    ADD COLUMN log_action text,
    ADD COLUMN log_details text;

-- What each statement of a load inserted, a row per statement (rows added, never updated: a
-- load of many small statements must not leave a long chain of row versions to walk).
CREATE TABLE bulk_load_count (
    pid integer NOT NULL,
    xid bigint NOT NULL,
    table_name text NOT NULL,
    inserted bigint NOT NULL,
    runs jsonb NOT NULL
);
CREATE INDEX bulk_load_count_load ON bulk_load_count (pid, xid);

-- Whether this transaction is a bulk load now: the setting first (cheap), then the row only
-- cac_begin_bulk writes.
CREATE FUNCTION cac_in_bulk() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT coalesce(current_setting('cac.bulk', true), '') = '1'
       AND EXISTS (SELECT 1 FROM bulk_load WHERE pid = pg_backend_pid() AND xid = txid_current() AND NOT ended)
$$;
REVOKE ALL ON FUNCTION cac_in_bulk() FROM PUBLIC;

CREATE OR REPLACE FUNCTION cac_end_bulk() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    -- The row stays until the commit, which logs the load (cac_write_bulk_log).
    UPDATE bulk_load SET ended = true WHERE pid = pg_backend_pid() AND xid = txid_current();
    SELECT set_config('cac.bulk', '0', true);
$$;

-- cac_audit_row (013) stays as it is: it takes a load for bulk only while cac.bulk is '1' and
-- the load's row is there, and cac_end_bulk sets cac.bulk back to '0'.

-- The rows one statement of a bulk load inserted into a table: how many, and their ids as runs
-- of consecutive ids (TG_ARGV[0]: the integer key, or '' for a table without one; TG_ARGV[1]: the
-- key the row triggers log as row_id).
CREATE FUNCTION cac_audit_bulk_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    inserted bigint;
    runs jsonb := '[]';
BEGIN
    IF coalesce(current_setting('cac.bulk', true), '') <> '1' THEN
        RETURN NULL; -- not a bulk load: the row triggers logged each row
    END IF;
    IF NOT cac_in_bulk() THEN
        -- The setting without the server's mark (a client that set it itself): the row triggers
        -- were skipped on the setting's word, so each row is logged here as they would have.
        INSERT INTO audit_log (at, os_user, db_role, table_name, row_id, action, old_values, new_values)
        SELECT cac_now(), nullif(current_setting('cac.os_user', true), ''), session_user, TG_TABLE_NAME,
               CASE WHEN (to_jsonb(a) ->> TG_ARGV[1]) ~ '^-?[0-9]+$' THEN (to_jsonb(a) ->> TG_ARGV[1])::bigint END,
               'insert', NULL, row_to_json(a)::text
        FROM added a;
        RETURN NULL;
    END IF;
    IF TG_ARGV[0] = '' THEN
        SELECT count(*) INTO inserted FROM added;
    ELSE
        -- One pass over the statement's rows, the key read as a column (no row made into JSON).
        EXECUTE format('SELECT coalesce(sum(n), 0), coalesce(jsonb_agg(jsonb_build_array(first, last) ORDER BY first), ''[]'') '
                       'FROM (SELECT min(k) AS first, max(k) AS last, count(*) AS n '
                       'FROM (SELECT %1$I AS k, %1$I - row_number() OVER (ORDER BY %1$I) AS run FROM added) keyed '
                       'GROUP BY run) r', TG_ARGV[0])
            INTO inserted, runs;
    END IF;
    IF inserted > 0 THEN
        INSERT INTO bulk_load_count (pid, xid, table_name, inserted, runs)
        VALUES (pg_backend_pid(), txid_current(), TG_TABLE_NAME, inserted, runs);
    END IF;
    RETURN NULL;
END $$;

-- The program's own log row for an action (an import naming its file). Inside a bulk load it is
-- kept with the load and written, with what the server counted, when the load commits: one row.
CREATE OR REPLACE FUNCTION cac_log_action(logged_table text, logged_action text, details text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE bulk_load SET log_table = logged_table, log_action = logged_action, log_details = details
    WHERE pid = pg_backend_pid() AND xid = txid_current() AND log_action IS NULL;
    IF NOT FOUND THEN
        INSERT INTO audit_log (at, os_user, db_role, table_name, row_id, action, old_values, new_values)
        VALUES (cac_now(), nullif(current_setting('cac.os_user', true), ''), session_user, logged_table, NULL,
                logged_action, NULL, details);
    END IF;
END $$;

-- At commit (deferred; a client that makes it immediate ends its bulk load at once, and its rows
-- are then logged one by one): the load's one audit row. Long lists of runs (a copy's ids, with
-- the gaps of deleted rows) are cut to their first and last id, marked ids_have_gaps.
CREATE FUNCTION cac_write_bulk_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    load bulk_load;
    details jsonb;
    counted jsonb;
BEGIN
    DELETE FROM bulk_load WHERE pid = NEW.pid AND xid = NEW.xid RETURNING * INTO load;
    IF NOT FOUND THEN
        RETURN NULL; -- logged already (cac_begin_bulk twice in one transaction)
    END IF;
    -- Each table's runs from every statement, those that continue each other joined.
    WITH counts AS (
        DELETE FROM bulk_load_count WHERE pid = NEW.pid AND xid = NEW.xid RETURNING table_name, inserted, runs
    ), bounds AS (
        SELECT table_name, (run ->> 0)::bigint AS first, (run ->> 1)::bigint AS last
        FROM counts, jsonb_array_elements(runs) run
    ), starts AS (
        SELECT table_name, first, last,
               CASE WHEN first = lag(last) OVER (PARTITION BY table_name ORDER BY first) + 1 THEN 0 ELSE 1 END AS starts
        FROM bounds
    ), grouped AS (
        SELECT table_name, first, last, sum(starts) OVER (PARTITION BY table_name ORDER BY first) AS run FROM starts
    ), joined AS (
        SELECT table_name, min(first) AS first, max(last) AS last FROM grouped GROUP BY table_name, run
    ), per_table AS (
        SELECT t.table_name, t.inserted,
               (SELECT CASE WHEN count(*) > 100
                            THEN jsonb_build_array(jsonb_build_array(min(j.first), max(j.last)))
                            ELSE coalesce(jsonb_agg(jsonb_build_array(j.first, j.last) ORDER BY j.first), '[]') END
                FROM joined j WHERE j.table_name = t.table_name) AS ids,
               (SELECT count(*) > 100 FROM joined j WHERE j.table_name = t.table_name) AS cut
        FROM (SELECT table_name, sum(inserted) AS inserted FROM counts GROUP BY table_name) t
    )
    SELECT jsonb_object_agg(table_name, jsonb_build_object('inserted', inserted)
                            || CASE WHEN ids = '[]' THEN '{}'::jsonb ELSE jsonb_build_object('ids', ids) END
                            || CASE WHEN cut THEN jsonb_build_object('ids_have_gaps', true) ELSE '{}'::jsonb END)
    INTO counted FROM per_table;
    IF counted IS NULL AND load.log_action IS NULL THEN
        RETURN NULL; -- nothing loaded and nothing to say
    END IF;
    details := CASE WHEN load.log_details IS NULL THEN '{}'::jsonb
                    WHEN cac_is_json(load.log_details) AND jsonb_typeof(load.log_details::jsonb) = 'object' THEN load.log_details::jsonb
                    ELSE jsonb_build_object('details', load.log_details) END;
    IF counted IS NOT NULL THEN
        details := details || jsonb_build_object('loaded', counted);
    END IF;
    INSERT INTO audit_log (at, os_user, db_role, table_name, row_id, action, old_values, new_values)
    VALUES (cac_now(), nullif(current_setting('cac.os_user', true), ''), session_user, coalesce(load.log_table, '*'), NULL,
            coalesce(load.log_action, 'bulk load'), NULL, details::text);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER bulk_load_logged AFTER INSERT ON bulk_load DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION cac_write_bulk_log();

-- A bulk load's row triggers are not even called (a WHEN condition, evaluated without a function
-- call, instead of a trigger that returns at once): the log's insert trigger and the notices are
-- skipped for each of its rows, and its statements are counted above. A client that sets
-- cac.bulk itself skips them too, and is logged row by row by cac_audit_bulk_insert instead.
DO $$
DECLARE
    audited record;
    definition text;
BEGIN
    FOR audited IN
        SELECT c.relname AS name,
               (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1
                  AND a.atttypid IN ('integer'::regtype, 'bigint'::regtype)) AS key,
               (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE i.indrelid = c.oid AND i.indisprimary) AS logged_key
        FROM pg_class c
        WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
          AND c.relname NOT IN ('audit_log', 'year_rollup', 'schema_migration', 'bulk_load', 'bulk_load_count')
    LOOP
        EXECUTE format('CREATE TRIGGER audit_bulk_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS added '
                       'FOR EACH STATEMENT EXECUTE FUNCTION cac_audit_bulk_insert(%L, %L)', audited.name,
                       coalesce(audited.key, ''), coalesce(audited.logged_key, ''));
        EXECUTE format('DROP TRIGGER audit_row ON %I', audited.name);
        EXECUTE format('CREATE TRIGGER audit_row AFTER UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION cac_audit_row(%L)', audited.name, coalesce(audited.logged_key, ''));
        EXECUTE format('CREATE TRIGGER audit_row_insert AFTER INSERT ON %I FOR EACH ROW '
                       'WHEN (coalesce(current_setting(''cac.bulk'', true), '''') <> ''1'') '
                       'EXECUTE FUNCTION cac_audit_row(%L)', audited.name, coalesce(audited.logged_key, ''));
    END LOOP;
    -- The notices' row triggers, as 013 made them, with the same condition.
    FOR definition IN
        SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t
        WHERE t.tgname = 'notify_row' AND t.tgrelid::regclass::text NOT LIKE 'pg_%'
    LOOP
        EXECUTE regexp_replace(definition, '^CREATE TRIGGER notify_row (.*) ON (\S+) .*$', 'DROP TRIGGER notify_row ON \2');
        EXECUTE replace(definition, 'FOR EACH ROW EXECUTE',
                        'FOR EACH ROW WHEN (coalesce(current_setting(''cac.bulk'', true), '''') <> ''1'') EXECUTE');
    END LOOP;
END $$;
