-- The reverse of fdw: servers, wrappers and the handler function dropped, dependents first.
CREATE FUNCTION zz_handler() RETURNS fdw_handler
    AS '$libdir/postgres_fdw', 'postgres_fdw_handler' LANGUAGE C;
CREATE FOREIGN DATA WRAPPER a_fdw HANDLER zz_handler VALIDATOR postgresql_fdw_validator;
CREATE SERVER a_srv FOREIGN DATA WRAPPER a_fdw;
CREATE FOREIGN DATA WRAPPER changing OPTIONS (a '2', b '3');
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
