-- objects: each kind of the foundation, created, changed in place and dropped.
SELECT format('host=%s port=%s dbname=psd_objects_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_objects_remote;
\c psd_objects_remote
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped', 'done');
CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 10 MAXVALUE 999999 CACHE 5 CYCLE;
CREATE UNLOGGED TABLE app.cache (k text PRIMARY KEY, v text COLLATE app.nocase);
CREATE TABLE app.item (
    id int PRIMARY KEY,
    sku citext NOT NULL,
    status app.status NOT NULL DEFAULT 'new',
    qty int,
    parent int,
    invoice int DEFAULT nextval('app.invoice_no'),
    CONSTRAINT item_sku_key UNIQUE (sku) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE app.item ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;
ALTER TABLE app.item ADD CONSTRAINT item_parent_fkey FOREIGN KEY (parent) REFERENCES app.item (id) ON DELETE SET NULL;
ALTER SEQUENCE app.invoice_no OWNED BY app.item.invoice;
CREATE INDEX item_status_partial ON app.item (status) WHERE status <> 'done';
CREATE INDEX item_lower ON app.item (lower(sku::text) DESC NULLS FIRST) INCLUDE (qty);
\c contrib_regression
CREATE SCHEMA app;
CREATE SCHEMA old_stuff;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TYPE app.unused AS ENUM ('x');
CREATE TABLE app.item (
    id int PRIMARY KEY,
    sku text NOT NULL,
    status app.status NOT NULL DEFAULT 'new',
    qty int CHECK (qty >= 0),
    parent int
);
INSERT INTO app.item (id, sku, status, qty) VALUES (1, 'A-1', 'new', 5), (2, 'B-2', 'done', 1);
CREATE INDEX item_status_partial ON app.item (status);

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT id, sku, status, qty, invoice FROM app.item ORDER BY id;
SELECT pg_get_serial_sequence('app.item', 'invoice') AS owned_sequence;
SELECT enum_range(NULL::app.status);

-- changes in place on the next round: enum value added in the middle,
-- sequence options, extension removed, index definition changed
\c psd_objects_remote
ALTER TYPE app.status ADD VALUE 'refunded' BEFORE 'shipped';
ALTER SEQUENCE app.invoice_no INCREMENT 1 NO CYCLE;
DROP INDEX app.item_lower;
CREATE INDEX item_lower ON app.item (lower(sku::text));
\c contrib_regression
SELECT nextval('app.invoice_no') AS before_alter;
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
-- the sequence kept its current value
SELECT nextval('app.invoice_no') AS after_alter;

DROP SCHEMA app CASCADE;
DROP EXTENSION citext;
DROP DATABASE psd_objects_remote;
