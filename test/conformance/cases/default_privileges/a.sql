-- Default privileges (with_privileges): roles cfo_dp_owner, cfo_dp_reader.
CREATE SCHEMA app;
CREATE SCHEMA old;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner IN SCHEMA app
    GRANT USAGE ON TYPES TO cfo_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner GRANT SELECT ON TABLES TO cfo_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cfo_dp_owner IN SCHEMA old
    GRANT SELECT ON TABLES TO cfo_dp_reader;
CREATE TABLE app.t (id integer);
INSERT INTO app.t VALUES (1);
