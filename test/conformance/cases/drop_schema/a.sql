CREATE SCHEMA gone;
CREATE TYPE gone.e AS ENUM ('a');
CREATE TABLE gone.t (id int, e gone.e);
CREATE VIEW gone.v AS SELECT * FROM gone.t;
CREATE FUNCTION gone.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TABLE keep (id int DEFAULT gone.f());
