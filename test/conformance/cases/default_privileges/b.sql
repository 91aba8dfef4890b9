-- Global entries replace the built-in defaults (EXECUTE revoked from PUBLIC,
-- an entry granting nothing on schemas); schema entries add to them; the
-- entry of a dropped schema goes with it. The role running the fixture (and
-- the migration) changes its own defaults between creating objects: the
-- migration sets the new defaults first, then creates the objects, and
-- grants or revokes what differs from what they were created with.
CREATE SCHEMA app;
CREATE SCHEMA reports;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner IN SCHEMA reports
    GRANT SELECT ON TABLES TO cfo_dp_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner GRANT USAGE ON SEQUENCES TO cfo_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner REVOKE ALL ON SCHEMAS FROM cfo_dp_owner;
CREATE TABLE reports.early (id integer);
CREATE FUNCTION app.early() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO cfo_dp_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE app.t (id integer);
CREATE TABLE reports.r (id integer);
CREATE FUNCTION app.late() RETURNS integer LANGUAGE sql AS 'SELECT 2';
