CREATE SCHEMA util;
CREATE SCHEMA types;
CREATE TYPE mood AS ENUM ('happy', 'unhappy', 'meh');
CREATE TYPE couple AS (a integer, b text);
CREATE DOMAIN types.posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE float_range AS RANGE (subtype = float8, multirange_type_name = floatspan_multirange);
CREATE SEQUENCE ticket_number START 100 INCREMENT 5;
CREATE TABLE entry (
    id integer PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'unhappy' CHECK (feeling <> 'meh' OR id > 0),
    size types.posint,
    p couple,
    span float_range,
    ticket integer DEFAULT nextval('ticket_number')
);
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER stamp_entry BEFORE INSERT ON entry FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_positive ON entry FOR SELECT USING (id > 0);
CREATE VIEW unhappy_entries AS SELECT id FROM entry WHERE feeling = 'unhappy';
CREATE VIEW ids_of_entries AS SELECT id FROM entry;
CREATE MATERIALIZED VIEW count_of_entries AS SELECT count(*) AS n FROM entry;
CREATE INDEX entry_twice ON entry (public.double_it(id));
