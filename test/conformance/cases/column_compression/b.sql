CREATE TABLE t (id bigint, data jsonb COMPRESSION pglz, body text COMPRESSION pglz, note text);
CREATE TABLE fresh (id bigint, doc text COMPRESSION lz4);
