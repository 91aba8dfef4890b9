CREATE SCHEMA old;
CREATE TYPE old.kind AS ENUM ('a', 'b');
CREATE TABLE old.items (id int PRIMARY KEY, k old.kind);
CREATE TABLE orders (id int, item_id int REFERENCES old.items);
