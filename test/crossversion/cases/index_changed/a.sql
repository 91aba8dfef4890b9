CREATE TABLE t (a int, b text);
CREATE INDEX t_lower ON t (lower(b)) WHERE a > 1;
CREATE INDEX t_keep ON t (upper(b)) WHERE a > 1;
