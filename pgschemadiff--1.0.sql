-- pgschemadiff--1.0.sql — SQL objects of the extension.
\echo Use "CREATE EXTENSION pgschemadiff" to load this file. \quit

CREATE FUNCTION schema_diff(
    remote_url text,
    allow_drops boolean DEFAULT false,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL,
    ignore_extension_versions boolean DEFAULT false,
    with_privileges boolean DEFAULT false,
    create_extensions_only boolean DEFAULT false,
    detect_renames boolean DEFAULT true
)
RETURNS TABLE (
    ordinal integer,
    kind text,
    identity text,
    action text,
    destructive boolean,
    sql text
)
AS 'MODULE_PATHNAME', 'pgschemadiff_schema_diff'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean) IS
    'SQL statements that, run here in order, make this database''s schema match the remote one';

-- Opens connections from the server: like dblink_connect_u, not for everyone.
REVOKE ALL ON FUNCTION schema_diff(text, boolean, text[], text[], boolean, boolean, boolean, boolean) FROM PUBLIC;

-- The objects schema_diff cannot migrate yet that differ (what its WARNING
-- names), as rows a drift check can count; never refused like allow_drops.
CREATE FUNCTION schema_diff_unsupported(
    remote_url text,
    include_schemas text[] DEFAULT NULL,
    exclude_schemas text[] DEFAULT NULL
)
RETURNS TABLE (
    kind text,
    identity text,
    status text
)
AS 'MODULE_PATHNAME', 'pgschemadiff_schema_diff_unsupported'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION schema_diff_unsupported(text, text[], text[]) IS
    'objects and settings that differ from the remote but that schema_diff cannot migrate yet';

-- Connects like schema_diff: the same rule.
REVOKE ALL ON FUNCTION schema_diff_unsupported(text, text[], text[]) FROM PUBLIC;
