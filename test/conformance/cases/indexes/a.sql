CREATE TABLE t (a int, b text, c int, d jsonb);
CREATE INDEX t_a ON t (a);
CREATE INDEX t_gone ON t (c);
