-- owners: with_owners => true migrates ALTER … OWNER TO for every kind that
-- has an owner, objects the migration creates included (they belong to the
-- role that applies it until then); sequences OWNED BY a column follow their
-- table; grants come out as on the remote; rows stay. Two roles besides the
-- one running the tests.
SELECT format('host=%s port=%s dbname=psd_owners_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
SET client_min_messages = error; -- CREATE PUBLICATION warns about wal_level
CREATE ROLE regress_psd_owner_a;
CREATE ROLE regress_psd_owner_b;
CREATE DATABASE psd_owners_remote;

\c psd_owners_remote
SET client_min_messages = error;
CREATE SCHEMA app AUTHORIZATION regress_psd_owner_a;
CREATE TABLE app.t (id serial PRIMARY KEY, v text);
ALTER TABLE app.t OWNER TO regress_psd_owner_b;
GRANT SELECT ON app.t TO regress_psd_owner_a;
CREATE TABLE app.created (id int GENERATED ALWAYS AS IDENTITY, n bigserial, t_id int REFERENCES app.t);
ALTER TABLE app.created OWNER TO regress_psd_owner_a;
CREATE TABLE app.by_me (id int);
CREATE VIEW app.v AS SELECT id FROM app.t;
ALTER VIEW app.v OWNER TO regress_psd_owner_a;
CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS one;
ALTER MATERIALIZED VIEW app.mv OWNER TO regress_psd_owner_b;
CREATE SEQUENCE app.s;
ALTER SEQUENCE app.s OWNER TO regress_psd_owner_a;
CREATE TYPE app.e AS ENUM ('x', 'y');
ALTER TYPE app.e OWNER TO regress_psd_owner_b;
CREATE DOMAIN app.d AS int CHECK (VALUE > 0);
ALTER DOMAIN app.d OWNER TO regress_psd_owner_b;
CREATE TYPE app.c AS (a int, b text);
ALTER TYPE app.c OWNER TO regress_psd_owner_a;
CREATE TYPE app.r AS RANGE (subtype = int4);
ALTER TYPE app.r OWNER TO regress_psd_owner_b;
CREATE FUNCTION app.f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1';
ALTER FUNCTION app.f(int) OWNER TO regress_psd_owner_a;
CREATE PROCEDURE app.p() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE app.p() OWNER TO regress_psd_owner_b;
CREATE AGGREGATE app.total(int) (sfunc = int4pl, stype = int);
ALTER AGGREGATE app.total(int) OWNER TO regress_psd_owner_a;
CREATE COLLATION app.coll FROM "C";
ALTER COLLATION app.coll OWNER TO regress_psd_owner_b;
CREATE TEXT SEARCH DICTIONARY app.dict (TEMPLATE = simple);
ALTER TEXT SEARCH DICTIONARY app.dict OWNER TO regress_psd_owner_a;
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION app.cfg OWNER TO regress_psd_owner_b;
CREATE STATISTICS app.st ON id, v FROM app.t;
ALTER STATISTICS app.st OWNER TO regress_psd_owner_a;
CREATE PUBLICATION psd_owners_pub FOR TABLE app.t;
ALTER PUBLICATION psd_owners_pub OWNER TO regress_psd_owner_b;

-- the owners of the objects of schema app (also in contrib_regression)
CREATE FUNCTION public.psd_owners() RETURNS TABLE (object text, owner name) LANGUAGE sql AS $$
    SELECT format('%s %s', CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                           WHEN 'm' THEN 'materialized view' ELSE 'table' END, c.relname),
           pg_get_userbyid(c.relowner)
      FROM pg_class c WHERE c.relnamespace = 'app'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S')
    UNION ALL SELECT format('type %s', t.typname), pg_get_userbyid(t.typowner)
      FROM pg_type t WHERE t.typnamespace = 'app'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm')
    UNION ALL SELECT format('type %s', t.typname), pg_get_userbyid(t.typowner)
      FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid
     WHERE t.typnamespace = 'app'::regnamespace AND c.relkind = 'c'
    UNION ALL SELECT format('routine %s', p.proname), pg_get_userbyid(p.proowner)
      FROM pg_proc p WHERE p.pronamespace = 'app'::regnamespace
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                       AND d.objid = p.oid AND d.deptype = 'i')
    UNION ALL SELECT 'schema app', pg_get_userbyid(n.nspowner) FROM pg_namespace n WHERE n.nspname = 'app'
    UNION ALL SELECT format('collation %s', c.collname), pg_get_userbyid(c.collowner)
      FROM pg_collation c WHERE c.collnamespace = 'app'::regnamespace
    UNION ALL SELECT format('dictionary %s', d.dictname), pg_get_userbyid(d.dictowner)
      FROM pg_ts_dict d WHERE d.dictnamespace = 'app'::regnamespace
    UNION ALL SELECT format('configuration %s', c.cfgname), pg_get_userbyid(c.cfgowner)
      FROM pg_ts_config c WHERE c.cfgnamespace = 'app'::regnamespace
    UNION ALL SELECT format('statistics %s', s.stxname), pg_get_userbyid(s.stxowner)
      FROM pg_statistic_ext s WHERE s.stxnamespace = 'app'::regnamespace
    UNION ALL SELECT format('publication %s', p.pubname), pg_get_userbyid(p.pubowner)
      FROM pg_publication p WHERE p.pubname = 'psd_owners_pub'
$$;

\c contrib_regression
SET client_min_messages = error;
CREATE SCHEMA app;
CREATE FUNCTION public.psd_owners() RETURNS TABLE (object text, owner name) LANGUAGE sql AS $$
    SELECT format('%s %s', CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                           WHEN 'm' THEN 'materialized view' ELSE 'table' END, c.relname),
           pg_get_userbyid(c.relowner)
      FROM pg_class c WHERE c.relnamespace = 'app'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S')
    UNION ALL SELECT format('type %s', t.typname), pg_get_userbyid(t.typowner)
      FROM pg_type t WHERE t.typnamespace = 'app'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm')
    UNION ALL SELECT format('type %s', t.typname), pg_get_userbyid(t.typowner)
      FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid
     WHERE t.typnamespace = 'app'::regnamespace AND c.relkind = 'c'
    UNION ALL SELECT format('routine %s', p.proname), pg_get_userbyid(p.proowner)
      FROM pg_proc p WHERE p.pronamespace = 'app'::regnamespace
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                       AND d.objid = p.oid AND d.deptype = 'i')
    UNION ALL SELECT 'schema app', pg_get_userbyid(n.nspowner) FROM pg_namespace n WHERE n.nspname = 'app'
    UNION ALL SELECT format('collation %s', c.collname), pg_get_userbyid(c.collowner)
      FROM pg_collation c WHERE c.collnamespace = 'app'::regnamespace
    UNION ALL SELECT format('dictionary %s', d.dictname), pg_get_userbyid(d.dictowner)
      FROM pg_ts_dict d WHERE d.dictnamespace = 'app'::regnamespace
    UNION ALL SELECT format('configuration %s', c.cfgname), pg_get_userbyid(c.cfgowner)
      FROM pg_ts_config c WHERE c.cfgnamespace = 'app'::regnamespace
    UNION ALL SELECT format('statistics %s', s.stxname), pg_get_userbyid(s.stxowner)
      FROM pg_statistic_ext s WHERE s.stxnamespace = 'app'::regnamespace
    UNION ALL SELECT format('publication %s', p.pubname), pg_get_userbyid(p.pubowner)
      FROM pg_publication p WHERE p.pubname = 'psd_owners_pub'
$$;

CREATE TABLE app.t (id serial PRIMARY KEY, v text);
ALTER TABLE app.t OWNER TO regress_psd_owner_a;
INSERT INTO app.t (v) VALUES ('one'), ('two');
CREATE TABLE app.by_me (id int);
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE SEQUENCE app.s;
CREATE TYPE app.e AS ENUM ('x', 'y');
ALTER TYPE app.e OWNER TO regress_psd_owner_b;
CREATE FUNCTION app.f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1';
CREATE PUBLICATION psd_owners_pub FOR TABLE app.t;
RESET client_min_messages;


-- without the option (the default, as migra and pg_dump --no-owner): no owner
SELECT count(*) AS owner_statements
  FROM schema_diff(:'remote', include_schemas => ARRAY['app']) WHERE kind = 'owner';

-- with it
SELECT ordinal, kind, identity, action, destructive, hazards, sql
  FROM schema_diff(:'remote', include_schemas => ARRAY['app'], with_owners => true,
                   with_privileges => true)
 ORDER BY ordinal;

-- applied in one transaction
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT sql FROM schema_diff(:'remote', include_schemas => ARRAY['app'], with_owners => true,
                            with_privileges => true) ORDER BY ordinal \gexec
COMMIT;

-- rows stay; the owners and grants are the remote's; a second diff is empty
SELECT id, v FROM app.t ORDER BY id;
SELECT object, owner FROM public.psd_owners() ORDER BY object;
SELECT relname, relacl FROM pg_class WHERE relname = 't' AND relnamespace = 'app'::regnamespace;
SELECT count(*) AS left_over
  FROM schema_diff(:'remote', include_schemas => ARRAY['app'], with_owners => true,
                   with_privileges => true);
-- the same as the remote's
\c psd_owners_remote
SELECT object, owner FROM public.psd_owners() ORDER BY object;
\c contrib_regression

-- the other way (this database as the reference), after an owner changed here
ALTER TABLE app.by_me OWNER TO regress_psd_owner_b;
SELECT kind, identity, action, sql
  FROM schema_diff_between(:'remote', NULL, include_schemas => ARRAY['app'],
                           with_owners => true);

SET client_min_messages = error;
DROP SCHEMA app CASCADE;
DROP FUNCTION public.psd_owners();
DROP PUBLICATION psd_owners_pub;
DROP DATABASE psd_owners_remote;
DROP ROLE regress_psd_owner_a;
DROP ROLE regress_psd_owner_b;
