-- A real change inside SQL-standard syntax must still be reported against a
-- 13 remote (which prints it as plain calls): the check's SUBSTRING start
-- and the default's time zone differ; the view and the index do not.
CREATE TABLE t (id int, name text,
    CONSTRAINT short CHECK (char_length(SUBSTRING(name FROM 2)) < 100),
    created timestamp DEFAULT (now() AT TIME ZONE 'utc'));
CREATE INDEX t_trim ON t (TRIM(LEADING 'x' FROM name));
CREATE VIEW v AS SELECT id, POSITION('x' IN name) AS px FROM t;
