-- upgrade: ALTER EXTENSION pgschemadiff UPDATE from 1.0 (through 1.1 and
-- 1.2) gives the same objects, definitions, privileges, comments and dumped
-- tables as a fresh install of the default version (1.3); a 1.1 install with
-- drift history keeps it, and the user's views over the functions survive.
CREATE FUNCTION pg_temp.extension_objects()
RETURNS TABLE (object text, definition text) LANGUAGE sql AS $$
    SELECT pg_describe_object(d.classid, d.objid, d.objsubid),
           CASE d.classid
           WHEN 'pg_proc'::regclass THEN
               (SELECT concat_ws(' | ', pg_get_functiondef(p.oid), p.proacl::text,
                                 obj_description(p.oid, 'pg_proc'))
                  FROM pg_proc p WHERE p.oid = d.objid)
           WHEN 'pg_class'::regclass THEN
               (SELECT concat_ws(' | ', c.relkind, c.relacl::text,
                                 obj_description(c.oid, 'pg_class'),
                                 CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END,
                                 (SELECT string_agg(concat_ws(' ', a.attname, format_type(a.atttypid, a.atttypmod),
                                                              a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid)),
                                                    ', ' ORDER BY a.attnum)
                                    FROM pg_attribute a
                                    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                                 (SELECT string_agg(pg_get_constraintdef(k.oid), ', ' ORDER BY k.conname)
                                    FROM pg_constraint k WHERE k.conrelid = c.oid),
                                 (SELECT string_agg(pg_get_indexdef(i.indexrelid), ', ' ORDER BY pg_get_indexdef(i.indexrelid))
                                    FROM pg_index i WHERE i.indrelid = c.oid))
                  FROM pg_class c WHERE c.oid = d.objid)
           END
      FROM pg_depend d
     WHERE d.refclassid = 'pg_extension'::regclass
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pgschemadiff')
       AND d.deptype = 'e'
    UNION ALL
    SELECT 'extension settings',
           concat_ws(' | ', e.extrelocatable,
                     (SELECT array_agg(c::regclass::text ORDER BY c::regclass::text)
                        FROM unnest(e.extconfig) c)::text,
                     e.extcondition::text)
      FROM pg_extension e WHERE e.extname = 'pgschemadiff'
$$;

-- 1.0, then updated
DROP EXTENSION pgschemadiff;
CREATE EXTENSION pgschemadiff VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
SELECT object FROM pg_temp.extension_objects() ORDER BY object;
ALTER EXTENSION pgschemadiff UPDATE TO '1.1';
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
ALTER EXTENSION pgschemadiff UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
CREATE TEMP TABLE updated AS SELECT * FROM pg_temp.extension_objects();

-- a fresh install of the default version
DROP EXTENSION pgschemadiff;
CREATE EXTENSION pgschemadiff;
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.extension_objects();
SELECT object FROM fresh ORDER BY object;

-- the same objects with the same definitions: no row here
(SELECT 'only updated' AS side, * FROM updated EXCEPT SELECT 'only updated', * FROM fresh)
UNION ALL
(SELECT 'only fresh', * FROM fresh EXCEPT SELECT 'only fresh', * FROM updated);
SELECT count(*) AS objects_compared FROM fresh;

-- a 1.1 install with drift history and views over its functions, updated
SELECT format('host=%s port=%s dbname=contrib_regression',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS self \gset
DROP EXTENSION pgschemadiff;
CREATE EXTENSION pgschemadiff VERSION '1.0';
ALTER EXTENSION pgschemadiff UPDATE TO '1.1';
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
SELECT check_drift('self', :'self');
SELECT check_name, status, statements FROM drift_status;
CREATE ROLE upgrade_reader;
CREATE VIEW public.self_diff WITH (security_barrier) AS
    SELECT d.kind, d.identity FROM schema_diff(:'self', allow_drops => true) d;
CREATE VIEW public.self_diff_count AS SELECT count(*) AS n FROM public.self_diff;
GRANT SELECT ON public.self_diff_count TO upgrade_reader;
COMMENT ON VIEW public.self_diff IS 'kept by the update';
COMMENT ON COLUMN public.self_diff.kind IS 'the kind';
-- a materialized view over one of them is not kept: the update refuses
CREATE MATERIALIZED VIEW public.self_diff_mat AS
    SELECT d.kind FROM schema_diff(:'self') d WITH NO DATA;
ALTER EXTENSION pgschemadiff UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
DROP MATERIALIZED VIEW public.self_diff_mat;
ALTER EXTENSION pgschemadiff UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'pgschemadiff';
-- the history is kept, the views are back (definition, options, grants, comments) and work
SELECT check_name, status, statements FROM drift_status;
SELECT count(*) AS history_rows FROM drift_history;
SELECT c.relname, c.reloptions, c.relacl, obj_description(c.oid, 'pg_class') AS comment,
       col_description(c.oid, 1) AS column_comment
  FROM pg_class c WHERE c.relname IN ('self_diff', 'self_diff_count') ORDER BY c.relname;
SELECT regexp_replace(pg_get_viewdef('public.self_diff'::regclass), '''host=[^'']*''', '''…''') AS definition;
SELECT n FROM public.self_diff_count;
-- and they are the user's, not members of the extension
SELECT count(*) AS members FROM pg_depend
 WHERE deptype = 'e' AND classid = 'pg_class'::regclass
   AND objid IN ('public.self_diff'::regclass, 'public.self_diff_count'::regclass);
-- a check at 1.3 follows the one at 1.1 in the same history
SELECT check_drift('self', :'self', with_owners => true);
SELECT check_name, status, statements FROM drift_status;
DROP VIEW public.self_diff_count, public.self_diff;
DROP ROLE upgrade_reader;

-- the updated extension works: a drift check records its row
DROP EXTENSION pgschemadiff;
CREATE EXTENSION pgschemadiff VERSION '1.0';
ALTER EXTENSION pgschemadiff UPDATE TO '1.1';
SELECT check_drift('self', :'self');
SELECT check_name, status, statements FROM drift_status;
ALTER EXTENSION pgschemadiff UPDATE TO '1.2';
SELECT check_drift('self', :'self');
SELECT check_name, status, statements FROM drift_status;
-- the library serves a 1.2 install: fewer arguments, no transaction column
SELECT count(*) AS statements_at_1_2 FROM schema_diff(:'self', with_owners => true);
ALTER EXTENSION pgschemadiff UPDATE TO '1.3';
SELECT check_drift('self', :'self', online => true);
SELECT check_name, status, statements FROM drift_status;
SELECT count(*) AS statements_at_1_3, count(DISTINCT transaction) AS groups
  FROM schema_diff(:'self', online => true);

-- the history is dumped with the database (pg_extension_config_dump)
SELECT extconfig::regclass[] FROM pg_extension WHERE extname = 'pgschemadiff';
-- leave the extension as the harness installed it
DROP EXTENSION pgschemadiff;
CREATE EXTENSION pgschemadiff;
