-- typed_tables: tables created OF a composite type (reloftype), with their
-- own column options only; a table that becomes typed (OF) or stops being so
-- (NOT OF); the type gains, loses and retypes attributes while typed tables
-- use it (ALTER TYPE ... CASCADE, never ADD/DROP COLUMN on the typed table);
-- rows stay.
SELECT format('host=%s port=%s dbname=psd_typed_tables_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_typed_tables_remote;

\c psd_typed_tables_remote
CREATE TYPE person AS (name text, age bigint, born date);
CREATE TYPE pet AS (name text);
CREATE TABLE people OF person (
    name WITH OPTIONS NOT NULL,
    born WITH OPTIONS DEFAULT '2000-01-01',
    PRIMARY KEY (name)
);
CREATE INDEX ON people (born);
CREATE TABLE staff OF person;
CREATE TABLE pets (name text);
CREATE TABLE visitors OF person (
    age WITH OPTIONS DEFAULT 18,
    born WITH OPTIONS DEFAULT '1990-01-01' NOT NULL
);
CREATE TABLE visit (who text REFERENCES people, at date);
\c contrib_regression
CREATE TYPE person AS (name text, age integer, nick text);
CREATE TYPE pet AS (name text);
CREATE TABLE people OF person (name WITH OPTIONS NOT NULL, PRIMARY KEY (name));
CREATE INDEX ON people (nick);
CREATE TABLE staff (name text, age integer, nick text);
CREATE TABLE pets OF pet;
CREATE TABLE visit (who text REFERENCES people, at date);
INSERT INTO people VALUES ('ann', 30, 'a'), ('bob', 40, 'b');
INSERT INTO staff VALUES ('cid', 50, 'c');
INSERT INTO pets VALUES ('rex');
INSERT INTO visit VALUES ('ann', '2024-01-01');

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- equal now, rows kept
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM people ORDER BY name;
SELECT * FROM staff;
SELECT * FROM pets;
INSERT INTO visitors (name) VALUES ('dee');
SELECT * FROM visitors;
SELECT c.relname, c.reloftype::regtype AS of_type
FROM pg_class c WHERE c.relname IN ('people', 'staff', 'pets', 'visitors', 'visit')
ORDER BY 1;

DROP TABLE visit, people, staff, pets, visitors;
DROP TYPE person, pet;
DROP DATABASE psd_typed_tables_remote;
