-- fk_retype: a primary key (and a unique key) changes type while foreign keys
-- in other tables reference it; a foreign key whose own column changes type.
-- The foreign keys are dropped before the ALTER ... TYPE statements and added
-- again after both ends have their new type; rows stay.
SELECT format('host=%s port=%s dbname=psd_fk_retype_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_fk_retype_remote;

\c psd_fk_retype_remote
CREATE TABLE country (code text PRIMARY KEY, alt bigint UNIQUE);
CREATE TABLE city (
    id bigint PRIMARY KEY,
    country text NOT NULL REFERENCES country,
    alt_country bigint REFERENCES country (alt)
);
CREATE TABLE street (id integer, city_id bigint REFERENCES city ON DELETE CASCADE);
CREATE TABLE note (id integer, city_id bigint REFERENCES city);
\c contrib_regression
CREATE TABLE country (code integer PRIMARY KEY, alt integer UNIQUE);
CREATE TABLE city (
    id integer PRIMARY KEY,
    country integer NOT NULL REFERENCES country,
    alt_country integer REFERENCES country (alt)
);
CREATE TABLE street (id integer, city_id integer REFERENCES city ON DELETE CASCADE);
CREATE TABLE note (id integer, city_id bigint REFERENCES city);
INSERT INTO country VALUES (1, 10), (2, 20);
INSERT INTO city VALUES (100, 1, 10), (200, 2, NULL);
INSERT INTO street VALUES (1, 100), (2, 200);
INSERT INTO note VALUES (1, 200);

-- the plan, as a reviewer reads it
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote') ORDER BY ordinal;

-- apply it in one transaction
BEGIN;
SELECT sql FROM schema_diff(:'remote') ORDER BY ordinal \gexec
COMMIT;

-- equal now, rows kept, the keys enforced again
SELECT count(*) AS rows FROM schema_diff(:'remote');
SELECT * FROM country ORDER BY code;
SELECT * FROM city ORDER BY id;
SELECT * FROM street ORDER BY id;
SELECT conrelid::regclass AS tbl, conname, pg_get_constraintdef(oid) AS def
FROM pg_constraint WHERE contype = 'f' ORDER BY conrelid::regclass::text, conname;
INSERT INTO city VALUES (300, 'nowhere', NULL);
DELETE FROM city WHERE id = 100;
SELECT count(*) AS streets FROM street;

DROP TABLE note, street, city, country;
DROP DATABASE psd_fk_retype_remote;
