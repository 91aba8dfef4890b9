CREATE TABLE t (a int, b text, c int, d jsonb);
CREATE INDEX t_a ON t (a DESC NULLS LAST);
CREATE UNIQUE INDEX t_partial ON t (b) WHERE c > 0;
CREATE INDEX t_expr ON t (lower(b) text_pattern_ops) INCLUDE (c);
CREATE UNIQUE INDEX t_nnd ON t (c) NULLS NOT DISTINCT;
CREATE INDEX t_gin ON t USING gin (d jsonb_path_ops);
ALTER TABLE t ADD CONSTRAINT t_excl EXCLUDE USING btree (a WITH =) DEFERRABLE;
