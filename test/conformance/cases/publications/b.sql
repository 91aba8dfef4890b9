-- publications, target: new list, filter and options; FOR ALL TABLES with
-- publish_via_partition_root; a schema publication; a quoted name; a kept
-- publication whose filtered column changes type.
CREATE SCHEMA shop;
CREATE SCHEMA extra;
CREATE TABLE shop.item (id int PRIMARY KEY, name text, price numeric(10,2));
CREATE TABLE log (id int, at timestamptz);
CREATE TABLE extra.x (id int);
CREATE PUBLICATION pub_items FOR TABLE shop.item (id, name) WHERE (name <> '')
    WITH (publish = 'insert, delete');
CREATE PUBLICATION pub_all FOR ALL TABLES WITH (publish_via_partition_root = true);
CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA extra, shop;
CREATE PUBLICATION "Pub ""new""" FOR TABLE log, extra.x;
CREATE PUBLICATION pub_kept FOR TABLE shop.item (id, price) WHERE (price > 0);
COMMENT ON PUBLICATION pub_kept IS 'price changes';
COMMENT ON PUBLICATION pub_all IS 'every table';
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE PUBLICATION pub_events FOR TABLE events;
