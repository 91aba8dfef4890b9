CREATE FUNCTION norm(text, boolean DEFAULT true) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower($1)';
CREATE TABLE t (id int, name text);
CREATE INDEX t_norm ON t (norm(name));
CREATE INDEX t_part ON t (id) WHERE norm(name) <> '';
