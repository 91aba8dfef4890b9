-- A real change to a single-relation view (which 16+ prints without column
-- qualifiers) must still be reported, and only that one.
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, b FROM t WHERE a > 2;
CREATE VIEW w AS SELECT a, upper(b) AS u FROM t;
