-- partition_fk: partition bounds change (DETACH + ATTACH) and a partition is
-- dropped while foreign keys reference the partitioned table and rows point
-- into those partitions: the foreign keys are dropped before the DETACH and
-- the DROP TABLE and added again after the ATTACH; rows stay.
SELECT format('host=%s port=%s dbname=psd_partition_fk_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_partition_fk_remote;

\c psd_partition_fk_remote
CREATE TABLE orders (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE orders_low PARTITION OF orders FOR VALUES FROM (1) TO (200);
CREATE TABLE orders_mid PARTITION OF orders FOR VALUES FROM (200) TO (300)
    PARTITION BY RANGE (id);
CREATE TABLE orders_mid_a PARTITION OF orders_mid FOR VALUES FROM (200) TO (300);
CREATE TABLE line (order_id integer REFERENCES orders, qty integer);
\c contrib_regression
CREATE TABLE orders (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE orders_low PARTITION OF orders FOR VALUES FROM (1) TO (100);
CREATE TABLE orders_mid PARTITION OF orders FOR VALUES FROM (200) TO (300)
    PARTITION BY RANGE (id);
CREATE TABLE orders_mid_a PARTITION OF orders_mid FOR VALUES FROM (200) TO (250);
CREATE TABLE orders_high PARTITION OF orders FOR VALUES FROM (300) TO (400);
CREATE TABLE line (order_id integer REFERENCES orders, qty integer);
INSERT INTO orders VALUES (5), (50), (210);
INSERT INTO line VALUES (5, 1), (50, 2), (210, 3);

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- equal now, rows kept in their partitions, the key enforced again
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT tableoid::regclass AS part, id FROM orders ORDER BY id;
SELECT * FROM line ORDER BY order_id;
SELECT conname, pg_get_constraintdef(oid) AS def
FROM pg_constraint WHERE contype = 'f' AND conparentid = 0 ORDER BY 1;
INSERT INTO orders VALUES (150);
INSERT INTO line VALUES (150, 4);
INSERT INTO line VALUES (399, 5);

DROP TABLE line, orders;
DROP DATABASE psd_partition_fk_remote;
