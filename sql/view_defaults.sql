-- view_defaults: defaults of view columns (ALTER VIEW ... ALTER COLUMN ...
-- SET DEFAULT), used by INSERTs through an updatable view: set, changed,
-- dropped, and given back to a view the migration creates again.
SELECT format('host=%s port=%s dbname=psd_viewdef_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_viewdef_remote;

\c psd_viewdef_remote
CREATE SEQUENCE ticket_no;
CREATE TABLE ticket (id bigint PRIMARY KEY, state text NOT NULL, note text);
CREATE VIEW open_ticket AS SELECT id, state, note FROM ticket WHERE state = 'open';
ALTER VIEW open_ticket ALTER COLUMN id SET DEFAULT nextval('ticket_no');
ALTER VIEW open_ticket ALTER COLUMN state SET DEFAULT 'open';
CREATE VIEW ticket_note AS SELECT id, note::varchar(200) AS note FROM ticket;
ALTER VIEW ticket_note ALTER COLUMN note SET DEFAULT 'n/a';
\c contrib_regression
CREATE SEQUENCE ticket_no;
CREATE TABLE ticket (id bigint PRIMARY KEY, state text NOT NULL, note text);
CREATE VIEW open_ticket AS SELECT id, state, note FROM ticket WHERE state = 'open';
ALTER VIEW open_ticket ALTER COLUMN state SET DEFAULT 'new';
ALTER VIEW open_ticket ALTER COLUMN note SET DEFAULT 'to be dropped';
CREATE VIEW ticket_note AS SELECT id, note FROM ticket;
ALTER VIEW ticket_note ALTER COLUMN note SET DEFAULT 'n/a';
INSERT INTO ticket VALUES (100, 'open', 'first');

SELECT ordinal, kind, identity, action, sql
FROM schema_diff(:'remote') ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote');
SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid)
  FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
  JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
 WHERE c.relkind = 'v' ORDER BY 1, 2;
-- the defaults work through the view
INSERT INTO open_ticket (note) VALUES ('via the view') RETURNING *;
SELECT * FROM ticket ORDER BY id;

DROP VIEW open_ticket, ticket_note;
DROP TABLE ticket;
DROP SEQUENCE ticket_no;
DROP DATABASE psd_viewdef_remote;
