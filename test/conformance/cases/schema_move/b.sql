CREATE SCHEMA new;
CREATE TYPE new.kind AS ENUM ('a', 'b');
CREATE TABLE new.items (id int PRIMARY KEY, k new.kind);
CREATE TABLE orders (id int, item_id int REFERENCES new.items);
