CREATE TABLE t (
    a bigint NOT NULL DEFAULT 42,
    b varchar(20) DEFAULT 'y',
    c numeric(12, 4),
    d text COLLATE "POSIX",
    e int GENERATED ALWAYS AS IDENTITY,
    f timestamptz DEFAULT now(),
    g int GENERATED ALWAYS AS (a * 2) STORED
);
CREATE TABLE u (x int);
CREATE UNLOGGED TABLE l (x int);
