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
