-- enum_dependents: an enum re-created (a label removed) while a function
-- over it is used by an index and a CHECK, and a composite type has an
-- attribute of it: the index and the CHECK are dropped before the function
-- and created again after it, the attribute moves to the new type; rows stay.
-- An enum under a partition key cannot be re-created (PostgreSQL cannot
-- change a partition key column's type): a WARNING names it, no statement.
SELECT format('host=%s port=%s dbname=psd_enum_deps_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_enum_deps_remote;

\c psd_enum_deps_remote
CREATE TYPE mood AS ENUM ('sad', 'happy', 'meh');
CREATE FUNCTION score(m mood) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE m WHEN 'sad' THEN 1 ELSE 2 END $$;
CREATE TABLE t (id int PRIMARY KEY, m mood DEFAULT 'happy', CONSTRAINT pos CHECK (score(m) > 0));
CREATE INDEX t_score ON t (score(m));
CREATE TYPE pair AS (a mood, b int);
CREATE TYPE region AS ENUM ('west', 'east');
CREATE TABLE sales (id int, r region) PARTITION BY LIST (r);
CREATE TABLE sales_east PARTITION OF sales FOR VALUES IN ('east');
\c contrib_regression
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION score(m mood) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE m WHEN 'sad' THEN 1 ELSE 2 END $$;
CREATE TABLE t (id int PRIMARY KEY, m mood DEFAULT 'ok', CONSTRAINT pos CHECK (score(m) > 0));
CREATE INDEX t_score ON t (score(m));
CREATE TYPE pair AS (a mood, b int);
CREATE TYPE region AS ENUM ('east', 'west');
CREATE TABLE sales (id int, r region) PARTITION BY LIST (r);
CREATE TABLE sales_east PARTITION OF sales FOR VALUES IN ('east');
INSERT INTO t VALUES (1, 'sad'), (2, 'happy');
INSERT INTO sales VALUES (1, 'east');

SELECT ordinal, kind, identity, action, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT id, m, score(m) FROM t ORDER BY id;
SELECT (ROW('happy', 1)::pair).a;
-- nothing left but the enum under the partition key, named again
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);

DROP TABLE t, sales;
DROP FUNCTION score(mood);
DROP TYPE mood, pair, region;
DROP DATABASE psd_enum_deps_remote;
