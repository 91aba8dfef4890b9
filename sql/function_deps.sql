-- function_deps: a function whose argument and result change (a DROP and a
-- CREATE) is called by a trigger's WHEN, a check constraint and a column
-- default; those are dropped before the DROP FUNCTION and added again after
-- the CREATE FUNCTION; rows stay in the table.
SELECT format('host=%s port=%s dbname=psd_function_deps_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_function_deps_remote;

\c psd_function_deps_remote
CREATE FUNCTION f(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN NEW.note := 'stamped'; RETURN NEW; END$$;
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer DEFAULT f(1) CONSTRAINT qty_ok CHECK (f(qty) > 0),
    note text
);
CREATE TRIGGER item_stamp BEFORE INSERT ON item
    FOR EACH ROW WHEN (f(NEW.qty) > 1) EXECUTE FUNCTION stamp();
\c contrib_regression
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN NEW.note := 'stamped'; RETURN NEW; END$$;
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer DEFAULT f(1) CONSTRAINT qty_ok CHECK (f(qty) > 0),
    note text
);
CREATE TRIGGER item_stamp BEFORE INSERT ON item
    FOR EACH ROW WHEN (f(NEW.qty) > 1) EXECUTE FUNCTION stamp();
INSERT INTO item (id, qty) VALUES (1, 5), (2, 0);
INSERT INTO item (id) VALUES (3);

-- the plan: the check and the default go before DROP FUNCTION, come back after
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- the schemas are now equal, the rows stayed, the new objects work
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT id, qty, note FROM item ORDER BY id;
SELECT pg_get_function_identity_arguments('f'::regproc), pg_typeof(f(1));
INSERT INTO item (id) VALUES (4) RETURNING qty, note;
INSERT INTO item (id, qty) VALUES (5, -1);

DROP TABLE item;
DROP FUNCTION f(bigint), stamp();
DROP DATABASE psd_function_deps_remote;
