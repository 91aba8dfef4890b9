-- publications: created, altered in place (tables, column lists, row
-- filters, schemas, options), dropped and re-created (FOR ALL TABLES <-> a
-- list), dropped; a table whose column list or row filter names a column the
-- migration drops leaves the publication before the column goes; rows stay.
SELECT format('host=%s port=%s dbname=psd_pubs_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
SET client_min_messages = error; -- CREATE PUBLICATION warns about wal_level
CREATE DATABASE psd_pubs_remote;

\c psd_pubs_remote
SET client_min_messages = error;
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int PRIMARY KEY, region text, amount numeric, note text);
CREATE TABLE sales.refunds (id int PRIMARY KEY);
CREATE TABLE audit (id int PRIMARY KEY, what text);
CREATE TABLE meas (city int, logdate date, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE meas_2024 PARTITION OF meas FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE PUBLICATION "Orders Pub"
    FOR TABLE sales.orders (id, region, amount) WHERE (region <> 'test'), TABLE audit
    WITH (publish = 'insert, update');
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA sales WITH (publish = 'insert');
CREATE PUBLICATION parts FOR TABLE meas WHERE (peak > 0) WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION everything IS 'every table';
\c contrib_regression
SET client_min_messages = error;
CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int PRIMARY KEY, region text, amount numeric, legacy text);
CREATE TABLE old_log (id int);
CREATE TABLE audit (id int PRIMARY KEY, what text);
CREATE TABLE meas (city int, logdate date, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE meas_2024 PARTITION OF meas FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE PUBLICATION "Orders Pub"
    FOR TABLE sales.orders (id, legacy) WHERE (legacy IS NOT NULL), TABLE old_log;
CREATE PUBLICATION everything FOR TABLE audit;
CREATE PUBLICATION retired FOR ALL TABLES;
CREATE PUBLICATION parts;
INSERT INTO sales.orders VALUES (1, 'eu', 10.5, 'x');
INSERT INTO meas VALUES (1, '2024-05-01', 30);
RESET client_min_messages;

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- dropping a publication (or a table from one) needs allow_drops
SELECT count(*) FROM schema_diff(:'remote');

BEGIN;
SET LOCAL client_min_messages = error;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM sales.orders;
SELECT * FROM meas;
SELECT pubname, puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot
FROM pg_publication ORDER BY pubname;
SELECT pubname, schemaname, tablename, attnames, rowfilter
FROM pg_publication_tables WHERE pubname <> 'everything' ORDER BY 1, 2, 3;
SELECT obj_description(oid, 'pg_publication') FROM pg_publication WHERE pubname = 'everything';

-- include_schemas: a publication is kept, with what it lists in those schemas
\c psd_pubs_remote
ALTER PUBLICATION by_schema ADD TABLE audit;
\c contrib_regression
SELECT sql FROM schema_diff(:'remote', include_schemas => ARRAY['sales']) ORDER BY ordinal;
SELECT sql FROM schema_diff(:'remote', include_schemas => ARRAY['public']) ORDER BY ordinal;

DROP PUBLICATION "Orders Pub", everything, by_schema, parts;
DROP TABLE sales.orders, sales.refunds, audit, meas;
DROP SCHEMA sales;
DROP DATABASE psd_pubs_remote;
