CREATE SCHEMA util;
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TYPE pair AS (a integer, b text);
CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE floatspan AS RANGE (subtype = float8);
CREATE SEQUENCE ticket_no START 100 INCREMENT 5;
CREATE TABLE entry (
    id integer PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'sad' CHECK (feeling <> 'meh' OR id > 0),
    size posint,
    p pair,
    span floatspan,
    ticket integer DEFAULT nextval('ticket_no')
);
CREATE FUNCTION util.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER entry_stamp BEFORE INSERT ON entry FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY entry_read ON entry FOR SELECT USING (id > 0);
CREATE VIEW sad_entries AS SELECT id FROM entry WHERE feeling = 'sad';
CREATE VIEW entry_ids AS SELECT id FROM entry;
CREATE MATERIALIZED VIEW entry_count AS SELECT count(*) AS n FROM entry;
CREATE INDEX entry_twice ON entry (util.twice(id));
INSERT INTO entry VALUES (1, 'sad', 3, '(1,x)', '[1,2)'), (2, 'happy', NULL, NULL, NULL);
