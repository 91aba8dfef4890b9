CREATE TYPE addr AS (street text, city text, zip text);
COMMENT ON TYPE addr IS 'postal address';
COMMENT ON COLUMN addr.zip IS 'postal code';
CREATE TYPE point3 AS (x float8, y float8, z float8);
COMMENT ON TYPE point3 IS 'a point';
COMMENT ON COLUMN point3.z IS 'height';
CREATE TABLE t (id int, a addr);
COMMENT ON TABLE t IS 'a table, not its row type';
