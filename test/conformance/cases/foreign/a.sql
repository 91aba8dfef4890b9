CREATE EXTENSION postgres_fdw;
CREATE SERVER s1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'a.example', dbname 'x');
CREATE SERVER gone FOREIGN DATA WRAPPER postgres_fdw;
CREATE FOREIGN TABLE ft1 (id int NOT NULL, v text OPTIONS (column_name 'val')) SERVER s1 OPTIONS (table_name 't1');
CREATE FOREIGN TABLE ft_move (id int) SERVER s1;
CREATE FOREIGN TABLE ft_gone (id int) SERVER gone;
CREATE VIEW v1 AS SELECT id FROM ft1;
COMMENT ON FOREIGN TABLE ft1 IS 'will lose it';
