-- pgschemadiff--1.2--1.3.sql — from 1.2 to 1.3 (ALTER EXTENSION pgschemadiff UPDATE).
\echo Use "ALTER EXTENSION pgschemadiff UPDATE TO '1.3'" to load this file. \quit

-- 1.3 appends two arguments, online and lock_timeout, to every entry point
-- that takes schema_diff's options, and a transaction column to the rows of
-- schema_diff, schema_diff_between, drift_check_rows and
-- schema_diff_rehearse: new signatures, so each function is dropped and
-- created as pgschemadiff--1.3.sql creates it (with its comment and
-- REVOKE). Calls written for 1.2, named or positional, keep working: the
-- new arguments come last and have defaults. Then the new objects:
-- schema_digest(), apply_check_context(), apply_outside_transaction() and
-- schema_diff_apply().
--
-- Views of the user that call one of these functions are kept aside,
-- dropped and created again at the end, as pgschemadiff--1.1--1.2.sql does
-- (the same rules; see there).
DO $$
DECLARE
    v_funcs oid[];
    v_saved jsonb := '[]';
    v_blocker text;
    r record;
BEGIN
    SELECT array_agg(p.oid) INTO v_funcs
      FROM pg_proc p
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                      AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
      JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pgschemadiff'
     WHERE p.proname IN ('schema_diff', 'drift_check_rows', 'check_drift', 'schema_diff_script',
                         'schema_diff_between', 'schema_diff_script_between',
                         'schema_diff_rehearse');
    -- what depends on them, and on what depends on them, transitively
    WITH RECURSIVE dep(classid, objid) AS (
        SELECT d.classid, d.objid
          FROM pg_depend d
         WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = ANY (v_funcs)
           AND d.deptype = 'n'
        UNION
        SELECT d.classid, d.objid
          FROM dep
          JOIN pg_rewrite rw ON dep.classid = 'pg_rewrite'::regclass AND rw.oid = dep.objid
          JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = rw.ev_class
                          AND d.deptype = 'n'
    )
    SELECT string_agg(pg_describe_object(dep.classid, dep.objid, 0), ', ')
      INTO v_blocker
      FROM dep
      LEFT JOIN pg_rewrite rw ON dep.classid = 'pg_rewrite'::regclass AND rw.oid = dep.objid
      LEFT JOIN pg_class c ON c.oid = rw.ev_class
     WHERE c.relkind IS DISTINCT FROM 'v'
        OR EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL)
        OR EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid)
        OR EXISTS (SELECT FROM pg_rewrite o WHERE o.ev_class = c.oid AND o.rulename <> '_RETURN');
    IF v_blocker IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update pgschemadiff to 1.3: objects depend on its functions'
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = format('Depending on schema_diff and the other functions whose arguments 1.3 '
                                  'extends: %s.', v_blocker),
                  HINT = 'Drop them, run ALTER EXTENSION pgschemadiff UPDATE, and create them again '
                         '(plain views are kept by the update itself).';
    END IF;
    FOR r IN
        WITH RECURSIVE dep(classid, objid) AS (
            SELECT d.classid, d.objid
              FROM pg_depend d
             WHERE d.refclassid = 'pg_proc'::regclass AND d.refobjid = ANY (v_funcs)
               AND d.deptype = 'n'
            UNION
            SELECT d.classid, d.objid
              FROM dep
              JOIN pg_rewrite rw ON dep.classid = 'pg_rewrite'::regclass AND rw.oid = dep.objid
              JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = rw.ev_class
                              AND d.deptype = 'n'
        )
        SELECT DISTINCT c.oid, format('%I.%I', n.nspname, c.relname) AS name,
               pg_get_viewdef(c.oid) AS def, c.reloptions, pg_get_userbyid(c.relowner) AS owner,
               c.relacl, obj_description(c.oid, 'pg_class') AS comment,
               (SELECT jsonb_agg(jsonb_build_array(a.attname, col_description(c.oid, a.attnum)))
                  FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum > 0
                   AND col_description(c.oid, a.attnum) IS NOT NULL) AS column_comments
          FROM dep
          JOIN pg_rewrite rw ON dep.classid = 'pg_rewrite'::regclass AND rw.oid = dep.objid
          JOIN pg_class c ON c.oid = rw.ev_class
          JOIN pg_namespace n ON n.oid = c.relnamespace
         ORDER BY c.oid
    LOOP
        v_saved := v_saved || jsonb_build_array(jsonb_build_object(
            'name', r.name, 'def', r.def, 'options', r.reloptions, 'owner', r.owner,
            'acl', r.relacl::text[], 'comment', r.comment, 'column_comments', r.column_comments));
    END LOOP;
    -- dropped newest first (a view over another was created after it)
    FOR r IN SELECT e ->> 'name' AS name
               FROM jsonb_array_elements(v_saved) WITH ORDINALITY AS x(e, i) ORDER BY i DESC LOOP
        EXECUTE format('DROP VIEW %s', r.name);
    END LOOP;
    PERFORM set_config('pgschemadiff.update_saved_views', v_saved::text, true);
END
$$;

DROP FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[]);
DROP FUNCTION drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[]);
DROP FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[]);
DROP FUNCTION schema_diff_script(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[]);
DROP FUNCTION schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[]);
DROP FUNCTION schema_diff_script_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[]);
DROP FUNCTION schema_diff_rehearse(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[]);

CREATE FUNCTION schema_diff(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS TABLE (
    ordinal integer,
    kind text,
    identity text,
    action text,
    destructive boolean,
    hazards text[],
    sql text,
    transaction integer
)
AS 'MODULE_PATHNAME', 'pgschemadiff_schema_diff'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) IS
    'SQL statements that, run here in order, make this database''s schema match the remote one';

-- Opens connections from the server: like dblink_connect_u, not for everyone.
REVOKE ALL ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM PUBLIC;

-- check_drift's one read: schema_diff's rows and schema_diff_unsupported's
-- (source 'not migrated', status in action) from one snapshot of each side.
CREATE FUNCTION drift_check_rows(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS TABLE (
    source text,
    ordinal integer,
    kind text,
    identity text,
    action text,
    destructive boolean,
    sql text,
    transaction integer
)
AS 'MODULE_PATHNAME', 'pgschemadiff_drift_check_rows'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) IS
    'the statements and not-migrated objects check_drift records, from one read of each catalog';

-- Connects like schema_diff: the same rule.
REVOKE ALL ON FUNCTION drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) FROM PUBLIC;

-- Compares with the remote as schema_diff does (always with allow_drops:
-- nothing is applied, destructive statements are counted), records one row
-- in drift_history, tells by WARNING and NOTIFY pgschemadiff_drift when the
-- state changes, and returns a one-line summary. A failure to check is
-- recorded as an error row and returned, never raised.
CREATE FUNCTION check_drift(
    check_name text,
    remote text,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    notify_unchanged boolean DEFAULT false,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_check text := check_drift.check_name;
    v_started timestamptz := clock_timestamp();
    v_plan jsonb;
    v_unsupported jsonb;
    v_status text;
    v_statements integer;
    v_destructive integer;
    v_unsupported_count integer;
    v_ignored integer;
    v_digest text;
    v_sqlstate text;
    v_message text;
    v_detail text;
    v_prev record;
    v_event text;
    v_id bigint;
    v_payload jsonb;
    v_summary text;
BEGIN
    IF v_check IS NULL OR check_drift.remote IS NULL THEN
        RAISE EXCEPTION 'check_name and remote must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF notify_unchanged IS NULL THEN
        RAISE EXCEPTION 'notify_unchanged must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;

    BEGIN
        SELECT coalesce(jsonb_agg(jsonb_build_object(
                   'ordinal', r.ordinal, 'kind', r.kind, 'identity', r.identity,
                   'action', r.action, 'destructive', r.destructive, 'sql', r.sql,
                   'ignored', @extschema@.drift_ignored(v_check, r.kind, r.identity))
                   ORDER BY r.ordinal) FILTER (WHERE r.source = 'statement'), '[]'),
               coalesce(jsonb_agg(jsonb_build_object(
                   'kind', r.kind, 'identity', r.identity, 'status', r.action,
                   'ignored', @extschema@.drift_ignored(v_check, r.kind, r.identity))
                   ORDER BY r.kind, r.identity, r.action) FILTER (WHERE r.source = 'not migrated'), '[]')
          INTO v_plan, v_unsupported
          FROM @extschema@.drift_check_rows(check_drift.remote,
                   allow_drops => true,
                   include_schemas => check_drift.include_schemas,
                   exclude_schemas => check_drift.exclude_schemas,
                   ignore_extension_versions => check_drift.ignore_extension_versions,
                   with_privileges => check_drift.with_privileges,
                   create_extensions_only => check_drift.create_extensions_only,
                   detect_renames => check_drift.detect_renames,
                   with_owners => check_drift.with_owners,
                   renames => check_drift.renames,
                       online => check_drift.online, lock_timeout => check_drift.lock_timeout) r;
    EXCEPTION WHEN query_canceled OR others THEN
        -- query_canceled too: a statement_timeout is a failed check to record
        GET STACKED DIAGNOSTICS v_sqlstate = RETURNED_SQLSTATE,
            v_message = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL;
        v_plan := NULL;
        v_unsupported := NULL;
    END;

    IF v_sqlstate IS NOT NULL THEN
        v_status := 'error';
    ELSE
        -- the SET LOCAL check_function_bodies row (kind setting) is no difference
        SELECT count(*) FILTER (WHERE NOT (e ->> 'ignored')::boolean),
               count(*) FILTER (WHERE NOT (e ->> 'ignored')::boolean
                                  AND (e ->> 'destructive')::boolean),
               count(*) FILTER (WHERE (e ->> 'ignored')::boolean)
          INTO v_statements, v_destructive, v_ignored
          FROM jsonb_array_elements(v_plan) e
         WHERE e ->> 'kind' <> 'setting';
        SELECT count(*) FILTER (WHERE NOT (e ->> 'ignored')::boolean),
               v_ignored + count(*) FILTER (WHERE (e ->> 'ignored')::boolean)
          INTO v_unsupported_count, v_ignored
          FROM jsonb_array_elements(v_unsupported) e;
        IF v_statements + v_unsupported_count = 0 THEN
            v_status := 'clean';
        ELSE
            v_status := 'drift';
            -- the statements and not-migrated objects that count, in order
            SELECT encode(sha256(convert_to(concat_ws(E'\n',
                       (SELECT string_agg(concat_ws(E'\t', e ->> 'kind', e ->> 'identity',
                                                    e ->> 'action', e ->> 'sql'), E'\n'
                                          ORDER BY (e ->> 'ordinal')::integer)
                          FROM jsonb_array_elements(v_plan) e
                         WHERE NOT (e ->> 'ignored')::boolean AND e ->> 'kind' <> 'setting'),
                       '-- not migrated',
                       (SELECT string_agg(concat_ws(E'\t', e ->> 'kind', e ->> 'identity',
                                                    e ->> 'status'), E'\n'
                                          ORDER BY e ->> 'kind', e ->> 'identity', e ->> 'status')
                          FROM jsonb_array_elements(v_unsupported) e
                         WHERE NOT (e ->> 'ignored')::boolean)), 'UTF8')), 'hex')
              INTO v_digest;
        END IF;
    END IF;

    -- one run of a check at a time decides what changed since the last one
    PERFORM pg_advisory_xact_lock(hashtext('pgschemadiff.check_drift'), hashtext(v_check));
    SELECT h.status, h.digest, h.sqlstate INTO v_prev
      FROM @extschema@.drift_history h
     WHERE h.check_name = v_check
     ORDER BY h.id DESC
     LIMIT 1;

    v_event := CASE
        WHEN v_status = 'drift' AND v_prev.status IS DISTINCT FROM 'drift' THEN 'appeared'
        WHEN v_status = 'drift' AND v_prev.digest IS DISTINCT FROM v_digest THEN 'changed'
        WHEN v_status = 'clean' AND v_prev.status IN ('drift', 'error') THEN 'cleared'
        WHEN v_status = 'error' AND (v_prev.status IS DISTINCT FROM 'error'
                                     OR v_prev.sqlstate IS DISTINCT FROM v_sqlstate) THEN 'failed'
        WHEN v_status <> 'clean' AND notify_unchanged THEN 'unchanged'
    END;

    v_id := nextval('@extschema@.drift_history_id_seq');
    IF v_event IS NOT NULL THEN
        v_payload := jsonb_build_object(
            'check', left(v_check, 200), 'event', v_event, 'status', v_status,
            'statements', v_statements, 'destructive', v_destructive,
            'unsupported', v_unsupported_count, 'digest', v_digest,
            'sqlstate', v_sqlstate, 'history_id', v_id);
    END IF;

    INSERT INTO @extschema@.drift_history (id, checked_at, check_name, remote, status,
        statements, destructive, unsupported, ignored, digest, plan, unsupported_objects,
        sqlstate, message, detail, duration, notification)
    VALUES (v_id, v_started, v_check, @extschema@.mask_connection_string(check_drift.remote),
        v_status, v_statements, v_destructive, v_unsupported_count, v_ignored, v_digest,
        v_plan, v_unsupported, v_sqlstate, v_message, v_detail,
        clock_timestamp() - v_started, v_payload);

    v_summary := format('check %s: ', quote_ident(v_check)) || CASE v_status
        WHEN 'clean' THEN 'clean'
        WHEN 'drift' THEN format('drift, %s statement%s (%s destructive), %s not migrated, digest %s',
                                 v_statements, CASE WHEN v_statements = 1 THEN '' ELSE 's' END,
                                 v_destructive, v_unsupported_count, left(v_digest, 12))
        ELSE format('error %s: %s', v_sqlstate, regexp_replace(v_message, '\s+', ' ', 'g'))
    END;
    IF v_ignored > 0 THEN
        v_summary := v_summary || format(', %s ignored', v_ignored);
    END IF;
    IF v_event IS NOT NULL THEN
        v_summary := v_summary || format(' [%s]', v_event);
        RAISE WARNING 'schema drift %', v_summary;
        PERFORM pg_notify('pgschemadiff_drift', v_payload::text);
    END IF;
    RETURN v_summary;
END
$$;

COMMENT ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text) IS
    'compares with the remote, records the result in drift_history, notifies pgschemadiff_drift when it changes; returns a one-line summary';

-- Connects like schema_diff: the same rule. A role that runs checks also
-- needs EXECUTE on drift_check_rows, SELECT, INSERT on drift_history, USAGE
-- on its sequence and SELECT on drift_ignore (README, "Drift checks").
REVOKE ALL ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text) FROM PUBLIC;

-- The whole migration as one psql script: a header comment, then the
-- statements in one transaction (an online plan with several transaction
-- groups: BEGIN/COMMIT around each, none around a not_transactional
-- statement). Same arguments and rules as schema_diff.
CREATE FUNCTION schema_diff_script(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS text
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT concat_ws(E'\n',
        '-- pgschemadiff migration script',
        format('-- generated: %s by role %s',
               to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"'),
               quote_ident(current_user::text)),
        format('-- source (the reference): %s', @extschema@.mask_connection_string(remote_url)),
        format('-- target (run this on): database %s, made to match the source',
               quote_ident(current_database()::text)),
        format('-- options: allow_drops => %s, include_schemas => %s, exclude_schemas => %s, '
               'ignore_extension_versions => %s, with_privileges => %s, '
               'create_extensions_only => %s, detect_renames => %s, allow_hazards => %s, '
               'with_owners => %s, renames => %s',
               schema_diff_script.allow_drops::text,
               coalesce(schema_diff_script.include_schemas::text, 'NULL'),
               coalesce(schema_diff_script.exclude_schemas::text, 'NULL'),
               schema_diff_script.ignore_extension_versions::text,
               schema_diff_script.with_privileges::text,
               schema_diff_script.create_extensions_only::text,
               schema_diff_script.detect_renames::text,
               coalesce(schema_diff_script.allow_hazards::text, 'NULL'),
               schema_diff_script.with_owners::text,
               coalesce(schema_diff_script.renames::text, 'NULL'))
            || CASE WHEN schema_diff_script.online THEN format(', online => true, lock_timeout => %s',
                                                  schema_diff_script.lock_timeout) ELSE '' END,
        format('-- statements: %s, destructive: %s', p.n_statements, p.n_destructive),
        CASE WHEN p.n_destructive > 0 THEN
            E'-- destructive statements (they lose data or definitions):\n' || p.destructive_list
        END,
        CASE WHEN p.n_groups > 1 OR p.n_outside > 0 THEN
            format(E'-- online plan: %s transaction groups, each in BEGIN/COMMIT, but for the %s statement(s)\n'
                   '-- that cannot run in a transaction block (not_transactional), run alone: do not run\n'
                   '-- this script with psql --single-transaction;', p.n_groups, p.n_outside)
             ELSE '-- every statement can run in a transaction block: the script is one transaction;'
        END,
        '-- objects schema_diff cannot migrate are not in it (see schema_diff_unsupported()).',
        CASE WHEN p.n_statements = 0 THEN '-- no differences: nothing to run'
             WHEN p.n_groups > 1 OR p.n_outside > 0 THEN E'\\set ON_ERROR_STOP on\n' || p.grouped_body
             ELSE E'\\set ON_ERROR_STOP on\nBEGIN;\n' || p.body || E'\nCOMMIT;'
        END) || E'\n'
      FROM (SELECT count(*) AS n_statements,
                   count(DISTINCT d.transaction) AS n_groups,
                   count(*) FILTER (WHERE d.outside) AS n_outside,
                   string_agg(concat(CASE WHEN d.first_in_group AND NOT d.outside THEN E'BEGIN;\n' END,
                                     d.sql,
                                     CASE WHEN d.last_in_group AND NOT d.outside THEN E'\nCOMMIT;' END),
                              E'\n' ORDER BY d.ordinal) AS grouped_body,
                   count(*) FILTER (WHERE d.destructive) AS n_destructive,
                   string_agg(format('--   %s. %s %s %s', d.ordinal, d.action, d.kind, d.identity),
                              E'\n' ORDER BY d.ordinal) FILTER (WHERE d.destructive) AS destructive_list,
                   string_agg(d.sql, E'\n' ORDER BY d.ordinal) AS body
              FROM (SELECT x.*, 'not_transactional' = ANY (x.hazards) AS outside,
                           x.transaction IS DISTINCT FROM lag(x.transaction) OVER w AS first_in_group,
                           x.transaction IS DISTINCT FROM lead(x.transaction) OVER w AS last_in_group
                      FROM @extschema@.schema_diff(schema_diff_script.remote_url,
                       allow_drops => schema_diff_script.allow_drops,
                       include_schemas => schema_diff_script.include_schemas,
                       exclude_schemas => schema_diff_script.exclude_schemas,
                       ignore_extension_versions => schema_diff_script.ignore_extension_versions,
                       with_privileges => schema_diff_script.with_privileges,
                       create_extensions_only => schema_diff_script.create_extensions_only,
                       detect_renames => schema_diff_script.detect_renames,
                       allow_hazards => schema_diff_script.allow_hazards,
                       with_owners => schema_diff_script.with_owners,
                       renames => schema_diff_script.renames,
                       online => schema_diff_script.online, lock_timeout => schema_diff_script.lock_timeout) x
                    WINDOW w AS (ORDER BY x.ordinal)) d) p
$$;

COMMENT ON FUNCTION schema_diff_script(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) IS
    'the migration of schema_diff as one psql script with a header comment';

-- Connects like schema_diff: the same rule.
REVOKE ALL ON FUNCTION schema_diff_script(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM PUBLIC;

-- The migration that makes from_url's database match to_url's; NULL for
-- either is this database. schema_diff(r) = schema_diff_between(NULL, r);
-- (r, NULL) is the script to run on r; two URLs compare two other databases.
-- Every connection follows schema_diff's rules. Not STRICT: NULL has a meaning.
CREATE FUNCTION schema_diff_between(
    from_url text,
    to_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS TABLE (
    ordinal integer,
    kind text,
    identity text,
    action text,
    destructive boolean,
    hazards text[],
    sql text,
    transaction integer
)
AS 'MODULE_PATHNAME', 'pgschemadiff_schema_diff_between'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) IS
    'SQL statements that, run on from_url''s database (NULL: this one) in order, make its schema match to_url''s (NULL: this one)';

REVOKE ALL ON FUNCTION schema_diff_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM PUBLIC;

-- schema_diff_script for schema_diff_between: the script to run on from_url.
CREATE FUNCTION schema_diff_script_between(
    from_url text,
    to_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS text
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT concat_ws(E'\n',
        '-- pgschemadiff migration script',
        format('-- generated: %s by role %s',
               to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"'),
               quote_ident(current_user::text)),
        format('-- source (the reference): %s',
               coalesce(@extschema@.mask_connection_string(to_url),
                        format('database %s (where the script was generated)',
                               quote_ident(current_database()::text)))),
        format('-- target (run this on): %s, made to match the source',
               coalesce(@extschema@.mask_connection_string(from_url),
                        format('database %s (where the script was generated)',
                               quote_ident(current_database()::text)))),
        format('-- options: allow_drops => %s, include_schemas => %s, exclude_schemas => %s, '
               'ignore_extension_versions => %s, with_privileges => %s, '
               'create_extensions_only => %s, detect_renames => %s, allow_hazards => %s, '
               'with_owners => %s, renames => %s',
               schema_diff_script_between.allow_drops::text,
               coalesce(schema_diff_script_between.include_schemas::text, 'NULL'),
               coalesce(schema_diff_script_between.exclude_schemas::text, 'NULL'),
               schema_diff_script_between.ignore_extension_versions::text,
               schema_diff_script_between.with_privileges::text,
               schema_diff_script_between.create_extensions_only::text,
               schema_diff_script_between.detect_renames::text,
               coalesce(schema_diff_script_between.allow_hazards::text, 'NULL'),
               schema_diff_script_between.with_owners::text,
               coalesce(schema_diff_script_between.renames::text, 'NULL'))
            || CASE WHEN schema_diff_script_between.online THEN format(', online => true, lock_timeout => %s',
                                                  schema_diff_script_between.lock_timeout) ELSE '' END,
        format('-- statements: %s, destructive: %s', p.n_statements, p.n_destructive),
        CASE WHEN p.n_destructive > 0 THEN
            E'-- destructive statements (they lose data or definitions):\n' || p.destructive_list
        END,
        CASE WHEN p.n_groups > 1 OR p.n_outside > 0 THEN
            format(E'-- online plan: %s transaction groups, each in BEGIN/COMMIT, but for the %s statement(s)\n'
                   '-- that cannot run in a transaction block (not_transactional), run alone: do not run\n'
                   '-- this script with psql --single-transaction;', p.n_groups, p.n_outside)
             ELSE '-- every statement can run in a transaction block: the script is one transaction;'
        END,
        '-- objects schema_diff cannot migrate are not in it (see schema_diff_unsupported()).',
        CASE WHEN p.n_statements = 0 THEN '-- no differences: nothing to run'
             WHEN p.n_groups > 1 OR p.n_outside > 0 THEN E'\\set ON_ERROR_STOP on\n' || p.grouped_body
             ELSE E'\\set ON_ERROR_STOP on\nBEGIN;\n' || p.body || E'\nCOMMIT;'
        END) || E'\n'
      FROM (SELECT count(*) AS n_statements,
                   count(DISTINCT d.transaction) AS n_groups,
                   count(*) FILTER (WHERE d.outside) AS n_outside,
                   string_agg(concat(CASE WHEN d.first_in_group AND NOT d.outside THEN E'BEGIN;\n' END,
                                     d.sql,
                                     CASE WHEN d.last_in_group AND NOT d.outside THEN E'\nCOMMIT;' END),
                              E'\n' ORDER BY d.ordinal) AS grouped_body,
                   count(*) FILTER (WHERE d.destructive) AS n_destructive,
                   string_agg(format('--   %s. %s %s %s', d.ordinal, d.action, d.kind, d.identity),
                              E'\n' ORDER BY d.ordinal) FILTER (WHERE d.destructive) AS destructive_list,
                   string_agg(d.sql, E'\n' ORDER BY d.ordinal) AS body
              FROM (SELECT x.*, 'not_transactional' = ANY (x.hazards) AS outside,
                           x.transaction IS DISTINCT FROM lag(x.transaction) OVER w AS first_in_group,
                           x.transaction IS DISTINCT FROM lead(x.transaction) OVER w AS last_in_group
                      FROM @extschema@.schema_diff_between(schema_diff_script_between.from_url,
                       schema_diff_script_between.to_url,
                       allow_drops => schema_diff_script_between.allow_drops,
                       include_schemas => schema_diff_script_between.include_schemas,
                       exclude_schemas => schema_diff_script_between.exclude_schemas,
                       ignore_extension_versions => schema_diff_script_between.ignore_extension_versions,
                       with_privileges => schema_diff_script_between.with_privileges,
                       create_extensions_only => schema_diff_script_between.create_extensions_only,
                       detect_renames => schema_diff_script_between.detect_renames,
                       allow_hazards => schema_diff_script_between.allow_hazards,
                       with_owners => schema_diff_script_between.with_owners,
                       renames => schema_diff_script_between.renames,
                       online => schema_diff_script_between.online, lock_timeout => schema_diff_script_between.lock_timeout) x
                    WINDOW w AS (ORDER BY x.ordinal)) d) p
$$;

COMMENT ON FUNCTION schema_diff_script_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) IS
    'the migration of schema_diff_between as one psql script with a header comment: run it on from_url';

REVOKE ALL ON FUNCTION schema_diff_script_between(text, text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM PUBLIC;

-- Rehearsal: the migration run here, statement by statement, inside a
-- subtransaction that is always rolled back. Each statement runs in its own
-- nested subtransaction, so its error is caught and reported; the first
-- error stops the rehearsal (the statements after it depend on it: they are
-- reported as not run). Locks: those this backend holds after the statement
-- and did not hold before it, on relations of the user's schemas that
-- existed before it (a failed statement's locks went with its rollback).
-- Rewrites: tables and materialized views whose relfilenode changed. Last
-- row: schema_diff again, inside the rehearsal (empty when the migration
-- does what it says).
CREATE FUNCTION schema_diff_rehearse(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s'
)
RETURNS TABLE (
    ordinal integer,
    kind text,
    identity text,
    action text,
    hazards text[],
    sql text,
    ran boolean,
    ok boolean,
    sqlstate text,
    message text,
    detail text,
    duration interval,
    locks text[],
    rewrote text[],
    transaction integer
)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    stmt record;
    plan jsonb;
    out jsonb := '[]';
    failed boolean := false;
    rels_before jsonb;
    locks_before jsonb;
    started timestamptz;
    v_ok boolean;
    v_state text;
    v_message text;
    v_detail text;
    v_locks text[];
    v_rewrote text[];
    left_count integer;
    left_list text;
    n integer := 0;
BEGIN
    -- The plan, made (and refused by allow_drops / allow_hazards) first; kept
    -- in a variable, which the rollback below leaves alone.
    SELECT coalesce(jsonb_agg(to_jsonb(d) ORDER BY d.ordinal), '[]')
      INTO plan
      FROM @extschema@.schema_diff(schema_diff_rehearse.remote_url,
               allow_drops => schema_diff_rehearse.allow_drops,
               include_schemas => schema_diff_rehearse.include_schemas,
               exclude_schemas => schema_diff_rehearse.exclude_schemas,
               ignore_extension_versions => schema_diff_rehearse.ignore_extension_versions,
               with_privileges => schema_diff_rehearse.with_privileges,
               create_extensions_only => schema_diff_rehearse.create_extensions_only,
               detect_renames => schema_diff_rehearse.detect_renames,
               allow_hazards => schema_diff_rehearse.allow_hazards,
               with_owners => schema_diff_rehearse.with_owners,
               renames => schema_diff_rehearse.renames,
                       online => schema_diff_rehearse.online, lock_timeout => schema_diff_rehearse.lock_timeout) d;
    BEGIN
        FOR stmt IN SELECT * FROM jsonb_to_recordset(plan) AS p(ordinal integer, sql text,
                                                                 hazards text[])
                     ORDER BY p.ordinal LOOP
            n := n + 1;
            IF failed THEN
                out := out || jsonb_build_object('ordinal', stmt.ordinal, 'ran', false);
                CONTINUE;
            END IF;
            SELECT coalesce(jsonb_object_agg(c.oid::text, jsonb_build_array(
                       format('%I.%I', ns.nspname, c.relname), c.relfilenode::text, c.relkind::text)), '{}')
              INTO rels_before
              FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
             WHERE ns.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
               AND ns.nspname NOT LIKE 'pg_temp%' AND ns.nspname NOT LIKE 'pg_toast_temp%';
            SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_array(l.relation::text, l.mode)), '[]')
              INTO locks_before
              FROM pg_locks l
             WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted;
            started := clock_timestamp();
            v_state := NULL;
            v_message := NULL;
            v_detail := NULL;
            BEGIN
                IF 'not_transactional' = ANY (stmt.hazards) THEN
                    -- online plans: CONCURRENTLY cannot run here; its transactional form can
                    EXECUTE regexp_replace(stmt.sql, '^(CREATE (UNIQUE )?INDEX|DROP INDEX) CONCURRENTLY ',
                                           '\1 ');
                    v_message := 'rehearsed in its transactional form (without CONCURRENTLY)';
                ELSE
                    EXECUTE stmt.sql;
                END IF;
                v_ok := true;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT,
                                        v_detail = PG_EXCEPTION_DETAIL;
                v_ok := false;
                failed := true;
            END;
            SELECT array_agg(DISTINCT format('%s %s', rels_before -> l.relation::text ->> 0, l.mode)
                             ORDER BY format('%s %s', rels_before -> l.relation::text ->> 0, l.mode))
              INTO v_locks
              FROM pg_locks l
             WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
               AND rels_before ? l.relation::text
               AND NOT locks_before @> jsonb_build_array(jsonb_build_array(l.relation::text, l.mode));
            SELECT array_agg(b.value ->> 0 ORDER BY b.value ->> 0)
              INTO v_rewrote
              FROM jsonb_each(rels_before) b
              JOIN pg_class c ON c.oid = b.key::oid
             WHERE b.value ->> 2 IN ('r', 'm') AND c.relfilenode::text <> b.value ->> 1;
            out := out || jsonb_build_object(
                'ordinal', stmt.ordinal, 'ran', true, 'ok', v_ok, 'sqlstate', v_state,
                'message', v_message, 'detail', nullif(v_detail, ''), 'duration', (clock_timestamp() - started)::text,
                'locks', coalesce(v_locks, '{}'), 'rewrote', coalesce(v_rewrote, '{}'));
        END LOOP;
        -- The remote compared again with the rehearsed schema.
        IF NOT failed THEN
            SELECT count(*), string_agg(format('%s %s %s', d.action, d.kind, d.identity), '; '
                                        ORDER BY d.ordinal)
              INTO left_count, left_list
              FROM @extschema@.schema_diff(schema_diff_rehearse.remote_url,
                       allow_drops => true,
                       include_schemas => schema_diff_rehearse.include_schemas,
                       exclude_schemas => schema_diff_rehearse.exclude_schemas,
                       ignore_extension_versions => schema_diff_rehearse.ignore_extension_versions,
                       with_privileges => schema_diff_rehearse.with_privileges,
                       create_extensions_only => schema_diff_rehearse.create_extensions_only,
                       detect_renames => schema_diff_rehearse.detect_renames,
                       with_owners => schema_diff_rehearse.with_owners,
                       renames => schema_diff_rehearse.renames,
                       online => schema_diff_rehearse.online, lock_timeout => schema_diff_rehearse.lock_timeout) d
             WHERE d.kind <> 'setting';
            out := out || jsonb_build_object(
                'ordinal', n + 1, 'kind', 're-diff', 'ran', true, 'ok', left_count = 0,
                'message', CASE WHEN left_count = 0 THEN 'no differences left'
                                ELSE format('%s statements left: %s', left_count, left_list) END);
        ELSE
            out := out || jsonb_build_object('ordinal', n + 1, 'kind', 're-diff', 'ran', false);
        END IF;
        -- Always undone: everything above is rolled back here.
        RAISE EXCEPTION 'pgschemadiff rehearsal rolled back' USING ERRCODE = 'PSDRB';
    EXCEPTION WHEN SQLSTATE 'PSDRB' THEN
        NULL;
    END;
    RETURN QUERY
    SELECT r.ordinal, coalesce(p.kind, r.kind), p.identity, p.action, p.hazards, p.sql,
           r.ran, r.ok, r.sqlstate, r.message, r.detail, r.duration::interval, r.locks, r.rewrote,
           p.transaction
      FROM jsonb_to_recordset(out) AS r(ordinal integer, kind text, ran boolean, ok boolean,
                                         sqlstate text, message text, detail text,
                                         duration text,
                                         locks text[], rewrote text[])
      LEFT JOIN jsonb_to_recordset(plan) AS p(ordinal integer, kind text, identity text,
                                              action text, hazards text[], sql text,
                                              transaction integer)
             ON p.ordinal = r.ordinal
     ORDER BY r.ordinal;
END
$$;

COMMENT ON FUNCTION schema_diff_rehearse(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) IS
    'runs the migration of schema_diff here, always rolled back, and reports each statement''s outcome, time, locks and rewrites';

-- Connects like schema_diff: the same rule.
REVOKE ALL ON FUNCTION schema_diff_rehearse(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text) FROM PUBLIC;

-- ---------------------------------------------------------------------------
-- 1.3: online plans (online, lock_timeout), the rows' transaction column,
-- and the apply procedure schema_diff_apply with its helpers.
-- ---------------------------------------------------------------------------

-- A digest of this database's catalog as schema_diff reads it (every
-- schema): the same schema gives the same digest. What schema_diff_apply
-- checks before each transaction group, and what its expected_digest takes.
CREATE FUNCTION schema_digest()
RETURNS text
AS 'MODULE_PATHNAME', 'pgschemadiff_schema_digest'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION schema_digest() IS
    'a digest of this database''s schema as schema_diff reads it; schema_diff_apply compares it before each transaction';

-- schema_diff_apply's first check: raises unless the caller may commit.
CREATE FUNCTION apply_check_context()
RETURNS void
AS 'MODULE_PATHNAME', 'pgschemadiff_apply_check_context'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION apply_check_context() IS
    'raises unless called where a procedure may commit (schema_diff_apply''s first check)';

-- Runs one statement that cannot run in a transaction block (CREATE INDEX
-- CONCURRENTLY) on a connection of its own to this database, after
-- committing the caller's transaction; its failure comes back in the INOUT
-- arguments (all NULL on success).
CREATE PROCEDURE apply_outside_transaction(
    local_url text,
    lock_timeout text,
    statement text,
    INOUT sqlstate text DEFAULT NULL,
    INOUT message text DEFAULT NULL,
    INOUT detail text DEFAULT NULL,
    INOUT hint text DEFAULT NULL
)
AS 'MODULE_PATHNAME', 'pgschemadiff_apply_outside_transaction'
LANGUAGE C;

COMMENT ON PROCEDURE apply_outside_transaction(text, text, text, text, text, text, text) IS
    'runs one statement outside any transaction, on its own connection to this database (schema_diff_apply)';

-- Connects like schema_diff: the same rule.
REVOKE ALL ON PROCEDURE apply_outside_transaction(text, text, text, text, text, text, text) FROM PUBLIC;

-- The migration of schema_diff, applied here: under an advisory lock (a
-- second applier fails at once), the plan is made, then each transaction
-- group runs and is committed, after checking that the schema still has the
-- digest the plan (and the groups before) left; a not_transactional
-- statement runs on a connection of its own (local_url, default: this
-- server's Unix socket as the current user). The first error stops it: its
-- group is rolled back (an index CONCURRENTLY left invalid is dropped) and
-- raised with its SQLSTATE, saying which groups were committed. No SET
-- clause: a procedure with one cannot commit; every name is qualified.
CREATE PROCEDURE schema_diff_apply(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true,
    allow_hazards text[] DEFAULT NULL,
    with_owners boolean DEFAULT false,
    renames text[] DEFAULT NULL,
    online boolean DEFAULT false,
    lock_timeout text DEFAULT '5s',
    expected_digest text DEFAULT NULL,
    local_url text DEFAULT NULL
)
LANGUAGE plpgsql
AS $$
DECLARE
    -- the advisory lock of appliers, one per database ('psdapply')
    k_lock constant bigint := 7238616207170329721;
    v_plan jsonb;
    v_expected text;
    v_now text;
    v_groups integer;
    v_group integer;
    v_statements integer;
    v_url text;
    v_outside boolean;
    v_ordinal integer;
    v_sql text;
    v_kind text;
    v_action text;
    v_identity text;
    v_state text;
    v_message text;
    v_detail text;
    v_hint text;
    v_cleanup text;
    c_state text;
    c_message text;
    c_detail text;
    c_hint text;
    stmt record;
BEGIN
    PERFORM @extschema@.apply_check_context();
    -- a lock an interrupted apply of this session left (session locks outlive errors)
    WHILE EXISTS (SELECT FROM pg_catalog.pg_locks l
                   WHERE l.locktype = 'advisory' AND l.pid = pg_catalog.pg_backend_pid()
                     AND l.objsubid = 1 AND l.granted
                     AND ((l.classid::bigint << 32) | l.objid::bigint) = k_lock) LOOP
        PERFORM pg_catalog.pg_advisory_unlock(k_lock);
    END LOOP;
    IF NOT pg_catalog.pg_try_advisory_lock(k_lock) THEN
        RAISE EXCEPTION 'another schema_diff_apply is running in this database'
            USING ERRCODE = 'lock_not_available',
                  DETAIL = (SELECT pg_catalog.format('Held by the session of process %s.',
                                                     pg_catalog.string_agg(l.pid::text, ', '))
                              FROM pg_catalog.pg_locks l
                             WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
                               AND ((l.classid::bigint << 32) | l.objid::bigint) = k_lock),
                  HINT = 'Wait for it to end, then call schema_diff_apply again: it plans from '
                         'the schema as it is then.';
    END IF;

    -- The plan, between two digests of the schema it was made from. Online,
    -- every transaction of the procedure waits for a lock lock_timeout long.
    BEGIN
        IF schema_diff_apply.online THEN
            PERFORM pg_catalog.set_config('lock_timeout', schema_diff_apply.lock_timeout, true);
        END IF;
        v_expected := @extschema@.schema_digest();
        IF expected_digest IS NOT NULL AND expected_digest IS DISTINCT FROM v_expected THEN
            RAISE EXCEPTION 'the local schema changed since expected_digest was taken'
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = pg_catalog.format('schema_digest() is %s, not %s. Nothing was applied.',
                                                 v_expected, expected_digest),
                      HINT = 'Review the plan again (schema_diff) and pass the digest of now.';
        END IF;
        SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(d) ORDER BY d.ordinal), '[]')
          INTO v_plan
          FROM @extschema@.schema_diff(schema_diff_apply.remote_url,
                   allow_drops => schema_diff_apply.allow_drops,
                   include_schemas => schema_diff_apply.include_schemas,
                   exclude_schemas => schema_diff_apply.exclude_schemas,
                   ignore_extension_versions => schema_diff_apply.ignore_extension_versions,
                   with_privileges => schema_diff_apply.with_privileges,
                   create_extensions_only => schema_diff_apply.create_extensions_only,
                   detect_renames => schema_diff_apply.detect_renames,
                   allow_hazards => schema_diff_apply.allow_hazards,
                   with_owners => schema_diff_apply.with_owners,
                   renames => schema_diff_apply.renames,
                   online => schema_diff_apply.online,
                   lock_timeout => schema_diff_apply.lock_timeout) d;
        IF @extschema@.schema_digest() IS DISTINCT FROM v_expected THEN
            RAISE EXCEPTION 'the local schema changed while the plan was made'
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = 'Nothing was applied.',
                      HINT = 'Call schema_diff_apply again once the other change is done.';
        END IF;
    EXCEPTION WHEN query_canceled OR others THEN
        PERFORM pg_catalog.pg_advisory_unlock(k_lock);
        RAISE;
    END;
    v_statements := pg_catalog.jsonb_array_length(v_plan);
    SELECT coalesce(max((e ->> 'transaction')::integer), 0) INTO v_groups
      FROM pg_catalog.jsonb_array_elements(v_plan) e;
    IF v_statements = 0 THEN
        PERFORM pg_catalog.pg_advisory_unlock(k_lock);
        RAISE NOTICE 'schema_diff_apply: no differences, nothing to apply';
        RETURN;
    END IF;
    v_url := coalesce(local_url, pg_catalog.format('host=%s port=%s dbname=%s user=%s',
        coalesce(nullif(pg_catalog.split_part(pg_catalog.current_setting('unix_socket_directories'), ',', 1), ''),
                 'localhost'),
        pg_catalog.current_setting('port'),
        '''' || pg_catalog.replace(pg_catalog.replace(pg_catalog.current_database(), '\', '\\'), '''', '\''') || '''',
        '''' || pg_catalog.replace(pg_catalog.replace(current_user, '\', '\\'), '''', '\''') || ''''));
    COMMIT;

    FOR v_group IN 1 .. v_groups LOOP
        -- the schema is still what the plan and the groups before left
        IF schema_diff_apply.online THEN
            PERFORM pg_catalog.set_config('lock_timeout', schema_diff_apply.lock_timeout, true);
        END IF;
        v_now := @extschema@.schema_digest();
        IF v_now IS DISTINCT FROM v_expected THEN
            PERFORM pg_catalog.pg_advisory_unlock(k_lock);
            RAISE EXCEPTION 'the local schema changed since the plan was made'
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = CASE WHEN v_group = 1 THEN 'Found before transaction group 1: nothing was applied.'
                                    ELSE pg_catalog.format('Found before transaction group %s of %s: groups 1 to %s were committed.',
                                                           v_group, v_groups, v_group - 1) END,
                      HINT = 'Another session changed the schema; call schema_diff_apply again to plan from the schema as it is now.';
        END IF;
        v_state := NULL;
        v_message := NULL;
        v_detail := NULL;
        v_hint := NULL;
        v_cleanup := NULL;
        SELECT bool_or(e -> 'hazards' ? 'not_transactional') INTO v_outside
          FROM pg_catalog.jsonb_array_elements(v_plan) e
         WHERE (e ->> 'transaction')::integer = v_group;
        IF v_outside THEN
            -- a group of one statement, run on a connection of its own
            SELECT (e ->> 'ordinal')::integer, e ->> 'sql', e ->> 'kind', e ->> 'action', e ->> 'identity'
              INTO v_ordinal, v_sql, v_kind, v_action, v_identity
              FROM pg_catalog.jsonb_array_elements(v_plan) e
             WHERE (e ->> 'transaction')::integer = v_group;
            CALL @extschema@.apply_outside_transaction(v_url,
                     CASE WHEN schema_diff_apply.online THEN schema_diff_apply.lock_timeout ELSE '0' END,
                     v_sql, v_state, v_message, v_detail, v_hint);
            IF v_state IS NOT NULL AND v_kind = 'index' AND v_action = 'create'
               AND EXISTS (SELECT FROM pg_catalog.pg_index i
                            WHERE i.indexrelid = pg_catalog.to_regclass(v_identity) AND NOT i.indisvalid) THEN
                -- CREATE INDEX CONCURRENTLY leaves an invalid index when it fails late
                CALL @extschema@.apply_outside_transaction(v_url,
                         CASE WHEN schema_diff_apply.online THEN schema_diff_apply.lock_timeout ELSE '0' END,
                         pg_catalog.format('DROP INDEX CONCURRENTLY IF EXISTS %s', v_identity),
                         c_state, c_message, c_detail, c_hint);
                v_cleanup := CASE WHEN c_state IS NULL
                                  THEN pg_catalog.format('The invalid index %s it left was dropped.', v_identity)
                                  ELSE pg_catalog.format('The invalid index %s it left could not be dropped (%s): drop it.',
                                                         v_identity, c_message) END;
            END IF;
            IF v_state IS NULL THEN
                v_expected := @extschema@.schema_digest();
            END IF;
        ELSE
            BEGIN
                -- the plan's SET lock_timeout row is the SET LOCAL above: the
                -- caller's session keeps its own setting
                FOR stmt IN SELECT (e ->> 'ordinal')::integer AS ordinal, e ->> 'sql' AS sql
                              FROM pg_catalog.jsonb_array_elements(v_plan) e
                             WHERE (e ->> 'transaction')::integer = v_group
                               AND NOT (e ->> 'kind' = 'setting' AND e ->> 'identity' = 'lock_timeout')
                             ORDER BY 1 LOOP
                    v_ordinal := stmt.ordinal;
                    v_sql := stmt.sql;
                    EXECUTE stmt.sql;
                END LOOP;
                v_expected := @extschema@.schema_digest();
            EXCEPTION WHEN query_canceled OR others THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT,
                                        v_detail = PG_EXCEPTION_DETAIL, v_hint = PG_EXCEPTION_HINT;
            END;
        END IF;
        IF v_state IS NOT NULL THEN
            PERFORM pg_catalog.pg_advisory_unlock(k_lock);
            RAISE EXCEPTION 'schema_diff_apply: statement % (transaction group % of %) failed: %',
                            v_ordinal, v_group, v_groups, v_message
                USING ERRCODE = v_state,
                      DETAIL = concat_ws(E'\n', nullif(v_detail, ''),
                                         pg_catalog.format('Statement: %s', v_sql),
                                         CASE WHEN v_group = 1 THEN 'Nothing was committed.'
                                              WHEN v_group = 2 THEN 'Transaction group 1 was committed; group 2 was rolled back, the groups after it did not run.'
                                              ELSE pg_catalog.format('Transaction groups 1 to %s were committed; group %s was rolled back, the groups after it did not run.',
                                                                     v_group - 1, v_group) END,
                                         v_cleanup),
                      HINT = coalesce(nullif(v_hint, ''),
                                      'Remove the cause, then call schema_diff_apply again: it plans from the schema as it is then.');
        END IF;
        COMMIT;
    END LOOP;
    PERFORM pg_catalog.pg_advisory_unlock(k_lock);
    RAISE NOTICE 'schema_diff_apply: % statements applied in % transaction%', v_statements, v_groups,
        CASE WHEN v_groups = 1 THEN '' ELSE 's' END;
END
$$;

COMMENT ON PROCEDURE schema_diff_apply(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text, text, text) IS
    'applies the migration of schema_diff here, committing after each transaction group, under an advisory lock, checking the schema digest before each group';

-- Changes the schema from what another database says: not for everyone.
-- A role that applies also needs EXECUTE on schema_diff, schema_digest,
-- apply_check_context and apply_outside_transaction (README, "Applying").
REVOKE ALL ON PROCEDURE schema_diff_apply(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text, text, text) FROM PUBLIC;

-- The views kept aside above, created again in their order, with their
-- options, owner, privileges and comments.
DO $$
DECLARE
    r record;
    c record;
    a aclitem;
BEGIN
    FOR r IN SELECT e ->> 'name' AS name, e ->> 'def' AS def, e ->> 'owner' AS owner,
                    e ->> 'comment' AS comment, e -> 'options' AS options, e -> 'acl' AS acl,
                    e -> 'column_comments' AS column_comments
               FROM jsonb_array_elements(coalesce(nullif(
                        current_setting('pgschemadiff.update_saved_views', true), ''), '[]')::jsonb)
                    WITH ORDINALITY AS x(e, i)
              ORDER BY i LOOP
        EXECUTE format('CREATE VIEW %s%s AS %s', r.name,
                       CASE WHEN jsonb_typeof(r.options) = 'array' THEN
                           format(' WITH (%s)', (SELECT string_agg(o, ', ')
                                                   FROM jsonb_array_elements_text(r.options) o))
                       END,
                       r.def);
        -- the user's, not the extension's (created in its script, it would be a member)
        EXECUTE format('ALTER EXTENSION pgschemadiff DROP VIEW %s', r.name);
        EXECUTE format('ALTER VIEW %s OWNER TO %I', r.name, r.owner);
        IF jsonb_typeof(r.acl) = 'array' THEN
            EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, %I', r.name, r.owner);
            FOR c IN SELECT x.grantee, x.privilege_type, x.is_grantable
                       FROM jsonb_array_elements_text(r.acl) t,
                            aclexplode(ARRAY[t::aclitem]) x LOOP
                EXECUTE format('GRANT %s ON %s TO %s%s', c.privilege_type, r.name,
                               CASE WHEN c.grantee = 0 THEN 'PUBLIC'
                                    ELSE quote_ident(pg_get_userbyid(c.grantee)) END,
                               CASE WHEN c.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
            END LOOP;
        END IF;
        IF r.comment IS NOT NULL THEN
            EXECUTE format('COMMENT ON VIEW %s IS %L', r.name, r.comment);
        END IF;
        FOR c IN SELECT x ->> 0 AS col, x ->> 1 AS txt
                   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.column_comments) = 'array'
                                                  THEN r.column_comments ELSE '[]' END) x LOOP
            EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', r.name, c.col, c.txt);
        END LOOP;
    END LOOP;
    PERFORM set_config('pgschemadiff.update_saved_views', '', true);
END
$$;
