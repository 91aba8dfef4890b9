-- Storage parameters and replica identity, altered in place (rows stay).
CREATE TABLE t (id integer PRIMARY KEY, body text) WITH (fillfactor = 50);
CREATE TABLE u (id integer NOT NULL, k integer NOT NULL);
CREATE UNIQUE INDEX u_k ON u (k);
ALTER TABLE u REPLICA IDENTITY USING INDEX u_k;
CREATE TABLE v (id integer NOT NULL) WITH (autovacuum_enabled = false, toast_tuple_target = 256);
ALTER TABLE v REPLICA IDENTITY FULL;
CREATE TABLE p (id integer NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10);
INSERT INTO t SELECT g, 'x' FROM generate_series(1, 5) g;
INSERT INTO u SELECT g, g FROM generate_series(1, 5) g;
INSERT INTO v SELECT g FROM generate_series(1, 5) g;
INSERT INTO p SELECT g FROM generate_series(1, 5) g;
