-- renames: an index or constraint whose definition is unchanged but for its
-- name is renamed in place (action 'rename', not destructive: allowed with
-- allow_drops => false, no index rebuilt); detect_renames => false turns it
-- off (drop + create). Rows stay; a second diff is empty.
SELECT format('host=%s port=%s dbname=psd_renames_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_renames_remote;

\c psd_renames_remote
CREATE TABLE account (
    id integer CONSTRAINT account_pk PRIMARY KEY,
    email text NOT NULL CONSTRAINT email_has_at CHECK (email LIKE '%@%'),
    team integer
);
CREATE UNIQUE INDEX index_account_on_email ON account (lower(email));
CREATE INDEX index_account_on_team ON account (team);
CREATE TABLE member (account_id integer REFERENCES account);
\c contrib_regression
CREATE TABLE account (
    id integer PRIMARY KEY,
    email text NOT NULL CONSTRAINT account_email_check CHECK (email LIKE '%@%'),
    team integer
);
CREATE UNIQUE INDEX account_lower_email_idx ON account (lower(email));
CREATE INDEX account_team_idx ON account (team);
CREATE TABLE member (account_id integer REFERENCES account);
INSERT INTO account VALUES (1, 'a@x', 1), (2, 'b@x', 2);
INSERT INTO member VALUES (1), (2);
SELECT relfilenode AS email_index_file FROM pg_class WHERE relname = 'account_lower_email_idx' \gset

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => false) ORDER BY ordinal;
-- turned off: the same differences are drops and creates, refused without allow_drops
SELECT count(*) FROM schema_diff(:'remote', detect_renames => false);
SELECT action, count(*) FROM schema_diff(:'remote', allow_drops => true, detect_renames => false)
GROUP BY action ORDER BY action;

BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS left_over FROM schema_diff(:'remote');
-- the same index (not rebuilt), the same rows, the foreign key still in place
SELECT relfilenode = :email_index_file AS same_index_file
FROM pg_class WHERE relname = 'index_account_on_email';
SELECT count(*) FROM account;
INSERT INTO member VALUES (3);

DROP TABLE member;
DROP TABLE account;
DROP DATABASE psd_renames_remote;
