-- security: EXECUTE is revoked from PUBLIC, and a non-superuser must supply
-- a password that the connection really uses (dblink's rule).
SELECT has_function_privilege('public', 'schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text)', 'EXECUTE') AS public_can_execute;
SELECT format('host=%s port=%s dbname=contrib_regression password=secret',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS peer \gset
CREATE ROLE psd_plain LOGIN;
SET ROLE psd_plain;
SELECT * FROM schema_diff('dbname=contrib_regression');
RESET ROLE;
GRANT EXECUTE ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) TO psd_plain;
SET ROLE psd_plain;
-- no password in the connection string: refused before connecting
SELECT * FROM schema_diff('dbname=contrib_regression');
-- a password given, but the server does not ask for it (peer/trust over the socket): refused
SELECT * FROM schema_diff(:'peer');
RESET ROLE;
REVOKE EXECUTE ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM psd_plain;
DROP ROLE psd_plain;
