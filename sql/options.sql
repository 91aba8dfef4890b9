-- options: include_schemas, exclude_schemas, ignore_extension_versions, and
-- objects the extension reads but cannot migrate yet.
SELECT format('host=%s port=%s dbname=psd_options_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_options_remote;
\c psd_options_remote
CREATE EXTENSION pg_trgm VERSION '1.4';
CREATE SCHEMA s1;
CREATE SCHEMA s2;
CREATE TABLE s1.t (id int);
CREATE TABLE s2.t (id int);
CREATE VIEW s1.v AS SELECT id FROM s1.t;
CREATE FUNCTION s2.f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1';
\c contrib_regression
CREATE EXTENSION pg_trgm VERSION '1.3';
CREATE SCHEMA s1;
CREATE SCHEMA s2;

SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal;
SELECT sql FROM schema_diff(:'remote', ignore_extension_versions => true) ORDER BY ordinal;
SELECT sql FROM schema_diff(:'remote', include_schemas => ARRAY['s1']) ORDER BY ordinal;
SELECT sql FROM schema_diff(:'remote', exclude_schemas => ARRAY['s1', 'public']) ORDER BY ordinal;
SELECT sql FROM schema_diff(:'remote', include_schemas => ARRAY['s2'], exclude_schemas => ARRAY['s2']) ORDER BY ordinal;
-- objects in a schema that is not compared are not reported either
SELECT count(*) FROM schema_diff(:'remote', include_schemas => ARRAY['public']);
-- include_schemas naming a schema neither side has: an error, not "no differences"
SELECT count(*) FROM schema_diff(:'remote', include_schemas => ARRAY['s1', 'no_such_schema']);
SELECT count(*) FROM schema_diff(:'remote', exclude_schemas => ARRAY['no_such_schema']);

DROP SCHEMA s1 CASCADE;
DROP SCHEMA s2 CASCADE;
DROP EXTENSION pg_trgm;
DROP DATABASE psd_options_remote;

-- create_extensions_only: nothing but CREATE EXTENSION for missing ones
SELECT format('host=%s port=%s dbname=psd_options_remote2',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote2 \gset
CREATE DATABASE psd_options_remote2;
\c psd_options_remote2
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id int);
\c contrib_regression
CREATE EXTENSION pg_trgm VERSION '1.3';
CREATE TABLE old (id int);
SELECT sql FROM schema_diff(:'remote2', create_extensions_only => true) ORDER BY ordinal;
DROP TABLE old;
DROP EXTENSION pg_trgm;
DROP DATABASE psd_options_remote2;

-- 1.2: with_owners and renames, last in every entry point, named or positional
SELECT format('host=%s port=%s dbname=contrib_regression',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS self \gset
SELECT count(*) FROM schema_diff(:'self', with_owners => true);
SELECT count(*) FROM schema_diff(:'self', false, NULL, NULL, false, false, false, true, NULL, true,
                                 ARRAY['public.users.name=full_name']);
SELECT count(*) FROM schema_diff_between(NULL, :'self', with_owners => true, renames => '{}');
SELECT count(*) FROM schema_diff_rehearse(:'self', with_owners => true);
SELECT count(*) FROM drift_check_rows(:'self', with_owners => true,
                                      renames => ARRAY['"My.Schema"."T"."a""b"=c']);
SELECT position('with_owners => true, renames => {s.t.a=b}' IN
                schema_diff_script(:'self', with_owners => true, renames => ARRAY['s.t.a=b'])) > 0 AS header;
SELECT position('with_owners => false, renames => NULL' IN
                schema_diff_script_between(:'self', NULL)) > 0 AS header;
-- a malformed hint is 22023; NULL is refused like every other option
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY['public.users.name']);
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY['users.name=full_name']);
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY['public.users.name=']);
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY['public.users."name=x']);
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY['public.users.name=a=b']);
SELECT count(*) FROM schema_diff(:'self', renames => ARRAY[NULL]::text[]);
SELECT count(*) FROM schema_diff(:'self', with_owners => NULL);
SELECT check_drift('bad_hint', :'self', renames => ARRAY['x']);
SELECT status, sqlstate, message FROM drift_history WHERE check_name = 'bad_hint';
DELETE FROM drift_history WHERE check_name = 'bad_hint';
