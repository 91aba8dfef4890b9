-- diff_between: schema_diff_between(from_url, to_url) — the other direction
-- (the migration to run on a remote to make it match this database) and two
-- other databases compared from here; NULL stands for this database; every
-- connection follows schema_diff's rules. The script forms applied with psql
-- make the schemas equal.
SELECT current_setting('port') AS port,
       split_part(current_setting('unix_socket_directories'), ',', 1) AS sockdir \gset
SELECT format('host=%s port=%s dbname=psd_between_a', :'sockdir', :'port') AS a,
       format('host=%s port=%s dbname=psd_between_b', :'sockdir', :'port') AS b \gset
CREATE DATABASE psd_between_a;
CREATE DATABASE psd_between_b;
\c psd_between_a
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, old_col text);
CREATE TABLE app.only_a (x int);
INSERT INTO app.t VALUES (1, 'kept');
\c psd_between_b
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'bad');
CREATE TABLE app.t (id int PRIMARY KEY, mood app.mood NOT NULL DEFAULT 'ok');
CREATE TABLE app.only_b (n numeric(10, 2));
\c contrib_regression
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, local_col date);
CREATE VIEW app.v AS SELECT id, local_col FROM app.t;

SELECT has_function_privilege('public', 'schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text)', 'EXECUTE') AS public_between,
       has_function_privilege('public', 'schema_diff_script_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text)', 'EXECUTE') AS public_script_between;

-- (NULL, remote) is schema_diff(remote)
SELECT (SELECT array_agg(sql ORDER BY ordinal)
          FROM schema_diff_between(NULL, :'a', allow_drops => true, include_schemas => ARRAY['app']))
     = (SELECT array_agg(sql ORDER BY ordinal)
          FROM schema_diff(:'a', allow_drops => true, include_schemas => ARRAY['app'])) AS same_as_schema_diff;

-- the other direction: the statements to run on A to make it match this database
SELECT ordinal, kind, identity, action, destructive, sql
  FROM schema_diff_between(:'a', NULL, allow_drops => true, include_schemas => ARRAY['app'])
 ORDER BY ordinal;
-- drops refused as by schema_diff
SELECT count(*) FROM schema_diff_between(:'a', NULL, include_schemas => ARRAY['app']);
-- the script form, run on A with psql
SELECT regexp_replace(line, 'host=\S+ port=\d+ ', 'host=... port=... ') AS line
  FROM regexp_split_to_table(schema_diff_script_between(:'a', NULL, allow_drops => true,
                                                        include_schemas => ARRAY['app']), E'\n') AS line
 WHERE line LIKE '-- source%' OR line LIKE '-- target%' OR line LIKE '-- statements%';
\getenv builddir PG_ABS_BUILDDIR
\set script_file :builddir '/results/diff_between_script.sql'
SELECT schema_diff_script_between(:'a', NULL, allow_drops => true, include_schemas => ARRAY['app']) \g (format=unaligned tuples_only=on) :script_file
\c psd_between_a
\set ECHO none
\i :script_file
\set ECHO all
\set ON_ERROR_STOP off
SELECT * FROM app.t;
\c contrib_regression
-- A now matches this database, seen from either side
SELECT count(*) AS reverse_rows FROM schema_diff_between(:'a', NULL, include_schemas => ARRAY['app']);
SELECT count(*) AS forward_rows FROM schema_diff(:'a', include_schemas => ARRAY['app']);

-- two other databases: what to run on A to make it match B
SELECT ordinal, kind, identity, action, destructive, sql
  FROM schema_diff_between(:'a', :'b', allow_drops => true, include_schemas => ARRAY['app'])
 ORDER BY ordinal;
-- passwords of both are masked in the script's header
SELECT regexp_replace(line, 'host=\S+ port=\d+ ', 'host=... port=... ', 'g') AS line
  FROM regexp_split_to_table(schema_diff_script_between(:'a' || ' password=secret-a', :'b' || ' password=secret-b',
                                                        allow_drops => true, include_schemas => ARRAY['app']), E'\n') AS line
 WHERE line LIKE '-- source%' OR line LIKE '-- target%' OR line LIKE '-- statements%' OR line LIKE '--   %';
SELECT schema_diff_script_between(:'a', :'b', allow_drops => true, include_schemas => ARRAY['app']) \g (format=unaligned tuples_only=on) :script_file
\c psd_between_a
\set ECHO none
\i :script_file
\set ECHO all
\set ON_ERROR_STOP off
\c contrib_regression
SELECT count(*) AS a_to_b_rows FROM schema_diff_between(:'a', :'b', include_schemas => ARRAY['app']);
SELECT count(*) AS b_to_a_rows FROM schema_diff_between(:'b', :'a', include_schemas => ARRAY['app']);

-- errors: both NULL; a failing connection says which argument it was
SELECT * FROM schema_diff_between(NULL, NULL);
CREATE FUNCTION pg_temp.error_of(from_url text, to_url text,
    OUT state text, OUT message text, OUT context text) LANGUAGE plpgsql AS $$
BEGIN
    PERFORM count(*) FROM schema_diff_between(from_url, to_url);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
        context = PG_EXCEPTION_CONTEXT;
    context := split_part(context, E'\n', 1);
END $$;
SELECT * FROM pg_temp.error_of('host=127.0.0.1 port=1 dbname=x', :'b');
SELECT * FROM pg_temp.error_of(:'a', 'host=127.0.0.1 port=1 dbname=x');
SELECT * FROM pg_temp.error_of('host=127.0.0.1 port=1 dbname=x', NULL);
SELECT * FROM pg_temp.error_of(:'a', 'no_such_server');

-- the same rules for every connection: a non-superuser must bring a password
CREATE ROLE psd_between_plain;
GRANT EXECUTE ON FUNCTION schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) TO psd_between_plain;
SET ROLE psd_between_plain;
SELECT * FROM schema_diff_between(NULL, 'dbname=psd_between_b');
SELECT * FROM schema_diff_between('dbname=psd_between_a', NULL);
RESET ROLE;
REVOKE ALL ON FUNCTION schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM psd_between_plain;
DROP ROLE psd_between_plain;

DROP SCHEMA app CASCADE;
DROP DATABASE psd_between_a;
DROP DATABASE psd_between_b;
