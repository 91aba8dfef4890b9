-- The target of a.sql: the CHECK and the default differ (4 statements: each dropped and added).
CREATE TABLE t (id int, name text,
    CONSTRAINT short CHECK (char_length(SUBSTRING(name FROM 3)) < 100),
    created timestamp DEFAULT (now() AT TIME ZONE 'Europe/Paris'));
CREATE INDEX t_trim ON t (TRIM(LEADING 'x' FROM name));
CREATE VIEW v AS SELECT id, POSITION('x' IN name) AS px FROM t;
