-- Column type changes between types that have no cast at all: the USING
-- goes through text (real schema histories: jsonb -> text[], interval ->
-- integer). Empty tables, so every value's text form parses.
CREATE TABLE t (id int PRIMARY KEY, tags jsonb, ttl interval, flags int[], spot point);
