-- Foreign-data wrappers a user made (pg_dump's "dummy"), with their servers:
-- created after their handler function and before their servers, options
-- changed in place, dropped after their servers.
CREATE FOREIGN DATA WRAPPER old_fdw;
CREATE SERVER old_srv FOREIGN DATA WRAPPER old_fdw;
CREATE FOREIGN DATA WRAPPER changing OPTIONS (a '1', gone 'x');
