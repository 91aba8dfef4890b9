-- renames_columns: a column renamed by hint (renames => ARRAY['schema.table.column=new_name'],
-- the local table and column): ALTER TABLE ... RENAME COLUMN, action 'rename', not
-- destructive; its values, indexes, checks, foreign keys and grants stay. Without the hint
-- the same difference is a drop and an add. A hint that names nothing is an error (22023).
SELECT format('host=%s port=%s dbname=psd_renames_columns_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_renames_columns_remote;

\c psd_renames_columns_remote
CREATE TABLE people (
    id integer PRIMARY KEY,
    full_name text NOT NULL CHECK (length(full_name) > 0),
    team integer
);
CREATE INDEX people_lower_full_name_idx ON people (lower(full_name));
CREATE TABLE badge (holder text);
\c contrib_regression
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL CHECK (length(name) > 0),
    team integer
);
CREATE INDEX users_lower_name_idx ON users (lower(name));
CREATE TABLE badge (owner text);
INSERT INTO users VALUES (1, 'Ada', 1), (2, 'Grace', 2);
INSERT INTO badge VALUES ('Ada');
SELECT relfilenode AS index_file FROM pg_class WHERE relname = 'users_lower_name_idx' \gset

-- without a hint: a column dropped and one added (refused without allow_drops)
SELECT count(*) FROM schema_diff(:'remote');
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', renames => ARRAY['public.users.name=full_name', 'public.badge.owner=holder'])
ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', renames => ARRAY['public.users.name=full_name', 'public.badge.owner=holder'])
ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS left_over FROM schema_diff(:'remote');
SELECT * FROM people ORDER BY id;
SELECT * FROM badge;
SELECT relfilenode = :index_file AS same_index_file
FROM pg_class WHERE relname = 'people_lower_full_name_idx';

-- hints that name nothing
SELECT count(*) FROM schema_diff(:'remote', renames => ARRAY['public.people.nope=x']);
SELECT count(*) FROM schema_diff(:'remote', renames => ARRAY['public.nobody.a=b']);
SELECT count(*) FROM schema_diff(:'remote', renames => ARRAY['people.full_name=x']);
SELECT count(*) FROM schema_diff(:'remote', renames => ARRAY['public.people.team=squad']);

DROP TABLE people, badge;
DROP DATABASE psd_renames_columns_remote;
