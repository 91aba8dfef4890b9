CREATE SCHEMA old;
CREATE TABLE old.x (id int PRIMARY KEY);
CREATE TABLE y (id int, x_id int REFERENCES old.x);
