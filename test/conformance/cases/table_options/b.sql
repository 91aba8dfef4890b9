-- t: options changed, toast option added, identity NOTHING;
-- u: its identity index is re-created with another definition;
-- v: options reset, a text column (and so a toast table) added with a toast
--    option, identity back to DEFAULT;
-- p, p1: a partition with options, a partitioned table with identity FULL;
-- w: a new table with options and an identity index.
CREATE TABLE t (id integer PRIMARY KEY, body text)
    WITH (fillfactor = 70, toast.autovacuum_enabled = false);
ALTER TABLE t REPLICA IDENTITY NOTHING;
CREATE TABLE u (id integer NOT NULL, k integer NOT NULL);
CREATE UNIQUE INDEX u_k ON u (k, id);
ALTER TABLE u REPLICA IDENTITY USING INDEX u_k;
CREATE TABLE v (id integer NOT NULL, note text);
ALTER TABLE v SET (toast.autovacuum_enabled = false);
CREATE TABLE p (id integer NOT NULL) PARTITION BY RANGE (id);
ALTER TABLE p REPLICA IDENTITY FULL;
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10) WITH (fillfactor = 60);
CREATE TABLE w (id integer NOT NULL, body text)
    WITH (fillfactor = 80, toast.autovacuum_enabled = false);
CREATE UNIQUE INDEX w_id ON w (id);
ALTER TABLE w REPLICA IDENTITY USING INDEX w_id;
