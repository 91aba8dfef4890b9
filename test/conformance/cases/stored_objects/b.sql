CREATE TABLE reading (id integer PRIMARY KEY, v numeric, at time);
CREATE TABLE audit (id integer, what text);
CREATE FUNCTION add_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE FUNCTION sub_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';
CREATE AGGREGATE total(numeric) (SFUNC = add_num, STYPE = numeric, INITCOND = '10',
    MSFUNC = add_num, MINVFUNC = sub_num, MSTYPE = numeric, MINITCOND = '0', PARALLEL = SAFE);
CREATE AGGREGATE how_many(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE "Largest"(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE VIEW summary AS SELECT total(v) AS total, how_many(*) AS n FROM reading;
COMMENT ON AGGREGATE total(numeric) IS 'sum plus ten';
CREATE RULE note_update AS ON UPDATE TO reading
    DO ALSO INSERT INTO audit VALUES (new.id, 'updated');
ALTER TABLE reading DISABLE RULE note_update;
COMMENT ON RULE note_update ON reading IS 'audit trail';
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER "Log DDL" ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER "Log DDL" ENABLE REPLICA;
CREATE TYPE kept AS RANGE (SUBTYPE = integer);
CREATE TYPE "Name Range" AS RANGE (SUBTYPE = text, COLLATION = "C",
    MULTIRANGE_TYPE_NAME = name_ranges);
CREATE TABLE rota (id integer, k kept, names "Name Range", many name_ranges);
COMMENT ON TYPE "Name Range" IS 'text spans';
CREATE TRIGGER touch BEFORE UPDATE ON reading
    FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
COMMENT ON TRIGGER touch ON reading IS 'skip no-op updates';
