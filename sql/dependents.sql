-- dependents: views, materialized views, functions, procedures, triggers,
-- row-level security and policies, in the order their dependencies need:
-- a chain of three views over a column whose type changes is dropped before
-- the ALTER and created again after it; a trigger follows its function when
-- the function's result changes; rows stay in the altered table.
SELECT format('host=%s port=%s dbname=psd_dependents_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_dependents_remote;

\c psd_dependents_remote
CREATE TABLE account (id integer PRIMARY KEY, balance bigint, owner text);
CREATE VIEW v1 AS SELECT id, balance FROM account;
CREATE VIEW v2 AS SELECT id, balance FROM v1 WHERE balance > 0;
CREATE VIEW v3 WITH (security_barrier) AS SELECT id, balance FROM v2;
CREATE FUNCTION double_it(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE VIEW doubled AS SELECT id, double_it(balance) AS twice FROM account;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN NEW.owner := coalesce(NEW.owner, 'nobody'); RETURN NEW; END$$;
CREATE TRIGGER account_stamp BEFORE INSERT OR UPDATE OF owner ON account
    FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE PROCEDURE reset_balance(i integer) LANGUAGE sql AS 'UPDATE account SET balance = 0 WHERE id = i';
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n, sum(balance) AS total FROM account;
CREATE UNIQUE INDEX totals_n ON totals (n);
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON account FOR SELECT TO PUBLIC USING (owner = current_user);
\c contrib_regression
CREATE TABLE account (id integer PRIMARY KEY, balance integer, owner text);
CREATE VIEW v1 AS SELECT id, balance FROM account;
CREATE VIEW v2 AS SELECT id, balance FROM v1 WHERE balance > 0;
CREATE VIEW v3 AS SELECT id, balance FROM v2;
CREATE FUNCTION double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE VIEW doubled AS SELECT id, double_it(balance) AS twice FROM account;
CREATE VIEW unwanted AS SELECT 1 AS one;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN RETURN NEW; END$$;
CREATE TRIGGER account_stamp BEFORE INSERT ON account
    FOR EACH ROW EXECUTE FUNCTION stamp();
INSERT INTO account VALUES (1, 10, 'ann'), (2, 20, 'bob');

-- a view the remote does not have is a drop: refused without allow_drops
SELECT count(*) FROM schema_diff(:'remote');

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;

-- the schemas are now equal, the rows stayed, the new objects work
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT id, balance, pg_typeof(balance) FROM account ORDER BY id;
SELECT * FROM v3 ORDER BY id;
SELECT * FROM doubled ORDER BY id;
INSERT INTO account (id, balance) VALUES (3, 30) RETURNING owner;
REFRESH MATERIALIZED VIEW totals;
SELECT * FROM totals;

DROP MATERIALIZED VIEW totals;
DROP VIEW doubled, v3, v2, v1;
DROP TABLE account;
DROP FUNCTION double_it(bigint), stamp();
DROP PROCEDURE reset_balance(integer);
DROP DATABASE psd_dependents_remote;
