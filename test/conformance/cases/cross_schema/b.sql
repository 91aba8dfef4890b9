CREATE SCHEMA app;
CREATE TABLE app.x (id int PRIMARY KEY);
CREATE TABLE y (id int, x_id int REFERENCES app.x);
CREATE SEQUENCE app.s;
CREATE TABLE app.z (id int DEFAULT nextval('app.s'), y_ok boolean);
