CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE FUNCTION cheer(mood) RETURNS mood LANGUAGE sql AS $$SELECT 'happy'::mood$$;
CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');
CREATE TABLE t (id int, m mood DEFAULT 'ok', g good_mood);
CREATE VIEW v AS SELECT id, cheer(m) FROM t;
