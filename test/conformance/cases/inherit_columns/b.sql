CREATE TABLE p (id integer, extra text DEFAULT 'x' NOT NULL);
CREATE TABLE c (id integer, note text) INHERITS (p);
CREATE TABLE d (id integer, extra text) INHERITS (p);
CREATE TABLE old_child (id integer);
CREATE TABLE m (id integer, extra text) PARTITION BY RANGE (id);
CREATE TABLE m_a PARTITION OF m FOR VALUES FROM (1) TO (10);
