-- enum_labels: labels removed, renamed or reordered. The type is renamed
-- aside and created again, every column using it is converted through text
-- (defaults dropped and set again), views and functions over it are created
-- again, the old type is dropped; rows stay. A row holding a removed label
-- makes the migration fail inside its transaction.
SELECT format('host=%s port=%s dbname=psd_enum_labels_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_enum_labels_remote;

\c psd_enum_labels_remote
CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TYPE size AS ENUM ('large', 'small');
CREATE TABLE entry (
    id integer PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'ok',
    history mood[] DEFAULT '{happy}',
    fit size,
    CHECK (feeling <> 'sad' OR id > 0)
);
CREATE INDEX entry_happy ON entry (id) WHERE feeling = 'happy';
CREATE VIEW happy_entry AS SELECT id, feeling FROM entry WHERE feeling = 'happy';
CREATE VIEW happy_count AS SELECT count(*) AS n FROM happy_entry;
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql IMMUTABLE AS $$SELECT 'happy'::mood$$;
\c contrib_regression
CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TYPE size AS ENUM ('small', 'large');
CREATE TABLE entry (
    id integer PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'ok',
    history mood[] DEFAULT '{happy}',
    fit size,
    CHECK (feeling <> 'sad' OR id > 0)
);
CREATE INDEX entry_happy ON entry (id) WHERE feeling = 'happy';
CREATE VIEW happy_entry AS SELECT id, feeling FROM entry WHERE feeling = 'happy';
CREATE VIEW happy_count AS SELECT count(*) AS n FROM happy_entry;
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql IMMUTABLE AS $$SELECT 'happy'::mood$$;
INSERT INTO entry VALUES (1, 'happy', '{sad,happy}', 'small'), (2, 'ok', '{ok}', 'large'),
    (3, 'meh', NULL, NULL);

-- a removed label is a definition the remote lacks: refused without allow_drops
SELECT count(*) FROM schema_diff(:'remote');

-- the plan
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- a row still holds the removed label 'meh': the migration fails, nothing changes
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
ROLLBACK;
SELECT id, feeling FROM entry ORDER BY id;

-- once that row is updated, the migration applies and the rows stay
UPDATE entry SET feeling = 'sad' WHERE id = 3;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT id, feeling, history, fit FROM entry ORDER BY id;
SELECT enum_range(NULL::mood), enum_range(NULL::size);
INSERT INTO entry (id) VALUES (4) RETURNING feeling, history;
SELECT * FROM happy_count;
SELECT cheer('sad');
SELECT typname FROM pg_type WHERE typname LIKE '%pgschemadiff_old%';

DROP VIEW happy_count, happy_entry;
DROP FUNCTION cheer(mood);
DROP TABLE entry;
DROP TYPE mood, size;
DROP DATABASE psd_enum_labels_remote;
