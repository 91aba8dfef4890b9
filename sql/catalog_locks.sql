-- catalog_locks: reading the catalogs takes no lock per object that stays
-- held (pg_get_viewdef locks a view and what it reads; pg_sequence_last_value
-- locks a sequence): views and rules are read page by page in rolled-back
-- subtransactions, sequence values only for the sequences whose bounds
-- change. So schemas of tens of thousands of objects fit the default lock
-- table, on both sides.
SELECT format('host=%s port=%s dbname=psd_locks_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_locks_remote;

-- 300 tables with a serial column, 300 views (more than a page), 250 rules
-- (more than a page), here and there alike; a view and a rule differ.
CREATE FUNCTION make_objects(variant int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1..300 LOOP
        EXECUTE format('CREATE TABLE t%s (id serial PRIMARY KEY, v int)', i);
        EXECUTE format('CREATE VIEW v%s AS SELECT id, v + %s AS w FROM t%s', i,
                       CASE WHEN i = 7 THEN variant ELSE 0 END, i);
        IF i <= 250 THEN
            EXECUTE format('CREATE RULE r%s AS ON UPDATE TO t%s DO ALSO NOTIFY n%s', i, i,
                           CASE WHEN i = 9 THEN variant ELSE 0 END);
        END IF;
    END LOOP;
END $$;
SELECT make_objects(0);
-- a sequence whose current value is past the remote's new bounds, and one whose is not
CREATE SEQUENCE past AS bigint;
SELECT setval('past', 3000000000);
CREATE SEQUENCE within AS bigint;
SELECT setval('within', 5);

\c psd_locks_remote
CREATE FUNCTION make_objects(variant int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1..300 LOOP
        EXECUTE format('CREATE TABLE t%s (id serial PRIMARY KEY, v int)', i);
        EXECUTE format('CREATE VIEW v%s AS SELECT id, v + %s AS w FROM t%s', i,
                       CASE WHEN i = 7 THEN variant ELSE 0 END, i);
        IF i <= 250 THEN
            EXECUTE format('CREATE RULE r%s AS ON UPDATE TO t%s DO ALSO NOTIFY n%s', i, i,
                           CASE WHEN i = 9 THEN variant ELSE 0 END);
        END IF;
    END LOOP;
END $$;
SELECT make_objects(1);
CREATE SEQUENCE past AS integer;
CREATE SEQUENCE within AS integer;
\c contrib_regression
SET psd.remote = :'remote';

-- every difference is found, across pages
SELECT kind, identity, action, sql FROM schema_diff(:'remote') ORDER BY ordinal;

-- inside one transaction: after the diff, this backend holds no lock on the
-- 300 views, their tables, the rules' tables or the 300 serial sequences;
-- only on the two sequences whose bounds change (their value was read)
BEGIN;
SELECT count(*) > 0 AS diffed FROM schema_diff(:'remote');
SELECT c.relname, l.mode
FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
WHERE l.pid = pg_backend_pid() AND c.relnamespace = 'public'::regnamespace
ORDER BY 1;
ROLLBACK;

-- a lock the caller already holds stays held (the subtransactions release only theirs)
BEGIN;
LOCK TABLE v5 IN ACCESS SHARE MODE;
SELECT count(*) > 0 AS diffed FROM schema_diff(:'remote');
SELECT c.relname, l.mode
FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
WHERE l.pid = pg_backend_pid() AND c.relnamespace = 'public'::regnamespace
ORDER BY 1;
ROLLBACK;

-- called from a plpgsql block that catches errors: the block's own
-- subtransaction is intact whether schema_diff succeeds or fails mid-way
DO $$
DECLARE n int;
BEGIN
    BEGIN
        SELECT count(*) INTO n FROM schema_diff('dbname=psd_locks_no_such_db');
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'caught: %', SQLSTATE;
    END;
    SELECT count(*) INTO n FROM schema_diff(current_setting('psd.remote'));
    RAISE NOTICE 'statements: %', n;
END $$;

-- the migration applies; the second diff is empty
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
SELECT count(*) AS rows FROM schema_diff(:'remote');
SELECT last_value FROM past;
SELECT last_value FROM within;
ROLLBACK;

SET client_min_messages = warning;
DO $$
BEGIN
    FOR i IN 1..300 LOOP
        EXECUTE format('DROP TABLE t%s CASCADE', i);
    END LOOP;
END $$;
DROP SEQUENCE past, within;
DROP FUNCTION make_objects(int);
RESET psd.remote;
RESET client_min_messages;
DROP DATABASE psd_locks_remote;
