-- text search: dictionaries and configurations are created (with their
-- mappings) before the generated column and the index that use them, changed
-- in place (options, mappings), and dropped after the column and index that
-- used them; rows stay and are searched with the new configuration.
SELECT format('host=%s port=%s dbname=psd_ts_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_ts_remote;

\c psd_ts_remote
CREATE SCHEMA fts;
CREATE TEXT SEARCH DICTIONARY fts.english_stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY fts."Syn" (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH CONFIGURATION fts.doc_cfg (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION fts.doc_cfg
    ALTER MAPPING FOR asciiword, word WITH fts."Syn", fts.english_stop, english_stem;
ALTER TEXT SEARCH CONFIGURATION fts.doc_cfg DROP MAPPING FOR email, url, url_path;
CREATE TEXT SEARCH CONFIGURATION fts.titles (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION fts.titles ADD MAPPING FOR asciiword WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION fts.doc_cfg IS 'documents';
CREATE TABLE doc (id int PRIMARY KEY, body text,
                  tsv tsvector GENERATED ALWAYS AS (to_tsvector('fts.doc_cfg', body)) STORED);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector('fts.titles'::regconfig, body));
\c contrib_regression
CREATE SCHEMA fts;
CREATE TEXT SEARCH DICTIONARY fts.english_stop (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH DICTIONARY fts.old_dict (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION fts.doc_cfg (COPY = pg_catalog.english);
CREATE TEXT SEARCH CONFIGURATION fts.old_cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION fts.old_cfg ADD MAPPING FOR word, asciiword WITH fts.old_dict;
COMMENT ON TEXT SEARCH DICTIONARY fts.english_stop IS 'to be removed';
CREATE TABLE doc (id int PRIMARY KEY, body text,
                  old_tsv tsvector GENERATED ALWAYS AS (to_tsvector('fts.old_cfg', body)) STORED);
CREATE INDEX doc_old ON doc USING gin (to_tsvector('fts.old_cfg'::regconfig, body));
INSERT INTO doc (id, body) VALUES (1, 'The PostgreSQL indices of foxes');

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM doc;
SELECT id FROM doc WHERE tsv @@ to_tsquery('fts.doc_cfg', 'pgsql & fox');
SELECT dictinitoption FROM pg_ts_dict WHERE dictname = 'english_stop';
SELECT obj_description('fts.doc_cfg'::regconfig, 'pg_ts_config') AS cfg_comment,
       obj_description('fts.english_stop'::regdictionary, 'pg_ts_dict') AS dict_comment;

-- a changed template is reported, not dropped under its users
\c psd_ts_remote
DROP TEXT SEARCH CONFIGURATION fts.titles CASCADE;
CREATE TEXT SEARCH DICTIONARY fts.titles_dict (TEMPLATE = simple);
\c contrib_regression
CREATE TEXT SEARCH DICTIONARY fts.titles_dict (TEMPLATE = snowball, LANGUAGE = english);
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

DROP TABLE doc;
DROP TEXT SEARCH CONFIGURATION fts.doc_cfg, fts.titles;
DROP TEXT SEARCH DICTIONARY fts.english_stop, fts."Syn", fts.titles_dict;
DROP SCHEMA fts;
DROP DATABASE psd_ts_remote;
