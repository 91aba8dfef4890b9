// queries_system.hpp — catalog query texts for what pg_dump prints outside
// the user schemas: privileges on objects initdb made, user mappings,
// subscriptions.
// Layer: core/catalog. Included by queries.cpp only (its query table is a
// constant expression, so the texts are too).
#pragma once

#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

// Privileges on the objects initdb made (oid below FirstNormalObjectId,
// 16384): relations, their columns and routines in pg_catalog (pg_dump
// leaves information_schema out), the public schema, the languages (plpgsql). pg_dump
// prints their ACL when it is not the one pg_init_privs recorded (dumpACL
// with the initprivs as base), and the public schema's against
// {owner=UC/owner,=U/owner} (getNamespaces); an extension a user installs
// later gets oids above 16384, so its members never appear here. Only
// objects whose ACL or owner departs from initdb's are listed: a marker row
// ('owner', and 'initdb owner', the role initdb gave it), then every item of
// the ACL ('current') and of the initial ACL ('initial'), exploded. A
// column's owner is its table's (its rows carry the table's owner).
inline constexpr const char *kSystemPrivileges = R"SQL(
WITH boot AS (
  SELECT 10::pg_catalog.oid AS superuser,
         COALESCE((SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = 'pg_database_owner'),
                  10::pg_catalog.oid) AS db_owner
), objs AS (
  SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END AS kind,
         n.nspname::text AS schema, c.relname::text AS name, ''::text AS sub,
         c.relowner AS owner, boot.superuser AS initdb_owner,
         COALESCE(c.relacl, pg_catalog.acldefault(
           (CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::"char", c.relowner)) AS acl,
         COALESCE(ip.initprivs, pg_catalog.acldefault(
           (CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::"char", boot.superuser)) AS init
  FROM boot, pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = c.oid AND ip.objsubid = 0
       AND ip.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
  WHERE c.oid < 16384 AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')
    AND n.nspname = 'pg_catalog'
  UNION ALL
  SELECT 'column', n.nspname::text, c.relname::text, a.attname::text, c.relowner, c.relowner,
         COALESCE(a.attacl, '{}'::pg_catalog.aclitem[]),
         COALESCE(ip.initprivs, '{}'::pg_catalog.aclitem[])
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = c.oid AND ip.objsubid = a.attnum
       AND ip.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
  WHERE c.oid < 16384 AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')
    AND n.nspname = 'pg_catalog'
    AND a.attnum <> 0 AND NOT a.attisdropped
    AND (a.attacl IS NOT NULL OR ip.initprivs IS NOT NULL)
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
         p.proowner, boot.superuser,
         COALESCE(p.proacl, pg_catalog.acldefault('f'::"char", p.proowner)),
         COALESCE(ip.initprivs, pg_catalog.acldefault('f'::"char", boot.superuser))
  FROM boot, pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = p.oid AND ip.objsubid = 0
       AND ip.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass
  WHERE p.oid < 16384 AND n.nspname = 'pg_catalog'
  UNION ALL
  SELECT 'language', '', l.lanname::text, '', l.lanowner, boot.superuser,
         COALESCE(l.lanacl, pg_catalog.acldefault('l'::"char", l.lanowner)),
         COALESCE(ip.initprivs, pg_catalog.acldefault('l'::"char", boot.superuser))
  FROM boot, pg_catalog.pg_language l
  LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = l.oid AND ip.objsubid = 0
       AND ip.classoid = 'pg_catalog.pg_language'::pg_catalog.regclass
  WHERE l.oid < 16384
  UNION ALL
  -- The public schema as pg_dump's getNamespaces sees it: against the
  -- default ACL of its initial owner (pg_database_owner from 14).
  SELECT 'schema', n.nspname::text, '', '', n.nspowner, boot.db_owner,
         COALESCE(n.nspacl, pg_catalog.acldefault('n'::"char", n.nspowner)),
         COALESCE(ip.initprivs, pg_catalog.acldefault('n'::"char", boot.db_owner))
  FROM boot, pg_catalog.pg_namespace n
  LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = n.oid AND ip.objsubid = 0
       AND ip.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
  WHERE n.oid < 16384 AND n.nspname = 'public'
), changed AS (
  SELECT o.* FROM objs o
  WHERE o.owner <> o.initdb_owner
     OR ARRAY(SELECT x::text FROM pg_catalog.unnest(o.acl) x ORDER BY 1)
        IS DISTINCT FROM ARRAY(SELECT x::text FROM pg_catalog.unnest(o.init) x ORDER BY 1)
)
SELECT x.* FROM (
  SELECT o.kind, o.schema, o.name, o.sub, 'owner'::text AS state,
         pg_catalog.pg_get_userbyid(o.owner)::text AS role, ''::text AS privilege,
         'false'::text AS grantable
  FROM changed o
  UNION ALL
  SELECT o.kind, o.schema, o.name, o.sub, 'initdb owner',
         pg_catalog.pg_get_userbyid(o.initdb_owner)::text, '', 'false'
  FROM changed o
  UNION ALL
  SELECT o.kind, o.schema, o.name, o.sub, s.state,
         CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END,
         a.privilege_type::text, pg_catalog.bool_or(a.is_grantable)::text
  FROM changed o,
       LATERAL (VALUES ('current'::text, o.acl), ('initial'::text, o.init)) s(state, acl),
       LATERAL pg_catalog.aclexplode(NULLIF(s.acl, '{}')) a
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) x
ORDER BY x.kind COLLATE "C", x.schema COLLATE "C", x.name COLLATE "C", x.sub COLLATE "C",
         x.state COLLATE "C", x.role COLLATE "C", x.privilege COLLATE "C"
)SQL";

// User mappings of the servers a user made (those of extensions' servers
// are left to them). pg_user_mappings shows umoptions only to the mapped
// user with USAGE on the server, to the server's owner for PUBLIC, and to
// superusers (system_views.sql); "visible" repeats that rule, so that hidden
// options are told apart from none. Options come as umoptions, name=value.
inline constexpr const char *kUserMappings = R"SQL(
SELECT x.* FROM (
SELECT s.srvname::text AS server,
       CASE WHEN m.umuser = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(m.umuser)::text END
         AS user_name,
       COALESCE(ARRAY(SELECT o FROM pg_catalog.unnest(m.umoptions) o ORDER BY 1)::text, '{}')
         AS options,
       (m.umoptions IS NOT NULL
        OR (m.umuser <> 0 AND m.umuser = (SELECT r.oid FROM pg_catalog.pg_roles r
                                          WHERE r.rolname = CURRENT_USER)
            AND (pg_catalog.pg_has_role(s.srvowner, 'USAGE')
                 OR pg_catalog.has_server_privilege(s.oid, 'USAGE')))
        OR (m.umuser = 0 AND pg_catalog.pg_has_role(s.srvowner, 'USAGE'))
        OR COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                     WHERE r.rolname = CURRENT_USER), false))::text AS visible
FROM pg_catalog.pg_user_mappings m
JOIN pg_catalog.pg_foreign_server s ON s.oid = m.srvid
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND e.objid = s.oid AND e.deptype = 'e')
) x
ORDER BY x.server COLLATE "C", x.user_name COLLATE "C"
)SQL";

// Subscriptions of the current database, with the options pg_dump's
// dumpSubscription prints (only those that are not the default). The
// connection string is read only where the role may read
// pg_subscription.subconninfo (superusers, by default): through query_to_xml,
// so that the column is not named in this query's own text (a column
// privilege is checked when a query starts, whether the row is read or not),
// hex-encoded so that XML escapes nothing. Its comment is in pg_description
// (COMMENT ON SUBSCRIPTION keeps shared-catalog objects there but for
// databases, tablespaces and roles). Version notes: binary and
// streaming from 14, two_phase and disable_on_error from 15, streaming a
// "char" and origin, password_required, run_as_owner from 16, failover 17.
#define PSD_SUBSCRIPTIONS(options)                                                                 \
	"SELECT x.* FROM (\n"                                                                          \
	"SELECT s.subname::text AS name,\n"                                                            \
	"  CASE WHEN pg_catalog.has_column_privilege('pg_catalog.pg_subscription', 'subconninfo',"     \
	" 'SELECT')\n"                                                                                 \
	"  THEN pg_catalog.convert_from(pg_catalog.decode((pg_catalog.xpath('/row/c/text()',"          \
	" pg_catalog.query_to_xml('SELECT pg_catalog.encode(pg_catalog.convert_to(subconninfo,"        \
	" pg_catalog.getdatabaseencoding()), ''hex'') AS c FROM pg_catalog.pg_subscription"            \
	" WHERE oid = ' || s.oid, false, true, '')))[1]::text, 'hex'),"                                \
	" pg_catalog.getdatabaseencoding()) END AS conninfo,\n"                                        \
	"  s.subpublications::text AS publications, s.subslotname::text AS slot_name,\n"               \
	"  pg_catalog.array_remove(ARRAY[" options                                                     \
	"    CASE WHEN s.subsynccommit <> 'off' THEN 'synchronous_commit=' || s.subsynccommit END"     \
	"  ], NULL)::text AS options,\n"                                                               \
	"  pg_catalog.obj_description(s.oid, 'pg_subscription') AS comment\n"                          \
	"FROM pg_catalog.pg_subscription s\n"                                                          \
	"WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d\n"                              \
	"                   WHERE d.datname = pg_catalog.current_database())\n"                        \
	") x\nORDER BY x.name COLLATE \"C\"\n"
#define PSD_SUB_OPTIONS14                                                                          \
	"CASE WHEN s.subbinary THEN 'binary=true' END,"                                                \
	" CASE WHEN s.substream THEN 'streaming=on' END,"
#define PSD_SUB_OPTIONS15                                                                          \
	PSD_SUB_OPTIONS14 " CASE WHEN s.subtwophasestate <> 'd' THEN 'two_phase=on' END,"              \
	                  " CASE WHEN s.subdisableonerr THEN 'disable_on_error=true' END,"
#define PSD_SUB_OPTIONS16                                                                          \
	"CASE WHEN s.subbinary THEN 'binary=true' END,"                                                \
	" CASE s.substream WHEN 't' THEN 'streaming=on' WHEN 'p' THEN 'streaming=parallel' END,"       \
	" CASE WHEN s.subtwophasestate <> 'd' THEN 'two_phase=on' END,"                                \
	" CASE WHEN s.subdisableonerr THEN 'disable_on_error=true' END,"                               \
	" CASE WHEN NOT s.subpasswordrequired THEN 'password_required=false' END,"                     \
	" CASE WHEN s.subrunasowner THEN 'run_as_owner=true' END,"                                     \
	" CASE WHEN s.suborigin <> 'any' THEN 'origin=' || s.suborigin END,"

inline constexpr const char *kSubscriptions13 = PSD_SUBSCRIPTIONS("");
inline constexpr const char *kSubscriptions14 = PSD_SUBSCRIPTIONS(PSD_SUB_OPTIONS14);
inline constexpr const char *kSubscriptions15 = PSD_SUBSCRIPTIONS(PSD_SUB_OPTIONS15);
inline constexpr const char *kSubscriptions16 = PSD_SUBSCRIPTIONS(PSD_SUB_OPTIONS16);
inline constexpr const char *kSubscriptions17 =
    PSD_SUBSCRIPTIONS(PSD_SUB_OPTIONS16 " CASE WHEN s.subfailover THEN 'failover=true' END,");

} // namespace pgschemadiff
