-- SQL-standard syntax that PostgreSQL 14+ prints back as written and 13
-- prints as a plain function call ("substring"(x, 2), timezone('UTC', x),
-- btrim(x, ' '), "normalize"(x, 'nfkc')). Compared with a 13 remote, both
-- texts are printed again without that syntax (src/pg/sql_syntax.cpp): the
-- same schema must give no rows. EXTRACT is left out: 14 made it another
-- function (extract, numeric) than 13's date_part (double precision).
CREATE TABLE t (id int, name text, at timestamptz,
    CONSTRAINT short CHECK (char_length(SUBSTRING(name FROM 2)) < 100) NOT VALID,
    CONSTRAINT trimmed CHECK (TRIM(BOTH ' ' FROM name) <> '') NO INHERIT,
    created timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    code text GENERATED ALWAYS AS (OVERLAY(name PLACING 'x' FROM 1 FOR 1)) STORED);
CREATE INDEX t_norm ON t (lower(NORMALIZE(name, NFKC)));
CREATE INDEX t_part ON t (id) WHERE POSITION('x' IN name) > 0;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (SUBSTRING(name FROM 1 FOR 1) = 'a')
    WITH CHECK (name IS NFC NORMALIZED);
CREATE VIEW v AS
    SELECT id, TRIM(BOTH ' ' FROM name) AS trimmed, POSITION('x' IN name) AS px,
           (at AT TIME ZONE 'UTC')::date AS utc_day,
           (SELECT count(*) FROM t t2 WHERE SUBSTRING(t2.name FROM 2) = SUBSTRING(t.name FROM 2)) AS same
    FROM t;
