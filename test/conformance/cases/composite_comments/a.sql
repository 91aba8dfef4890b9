CREATE TYPE addr AS (street text, city text);
COMMENT ON TYPE addr IS 'old text';
COMMENT ON COLUMN addr.city IS 'town';
CREATE TABLE t (id int, a addr);
COMMENT ON TABLE t IS 'a table, not its row type';
