-- SQL-standard syntax that PostgreSQL 14+ prints back as written and 13
-- prints as a plain function call ("substring"(x, 2), timezone('UTC', x),
-- "normalize"(x, 'nfkc')). Known to read as changed against a 13 remote
-- (README, "Comparing across majors"); identical from 14 on.
CREATE TABLE t (id int, name text, at timestamptz,
    CONSTRAINT short CHECK (char_length(SUBSTRING(name FROM 2)) < 100),
    day date DEFAULT (EXTRACT(YEAR FROM now())::int || '-01-01')::date);
CREATE INDEX t_norm ON t (lower(NORMALIZE(name, NFKC)));
CREATE VIEW v AS
    SELECT id, TRIM(BOTH ' ' FROM name) AS trimmed, POSITION('x' IN name) AS px,
           (at AT TIME ZONE 'UTC')::date AS utc_day, EXTRACT(DOW FROM at) AS dow
    FROM t;
