-- CLUSTER ON (pg_index.indisclustered, pg_dump prints ALTER TABLE ... CLUSTER
-- ON): set, moved to another index, cleared, kept on an index built again,
-- and on a new table.
CREATE TABLE events (id int PRIMARY KEY, at date, kind text);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_kind ON events (kind);
ALTER TABLE events CLUSTER ON events_at;
CREATE TABLE logs (id int PRIMARY KEY, at date);
CREATE INDEX logs_at ON logs (at);
ALTER TABLE logs CLUSTER ON logs_at;
CREATE TABLE plain (id int PRIMARY KEY);
