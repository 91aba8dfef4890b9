CREATE TABLE keep (id int);
CREATE TABLE z_item (id int PRIMARY KEY, name text);
CREATE TABLE a_holder (id int, item z_item, items z_item[]);
CREATE TYPE b_wrap AS (inner_item z_item, n int);
CREATE TABLE c_user (w b_wrap);
CREATE VIEW a_names AS SELECT id, (item).name FROM a_holder;
