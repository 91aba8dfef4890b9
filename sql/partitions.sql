-- partitions: partitioned tables, partitions with their bounds (range, list,
-- default), indexes and keys on the parent not repeated on partitions,
-- ATTACH / DETACH PARTITION, table inheritance with inherited columns not
-- re-declared; rows stay in every table that is kept.
SELECT format('host=%s port=%s dbname=psd_partitions_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_partitions_remote;

\c psd_partitions_remote
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer,
    extra text,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX ON measurement (peaktemp);
CREATE TABLE m_2006_02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE m_2006_03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-05-01');
CREATE TABLE m_later PARTITION OF measurement DEFAULT;
CREATE TABLE archive (city_id integer NOT NULL, logdate date NOT NULL, peaktemp integer, extra text);
CREATE TABLE city (id integer, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE city_north PARTITION OF city FOR VALUES IN ('north', 'arctic');
CREATE TABLE city_south PARTITION OF city FOR VALUES IN ('south')
    PARTITION BY HASH (id);
CREATE TABLE city_south_0 PARTITION OF city_south FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE city_south_1 PARTITION OF city_south FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE stamped (created_at timestamp DEFAULT now() NOT NULL);
CREATE TABLE note (body text, CHECK (body <> '')) INHERITS (stamped);
CREATE TABLE flat (id integer) PARTITION BY RANGE (id);
\c contrib_regression
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
) PARTITION BY RANGE (logdate);
CREATE TABLE m_2006_02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE m_2006_03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE TABLE archive PARTITION OF measurement FOR VALUES FROM ('2005-01-01') TO ('2006-01-01');
CREATE INDEX ON m_2006_02 (city_id);
CREATE TABLE m_later (city_id integer NOT NULL, logdate date NOT NULL, peaktemp integer);
CREATE TABLE stamped (created_at timestamp DEFAULT now() NOT NULL);
CREATE TABLE note (body text);
CREATE TABLE flat (id integer);
INSERT INTO measurement VALUES (1, '2005-06-01', 20), (1, '2006-02-10', 10), (2, '2006-03-10', 12);
INSERT INTO m_later VALUES (3, '2007-01-01', 30);
INSERT INTO note VALUES ('hello');

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- the schemas are now equal and the rows stayed, each in its partition
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT tableoid::regclass AS part, city_id, logdate, peaktemp, extra
FROM measurement ORDER BY logdate;
SELECT tableoid::regclass AS part, created_at IS NOT NULL AS stamped FROM stamped;
SELECT * FROM archive;
SELECT c.relname, i.relname AS index, x.indisvalid
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
WHERE c.relname LIKE 'm\_%' OR c.relname = 'measurement' ORDER BY 1, 2;
INSERT INTO city VALUES (1, 'south'), (2, 'arctic');
SELECT tableoid::regclass AS part, id, region FROM city ORDER BY id;

DROP TABLE measurement, archive, city, note, stamped, flat;
DROP DATABASE psd_partitions_remote;
