-- text search, local start: a dictionary whose options change, a
-- configuration whose mappings change, and a dictionary and configuration
-- that go, still used by a generated column.
CREATE TEXT SEARCH DICTIONARY public.stop (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH DICTIONARY public.gone (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION public.cfg (COPY = english);
CREATE TEXT SEARCH CONFIGURATION public.gone_cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.gone_cfg ADD MAPPING FOR word WITH public.gone;
CREATE TABLE doc (id int PRIMARY KEY, body text,
                  old tsvector GENERATED ALWAYS AS (to_tsvector('public.gone_cfg', body)) STORED);
