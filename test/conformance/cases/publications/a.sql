-- publications, local start: a column list and row filter on a column that
-- goes, a table that goes, a list that becomes FOR ALL TABLES, one that goes.
CREATE SCHEMA shop;
CREATE TABLE shop.item (id int PRIMARY KEY, name text, price numeric, legacy text);
CREATE TABLE shop.tmp (id int);
CREATE TABLE log (id int);
CREATE PUBLICATION pub_items
    FOR TABLE shop.item (id, legacy) WHERE (legacy IS NOT NULL), TABLE shop.tmp;
CREATE PUBLICATION pub_all FOR TABLE log;
CREATE PUBLICATION pub_gone;
CREATE PUBLICATION pub_kept FOR TABLE shop.item (id, price) WHERE (price > 0);
COMMENT ON PUBLICATION pub_kept IS 'to be changed';
-- a plain table that becomes partitioned (drop + create) stays published
CREATE TABLE events (id int, at date);
CREATE PUBLICATION pub_events FOR TABLE events;
