CREATE TABLE t (id bigint, data jsonb, body text COMPRESSION lz4, note text COMPRESSION pglz);
INSERT INTO t VALUES (1, '{"a": 1}', 'body', 'note');
