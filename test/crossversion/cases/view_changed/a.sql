CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, b FROM t WHERE a > 1;
CREATE VIEW w AS SELECT a, upper(b) AS u FROM t;
