-- allow_drops: the safety catch refuses any migration that drops something
-- the remote does not have, naming what and how to allow it.
SELECT format('host=%s port=%s dbname=psd_drops_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_drops_remote;
\c psd_drops_remote
CREATE TABLE kept (id int PRIMARY KEY);
\c contrib_regression
CREATE TABLE kept (id int PRIMARY KEY, old_col text);
CREATE TABLE gone (id int);
CREATE SEQUENCE gone_seq;
CREATE INDEX kept_old ON kept (old_col);

SELECT sql FROM schema_diff(:'remote');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT sql FROM schema_diff(:'remote', allow_drops => false);
-- an explicit NULL is an error, not "false"
SELECT sql FROM schema_diff(:'remote', allow_drops => NULL);
-- allowed: the drops are in the plan, flagged
SELECT ordinal, kind, identity, action, destructive
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
-- a migration that only adds never needs allow_drops
DROP TABLE gone; DROP SEQUENCE gone_seq; DROP INDEX kept_old;
ALTER TABLE kept DROP COLUMN old_col;
\c psd_drops_remote
CREATE TABLE added (x int);
\c contrib_regression
SELECT sql FROM schema_diff(:'remote');

DROP TABLE kept;
DROP DATABASE psd_drops_remote;
