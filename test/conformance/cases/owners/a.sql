-- owners (with_owner=true): A, the database migrated. Some objects exist
-- with another owner, some are missing and are created by the migration.
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id serial PRIMARY KEY, note text);
ALTER TABLE shop.orders OWNER TO cfo_own_a;
INSERT INTO shop.orders (note) VALUES ('kept');
CREATE TYPE shop.status AS ENUM ('new', 'done');
CREATE FUNCTION shop.total(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
ALTER FUNCTION shop.total(int, int) OWNER TO cfo_own_b;
CREATE VIEW shop.recent AS SELECT id FROM shop.orders;
CREATE SEQUENCE shop.invoice_no;
