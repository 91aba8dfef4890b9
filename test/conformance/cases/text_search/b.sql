-- text search, target: options and mappings changed, a new schema with a
-- snowball dictionary and a quoted configuration used by an index, a
-- generated column using the changed configuration, a comment.
CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY public.stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY search.snow
    (TEMPLATE = snowball, LANGUAGE = english, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.cfg (COPY = english);
ALTER TEXT SEARCH CONFIGURATION public.cfg ALTER MAPPING FOR asciiword WITH public.stop, search.snow;
ALTER TEXT SEARCH CONFIGURATION public.cfg DROP MAPPING FOR email;
CREATE TEXT SEARCH CONFIGURATION search."Titles" (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search."Titles" ADD MAPPING FOR asciiword, word WITH search.snow;
COMMENT ON TEXT SEARCH DICTIONARY search.snow IS 'stemmer';
CREATE TABLE doc (id int PRIMARY KEY, body text,
                  tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.cfg', body)) STORED);
CREATE INDEX doc_titles ON doc USING gin (to_tsvector('search."Titles"'::regconfig, body));
