-- owners (with_owner=true): B, the reference. Every kind with an owner that
-- the case can create without a superuser owning it.
CREATE SCHEMA shop AUTHORIZATION cfo_own_a;
CREATE TABLE shop.orders (id serial PRIMARY KEY, note text);
ALTER TABLE shop.orders OWNER TO cfo_own_b;
CREATE TYPE shop.status AS ENUM ('new', 'done');
ALTER TYPE shop.status OWNER TO cfo_own_a;
CREATE FUNCTION shop.total(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
CREATE VIEW shop.recent AS SELECT id FROM shop.orders;
ALTER VIEW shop.recent OWNER TO cfo_own_b;
CREATE SEQUENCE shop.invoice_no;
ALTER SEQUENCE shop.invoice_no OWNER TO cfo_own_a;
-- created by the migration
CREATE DOMAIN shop.positive AS int CHECK (VALUE > 0);
ALTER DOMAIN shop.positive OWNER TO cfo_own_b;
CREATE TYPE shop.span AS RANGE (subtype = int4);
ALTER TYPE shop.span OWNER TO cfo_own_a;
CREATE TABLE shop.lines (id bigserial PRIMARY KEY, order_id int REFERENCES shop.orders,
                         qty shop.positive, seen shop.span);
ALTER TABLE shop.lines OWNER TO cfo_own_a;
CREATE MATERIALIZED VIEW shop.counts AS SELECT count(*) AS n FROM shop.orders;
ALTER MATERIALIZED VIEW shop.counts OWNER TO cfo_own_b;
CREATE PROCEDURE shop.touch() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE shop.touch() OWNER TO cfo_own_a;
CREATE TEXT SEARCH DICTIONARY shop.dict (TEMPLATE = simple);
ALTER TEXT SEARCH DICTIONARY shop.dict OWNER TO cfo_own_b;
CREATE STATISTICS shop.st ON id, note FROM shop.orders;
ALTER STATISTICS shop.st OWNER TO cfo_own_a;
-- The extension in B too: with owners compared, the shared normaliser keeps
-- A's "COMMENT ON EXTENSION pgschemadiff" block (its header ends "Owner:"
-- with no value, which the owner-stripping pattern misses), so B gets the
-- same block. pgschemadiff never migrates itself.
CREATE EXTENSION IF NOT EXISTS pgschemadiff;
