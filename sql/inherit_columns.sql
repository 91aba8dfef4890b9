-- inherit_columns: tables that start inheriting (INHERIT) from a parent that
-- gains a column in the same migration get it from the parent (only
-- inherited, as on the remote); a child keeping the column as its own adds
-- it first and the parent's ADD COLUMN merges into it; NO INHERIT before the
-- parent gains a column; a partition attached while its parent gains one; a
-- child made to inherit a parent's existing CHECK. Rows stay.
SELECT format('host=%s port=%s dbname=psd_inherit_columns_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_inherit_columns_remote;

\c psd_inherit_columns_remote
CREATE TABLE p (id integer CHECK (id > 0), extra text DEFAULT 'x' NOT NULL);
CREATE TABLE c (id integer, note text) INHERITS (p);
CREATE TABLE d (id integer, extra text) INHERITS (p);
CREATE TABLE old_child (id integer);
CREATE TABLE m (id integer, extra text) PARTITION BY RANGE (id);
CREATE TABLE m_a PARTITION OF m FOR VALUES FROM (1) TO (10);
\c contrib_regression
CREATE TABLE p (id integer CHECK (id > 0));
CREATE TABLE c (id integer, note text);
CREATE TABLE d (id integer) INHERITS (p);
CREATE TABLE old_child () INHERITS (p);
CREATE TABLE m (id integer) PARTITION BY RANGE (id);
CREATE TABLE m_a (id integer);
INSERT INTO p VALUES (1);
INSERT INTO c VALUES (2, 'two');
INSERT INTO d VALUES (3);
INSERT INTO old_child VALUES (4);
INSERT INTO m_a VALUES (5);

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- equal now, rows kept; "extra" is only inherited by c, as on the remote
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT tableoid::regclass AS tbl, id, extra FROM p ORDER BY id;
SELECT * FROM c;
SELECT tableoid::regclass AS part, * FROM m;
SELECT a.attrelid::regclass AS tbl, a.attname, a.attislocal, a.attinhcount, a.attnotnull
FROM pg_attribute a
WHERE a.attrelid IN ('c'::regclass, 'd'::regclass, 'old_child'::regclass, 'm_a'::regclass)
  AND a.attnum > 0
ORDER BY a.attrelid::regclass::text, a.attnum;

DROP TABLE c, d, p, old_child, m;
DROP DATABASE psd_inherit_columns_remote;
