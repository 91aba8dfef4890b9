-- stored_objects: aggregates (plain, over *, ordered-set, moving), rules,
-- event triggers, range types, and comments on triggers, policies, rules,
-- event triggers, collations and aggregates. A changed aggregate is dropped
-- and created again, with the view that uses it around it; rows stay.
SELECT format('host=%s port=%s dbname=psd_stored_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_stored_remote;

\c psd_stored_remote
CREATE TABLE reading (id integer PRIMARY KEY, v numeric, at time);
CREATE TABLE audit (id integer, what text);
CREATE FUNCTION add_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE FUNCTION sub_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';
CREATE FUNCTION doubled(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
CREATE AGGREGATE total(numeric) (SFUNC = add_num, STYPE = numeric, INITCOND = '10',
    FINALFUNC = doubled, MSFUNC = add_num, MINVFUNC = sub_num, MSTYPE = numeric,
    MINITCOND = '0', PARALLEL = SAFE);
CREATE AGGREGATE how_many(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE "Largest"(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE FUNCTION pick_final(numeric[], numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $2';
CREATE AGGREGATE first_of(numeric ORDER BY numeric) (SFUNC = array_append,
    STYPE = numeric[], FINALFUNC = pick_final, FINALFUNC_EXTRA);
CREATE VIEW summary AS SELECT total(v) AS total, how_many(*) AS n FROM reading;
COMMENT ON AGGREGATE total(numeric) IS 'sum plus ten, doubled';
CREATE RULE keep_deleted AS ON DELETE TO reading
    DO ALSO INSERT INTO audit VALUES (old.id, 'deleted');
CREATE RULE note_update AS ON UPDATE TO reading
    DO ALSO INSERT INTO audit VALUES (new.id, 'updated');
ALTER TABLE reading DISABLE RULE note_update;
COMMENT ON RULE keep_deleted ON reading IS 'audit trail';
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER "Log DDL" ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE')
    EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER "Log DDL" DISABLE;
COMMENT ON EVENT TRIGGER "Log DDL" IS 'watch tables';
CREATE FUNCTION time_diff(time, time) RETURNS float8
    LANGUAGE sql IMMUTABLE AS 'SELECT EXTRACT(EPOCH FROM ($1 - $2))::float8';
CREATE TYPE shift AS RANGE (SUBTYPE = time, SUBTYPE_DIFF = time_diff);
CREATE TYPE "Name Range" AS RANGE (SUBTYPE = text, COLLATION = "C",
    MULTIRANGE_TYPE_NAME = name_ranges);
CREATE TYPE kept AS RANGE (SUBTYPE = integer);
CREATE TYPE changed AS RANGE (SUBTYPE = bigint);
CREATE TABLE rota (id integer, during shift, names "Name Range", many name_ranges, k kept);
COMMENT ON TYPE shift IS 'working hours';
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION nocase IS 'case-insensitive';
CREATE TRIGGER touch BEFORE UPDATE ON reading
    FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
COMMENT ON TRIGGER touch ON reading IS 'skip no-op updates';
ALTER TABLE reading ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON reading USING (id > 0);
COMMENT ON POLICY own ON reading IS 'positive ids';

\c contrib_regression
CREATE TABLE reading (id integer PRIMARY KEY, v numeric, at time);
CREATE TABLE audit (id integer, what text);
INSERT INTO reading VALUES (1, 5, '08:00'), (2, 7, '09:30');
CREATE FUNCTION add_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE total(numeric) (SFUNC = add_num, STYPE = numeric, INITCOND = '0');
CREATE AGGREGATE gone(numeric) (SFUNC = add_num, STYPE = numeric);
CREATE VIEW summary AS SELECT total(v) AS total FROM reading;
CREATE RULE old_rule AS ON INSERT TO reading DO ALSO INSERT INTO audit VALUES (new.id, 'ins');
CREATE RULE keep_deleted AS ON DELETE TO reading
    DO ALSO INSERT INTO audit VALUES (old.id, 'gone');
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER old_watch ON sql_drop EXECUTE FUNCTION log_ddl();
CREATE TYPE kept AS RANGE (SUBTYPE = integer);
CREATE TYPE changed AS RANGE (SUBTYPE = integer);
CREATE TYPE old_range AS RANGE (SUBTYPE = date);
CREATE TABLE rota (id integer, k kept);
INSERT INTO rota VALUES (1, '[1,5)');
CREATE TRIGGER touch BEFORE UPDATE ON reading
    FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
COMMENT ON TRIGGER touch ON reading IS 'old text';

-- Drops are refused without allow_drops.
SELECT count(*) FROM schema_diff(:'remote');

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
-- Only the range type that cannot be changed in place is left (a warning).
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM summary;
SELECT * FROM rota;
DELETE FROM reading WHERE id = 2;
SELECT * FROM audit;
SELECT evtname, evtenabled, evttags FROM pg_event_trigger;
SELECT rulename, ev_enabled FROM pg_rewrite WHERE ev_class = 'reading'::regclass ORDER BY 1;
SELECT first_of(42) WITHIN GROUP (ORDER BY v) FROM reading;
SELECT '[08:00,17:00)'::shift, '{[a,c)}'::name_ranges;

DROP EVENT TRIGGER "Log DDL";
DROP VIEW summary;
DROP TABLE reading, audit, rota;
DROP AGGREGATE total(numeric), how_many(*), "Largest"(integer), first_of(numeric ORDER BY numeric);
DROP TYPE shift, "Name Range", kept, changed;
DROP FUNCTION add_num(numeric, numeric), sub_num(numeric, numeric), doubled(numeric),
    pick_final(numeric[], numeric, numeric), log_ddl(), time_diff(time, time);
DROP COLLATION nocase;
DROP DATABASE psd_stored_remote;
