-- domain_retype: a domain whose base type changes (varchar(8) -> varchar(12),
-- integer -> bigint) is built again under its name; every column, array
-- column, view and function using it moves to it with its rows; the old one
-- is dropped. A base type that shrinks under a longer value fails the
-- migration (nothing cut, nothing half-applied).
SELECT format('host=%s port=%s dbname=psd_domret_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_domret_remote;

\c psd_domret_remote
CREATE DOMAIN sku AS varchar(12) CONSTRAINT not_blank CHECK (VALUE <> '');
CREATE DOMAIN qty AS bigint DEFAULT 0;
CREATE TABLE item (id integer PRIMARY KEY, code sku NOT NULL DEFAULT 'none',
                   codes sku[], n qty);
CREATE INDEX item_code ON item (code);
CREATE VIEW item_codes AS SELECT id, code, n FROM item;
CREATE FUNCTION shout(s sku) RETURNS sku LANGUAGE sql AS $$ SELECT upper(s)::sku $$;
\c contrib_regression
CREATE DOMAIN sku AS varchar(8) CONSTRAINT not_blank CHECK (VALUE <> '');
CREATE DOMAIN qty AS integer DEFAULT 0;
CREATE TABLE item (id integer PRIMARY KEY, code sku NOT NULL DEFAULT 'none',
                   codes sku[], n qty);
CREATE INDEX item_code ON item (code);
CREATE VIEW item_codes AS SELECT id, code, n FROM item;
CREATE FUNCTION shout(s sku) RETURNS sku LANGUAGE sql AS $$ SELECT upper(s)::sku $$;
INSERT INTO item VALUES (1, 'abc', '{abc,defgh}', 7), (2, 'abcdefgh', NULL, 2147483647);

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote') ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM item ORDER BY id;
SELECT * FROM item_codes ORDER BY id;
SELECT t.typname, format_type(t.typbasetype, t.typtypmod) AS base
  FROM pg_type t WHERE t.typtype = 'd' AND t.typnamespace = 'public'::regnamespace
 ORDER BY 1;
-- the new lengths hold
INSERT INTO item VALUES (3, 'abcdefghijkl', '{abcdefghijkl}', 3000000000) RETURNING *;
SELECT shout('abcdefghij');

-- the other way: the remote's domain is shorter than a stored value
\c psd_domret_remote
DROP VIEW item_codes;
DROP FUNCTION shout(sku);
DROP TABLE item;
DROP DOMAIN sku;
CREATE DOMAIN sku AS varchar(4) CONSTRAINT not_blank CHECK (VALUE <> '');
CREATE TABLE item (id integer PRIMARY KEY, code sku NOT NULL DEFAULT 'none',
                   codes sku[], n qty);
CREATE INDEX item_code ON item (code);
CREATE VIEW item_codes AS SELECT id, code, n FROM item;
CREATE FUNCTION shout(s sku) RETURNS sku LANGUAGE sql AS $$ SELECT upper(s)::sku $$;
\c contrib_regression
\set ON_ERROR_STOP 0
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
ROLLBACK;
\set ON_ERROR_STOP 1
-- nothing cut, nothing changed
SELECT * FROM item ORDER BY id;
SELECT format_type(typbasetype, typtypmod) AS sku_base FROM pg_type WHERE oid = 'sku'::regtype;

DROP VIEW item_codes;
DROP FUNCTION shout(sku);
DROP TABLE item;
DROP DOMAIN sku, qty;
DROP DATABASE psd_domret_remote;
