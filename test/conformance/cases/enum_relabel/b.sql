CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TYPE size AS ENUM ('large', 'small');
CREATE TABLE entry (
    id integer PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'ok',
    history mood[] DEFAULT '{happy}',
    fit size,
    CHECK (feeling <> 'sad' OR id > 0)
);
CREATE INDEX entry_happy ON entry (id) WHERE feeling = 'happy';
CREATE VIEW happy_entry AS SELECT id, feeling FROM entry WHERE feeling = 'happy';
CREATE VIEW happy_count AS SELECT count(*) AS n FROM happy_entry;
CREATE FUNCTION cheer(m mood) RETURNS mood LANGUAGE sql IMMUTABLE AS $$SELECT 'happy'::mood$$;
