-- hazards: each statement says what running it risks (a vocabulary decided
-- from typed changes, never from SQL text); allow_hazards refuses a plan with
-- a hazard it does not list.
SELECT format('host=%s port=%s dbname=psd_hazards_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_hazards_remote;
\c psd_hazards_remote
CREATE TABLE t (
    id integer PRIMARY KEY,
    wide varchar(20),          -- varchar(10) -> varchar(20): binary-coercible
    num bigint,                -- integer -> bigint: rewrites
    txt text,                  -- varchar -> text: binary-coercible
    price numeric(12, 2),      -- numeric(10,2) -> numeric(12,2): binary-coercible
    must text NOT NULL,        -- SET NOT NULL: scans
    stable_default timestamptz DEFAULT now(),           -- no rewrite since PG 11
    volatile_default double precision DEFAULT random(), -- rewrites
    plain_new integer,                                  -- no default: no rewrite
    CONSTRAINT t_num_check CHECK (num > 0)
);
-- NOT VALID is kept only by ALTER TABLE (CREATE TABLE validates at once)
ALTER TABLE t ADD CONSTRAINT t_lazy_check CHECK (num < 1000000) NOT VALID;
CREATE INDEX t_wide ON t (wide);
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer, parent_id integer REFERENCES parent);
CREATE VIEW v AS SELECT id, num FROM t;
CREATE VIEW w AS SELECT id FROM t;   -- loses a column: dropped and created again
CREATE FUNCTION f_plpgsql() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION f_standard() RETURNS integer LANGUAGE sql RETURN 1;
CREATE TABLE fresh (id integer PRIMARY KEY, note text CHECK (note <> ''));
CREATE INDEX fresh_note ON fresh (note);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (id > 0);
\c contrib_regression
CREATE TABLE t (
    id integer PRIMARY KEY,
    wide varchar(10),
    num integer,
    txt varchar,
    price numeric(10, 2),
    must text
);
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer, parent_id integer);
CREATE VIEW v AS SELECT id FROM t;
CREATE VIEW w AS SELECT id, must FROM t;
CREATE TABLE scratch (id integer);
INSERT INTO t (id, wide, num, txt, price, must) VALUES (1, 'a', 1, 'x', 1.5, 'm');

-- the plan with its hazards
SELECT ordinal, kind, identity, action, destructive, hazards
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- the hazards this plan has
SELECT DISTINCT h FROM schema_diff(:'remote', allow_drops => true), unnest(hazards) h ORDER BY h;

-- allow_hazards: refused, one DETAIL line per offending statement
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true,
    allow_hazards => ARRAY['access_exclusive_lock', 'share_lock', 'builds_index',
                           'share_row_exclusive_lock', 'breaks_dependents',
                           'changes_authorization', 'untracked_dependencies']);
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- everything listed: allowed
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true,
    allow_hazards => ARRAY['deletes_data', 'rewrites_table', 'access_exclusive_lock',
                           'share_lock', 'share_row_exclusive_lock', 'scans_table',
                           'builds_index', 'breaks_dependents', 'changes_authorization',
                           'untracked_dependencies']);
-- an empty list refuses any hazard; NULL (the default) checks nothing
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true, allow_hazards => '{}');
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true, allow_hazards => NULL);
-- an unknown name or a NULL element is an error
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true, allow_hazards => '{rewrites}');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true, allow_hazards => '{NULL}');
-- allow_drops still refuses from the destructive flag, before allow_hazards
SELECT count(*) FROM schema_diff(:'remote', allow_hazards => '{deletes_data}');
\echo SQLSTATE :LAST_ERROR_SQLSTATE

-- schema_diff_between gives the same hazards
SELECT (SELECT array_agg(hazards::text ORDER BY ordinal)
          FROM schema_diff(:'remote', allow_drops => true))
     = (SELECT array_agg(hazards::text ORDER BY ordinal)
          FROM schema_diff_between(NULL, :'remote', allow_drops => true)) AS same_hazards;
-- the script passes allow_hazards on
SELECT schema_diff_script(:'remote', allow_drops => true, allow_hazards => '{}') IS NULL;

DROP VIEW v, w;
DROP TABLE t, child, parent, scratch;
DROP DATABASE psd_hazards_remote;
