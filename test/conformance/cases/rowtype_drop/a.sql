-- The reverse, with names that put the used table first: the tables and the
-- composite that use its row type are dropped before it.
CREATE TABLE keep (id int);
CREATE TABLE a_item (id int PRIMARY KEY, name text);
CREATE TABLE z_holder (id int, item a_item, items a_item[]);
CREATE TYPE b_wrap AS (inner_item a_item, n int);
CREATE TABLE c_user (w b_wrap);
CREATE VIEW z_names AS SELECT id, (item).name FROM z_holder;
