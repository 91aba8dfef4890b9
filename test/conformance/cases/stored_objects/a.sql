CREATE TABLE reading (id integer PRIMARY KEY, v numeric, at time);
CREATE TABLE audit (id integer, what text);
CREATE FUNCTION add_num(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE total(numeric) (SFUNC = add_num, STYPE = numeric, INITCOND = '0');
CREATE AGGREGATE gone(numeric) (SFUNC = add_num, STYPE = numeric);
CREATE VIEW summary AS SELECT total(v) AS total FROM reading;
CREATE RULE old_rule AS ON INSERT TO reading DO ALSO INSERT INTO audit VALUES (new.id, 'ins');
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $$BEGIN RAISE NOTICE 'ddl: %', tg_tag; END$$;
CREATE EVENT TRIGGER old_watch ON sql_drop EXECUTE FUNCTION log_ddl();
CREATE TYPE old_range AS RANGE (SUBTYPE = date);
CREATE TYPE kept AS RANGE (SUBTYPE = integer);
CREATE TABLE rota (id integer, k kept);
