CREATE TABLE counters (id int PRIMARY KEY, n bigint);
INSERT INTO counters VALUES (1, 41);
-- A view and a function that read each other (BEGIN ATOMIC records the
-- view as a dependency of the function): no order of plain CREATEs works.
CREATE VIEW "next n" AS SELECT 0::bigint AS n, 'x'::text COLLATE "C" AS "la, bel";
CREATE FUNCTION bump(k int) RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT n + k FROM "next n";
END;
CREATE OR REPLACE VIEW "next n" AS
  SELECT c.n + 1 AS n, 'x'::text COLLATE "C" AS "la, bel" FROM counters c WHERE bump(0) IS NOT NULL OR true;
GRANT SELECT ON "next n" TO PUBLIC;
COMMENT ON VIEW "next n" IS 'kept through the stub';
