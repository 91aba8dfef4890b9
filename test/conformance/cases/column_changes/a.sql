CREATE TABLE t (
    a int,
    b varchar(10) DEFAULT 'x',
    c numeric(10, 2) NOT NULL,
    d text COLLATE "C",
    e int DEFAULT 1,
    f timestamptz
);
CREATE UNLOGGED TABLE u (x int);
CREATE TABLE l (x int);
