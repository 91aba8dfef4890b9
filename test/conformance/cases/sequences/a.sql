CREATE SEQUENCE s_int AS integer;
CREATE SEQUENCE s_opts;
CREATE TABLE t (id serial PRIMARY KEY, other int);
CREATE SEQUENCE s_gone;
