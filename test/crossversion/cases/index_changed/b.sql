-- A real change to an index predicate must still be reported (drop + create).
CREATE TABLE t (a int, b text);
CREATE INDEX t_lower ON t (lower(b)) WHERE a > 2;
CREATE INDEX t_keep ON t (upper(b)) WHERE a > 1;
