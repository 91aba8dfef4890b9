-- enum_partition_label: a label the migration adds and a new partition's
-- bound uses. PostgreSQL refuses a label in the transaction that adds it
-- ("unsafe use of new value"), and an enum under a partition key cannot be
-- created again: the label is added in a transaction of its own (the rows'
-- `transaction` column), committed before the partition is created.
SELECT format('host=%s port=%s dbname=psd_enum_part_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_enum_part_remote;

\c psd_enum_part_remote
CREATE TYPE region AS ENUM ('east', 'west', 'north');
CREATE TABLE sales (id int, r region) PARTITION BY LIST (r);
CREATE TABLE sales_east PARTITION OF sales FOR VALUES IN ('east');
CREATE TABLE sales_north PARTITION OF sales FOR VALUES IN ('north');
\c contrib_regression
CREATE TYPE region AS ENUM ('east', 'west');
CREATE TABLE sales (id int, r region) PARTITION BY LIST (r);
CREATE TABLE sales_east PARTITION OF sales FOR VALUES IN ('east');
INSERT INTO sales VALUES (1, 'east');

SELECT ordinal, transaction, kind, action, sql
FROM schema_diff(:'remote') ORDER BY ordinal;

-- in one transaction it cannot apply: the new label is unsafe there
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
ROLLBACK;

-- group by group (schema_diff_apply commits between them)
CALL schema_diff_apply(:'remote');
INSERT INTO sales VALUES (2, 'north');
SELECT tableoid::regclass AS partition, id FROM sales ORDER BY id;
SELECT count(*) AS rows FROM schema_diff(:'remote');

DROP TABLE sales;
DROP TYPE region;
DROP DATABASE psd_enum_part_remote;
