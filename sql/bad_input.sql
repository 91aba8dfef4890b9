-- bad input: each gives a clear error with a proper SQLSTATE, never a crash.
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- malformed URL / conninfo
SELECT * FROM schema_diff('postgresql://[::1');
SELECT * FROM schema_diff('host=localhost dbname');
-- unknown connection option
SELECT * FROM schema_diff('nosuchoption=1');
-- unreachable host (nothing listens on port 1)
SELECT * FROM schema_diff('host=127.0.0.1 port=1 dbname=x connect_timeout=2');
-- nonexistent database
SELECT format('host=%s port=%s dbname=psd_no_such_db',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS missing \gset
SELECT * FROM schema_diff(:'missing');
-- NULL arguments and bad option values
SELECT * FROM schema_diff(NULL);
SELECT * FROM schema_diff('dbname=x', include_schemas => ARRAY['a', NULL]);
SELECT * FROM schema_diff('dbname=x', exclude_schemas => ARRAY[['a'], ['b']]);
-- an option that does not exist
SELECT * FROM schema_diff('dbname=x', no_such_option => true);
\set VERBOSITY default
-- the messages themselves
SELECT * FROM schema_diff('postgresql://[::1');
\set VERBOSITY terse
SELECT * FROM schema_diff(:'missing');
\set VERBOSITY default
-- statement_timeout interrupts the remote read
SELECT format('host=%s port=%s dbname=contrib_regression',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS self \gset
SET statement_timeout = '1ms';
SELECT count(*) FROM schema_diff(:'self') CROSS JOIN generate_series(1, 1);
RESET statement_timeout;
-- the session still works afterwards
SELECT count(*) AS rows FROM schema_diff(:'self');
