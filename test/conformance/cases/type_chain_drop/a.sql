-- The reverse of type_chain: every type that uses another is dropped, in the
-- order the local dependencies need (dependents first).
CREATE TABLE keep (id int PRIMARY KEY);
CREATE TYPE z_point AS (x int, y int);
CREATE TYPE z_span AS RANGE (subtype = int4);
CREATE TYPE a_shape AS (origin z_point, extent z_span, corners z_point[]);
CREATE DOMAIN b_shape AS a_shape CHECK ((VALUE).origin IS NOT NULL);
CREATE DOMAIN y_pos AS int CHECK (VALUE > 0);
CREATE DOMAIN a_pos AS y_pos CHECK (VALUE < 1000);
CREATE TABLE c_drawing (id int PRIMARY KEY, shape b_shape, pos a_pos);
CREATE VIEW a_origins AS SELECT id, (shape).origin, pos FROM c_drawing;
