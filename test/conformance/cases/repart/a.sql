CREATE TABLE ev (id int, at date NOT NULL, note text, PRIMARY KEY (id, at));
CREATE INDEX ev_note ON ev (note);
COMMENT ON COLUMN ev.note IS 'free text';
CREATE TABLE ref (id int, ev_id int, ev_at date, FOREIGN KEY (ev_id, ev_at) REFERENCES ev);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER ev_touch BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE ev ENABLE ROW LEVEL SECURITY;
CREATE POLICY ev_p ON ev USING (id > 0);
CREATE VIEW ev_v AS SELECT id, note FROM ev;
