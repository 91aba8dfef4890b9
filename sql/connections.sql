-- connections: the rules contrib's dblink and postgres_fdw follow — who may
-- connect how, named servers, masked passwords, interrupts, and no leaks.
SELECT current_setting('port') AS port,
       split_part(current_setting('unix_socket_directories'), ',', 1) AS sockdir \gset
CREATE DATABASE psd_conn_remote;
\c psd_conn_remote
CREATE TABLE only_remote (id int);
\c contrib_regression
CREATE ROLE psd_pw LOGIN PASSWORD 'pw-secret';
GRANT EXECUTE ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) TO psd_pw;
GRANT CONNECT ON DATABASE psd_conn_remote TO psd_pw;

-- a non-superuser with a password that the server really asks for (scram over TCP)
SET ROLE psd_pw;
SELECT sql FROM schema_diff(format('host=127.0.0.1 port=%s dbname=psd_conn_remote user=psd_pw password=pw-secret', :'port'));
-- options that read server-side files are refused for non-superusers
SELECT * FROM schema_diff(format('host=127.0.0.1 port=%s dbname=psd_conn_remote password=x sslkey=/etc/ssl/private/k.pem', :'port'));
SELECT * FROM schema_diff(format('postgresql://psd_pw:pw-secret@127.0.0.1:%s/psd_conn_remote?passfile=/var/lib/postgresql/.pgpass', :'port'));
SELECT * FROM schema_diff(format('host=127.0.0.1 port=%s password=x service=prod', :'port'));
RESET ROLE;
-- wrong password: a clear error, and the password never shows in it
CREATE FUNCTION pg_temp.error_of(conninfo text, secret text,
    OUT state text, OUT message text, OUT secret_shown boolean) LANGUAGE plpgsql AS $$
DECLARE detail text; hint text; context text;
BEGIN
    PERFORM count(*) FROM schema_diff(conninfo);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
        detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT, context = PG_EXCEPTION_CONTEXT;
    secret_shown := concat_ws(' ', message, detail, hint, context) LIKE '%' || secret || '%';
END $$;
SELECT * FROM pg_temp.error_of(format('host=127.0.0.1 port=%s dbname=psd_conn_remote user=psd_pw password=WRONG-pass', :'port'), 'WRONG-pass');
SELECT * FROM pg_temp.error_of(format('postgresql://psd_pw:WRONG-pass@127.0.0.1:%s/psd_conn_remote', :'port'), 'WRONG-pass');

-- passwords are masked in every message, even in a malformed URL
SELECT * FROM schema_diff('postgresql://someone:s3cr%zzet@127.0.0.1/db');
SELECT * FROM schema_diff('host=127.0.0.1 password=''hunter 2'' port=notanumber');

-- named servers: the options and the caller's user mapping give the connection
CREATE SCHEMA fdw;
CREATE EXTENSION postgres_fdw SCHEMA fdw;
\set ECHO none
SELECT format('CREATE SERVER psd_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L, fetch_size %L)',
              '127.0.0.1', :'port', 'psd_conn_remote', '500') \gexec
\set ECHO all
CREATE USER MAPPING FOR psd_pw SERVER psd_srv OPTIONS (user 'psd_pw', password 'pw-secret');
SET ROLE psd_pw;
-- no USAGE on the server yet
SELECT * FROM schema_diff('psd_srv');
RESET ROLE;
GRANT USAGE ON FOREIGN SERVER psd_srv TO psd_pw;
SET ROLE psd_pw;
SELECT sql FROM schema_diff('psd_srv', include_schemas => ARRAY['public']);
RESET ROLE;
-- a superuser without a user mapping, and a name that is no server
SELECT * FROM schema_diff('psd_srv');
SELECT * FROM schema_diff('no_such_server');
-- a mapping without a password: refused for a non-superuser
ALTER USER MAPPING FOR psd_pw SERVER psd_srv OPTIONS (DROP password);
SET ROLE psd_pw;
SELECT * FROM schema_diff('psd_srv');
RESET ROLE;

-- a remote that accepts the TCP connection and never answers: statement_timeout
-- stops the wait (a listener that stays silent, started through COPY ... PROGRAM)
CREATE TEMP TABLE listener (port int);
COPY listener FROM PROGRAM $$python3 -c '
import os, socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1]); sys.stdout.flush()
if os.fork(): sys.exit(0)
os.setsid(); os.close(0); os.close(1); os.close(2)
s.settimeout(30); held = []
end = time.time() + 30
while time.time() < end:
    try: held.append(s.accept()[0])
    except Exception: pass
'$$;
SELECT port AS silent_port FROM listener \gset
SET statement_timeout = '1s';
SELECT clock_timestamp() AS t0 \gset
SELECT * FROM schema_diff(format('host=127.0.0.1 port=%s dbname=x connect_timeout=60', :'silent_port'));
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '5 seconds' AS stopped_within_seconds;

-- no leaks: many failing calls leave no open sockets and no memory behind.
-- Sockets, not every descriptor: the backend opens and closes relation files
-- on its own (its file cache), which moved a count of all of them either way.
CREATE TEMP TABLE backend_sockets (fd text);
CREATE FUNCTION pg_temp.socket_count() RETURNS int LANGUAGE plpgsql AS $$
DECLARE n int;
BEGIN
    TRUNCATE backend_sockets;
    EXECUTE format('COPY backend_sockets FROM PROGRAM %L',
                   format('find /proc/%s/fd -lname ''socket:*''', pg_backend_pid()));
    SELECT count(*) INTO n FROM backend_sockets;
    RETURN n;
END $$;
CREATE FUNCTION pg_temp.mem_bytes() RETURNS bigint LANGUAGE sql AS
    $$SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts$$;
CREATE FUNCTION pg_temp.fail_many(n int, conninfo text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE failures int := 0;
BEGIN
    FOR i IN 1..n LOOP
        BEGIN
            PERFORM count(*) FROM schema_diff(conninfo);
        EXCEPTION WHEN others THEN
            failures := failures + 1;
        END;
    END LOOP;
    RETURN failures;
END $$;
-- connection refused, malformed string, and a full read refused by allow_drops
SELECT pg_temp.fail_many(20, 'host=127.0.0.1 port=1 dbname=x') AS warmup_refused,
       pg_temp.fail_many(20, 'postgresql://[::1') AS warmup_malformed,
       pg_temp.fail_many(20, format('host=%s port=%s dbname=psd_conn_remote', :'sockdir', :'port')) AS warmup_drops;
CREATE TABLE local_only (id int);
SELECT pg_temp.socket_count() AS sockets_before, pg_temp.mem_bytes() AS mem_before \gset
SELECT pg_temp.fail_many(1000, 'host=127.0.0.1 port=1 dbname=x') AS refused,
       pg_temp.fail_many(1000, 'postgresql://[::1') AS malformed,
       pg_temp.fail_many(200, format('host=%s port=%s dbname=psd_conn_remote', :'sockdir', :'port')) AS drops_refused;
SELECT :sockets_before > 0 AS client_socket_seen,
       pg_temp.socket_count() - :sockets_before AS extra_sockets,
       pg_temp.mem_bytes() - :mem_before < 256 * 1024 AS memory_flat;
DROP TABLE local_only;

DROP USER MAPPING FOR psd_pw SERVER psd_srv;
DROP SERVER psd_srv;
DROP EXTENSION postgres_fdw;
DROP SCHEMA fdw;
REVOKE ALL ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM psd_pw;
REVOKE CONNECT ON DATABASE psd_conn_remote FROM psd_pw;
DROP ROLE psd_pw;
DROP DATABASE psd_conn_remote;
