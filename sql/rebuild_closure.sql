-- rebuild_closure: f changes in a way CREATE OR REPLACE cannot make (an
-- argument renamed), so it is dropped and created again. g's BEGIN ATOMIC
-- body calls f: g is the same on both sides but goes with f (the local
-- dependency graph, transitively), and with g whatever calls g: a check
-- constraint, a column default, a generated column, an expression index, a
-- view and a trigger's WHEN. All come back after; rows stay (the generated
-- column comes back as the table's last: PostgreSQL before 17 cannot set a
-- generation expression on an existing column).
SELECT format('host=%s port=%s dbname=psd_rebuild_closure_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_rebuild_closure_remote;

\c psd_rebuild_closure_remote
CREATE FUNCTION f(n integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN n + 1;
CREATE FUNCTION g(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT f(x) * 2;
END;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN NEW.note := 'stamped'; RETURN NEW; END$$;
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer DEFAULT g(1) CONSTRAINT qty_ok CHECK (g(qty) > 0),
    doubled integer GENERATED ALWAYS AS (g(qty)) STORED,
    note text
);
CREATE INDEX item_g ON item (g(qty));
CREATE VIEW item_v AS SELECT id, g(qty) AS gq FROM item;
CREATE TRIGGER item_stamp BEFORE INSERT ON item
    FOR EACH ROW WHEN (g(NEW.qty) > 4) EXECUTE FUNCTION stamp();
\c contrib_regression
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE FUNCTION g(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT f(x) * 2;
END;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN NEW.note := 'stamped'; RETURN NEW; END$$;
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer DEFAULT g(1) CONSTRAINT qty_ok CHECK (g(qty) > 0),
    doubled integer GENERATED ALWAYS AS (g(qty)) STORED,
    note text
);
CREATE INDEX item_g ON item (g(qty));
CREATE VIEW item_v AS SELECT id, g(qty) AS gq FROM item;
CREATE TRIGGER item_stamp BEFORE INSERT ON item
    FOR EACH ROW WHEN (g(NEW.qty) > 4) EXECUTE FUNCTION stamp();
INSERT INTO item (id, qty) VALUES (1, 5), (2, 1);
INSERT INTO item (id) VALUES (3);

-- the plan: everything that calls g goes before DROP FUNCTION g, f; back after
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- the schemas are now equal, the rows stayed, the objects work again
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT id, qty, doubled, note FROM item ORDER BY id;
SELECT * FROM item_v ORDER BY id;
SELECT pg_get_function_arguments('f'::regproc);
INSERT INTO item (id) VALUES (4) RETURNING qty, doubled, note;
INSERT INTO item (id, qty) VALUES (5, -1);
SELECT pg_get_indexdef('item_g'::regclass), id FROM item WHERE g(qty) = 12;

DROP VIEW item_v;
DROP TABLE item;
DROP FUNCTION g(integer), f(integer), stamp();
DROP DATABASE psd_rebuild_closure_remote;

-- A routine whose BEGIN ATOMIC body reads a column whose type changes goes
-- before the ALTER ... TYPE and comes back after; so do the check and the
-- default of another table that call it.
CREATE DATABASE psd_rebuild_closure_remote2;
\c psd_rebuild_closure_remote2
CREATE TABLE item (id integer PRIMARY KEY, qty bigint);
CREATE FUNCTION total(k integer) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(qty) FROM item WHERE id <> k;
END;
CREATE TABLE other (id integer PRIMARY KEY, t bigint DEFAULT total(0) CHECK (total(id) >= 0));
\c contrib_regression
CREATE TABLE item (id integer PRIMARY KEY, qty integer);
CREATE FUNCTION total(k integer) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(qty) FROM item WHERE id <> k;
END;
CREATE TABLE other (id integer PRIMARY KEY, t bigint DEFAULT total(0) CHECK (total(id) >= 0));
INSERT INTO item VALUES (1, 5), (2, 7);
INSERT INTO other (id) VALUES (1);
SELECT format('host=%s port=%s dbname=psd_rebuild_closure_remote2',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote2 \gset
SELECT ordinal, kind, identity, action, sql
FROM schema_diff(:'remote2', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote2', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote2', allow_drops => true);
SELECT id, t FROM other;
SELECT pg_typeof(qty), total(1) FROM item WHERE id = 1;
INSERT INTO other (id) VALUES (2) RETURNING t;
DROP TABLE other;
DROP FUNCTION total(integer);
DROP TABLE item;
DROP DATABASE psd_rebuild_closure_remote2;
