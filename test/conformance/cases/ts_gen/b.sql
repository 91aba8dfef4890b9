CREATE TEXT SEARCH CONFIGURATION my_en (COPY = english);
CREATE TABLE doc (id int, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.my_en'::regconfig, body)) STORED);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.my_en'::regconfig, body));
CREATE TABLE doc2 (id int, body text) WITH (fillfactor = 70);
ALTER TABLE doc2 REPLICA IDENTITY FULL;
CREATE PUBLICATION pub FOR TABLE doc (id, body), doc2 WHERE (id > 0);
