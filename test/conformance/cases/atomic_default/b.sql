CREATE TABLE keep (id int);

CREATE TABLE codes (code int);
CREATE FUNCTION next_code() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT COALESCE(max(code), 0) + 1 FROM codes;
END;
CREATE TABLE orders (id int, code int DEFAULT next_code() CHECK (code > 0 AND code < next_code() + 100));
ALTER TABLE keep ADD COLUMN code int DEFAULT next_code();
