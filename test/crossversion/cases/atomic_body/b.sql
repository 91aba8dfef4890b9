-- SQL-standard function bodies (PostgreSQL 14+) are stored parsed and
-- printed back by pg_get_functiondef.
CREATE TABLE t (a int, b text);
CREATE FUNCTION count_t(min int) RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT count(*) FROM t WHERE a > min AND b IS NOT NULL;
    END;
CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE PROCEDURE put(x int) LANGUAGE sql BEGIN ATOMIC INSERT INTO t (a) VALUES (x); END;
