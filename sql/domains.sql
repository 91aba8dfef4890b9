-- domains: created with default, NOT NULL and check constraints before the
-- tables that use them; default, NOT NULL and constraints changed in place;
-- dropped after the columns stop using them; rows stay.
SELECT format('host=%s port=%s dbname=psd_domains_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_domains_remote;

\c psd_domains_remote
CREATE TYPE level AS ENUM ('low', 'high');
CREATE DOMAIN price AS numeric(10,2) DEFAULT 0 NOT NULL
    CONSTRAINT non_negative CHECK (VALUE >= 0);
CREATE DOMAIN code AS text COLLATE "C" CONSTRAINT short CHECK (length(VALUE) < 8);
CREATE DOMAIN urgency AS level DEFAULT 'low';
CREATE TABLE item (id integer PRIMARY KEY, cost price, sku code, how urgency, qty integer);
COMMENT ON DOMAIN code IS 'stock keeping unit';
\c contrib_regression
CREATE DOMAIN price AS numeric(10,2) CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN amount AS integer CHECK (VALUE > 0);
CREATE TABLE item (id integer PRIMARY KEY, cost price, qty amount);
INSERT INTO item VALUES (1, 9.99, 3);

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM item;
INSERT INTO item (id, sku) VALUES (2, 'abc') RETURNING cost, how;
INSERT INTO item (id, cost) VALUES (3, -1);
SELECT obj_description('code'::regtype, 'pg_type');

DROP TABLE item;
DROP DOMAIN price, code, urgency;
DROP TYPE level;
DROP DATABASE psd_domains_remote;
