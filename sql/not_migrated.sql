-- not_migrated: one object of every kind pg_depend can reference in a user
-- schema (and the user-made ones outside schemas), made on the remote only.
-- Each must be migrated (a schema_diff row) or named, with the settings
-- the migration does not carry over, in the WARNING and by
-- schema_diff_unsupported(). Nothing may be skipped silently.
SELECT format('host=%s port=%s dbname=psd_nm_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
SET allow_in_place_tablespaces = on;
CREATE TABLESPACE psd_nm_space LOCATION '';
CREATE DATABASE psd_nm_remote;
CREATE DATABASE psd_nm_local;
\c psd_nm_remote
SET client_min_messages = error;
CREATE EXTENSION citext; -- its operators, casts, opclasses are its own: never reported
CREATE SCHEMA nm;
CREATE COLLATION nm.coll (provider = icu, locale = 'und');
CREATE TYPE nm.en AS ENUM ('a', 'b');
CREATE DOMAIN nm.dom AS int CHECK (VALUE > 0);
CREATE TYPE nm.comp AS (x int, y text);
CREATE TYPE nm.rng AS RANGE (subtype = float8);
CREATE TYPE nm.shell;
CREATE TYPE nm.base;
CREATE FUNCTION nm.base_in(cstring) RETURNS nm.base LANGUAGE internal IMMUTABLE STRICT AS 'int4in';
CREATE FUNCTION nm.base_out(nm.base) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';
CREATE TYPE nm.base (input = nm.base_in, output = nm.base_out, like = int4);
CREATE FUNCTION nm.eq(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION nm.cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE PROCEDURE nm.proc() LANGUAGE sql AS 'SELECT 1';
CREATE AGGREGATE nm.agg(int) (sfunc = int4pl, stype = int);
CREATE OPERATOR nm.=== (leftarg = int, rightarg = int, function = nm.eq);
CREATE OPERATOR FAMILY nm.fam USING btree;
CREATE OPERATOR CLASS nm.opc FOR TYPE int USING btree FAMILY nm.fam AS
    OPERATOR 3 nm.===, FUNCTION 1 nm.cmp(int, int);
CREATE FUNCTION nm.to_comp(nm.en) RETURNS nm.comp LANGUAGE sql IMMUTABLE AS 'SELECT 1, $1::text';
CREATE CAST (nm.en AS nm.comp) WITH FUNCTION nm.to_comp(nm.en);
CREATE CONVERSION nm.conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH PARSER nm.prs (start = prsd_start, gettoken = prsd_nexttoken,
    end = prsd_end, lextypes = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE nm.tmpl (init = dsimple_init, lexize = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY nm.dict (template = simple);
CREATE TEXT SEARCH CONFIGURATION nm.cfg (parser = default);
CREATE SEQUENCE nm.seq;
CREATE TABLE nm.t (id int PRIMARY KEY, a int DEFAULT 1 CHECK (a > 0), b text,
                   c text COMPRESSION pglz, d int REFERENCES nm.t);
ALTER TABLE nm.t ALTER COLUMN b SET STORAGE EXTERNAL;
ALTER TABLE nm.t ALTER COLUMN d SET STATISTICS 500;
ALTER TABLE nm.t ALTER COLUMN a SET (n_distinct = 10);
CREATE INDEX t_a ON nm.t (a);
CREATE INDEX t_expr ON nm.t ((a + d)) TABLESPACE psd_nm_space;
ALTER INDEX nm.t_expr ALTER COLUMN 1 SET STATISTICS 200;
ALTER TABLE nm.t CLUSTER ON t_a;
CREATE STATISTICS nm.st (ndistinct) ON a, d FROM nm.t;
ALTER STATISTICS nm.st SET STATISTICS 50;
CREATE TABLE nm.parted (k int) PARTITION BY RANGE (k);
CREATE TABLE nm.part1 PARTITION OF nm.parted FOR VALUES FROM (0) TO (10);
CREATE TABLE nm.base_t (x int);
CREATE TABLE nm.child (y int) INHERITS (nm.base_t);
CREATE ACCESS METHOD psd_nm_am TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD psd_nm_index_am TYPE INDEX HANDLER bthandler;
CREATE TABLE nm.t_am (x int) USING psd_nm_am;
CREATE VIEW nm.v AS SELECT id, a FROM nm.t;
ALTER VIEW nm.v ALTER COLUMN a SET DEFAULT 7;
CREATE MATERIALIZED VIEW nm.mv AS SELECT id FROM nm.t;
CREATE TRIGGER trg BEFORE UPDATE ON nm.t
    FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
CREATE RULE r AS ON UPDATE TO nm.v DO INSTEAD NOTHING;
ALTER TABLE nm.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY pol ON nm.t USING (a > 0);
CREATE PUBLICATION psd_nm_pub FOR TABLE nm.t;
CREATE PUBLICATION psd_nm_pub_schema FOR TABLES IN SCHEMA nm;
CREATE FOREIGN DATA WRAPPER psd_nm_fdw;
CREATE SERVER psd_nm_srv FOREIGN DATA WRAPPER psd_nm_fdw;
CREATE USER MAPPING FOR CURRENT_USER SERVER psd_nm_srv;
CREATE FOREIGN TABLE nm.ft (x int) SERVER psd_nm_srv;
CREATE FOREIGN TABLE nm.ft_part PARTITION OF nm.parted FOR VALUES FROM (10) TO (20)
    SERVER psd_nm_srv;
CREATE FUNCTION nm.handler() RETURNS language_handler LANGUAGE c
    AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE LANGUAGE psd_nm_lang HANDLER nm.handler;
CREATE FUNCTION nm.from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE FUNCTION nm.to_sql(internal) RETURNS nm.en LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE TRANSFORM FOR nm.en LANGUAGE psd_nm_lang (FROM SQL WITH FUNCTION nm.from_sql(internal),
    TO SQL WITH FUNCTION nm.to_sql(internal));
CREATE SUBSCRIPTION psd_nm_sub CONNECTION 'dbname=psd_nm_nowhere' PUBLICATION psd_nm_pub
    WITH (connect = false, slot_name = NONE);
CREATE FUNCTION nm.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER psd_nm_evt ON ddl_command_start EXECUTE FUNCTION nm.on_ddl();
ALTER EVENT TRIGGER psd_nm_evt DISABLE;
ALTER DEFAULT PRIVILEGES IN SCHEMA nm GRANT SELECT ON TABLES TO PUBLIC;
COMMENT ON TABLE nm.t IS 'a table';
RESET client_min_messages;

-- Every object a user made here (oid >= 16384, outside the system schemas,
-- not of an extension), named as PostgreSQL names it, from every catalog
-- with an oid; with the objects it is part of (a column's table, an array's
-- element type, a range's constructors, pg_depend 'i' and 'a', transitively),
-- as a sub-object is migrated or reported with them.
CREATE FUNCTION pg_temp.inventory()
RETURNS TABLE (type text, schema text, identity text, owners text[])
LANGUAGE plpgsql AS $$
DECLARE
    cat regclass;
BEGIN
    CREATE TEMP TABLE objs (classid oid, objid oid, objsubid int);
    FOR cat IN SELECT c.oid::regclass FROM pg_class c
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'oid'
               WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r'
                 AND (NOT c.relisshared OR c.relname = 'pg_subscription')
                 AND c.relname <> 'pg_enum' -- labels: part of their type, no object class
               ORDER BY c.relname LOOP
        EXECUTE format('INSERT INTO objs SELECT %L::regclass, o.oid, 0 FROM %s o'
                       ' WHERE o.oid >= 16384', cat, cat);
    END LOOP;
    INSERT INTO objs SELECT 'pg_class'::regclass, a.attrelid, a.attnum FROM pg_attribute a
        WHERE a.attrelid >= 16384 AND a.attnum > 0 AND NOT a.attisdropped;
    RETURN QUERY
    WITH RECURSIVE up AS (
        SELECT o.classid, o.objid, o.objsubid, o.classid AS c, o.objid AS id, o.objsubid AS sub
        FROM objs o
        UNION
        SELECT up.classid, up.objid, up.objsubid, x.c, x.id, x.sub
        FROM up, LATERAL (
            SELECT up.c, up.id, 0 WHERE up.sub <> 0
            UNION ALL
            SELECT d.refclassid, d.refobjid, d.refobjsubid FROM pg_depend d
            WHERE d.classid = up.c AND d.objid = up.id AND d.objsubid = up.sub
              AND d.deptype IN ('i', 'a')) x(c, id, sub)
    )
    SELECT i.type, i.schema, i.identity,
           array_agg((pg_identify_object(up.c, up.id, up.sub)).identity ORDER BY up.c, up.id, up.sub)
    FROM objs o
    JOIN up USING (classid, objid, objsubid),
    LATERAL pg_identify_object(o.classid, o.objid, o.objsubid) i
    GROUP BY o.classid, o.objid, o.objsubid, i.type, i.schema, i.identity
    HAVING NOT bool_or(EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = up.c
                                 AND e.objid = up.id AND e.deptype = 'e'));
END
$$;
SELECT json_agg(json_build_object('type', type, 'identity', identity, 'owners', owners)
                ORDER BY type, identity) AS inventory
FROM pg_temp.inventory()
WHERE (schema IS NULL OR schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))
  AND COALESCE(schema, identity) NOT LIKE 'pg\_temp%'
  AND COALESCE(schema, identity) NOT LIKE 'pg\_toast\_temp%' \gset

\c psd_nm_local
CREATE EXTENSION pgschemadiff;
CREATE TEMP TABLE plan AS
SELECT * FROM schema_diff(:'remote', with_privileges => true);
CREATE TEMP TABLE left_out AS SELECT * FROM schema_diff_unsupported(:'remote');
SELECT kind, identity, action FROM plan ORDER BY ordinal;
SELECT kind, identity, status FROM left_out ORDER BY kind COLLATE "C", identity COLLATE "C";

-- Each object of the remote is migrated (a statement names it), reported
-- by name, or part of an object that is (its `owners`). Per type, how; then
-- every object that is none of these: there must be none.
-- (Routine identities are spelt without spaces or pg_catalog there.)
CREATE FUNCTION pg_temp.norm(text) RETURNS text LANGUAGE sql
    AS $$SELECT replace(replace(replace($1, '"', ''), ' ', ''), 'pg_catalog.', '')$$;
CREATE TEMP TABLE inventory AS
SELECT i.type, i.identity,
       CASE WHEN EXISTS (SELECT 1 FROM left_out l WHERE l.identity = i.identity) THEN 'reported'
            WHEN EXISTS (SELECT 1 FROM plan p WHERE pg_temp.norm(p.identity) = pg_temp.norm(i.identity))
              THEN 'migrated'
            WHEN EXISTS (SELECT 1 FROM left_out l WHERE l.identity = ANY (i.owners))
              THEN 'part of a reported object'
            WHEN EXISTS (SELECT 1 FROM plan p, unnest(i.owners) o
                         WHERE pg_temp.norm(p.identity) = pg_temp.norm(o))
              THEN 'part of a migrated object'
            -- named differently in the plan: ALTER DEFAULT PRIVILEGES rows
            WHEN i.type = 'default acl'
                 AND EXISTS (SELECT 1 FROM plan p WHERE p.kind = 'default privilege')
              THEN 'migrated'
            -- never read: a user mapping holds credentials (README)
            WHEN i.type = 'user mapping' THEN 'not read by design'
            ELSE 'NOT FOUND' END AS how
FROM json_to_recordset(:'inventory') AS i(type text, identity text, owners text[]);
SELECT type, how, count(*) FROM inventory GROUP BY 1, 2 ORDER BY 1, 2;
SELECT type, identity FROM inventory WHERE how = 'NOT FOUND' ORDER BY 1, 2;

-- Objects outside schemas are compared whatever the schema filter says;
-- casts and transforms count as being in the schema of their type.
SELECT kind, identity, status FROM schema_diff_unsupported(:'remote', exclude_schemas => ARRAY['nm'])
ORDER BY kind COLLATE "C", identity COLLATE "C";
SELECT count(*) FROM schema_diff_unsupported(:'remote', include_schemas => ARRAY['public']);

-- Defined the same here: not reported. Defined otherwise: "differs". Only
-- here: "only in local". A drift check counts them without parsing messages.
CREATE SCHEMA nm;
CREATE FUNCTION nm.eq(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR nm.=== (leftarg = int, rightarg = int, function = nm.eq);
CREATE CONVERSION nm.conv FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
CREATE CONVERSION nm.conv_local FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
SELECT kind, identity, status FROM schema_diff_unsupported(:'remote')
WHERE kind IN ('operator', 'conversion') ORDER BY kind COLLATE "C", identity COLLATE "C";
SELECT status, count(*) FROM schema_diff_unsupported(:'remote') GROUP BY status ORDER BY status;
-- schema_diff's WARNING names the same objects.
SELECT count(*) > 0 AS has_statements FROM schema_diff(:'remote');

\c psd_nm_remote
DROP SUBSCRIPTION psd_nm_sub;
\c contrib_regression
DROP DATABASE psd_nm_local;
DROP DATABASE psd_nm_remote;
DROP TABLESPACE psd_nm_space;
