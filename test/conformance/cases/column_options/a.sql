-- Per-column settings pg_dump prints: statistics target, storage,
-- compression, attribute options; changed, reset, and set on new columns,
-- retyped columns, new tables and partitions.
CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    finished_at timestamptz,
    payload text,
    note text,
    kind varchar(10),
    body jsonb
);
ALTER TABLE jobs ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE jobs ALTER COLUMN note SET STATISTICS 50;
ALTER TABLE jobs ALTER COLUMN note SET (n_distinct = 10);
ALTER TABLE jobs ALTER COLUMN kind SET STORAGE MAIN;
ALTER TABLE jobs ALTER COLUMN body SET COMPRESSION pglz;
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
