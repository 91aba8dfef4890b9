// queries.cpp — catalog query texts, version-guarded.
// Layer: core/catalog. Servers 13 to 18: every query runs on real servers of
// each major in test/crossversion/run.sh. Session settings (search_path =
// pg_catalog) make format_type/pg_get_*def output fully qualified on both sides.
#include "core/catalog/queries.hpp"

#include "core/catalog/queries_system.hpp"
#include "core/error.hpp"

namespace pgschemadiff {
namespace {

// System schemas never compared.
// Written as "oid = ANY (ARRAY(subquery))" rather than as conditions on the
// joined row: the ARRAY is computed once, and the planner no longer guesses
// "one schema" on catalogs that were never analyzed and loops the whole join
// once per schema (4.3 s -> 1.2 s for the indexes of 10,000 tables).
#define PSD_USER_SCHEMA(nsp)                                                                       \
	"(" nsp ".oid = ANY (ARRAY(SELECT psd_n.oid FROM pg_catalog.pg_namespace psd_n"                \
	" WHERE psd_n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"                 \
	" AND psd_n.nspname NOT LIKE 'pg\\_temp\\_%' AND psd_n.nspname NOT LIKE "                      \
	"'pg\\_toast\\_temp\\_%')))"

// Objects that belong to an extension are left to that extension.
#define PSD_NOT_EXT_MEMBER(catalog, oid)                                                           \
	"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '" catalog                 \
	"'::pg_catalog.regclass AND e.objid = " oid " AND e.deptype = 'e')"

// Objects PostgreSQL made as part of another one (the constructor functions
// of a range or multirange type) come and go with it.
#define PSD_NOT_INTERNAL(catalog, oid)                                                             \
	"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = '" catalog                 \
	"'::pg_catalog.regclass AND i.objid = " oid " AND i.deptype = 'i')"

// Rows per page of a paged query (its text says LIMIT with this number and
// takes the last page_key read as $1). Bounds the locks one page can take.
#define PSD_PAGE_SIZE_TEXT "200"

const char *const kSchemas = R"SQL(
SELECT n.nspname::text AS name
FROM pg_catalog.pg_namespace n
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_namespace", "n.oid") R"SQL(
ORDER BY n.nspname COLLATE "C"
)SQL";

const char *const kExtensions = R"SQL(
SELECT x.extname::text AS name, n.nspname::text AS schema, x.extversion::text AS version,
       x.extrelocatable::text AS relocatable
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE x.extname <> 'pgschemadiff'
ORDER BY x.extname COLLATE "C"
)SQL";

#define PSD_COLLATIONS(locale_expr, rules_expr)                                                    \
	"SELECT n.nspname::text AS schema, c.collname::text AS name,"                                  \
	" c.collprovider::text AS provider, c.collisdeterministic::text AS deterministic,"             \
	" c.collcollate::text AS lc_collate, c.collctype::text AS lc_ctype,"                           \
	" " locale_expr " AS locale, " rules_expr " AS icu_rules"                                      \
	" FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace"    \
	" WHERE " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                                     \
	    "pg_catalog.pg_collation",                                                                 \
	    "c.oid") " ORDER BY n.nspname COLLATE \"C\", c.collname COLLATE \"C\""

// PG13-14 keep an ICU locale in collcollate; 15-16 in colliculocale; 17 in colllocale.
const char *const kCollations13 = PSD_COLLATIONS("NULL::text", "NULL::text");
const char *const kCollations15 = PSD_COLLATIONS("c.colliculocale::text", "NULL::text");
const char *const kCollations16 = PSD_COLLATIONS("c.colliculocale::text", "c.collicurules::text");
const char *const kCollations17 = PSD_COLLATIONS("c.colllocale::text", "c.collicurules::text");

const char *const kTables = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       c.relpersistence::text AS persistence, c.relispartition::text AS is_partition,
       EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid)::text AS is_child,
       c.relrowsecurity::text AS row_security, c.relforcerowsecurity::text AS force_row_security,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound,
       ARRAY(SELECT pn.nspname::text FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
             JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno)::text AS parent_schemas,
       ARRAY(SELECT pc.relname::text FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno)::text AS parent_names,
       otn.nspname::text AS of_type_schema, ot.typname::text AS of_type_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_type ot ON ot.oid = c.reloftype
LEFT JOIN pg_catalog.pg_namespace otn ON otn.oid = ot.typnamespace
WHERE c.relkind IN ('r', 'p')
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
)SQL";

const char *const kColumns = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS table_name, a.attname::text AS name,
       a.attnum::text AS position,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       t.typtype::text AS type_kind,
       a.attnotnull::text AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname::text END AS collation_schema,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation_name,
       a.attislocal::text AS is_local, a.attinhcount::text AS inherited
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
)SQL";

// The columns of its own table a constraint or index depends on, from
// pg_depend (this also sees columns used only inside expressions).
#define PSD_DEPENDENT_COLUMNS(classid, objid, relid)                                               \
	"(SELECT pg_catalog.array_agg(DISTINCT a.attname::text) FROM pg_catalog.pg_depend d"           \
	" JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"      \
	" WHERE d.classid = '" classid "'::pg_catalog.regclass AND d.objid = " objid                   \
	" AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = " relid       \
	" AND d.refobjsubid > 0)::text"

const char *const kConstraints = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS table_name, k.conname::text AS name,
       k.contype::text AS type, pg_catalog.pg_get_constraintdef(k.oid) AS definition,
       )SQL" PSD_DEPENDENT_COLUMNS("pg_catalog.pg_constraint", "k.oid",
                                   "k.conrelid") R"SQL( AS columns,
       fn.nspname::text AS ref_schema, fc.relname::text AS ref_table,
       (NOT k.conislocal)::text AS inherited,
       (SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attname::text)
        FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = k.confrelid AND a.attnum = ANY (k.confkey))::text AS ref_columns
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
WHERE c.relkind IN ('r', 'p') AND k.contype IN ('p', 'u', 'c', 'f', 'x')
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", k.conname COLLATE "C"
)SQL";

const char *const kIndexes = R"SQL(
SELECT n.nspname::text AS schema, t.relname::text AS table_name, i.relname::text AS name,
       pg_catalog.pg_get_indexdef(i.oid) AS definition,
       )SQL" PSD_DEPENDENT_COLUMNS("pg_catalog.pg_class", "i.oid", "x.indrelid") R"SQL( AS columns,
       EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.oid)::text AS inherited
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
WHERE t.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conrelid = x.indrelid AND k.conindid = x.indexrelid
                    AND k.contype IN ('p', 'u', 'x'))
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "t.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", i.relname COLLATE "C"
)SQL";

// Free-standing and serial sequences (owner dependency 'a') and identity
// sequences (dependency 'i'); the builder attaches the latter to their column.
// Not their current value: pg_sequence_last_value locks each sequence it
// reads (a lock per sequence piles up past max_locks_per_transaction), so
// that is read afterwards for the few sequences whose bounds change
// (SequenceValuesQuery).
const char *const kSequences = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart::text AS start, s.seqincrement::text AS increment,
       s.seqmin::text AS min_value, s.seqmax::text AS max_value,
       s.seqcache::text AS cache, s.seqcycle::text AS cycle,
       c.relpersistence::text AS persistence, c.oid::text AS oid,
       d.deptype::text AS owner_deptype, od.nspname::text AS owner_schema,
       oc.relname::text AS owner_table, oa.attname::text AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d
       ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
      AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace od ON od.oid = oc.relnamespace
LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
)SQL";

const char *const kEnums = R"SQL(
SELECT n.nspname::text AS schema, t.typname::text AS name,
       COALESCE((SELECT pg_catalog.array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
                 FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '{}')::text AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e'
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
)SQL";

// Views and materialized views. `columns` is what CREATE OR REPLACE VIEW must
// keep (it may only append columns): names, types, and collations other than
// the type's (a stub view that breaks a cycle is made from it). Paged (kPageSize): pg_get_viewdef locks
// the view and every relation it reads until the transaction ends, so each
// page is read in a subtransaction the reader rolls back, which releases them.
const char *const kViews = R"SQL(
SELECT v.oid::text AS page_key, n.nspname::text AS schema, v.relname::text AS name,
       v.relkind::text AS relkind, pg_catalog.pg_get_viewdef(v.oid) AS definition,
       pg_catalog.array_to_string(v.reloptions, ', ') AS options,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' ||
                 pg_catalog.format_type(a.atttypid, a.atttypmod) ||
                 COALESCE(' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.' ||
                          pg_catalog.quote_ident(co.collname), ''), ', ' ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
        LEFT JOIN pg_catalog.pg_collation co
          ON co.oid = a.attcollation AND a.attcollation <> ty.typcollation
        LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
        WHERE a.attrelid = v.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
FROM (SELECT c.oid, c.relname, c.relkind, c.relnamespace, c.reloptions
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND c.oid > $1
        AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
        AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
      ORDER BY c.oid LIMIT )SQL" PSD_PAGE_SIZE_TEXT R"SQL() v
JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace
ORDER BY v.oid
)SQL";

// Functions (also window functions) and procedures; aggregates are read by
// kAggregates (pg_get_functiondef cannot print an aggregate).
const char *const kRoutines = R"SQL(
SELECT x.* FROM (
SELECT n.nspname::text AS schema, p.proname::text AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       p.prokind::text AS kind,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       pg_catalog.pg_get_functiondef(p.oid) AS definition
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'w')
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_proc", "p.oid") R"SQL(
  AND )SQL" PSD_NOT_INTERNAL("pg_catalog.pg_proc", "p.oid") R"SQL(
) x
ORDER BY x.schema COLLATE "C", x.name COLLATE "C", x.identity_args COLLATE "C"
)SQL";

// Aggregates, one row each with pg_aggregate's fields (pg_dump's dumpAgg).
// Support functions print as regproc does (qualified: search_path is
// pg_catalog); a zero oid is NULL.
#define PSD_REGPROC(col) "CASE WHEN " col " <> 0 THEN " col "::pg_catalog.regproc::text END"
const char *const kAggregates = R"SQL(
SELECT x.* FROM (
SELECT n.nspname::text AS schema, p.proname::text AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       a.aggkind::text AS kind,
       )SQL" PSD_REGPROC("a.aggtransfn") R"SQL( AS sfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS stype,
       a.aggtransspace::text AS sspace,
       )SQL" PSD_REGPROC("a.aggfinalfn") R"SQL( AS finalfunc,
       a.aggfinalextra::text AS finalfunc_extra,
       a.aggfinalmodify::text AS finalfunc_modify,
       )SQL" PSD_REGPROC("a.aggcombinefn") R"SQL( AS combinefunc,
       )SQL" PSD_REGPROC("a.aggserialfn") R"SQL( AS serialfunc,
       )SQL" PSD_REGPROC("a.aggdeserialfn") R"SQL( AS deserialfunc,
       a.agginitval AS initcond,
       )SQL" PSD_REGPROC("a.aggmtransfn") R"SQL( AS msfunc,
       )SQL" PSD_REGPROC("a.aggminvtransfn") R"SQL( AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace::text AS msspace,
       )SQL" PSD_REGPROC("a.aggmfinalfn") R"SQL( AS mfinalfunc,
       a.aggmfinalextra::text AS mfinalfunc_extra,
       a.aggmfinalmodify::text AS mfinalfunc_modify,
       a.aggminitval AS minitcond,
       son.nspname::text AS sortop_schema, so.oprname::text AS sortop_name,
       p.proparallel::text AS parallel
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator so ON so.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace son ON son.oid = so.oprnamespace
WHERE p.prokind = 'a'
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_proc", "p.oid") R"SQL(
) x
ORDER BY x.schema COLLATE "C", x.name COLLATE "C", x.identity_args COLLATE "C"
)SQL";

// Range types (CREATE TYPE ... AS RANGE); the opclass and collation only when
// they are not the subtype's defaults. Multiranges exist from PostgreSQL 14.
#define PSD_RANGES(multirange_join, multirange_cols)                                               \
	"SELECT n.nspname::text AS schema, t.typname::text AS name,"                                   \
	" pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,"                                      \
	" CASE WHEN NOT opc.opcdefault THEN opcn.nspname::text END AS opclass_schema,"                 \
	" CASE WHEN NOT opc.opcdefault THEN opc.opcname::text END AS opclass_name,"                    \
	" CASE WHEN r.rngcollation <> st.typcollation THEN cn.nspname::text END AS collation_schema,"  \
	" CASE WHEN r.rngcollation <> st.typcollation THEN co.collname::text END AS collation_name,"   \
	" CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END AS "             \
	"subtype_diff,"                                                                                \
	" CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END AS "         \
	"canonical,"                                                                                   \
	" cfn.nspname::text AS canonical_schema, cf.proname::text AS canonical_name,"                  \
	" CASE WHEN r.rngcanonical <> 0 THEN pg_catalog.pg_get_function_identity_arguments(cf.oid)"    \
	" END AS canonical_args,"                                                                      \
	" " multirange_cols                                                                            \
	" FROM pg_catalog.pg_type t JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid"                  \
	" JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"                                    \
	" JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype"                                         \
	" JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc"                                     \
	" JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace"                            \
	" LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation"                             \
	" LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"                           \
	" LEFT JOIN pg_catalog.pg_proc cf ON cf.oid = r.rngcanonical"                                  \
	" LEFT JOIN pg_catalog.pg_namespace cfn ON cfn.oid = cf.pronamespace " multirange_join         \
	" WHERE t.typtype = 'r' AND " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                 \
	    "pg_catalog.pg_type", "t.oid") " ORDER BY n.nspname COLLATE \"C\", t.typname "             \
	                                   "COLLATE \"C\""
const char *const kRanges13 =
    PSD_RANGES("", "NULL::text AS multirange_schema, NULL::text AS multirange_name");
const char *const kRanges14 =
    PSD_RANGES("LEFT JOIN pg_catalog.pg_type m ON m.oid = r.rngmultitypid"
               " LEFT JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace",
               "mn.nspname::text AS multirange_schema, m.typname::text AS multirange_name");

// Rewrite rules other than the _RETURN rule of a view. Paged like kViews
// (pg_get_ruledef locks what the rule reads).
const char *const kRules = R"SQL(
SELECT r.oid::text AS page_key, n.nspname::text AS schema, c.relname::text AS table_name,
       r.rulename::text AS name, pg_catalog.pg_get_ruledef(r.oid) AS definition,
       r.ev_enabled::text AS enabled
FROM (SELECT r.oid, r.rulename, r.ev_class, r.ev_enabled
      FROM pg_catalog.pg_rewrite r
      JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE r.rulename <> '_RETURN' AND r.oid > $1
        AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
        AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
      ORDER BY r.oid LIMIT )SQL" PSD_PAGE_SIZE_TEXT R"SQL() r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
ORDER BY r.oid
)SQL";

// Event triggers (database-wide; named with their function's schema).
const char *const kEventTriggers = R"SQL(
SELECT v.evtname::text AS name, v.evtevent::text AS event,
       COALESCE(v.evttags, '{}')::text AS tags, fn.nspname::text AS function_schema,
       f.proname::text AS function_name, v.evtenabled::text AS enabled
FROM pg_catalog.pg_event_trigger v
JOIN pg_catalog.pg_proc f ON f.oid = v.evtfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_event_trigger", "v.oid") R"SQL(
ORDER BY v.evtname COLLATE "C"
)SQL";

// User triggers; not the internal ones of foreign keys, nor the clones a
// partition inherits from its parent (tgparentid, as pg_dump skips them).
const char *const kTriggers = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS table_name, g.tgname::text AS name,
       pg_catalog.pg_get_triggerdef(g.oid) AS definition, g.tgenabled::text AS enabled
FROM pg_catalog.pg_trigger g
JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT g.tgisinternal AND g.tgparentid = 0
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", g.tgname COLLATE "C"
)SQL";

// Row-level security policies. Role 0 is PUBLIC, spelled 'public' (a role
// cannot have that name).
const char *const kPolicies = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS table_name, p.polname::text AS name,
       p.polpermissive::text AS permissive, p.polcmd::text AS command,
       ARRAY(SELECT x.name FROM (SELECT CASE WHEN r.oid = 0 THEN 'public'
                                            ELSE pg_catalog.pg_get_userbyid(r.oid)::text END AS name
                                 FROM pg_catalog.unnest(p.polroles) AS r(oid)) x
             ORDER BY x.name COLLATE "C")::text AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", p.polname COLLATE "C"
)SQL";

// Pieces of kLongTail and kDependencies (see kLongTail).
#define PSD_LT_ARGTYPE(oid) "CASE WHEN " oid " <> 0 THEN pg_catalog.format_type(" oid ", NULL) END"
#define PSD_LT_PROC(oid) "CASE WHEN " oid " <> 0 THEN " oid "::pg_catalog.regproc::text END"
#define PSD_LT_OPR_ARGS                                                                            \
	"'(' || COALESCE(" PSD_LT_ARGTYPE("o.oprleft") ", 'NONE') || ',' || COALESCE(" PSD_LT_ARGTYPE( \
	    "o.oprright") ", 'NONE') || ')'"
// Whether a pg_amop/pg_amproc row belongs to an operator class (made by
// CREATE OPERATOR CLASS) rather than loosely to its family.
#define PSD_LT_CLASS_OF(catalog, oid)                                                              \
	"(SELECT d.refobjid FROM pg_catalog.pg_depend d WHERE d.classid = '" catalog                   \
	"'::pg_catalog.regclass AND d.objid = " oid                                                    \
	" AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass LIMIT 1)"
#define PSD_RELKIND_NAME(relkind)                                                                  \
	"CASE " relkind " WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"                      \
	" WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'type' ELSE 'table' END"

// What views, routines, triggers and policies depend on, from pg_depend
// (a view's dependencies hang off its _RETURN rule in pg_rewrite). Both ends
// are named as the model names objects: kind, schema, name, sub (routine
// identity arguments; trigger, policy or column name with the table as name).
// A row type stands for its relation, an array type for its element type.
// Table check constraints ('constraint', sub: its name), domain check
// constraints ('domain constraint', name: the domain), indexes ('index', name:
// the table, sub: the index) and column defaults or generation expressions
// ('default', sub: the column) appear only with the routines they call.
// Types ('type': domains over their base type, ranges over their subtype and
// functions) and columns (also a composite's attributes) with the types they
// use.
const char *const kDependencies = R"SQL(
WITH obj AS (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid, 0 AS subid,
         )SQL" PSD_RELKIND_NAME("c.relkind") R"SQL( AS kind, n.nspname::text AS schema,
         c.relname::text AS name, ''::text AS sub
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'c') AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, a.attnum::int, 'column',
         n.nspname::text, c.relname::text, a.attname::text
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') AND )SQL" PSD_USER_SCHEMA(
    "n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 0,
         )SQL" PSD_RELKIND_NAME("c.relkind") R"SQL(, n.nspname::text, c.relname::text, ''
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename = '_RETURN' AND c.relkind IN ('v', 'm') AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0,
         CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid)
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 0, 'rule', n.nspname::text,
         c.relname::text, r.rulename::text
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, w.oid, 0,
         'foreign-data wrapper', '', w.fdwname::text, ''
  FROM pg_catalog.pg_foreign_data_wrapper w
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid, 0, 'server', '',
         s.srvname::text, ''
  FROM pg_catalog.pg_foreign_server s
  UNION ALL
  SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, v.oid, 0, 'event trigger',
         fn.nspname::text, v.evtname::text, ''
  FROM pg_catalog.pg_event_trigger v JOIN pg_catalog.pg_proc f ON f.oid = v.evtfoid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0,
         CASE WHEN bc.oid IS NULL THEN 'type' ELSE )SQL" PSD_RELKIND_NAME("bc.relkind") R"SQL( END,
         n.nspname::text, COALESCE(bc.relname, b.typname)::text, ''
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_type b
    ON b.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
  JOIN pg_catalog.pg_namespace n ON n.oid = b.typnamespace
  LEFT JOIN pg_catalog.pg_class bc ON bc.oid = b.typrelid
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, g.oid, 0, 'trigger', n.nspname::text,
         c.relname::text, g.tgname::text
  FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT g.tgisinternal AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0, 'policy', n.nspname::text,
         c.relname::text, p.polname::text
  FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, 'constraint', n.nspname::text,
         c.relname::text, k.conname::text
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE k.contype IN ('c', 'x', 'f', 'p', 'u') AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 0, 'domain constraint',
         n.nspname::text, t.typname::text, k.conname::text
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_type t ON t.oid = k.contypid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE k.contype = 'c' AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, x.indexrelid, 0, 'index', n.nspname::text,
         c.relname::text, ic.relname::text
  FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid
  JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  -- The long tail (kLongTail names them the same way). Members of operator
  -- families stand for the class that made them, else for their family.
  SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, 0, 'operator', n.nspname::text,
         o.oprname::text, )SQL" PSD_LT_OPR_ARGS R"SQL(
  FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid, 0, 'operator family',
         n.nspname::text, f.opfname::text, am.amname::text
  FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, c.oid, 0, 'operator class',
         n.nspname::text, c.opcname::text, am.amname::text
  FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
  JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT m.classid, m.objid, 0,
         CASE WHEN c.oid IS NULL THEN 'operator family' ELSE 'operator class' END,
         n.nspname::text, COALESCE(c.opcname, f.opfname)::text, am.amname::text
  FROM (SELECT 'pg_catalog.pg_amop'::pg_catalog.regclass AS classid, a.oid AS objid,
               a.amopfamily AS family,
               )SQL" PSD_LT_CLASS_OF("pg_catalog.pg_amop", "a.oid") R"SQL( AS class
        FROM pg_catalog.pg_amop a WHERE a.oid >= 16384
        UNION ALL
        SELECT 'pg_catalog.pg_amproc'::pg_catalog.regclass, p.oid, p.amprocfamily,
               )SQL" PSD_LT_CLASS_OF("pg_catalog.pg_amproc", "p.oid") R"SQL(
        FROM pg_catalog.pg_amproc p WHERE p.oid >= 16384) m
  JOIN pg_catalog.pg_opfamily f ON f.oid = m.family
  JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
  LEFT JOIN pg_catalog.pg_opclass c ON c.oid = m.class
  JOIN pg_catalog.pg_namespace n ON n.oid = COALESCE(c.opcnamespace, f.opfnamespace)
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, c.oid, 0, 'cast', '',
         pg_catalog.format_type(c.castsource, NULL) || ' AS ' ||
           pg_catalog.format_type(c.casttarget, NULL), ''
  FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid, 0, 'conversion',
         n.nspname::text, c.conname::text, ''
  FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, l.oid, 0, 'language', '',
         l.lanname::text, ''
  FROM pg_catalog.pg_language l WHERE l.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, x.oid, 0, 'transform', '',
         pg_catalog.format_type(x.trftype, NULL), l.lanname::text
  FROM pg_catalog.pg_transform x JOIN pg_catalog.pg_language l ON l.oid = x.trflang
  WHERE x.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, p.oid, 0, 'text search parser',
         n.nspname::text, p.prsname::text, ''
  FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, t.oid, 0, 'text search template',
         n.nspname::text, t.tmplname::text, ''
  FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, t.oid, 0, 'text search dictionary',
         n.nspname::text, t.dictname::text, ''
  FROM pg_catalog.pg_ts_dict t JOIN pg_catalog.pg_namespace n ON n.oid = t.dictnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, t.oid, 0, 'text search configuration',
         n.nspname::text, t.cfgname::text, ''
  FROM pg_catalog.pg_ts_config t JOIN pg_catalog.pg_namespace n ON n.oid = t.cfgnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  UNION ALL
  SELECT 'pg_catalog.pg_am'::pg_catalog.regclass, a.oid, 0, 'access method', '', a.amname::text, ''
  FROM pg_catalog.pg_am a WHERE a.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass, ad.oid, 0, 'default', n.nspname::text,
         c.relname::text, a.attname::text
  FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
  JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
)
SELECT x.* FROM (
SELECT DISTINCT o.kind AS dep_kind, o.schema AS dep_schema, o.name AS dep_name, o.sub AS dep_sub,
       r.kind AS ref_kind, r.schema AS ref_schema, r.name AS ref_name, r.sub AS ref_sub
FROM pg_catalog.pg_depend d
JOIN obj o ON o.classid = d.classid AND o.objid = d.objid AND o.subid = d.objsubid
JOIN obj r ON r.classid = d.refclassid AND r.objid = d.refobjid AND r.subid = d.refobjsubid
WHERE d.classid IN ('pg_catalog.pg_rewrite'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,
                    'pg_catalog.pg_trigger'::pg_catalog.regclass, 'pg_catalog.pg_policy'::pg_catalog.regclass,
                    'pg_catalog.pg_event_trigger'::pg_catalog.regclass, 'pg_catalog.pg_class'::pg_catalog.regclass,
                    'pg_catalog.pg_constraint'::pg_catalog.regclass, 'pg_catalog.pg_attrdef'::pg_catalog.regclass,
                    'pg_catalog.pg_type'::pg_catalog.regclass,
                    'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass,
                    'pg_catalog.pg_foreign_server'::pg_catalog.regclass,
                    'pg_catalog.pg_operator'::pg_catalog.regclass,
                    'pg_catalog.pg_opfamily'::pg_catalog.regclass,
                    'pg_catalog.pg_opclass'::pg_catalog.regclass,
                    'pg_catalog.pg_amop'::pg_catalog.regclass,
                    'pg_catalog.pg_amproc'::pg_catalog.regclass,
                    'pg_catalog.pg_cast'::pg_catalog.regclass,
                    'pg_catalog.pg_conversion'::pg_catalog.regclass,
                    'pg_catalog.pg_language'::pg_catalog.regclass,
                    'pg_catalog.pg_transform'::pg_catalog.regclass,
                    'pg_catalog.pg_ts_parser'::pg_catalog.regclass,
                    'pg_catalog.pg_ts_template'::pg_catalog.regclass,
                    'pg_catalog.pg_ts_dict'::pg_catalog.regclass,
                    'pg_catalog.pg_ts_config'::pg_catalog.regclass,
                    'pg_catalog.pg_am'::pg_catalog.regclass)
  AND d.deptype IN ('n', 'a')
  -- A member of a family or class standing for its owner: no edge to itself.
  AND NOT (o.kind = r.kind AND o.schema = r.schema AND o.name = r.name AND o.sub = r.sub)
  -- A base type and its I/O functions need each other: the shell type
  -- breaks that circle (the differ orders it), not these edges.
  AND NOT (d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_type bt WHERE bt.oid = d.objid
                       AND ((bt.typtype = 'b' AND d.refobjid IN (bt.typinput, bt.typoutput,
                         bt.typreceive, bt.typsend, bt.typmodin, bt.typmodout, bt.typanalyze))
                         OR d.refobjid = (SELECT rg.rngcanonical FROM pg_catalog.pg_range rg
                                          WHERE rg.rngtypid = bt.oid))))
  AND NOT (d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_type bt WHERE bt.oid = d.refobjid
                       AND ((bt.typtype IN ('b', 'p') AND d.objid IN (bt.typinput, bt.typoutput,
                         bt.typreceive, bt.typsend, bt.typmodin, bt.typmodout, bt.typanalyze))
                         OR d.objid = (SELECT rg.rngcanonical FROM pg_catalog.pg_range rg
                                       WHERE rg.rngtypid = bt.oid))))
  -- Check constraints and column defaults only matter through the routines
  -- they call: those are dropped and re-created around a DROP FUNCTION.
  -- Relations and their columns also through the types they use (a column's
  -- type, a composite's attributes, a typed table's type): the order types
  -- and tables are created and dropped in follows these edges.
  AND (d.classid NOT IN ('pg_catalog.pg_constraint'::pg_catalog.regclass,
                         'pg_catalog.pg_attrdef'::pg_catalog.regclass,
                         'pg_catalog.pg_class'::pg_catalog.regclass)
       OR d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
       -- an index or exclusion constraint using an operator class or
       -- operator, a table using an access method
       OR d.refclassid IN ('pg_catalog.pg_opclass'::pg_catalog.regclass,
                           'pg_catalog.pg_operator'::pg_catalog.regclass,
                           'pg_catalog.pg_am'::pg_catalog.regclass)
       OR (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass)
       -- a default's sequence (nextval), a constraint's columns and the
       -- unique index a foreign key references, an index's columns, a
       -- table's inheritance parent: what orders keys, columns and tables
       OR d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
       -- a generated tsvector column or an index using a configuration
       OR d.refclassid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass)
) x
ORDER BY x.dep_kind COLLATE "C", x.dep_schema COLLATE "C", x.dep_name COLLATE "C",
         x.dep_sub COLLATE "C", x.ref_kind COLLATE "C", x.ref_schema COLLATE "C",
         x.ref_name COLLATE "C", x.ref_sub COLLATE "C"
)SQL";

// Privileges granted to roles other than the owner, from the ACLs (a NULL
// ACL stands for the kind's default, acldefault). Owners are not compared.
const char *const kPrivileges = R"SQL(
WITH objs AS (
  SELECT )SQL" PSD_RELKIND_NAME("c.relkind") R"SQL( AS kind, n.nspname::text AS schema,
         c.relname::text AS name, ''::text AS sub, c.relowner AS owner,
         COALESCE(c.relacl, pg_catalog.acldefault((CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::"char",
                                                  c.relowner)) AS acl
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'column', n.nspname::text, c.relname::text, a.attname::text, c.relowner, a.attacl
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
         p.proowner, COALESCE(p.proacl, pg_catalog.acldefault('f'::"char", p.proowner))
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a', 'w')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_proc", "p.oid") R"SQL(
    AND )SQL" PSD_NOT_INTERNAL("pg_catalog.pg_proc", "p.oid") R"SQL(
  UNION ALL
  SELECT 'schema', n.nspname::text, '', '', n.nspowner,
         COALESCE(n.nspacl, pg_catalog.acldefault('n'::"char", n.nspowner))
  FROM pg_catalog.pg_namespace n
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_namespace", "n.oid") R"SQL(
  UNION ALL
  SELECT 'type', n.nspname::text, t.typname::text, '', t.typowner,
         COALESCE(t.typacl, pg_catalog.acldefault('T'::"char", t.typowner))
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r
                                         WHERE r.oid = t.typrelid AND r.relkind = 'c'))
         OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e
                                             WHERE e.typarray = t.oid)))
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
  UNION ALL
  SELECT 'foreign-data wrapper', '', w.fdwname::text, '', w.fdwowner,
         COALESCE(w.fdwacl, pg_catalog.acldefault('F'::"char", w.fdwowner))
  FROM pg_catalog.pg_foreign_data_wrapper w
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_data_wrapper", "w.oid") R"SQL(
  UNION ALL
  SELECT 'server', '', s.srvname::text, '', s.srvowner,
         COALESCE(s.srvacl, pg_catalog.acldefault('S'::"char", s.srvowner))
  FROM pg_catalog.pg_foreign_server s
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_server", "s.oid") R"SQL(
)
SELECT x.* FROM (
  SELECT o.kind, o.schema, o.name, o.sub,
         CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END
           AS grantee,
         a.privilege_type::text AS privilege, pg_catalog.bool_or(a.is_grantable)::text AS grantable
  FROM objs o, LATERAL pg_catalog.aclexplode(o.acl) a
  WHERE a.grantee <> o.owner
  GROUP BY 1, 2, 3, 4, 5, 6
) x
ORDER BY x.kind COLLATE "C", x.schema COLLATE "C", x.name COLLATE "C", x.sub COLLATE "C",
         x.grantee COLLATE "C", x.privilege COLLATE "C"
)SQL";

// Everything read but not reproduced, so that nothing a user made in a
// compared schema is skipped without a word: foreign partitions and
// children, types and text search parsers/templates written in C, ranges
// with a CANONICAL function, shell types, operators, operator classes and
// families (their pg_amop/pg_amproc members in the family's digest),
// conversions, extended statistics, security labels; and objects outside
// schemas that a user made (oid >= FirstNormalObjectId, 16384): casts,
// transforms, procedural languages, access methods, foreign-data wrappers
// (subscriptions are read by kSubscriptions). Each row has kind, identity,
// and a digest of the definition so that only differences are reported. New kinds are named by
// pg_identify_object (PostgreSQL's own identity text, schema-qualified under
// search_path = pg_catalog); casts PostgreSQL made itself (range to
// multirange, internal to the type) are left out; a cast or transform counts as being in the
// schema of its user type, for include_schemas/exclude_schemas. Built-in
// objects of the system schemas never appear (PSD_USER_SCHEMA, oid filter).
// Version notes: pg_statistic_ext.stxstattarget is -1 by default up to 16
// and NULL from 17: NULLIF(.., -1) reads both the same.
#define PSD_IDENTITY(catalog, oid)                                                                 \
	"(pg_catalog.pg_identify_object('" catalog "'::pg_catalog.regclass, " oid ", 0)).identity"
#define PSD_USER_OBJECT(catalog, oid) "(" oid " >= 16384 AND " PSD_NOT_EXT_MEMBER(catalog, oid) ")"
// The schema of a type when it is a user schema, else NULL.
#define PSD_TYPE_SCHEMA(type_oid)                                                                  \
	"(SELECT tn.nspname::text FROM pg_catalog.pg_type tt"                                          \
	" JOIN pg_catalog.pg_namespace tn ON tn.oid = tt.typnamespace WHERE tt.oid = " type_oid        \
	" AND " PSD_USER_SCHEMA("tn") ")"

const char *const kUnsupported = R"SQL(
SELECT u.kind, u.schema, u.identity, u.signature FROM (
  SELECT 'foreign table' AS kind,
         n.nspname::text AS schema,
         pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS identity,
         pg_catalog.md5(COALESCE(pg_catalog.pg_get_viewdef(c.oid), '') ||
           COALESCE((SELECT pg_catalog.string_agg(a.attname || ' ' ||
                       pg_catalog.format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum)
                     FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')) AS signature
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'f'
    AND (c.relispartition OR c.oid IN (SELECT i.inhrelid FROM pg_catalog.pg_inherits i))
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(

  UNION ALL
  SELECT 'security label', COALESCE(o.schema::text, ''), o.identity,
         pg_catalog.md5(l.provider || ' ' || l.label)
  FROM pg_catalog.pg_seclabel l,
       LATERAL pg_catalog.pg_identify_object(l.classoid, l.objoid, l.objsubid) o
  WHERE l.objoid >= 16384
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = l.classoid
                    AND e.objid = l.objoid AND e.deptype = 'e')
    AND (o.schema IS NULL OR o.schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))
) u
ORDER BY u.kind COLLATE "C", u.identity COLLATE "C"
)SQL";

#define PSD_RELATION_IDENTITY PSD_IDENTITY("pg_catalog.pg_class", "c.oid")

// Settings of objects that are migrated, but which the migration does not
// carry over: a tablespace (cluster-wide; it may not exist here). Rows
// shaped as kUnsupported; the identity is the relation's
// (pg_identify_object). A setting the local side leaves at its default has
// no row, so "only in remote" means "set on the remote only".
// clang-format off
#define PSD_UNSUPPORTED_SETTINGS                                               \
	"SELECT u.kind, u.schema, u.identity, u.signature FROM ("                                      \
	" SELECT 'tablespace' AS kind, n.nspname::text AS schema, " PSD_RELATION_IDENTITY " AS identity,"   \
	"        ts.spcname::text AS signature"                                                         \
	" FROM pg_catalog.pg_class c JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace"     \
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                    \
	" WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I') AND " PSD_USER_SCHEMA("n")                      \
	"   AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid")                                   \
	") u ORDER BY u.kind COLLATE \"C\", u.identity COLLATE \"C\""

const char *const kUnsupportedSettings = PSD_UNSUPPORTED_SETTINGS;
// clang-format on

#define PSD_DESCRIPTION(catalog, oid, subid)                                                       \
	"JOIN pg_catalog.pg_description d ON d.classoid = '" catalog "'::pg_catalog.regclass"          \
	" AND d.objoid = " oid " AND d.objsubid = " subid

// Comments (COMMENT ON) of the kinds the core migrates, named as the model
// names objects (see kDependencies): relations, their columns, constraints
// and indexes; functions, procedures, enum types, domains, schemas, text
// search configurations and dictionaries; publications (schema and name
// empty: they live in no schema); extensions, and beside each the comment
// its control file gives it on that server ('extension default': what CREATE
// EXTENSION sets, so that a created extension needs no COMMENT when the
// remote kept it); statistics objects, domain constraints, foreign-data
// wrappers and servers.
const char *const kComments = R"SQL(
SELECT x.* FROM (
  SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                        WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'
                        WHEN 'f' THEN 'foreign table' ELSE 'table' END AS kind,
         n.nspname::text AS schema, c.relname::text AS name, ''::text AS sub,
         d.description::text AS description
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_class", "c.oid", "0") R"SQL(
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'f')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'column', n.nspname::text, c.relname::text, a.attname::text, d.description::text
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_class", "c.oid", "a.attnum") R"SQL(
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'c', 'f') AND a.attnum > 0 AND NOT a.attisdropped
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'constraint', n.nspname::text, c.relname::text, k.conname::text, d.description::text
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_constraint", "k.oid", "0") R"SQL(
  WHERE c.relkind IN ('r', 'p')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
         d.description::text
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_proc", "p.oid", "0") R"SQL(
  WHERE p.prokind IN ('f', 'p', 'a', 'w')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_proc", "p.oid") R"SQL(
    AND )SQL" PSD_NOT_INTERNAL("pg_catalog.pg_proc", "p.oid") R"SQL(
  UNION ALL
  SELECT 'type', n.nspname::text, t.typname::text, '', d.description::text
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_type", "t.oid", "0") R"SQL(
  WHERE (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r
                                         WHERE r.oid = t.typrelid AND r.relkind = 'c'))
         OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e
                                             WHERE e.typarray = t.oid))
         OR (t.typtype = 'p' AND NOT t.typisdefined))
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
  UNION ALL
  SELECT 'conversion', n.nspname::text, c.conname::text, '', d.description::text
  FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_conversion", "c.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_conversion", "c.oid") R"SQL(
  UNION ALL
  SELECT 'text search parser', n.nspname::text, p.prsname::text, '', d.description::text
  FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_ts_parser", "p.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_parser", "p.oid") R"SQL(
  UNION ALL
  SELECT 'text search template', n.nspname::text, t.tmplname::text, '', d.description::text
  FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_ts_template", "t.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_template", "t.oid") R"SQL(
  UNION ALL
  SELECT 'trigger', n.nspname::text, c.relname::text, g.tgname::text, d.description::text
  FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_trigger", "g.oid", "0") R"SQL(
  WHERE NOT g.tgisinternal AND g.tgparentid = 0
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'policy', n.nspname::text, c.relname::text, p.polname::text, d.description::text
  FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_policy", "p.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'rule', n.nspname::text, c.relname::text, r.rulename::text, d.description::text
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_rewrite", "r.oid", "0") R"SQL(
  WHERE r.rulename <> '_RETURN'
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT 'event trigger', fn.nspname::text, v.evtname::text, '', d.description::text
  FROM pg_catalog.pg_event_trigger v JOIN pg_catalog.pg_proc f ON f.oid = v.evtfoid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_event_trigger", "v.oid", "0") R"SQL(
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_event_trigger", "v.oid") R"SQL(
  UNION ALL
  SELECT 'collation', n.nspname::text, c.collname::text, '', d.description::text
  FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_collation", "c.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_collation", "c.oid") R"SQL(
  UNION ALL
  SELECT 'schema', n.nspname::text, '', '', d.description::text
  FROM pg_catalog.pg_namespace n
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_namespace", "n.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_namespace", "n.oid") R"SQL(
  UNION ALL
  SELECT 'text search configuration', n.nspname::text, c.cfgname::text, '', d.description::text
  FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_ts_config", "c.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_config", "c.oid") R"SQL(
  UNION ALL
  SELECT 'text search dictionary', n.nspname::text, t.dictname::text, '', d.description::text
  FROM pg_catalog.pg_ts_dict t JOIN pg_catalog.pg_namespace n ON n.oid = t.dictnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_ts_dict", "t.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_dict", "t.oid") R"SQL(
  UNION ALL
  SELECT 'publication', '', p.pubname::text, '', d.description::text
  FROM pg_catalog.pg_publication p
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_publication", "p.oid", "0") R"SQL(
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_publication", "p.oid") R"SQL(
  UNION ALL
  SELECT 'extension', n.nspname::text, x.extname::text, '', d.description::text
  FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_extension", "x.oid", "0") R"SQL(
  WHERE x.oid >= 16384 AND x.extname <> 'pgschemadiff'
  UNION ALL
  SELECT 'extension default', n.nspname::text, x.extname::text, '', a.comment::text
  FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
  JOIN pg_catalog.pg_available_extensions a ON a.name = x.extname
  WHERE x.oid >= 16384 AND x.extname <> 'pgschemadiff' AND a.comment IS NOT NULL
  UNION ALL
  SELECT 'statistics', n.nspname::text, s.stxname::text, '', d.description::text
  FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_statistic_ext", "s.oid", "0") R"SQL(
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_statistic_ext", "s.oid") R"SQL(
  UNION ALL
  SELECT 'domain constraint', n.nspname::text, t.typname::text, k.conname::text,
         d.description::text
  FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_type t ON t.oid = k.contypid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_constraint", "k.oid", "0") R"SQL(
  WHERE k.contype = 'c'
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
  UNION ALL
  SELECT 'foreign-data wrapper', '', w.fdwname::text, '', d.description::text
  FROM pg_catalog.pg_foreign_data_wrapper w
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_foreign_data_wrapper", "w.oid", "0") R"SQL(
  WHERE w.oid >= 16384
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_data_wrapper", "w.oid") R"SQL(
  UNION ALL
  SELECT 'server', '', s.srvname::text, '', d.description::text
  FROM pg_catalog.pg_foreign_server s
  )SQL" PSD_DESCRIPTION("pg_catalog.pg_foreign_server", "s.oid", "0") R"SQL(
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_server", "s.oid") R"SQL(
) x
ORDER BY x.kind COLLATE "C", x.schema COLLATE "C", x.name COLLATE "C", x.sub COLLATE "C"
)SQL";

// Owners (ALTER … OWNER TO) of the kinds the core migrates, named as the
// model names objects (see kComments), with the keyword ALTER takes for each
// (`sql_kind`). A kind gets owners with one branch here. Indexes follow their
// table; identity sequences their column; a sequence OWNED BY a column
// (`linked`) follows its table, so it gets no statement of its own.
const char *const kOwners = R"SQL(
SELECT x.* FROM (
  SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                        WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE 'table' END
           AS kind,
         n.nspname::text AS schema, c.relname::text AS name, ''::text AS sub,
         CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                        WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END
           AS sql_kind,
         pg_catalog.pg_get_userbyid(c.relowner)::text AS owner,
         (c.relkind = 'S' AND EXISTS (
            SELECT 1 FROM pg_catalog.pg_depend l
            WHERE l.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND l.objid = c.oid
              AND l.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
              AND l.refobjsubid > 0 AND l.deptype = 'a'))::text AS linked
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
    AND )SQL" PSD_NOT_INTERNAL("pg_catalog.pg_class", "c.oid") R"SQL(
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
         CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
         pg_catalog.pg_get_userbyid(p.proowner)::text, 'false'
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a', 'w')
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_proc", "p.oid") R"SQL(
    AND )SQL" PSD_NOT_INTERNAL("pg_catalog.pg_proc", "p.oid") R"SQL(
  UNION ALL
  SELECT 'type', n.nspname::text, t.typname::text, '',
         CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
         pg_catalog.pg_get_userbyid(t.typowner)::text, 'false'
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r
                                         WHERE r.oid = t.typrelid AND r.relkind = 'c')))
    AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
  UNION ALL
  SELECT 'schema', n.nspname::text, '', '', 'SCHEMA',
         pg_catalog.pg_get_userbyid(n.nspowner)::text, 'false'
  FROM pg_catalog.pg_namespace n
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_namespace", "n.oid") R"SQL(
  UNION ALL
  SELECT 'collation', n.nspname::text, c.collname::text, '', 'COLLATION',
         pg_catalog.pg_get_userbyid(c.collowner)::text, 'false'
  FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_collation", "c.oid") R"SQL(
  UNION ALL
  SELECT 'text search configuration', n.nspname::text, c.cfgname::text, '',
         'TEXT SEARCH CONFIGURATION', pg_catalog.pg_get_userbyid(c.cfgowner)::text, 'false'
  FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_config", "c.oid") R"SQL(
  UNION ALL
  SELECT 'text search dictionary', n.nspname::text, t.dictname::text, '',
         'TEXT SEARCH DICTIONARY', pg_catalog.pg_get_userbyid(t.dictowner)::text, 'false'
  FROM pg_catalog.pg_ts_dict t JOIN pg_catalog.pg_namespace n ON n.oid = t.dictnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_dict", "t.oid") R"SQL(
  UNION ALL
  SELECT 'statistics', n.nspname::text, s.stxname::text, '', 'STATISTICS',
         pg_catalog.pg_get_userbyid(s.stxowner)::text, 'false'
  FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
  WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_statistic_ext", "s.oid") R"SQL(
  UNION ALL
  SELECT 'publication', '', p.pubname::text, '', 'PUBLICATION',
         pg_catalog.pg_get_userbyid(p.pubowner)::text, 'false'
  FROM pg_catalog.pg_publication p
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_publication", "p.oid") R"SQL(
  UNION ALL
  SELECT 'foreign-data wrapper', '', w.fdwname::text, '', 'FOREIGN DATA WRAPPER',
         pg_catalog.pg_get_userbyid(w.fdwowner)::text, 'false'
  FROM pg_catalog.pg_foreign_data_wrapper w
  WHERE w.oid >= 16384
    AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_data_wrapper", "w.oid") R"SQL(
  UNION ALL
  SELECT 'server', '', s.srvname::text, '', 'SERVER',
         pg_catalog.pg_get_userbyid(s.srvowner)::text, 'false'
  FROM pg_catalog.pg_foreign_server s
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_server", "s.oid") R"SQL(
  UNION ALL
  SELECT 'event trigger', fn.nspname::text, v.evtname::text, '', 'EVENT TRIGGER',
         pg_catalog.pg_get_userbyid(v.evtowner)::text, 'false'
  FROM pg_catalog.pg_event_trigger v JOIN pg_catalog.pg_proc f ON f.oid = v.evtfoid
  JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_event_trigger", "v.oid") R"SQL(
) x
ORDER BY x.kind COLLATE "C", x.schema COLLATE "C", x.name COLLATE "C", x.sub COLLATE "C"
)SQL";

// Domains with their default, NOT NULL and check constraints (PostgreSQL 17
// also lists NOT NULL as a constraint, contype 'n': that is typnotnull here).
const char *const kDomains = R"SQL(
SELECT n.nspname::text AS schema, t.typname::text AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull::text AS not_null,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expr,
       CASE WHEN t.typcollation <> b.typcollation THEN cn.nspname::text END AS collation_schema,
       CASE WHEN t.typcollation <> b.typcollation THEN co.collname::text END AS collation_name,
       ARRAY(SELECT k.conname::text FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c'
             ORDER BY k.conname COLLATE "C")::text AS constraint_names,
       ARRAY(SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c'
             ORDER BY k.conname COLLATE "C")::text AS constraint_defs
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
)SQL";

// Attributes of composite types (CREATE TYPE ... AS (...)), one row each; a
// composite type without attributes has one row with NULL attribute.
const char *const kComposites = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name, a.attname::text AS attribute,
       a.attnum::text AS position, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname::text END AS collation_schema,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE c.relkind = 'c'
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
)SQL";

// Publications (outside schemas). Owners: kOwners.
const char *const kPublications = R"SQL(
SELECT p.pubname::text AS name, p.puballtables::text AS all_tables,
       p.pubinsert::text AS publish_insert, p.pubupdate::text AS publish_update,
       p.pubdelete::text AS publish_delete, p.pubtruncate::text AS publish_truncate,
       p.pubviaroot::text AS via_root
FROM pg_catalog.pg_publication p
WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_publication", "p.oid") R"SQL(
ORDER BY p.pubname COLLATE "C"
)SQL";

// The tables of each publication, with their column list and row filter
// (PG15+), and (PG15+) its FOR TABLES IN SCHEMA schemas, as kind 'schema'.
#define PSD_PUBLICATION_TABLES(columns_expr, filter_expr)                                          \
	"SELECT p.pubname::text AS publication, 'table'::text AS kind, n.nspname::text AS schema,"     \
	" c.relname::text AS name, " columns_expr " AS columns, " filter_expr " AS row_filter"         \
	" FROM pg_catalog.pg_publication_rel r"                                                        \
	" JOIN pg_catalog.pg_publication p ON p.oid = r.prpubid"                                       \
	" JOIN pg_catalog.pg_class c ON c.oid = r.prrelid"                                             \
	" JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"                                    \
	" WHERE " PSD_NOT_EXT_MEMBER("pg_catalog.pg_publication", "p.oid")

const char *const kPublicationObjects13 = "SELECT x.* FROM (" PSD_PUBLICATION_TABLES(
    "NULL::text", "NULL::text") ") x ORDER BY x.publication COLLATE \"C\", x.kind COLLATE \"C\","
                                " x.schema COLLATE \"C\", x.name COLLATE \"C\"";

const char *const kPublicationObjects15 = "SELECT x.* FROM (" PSD_PUBLICATION_TABLES(
    "CASE WHEN r.prattrs IS NOT NULL THEN ARRAY(SELECT a.attname::text"
    " FROM pg_catalog.pg_attribute a WHERE a.attrelid = r.prrelid"
    " AND a.attnum = ANY (r.prattrs::pg_catalog.int2[]) ORDER BY a.attnum)::text END",
    "pg_catalog.pg_get_expr(r.prqual, r.prrelid)") R"SQL(
  UNION ALL
  SELECT p.pubname::text, 'schema', n.nspname::text, '', NULL::text, NULL::text
  FROM pg_catalog.pg_publication_namespace pn
  JOIN pg_catalog.pg_publication p ON p.oid = pn.pnpubid
  JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
  WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_publication", "p.oid") R"SQL(
) x
ORDER BY x.publication COLLATE "C", x.kind COLLATE "C", x.schema COLLATE "C", x.name COLLATE "C"
)SQL";

// Text search dictionaries; `options` is dictinitoption as the server keeps
// it (serialize_deflist: name = 'value', ...).
const char *const kTextSearchDictionaries = R"SQL(
SELECT n.nspname::text AS schema, d.dictname::text AS name,
       tn.nspname::text AS template_schema, t.tmplname::text AS template_name,
       d.dictinitoption::text AS options
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_dict", "d.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", d.dictname COLLATE "C"
)SQL";

// Text search configurations, one row per mapped token type (named by the
// parser's alias, as pg_dump does) with its dictionaries in mapseqno order;
// a configuration without mappings has one row with NULL token.
const char *const kTextSearchConfigurations = R"SQL(
SELECT n.nspname::text AS schema, c.cfgname::text AS name,
       pn.nspname::text AS parser_schema, p.prsname::text AS parser_name,
       m.token, m.dict_schemas, m.dict_names
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
LEFT JOIN LATERAL (
  SELECT t.alias::text AS token,
         ARRAY(SELECT dn.nspname::text FROM pg_catalog.pg_ts_config_map cm
               JOIN pg_catalog.pg_ts_dict d ON d.oid = cm.mapdict
               JOIN pg_catalog.pg_namespace dn ON dn.oid = d.dictnamespace
               WHERE cm.mapcfg = c.oid AND cm.maptokentype = t.tokid
               ORDER BY cm.mapseqno)::text AS dict_schemas,
         ARRAY(SELECT d.dictname::text FROM pg_catalog.pg_ts_config_map cm
               JOIN pg_catalog.pg_ts_dict d ON d.oid = cm.mapdict
               WHERE cm.mapcfg = c.oid AND cm.maptokentype = t.tokid
               ORDER BY cm.mapseqno)::text AS dict_names
  FROM pg_catalog.ts_token_type(c.cfgparser) t
  WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config_map cm
                WHERE cm.mapcfg = c.oid AND cm.maptokentype = t.tokid)
) m ON true
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_config", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.cfgname COLLATE "C", m.token COLLATE "C"
)SQL";

// Storage parameters (the toast table's prefixed "toast.", as pg_dump prints
// them) and replica identity, only for tables where one differs from the
// default: most tables have neither.
const char *const kTableOptions = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name,
       COALESCE(c.reloptions, '{}')::text AS options,
       COALESCE(ARRAY(SELECT 'toast.' || o FROM pg_catalog.unnest(tc.reloptions) o), '{}')::text
         AS toast_options,
       c.relreplident::text AS replica_identity,
       (SELECT i.relname::text FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_index,
       (SELECT i.relname::text FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisclustered) AS cluster_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
WHERE c.relkind IN ('r', 'p')
  AND (c.reloptions IS NOT NULL OR tc.reloptions IS NOT NULL OR c.relreplident <> 'd'
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = c.oid AND x.indisclustered))
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
)SQL";

// The settings of a column a (of relation c, type t) as kColumnOptions and
// kRelationColumnOptions read them, and the filter that keeps the columns
// with any setting (used inside a subquery x).
// clang-format off
#define PSD_COLUMN_SETTINGS(compression)                                                           \
	"       a.attnum, NULLIF(a.attstattarget, -1)::text AS statistics,\n"                           \
	"       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,\n"        \
	"       t.typstorage::text AS type_storage,\n"                                                   \
	"       " compression " AS compression,\n"                                                       \
	"       ARRAY(SELECT o FROM pg_catalog.unnest(a.attoptions) AS o\n"                              \
	"             WHERE o LIKE 'n\\_distinct=%' OR o LIKE 'n\\_distinct\\_inherited=%') AS options\n" \
	"FROM pg_catalog.pg_attribute a\n"                                                               \
	"JOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n"                                             \
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"                                     \
	"JOIN pg_catalog.pg_type t ON t.oid = a.atttypid\n"
#define PSD_SOME_COLUMN_SETTING                                                                    \
	"WHERE x.statistics IS NOT NULL OR x.storage IS NOT NULL OR x.compression IS NOT NULL\n"          \
	"   OR x.options <> '{}'\n"
// clang-format on

// Per-column settings pg_dump prints with ALTER TABLE ONLY ... ALTER COLUMN:
// the statistics target (SET STATISTICS), a storage differing from the
// type's (SET STORAGE), a compression method (SET COMPRESSION, PG14+) and
// the planner's attribute options (SET (n_distinct = ...)); only columns with
// one of them. attstattarget is NULL for the default since PG17 (-1 before).
// Only the documented attribute options are read: a server may keep private
// entries in attoptions (this one stamps every column with pg_attver), which
// pg_dump does not print and no migration can set.
// clang-format off
#define PSD_COLUMN_OPTIONS(compression)                                                            \
	"SELECT x.schema, x.table_name, x.name, x.statistics, x.storage, x.type_storage,\n"             \
	"       x.compression, x.options::text AS options FROM (\n"                                      \
	"SELECT n.nspname::text AS schema, c.relname::text AS table_name, a.attname::text AS name,\n"   \
	PSD_COLUMN_SETTINGS(compression)                                                               \
	"WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')\n"                        \
	"  AND " PSD_USER_SCHEMA("n") "\n"                                                               \
	"  AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") "\n"                                 \
	") x\n"                                                                                          \
	PSD_SOME_COLUMN_SETTING                                                                        \
	"ORDER BY x.schema COLLATE \"C\", x.table_name COLLATE \"C\", x.attnum\n"
// clang-format on

// Extended statistics (CREATE STATISTICS), as pg_get_statisticsobjdef
// prints them (kinds, columns and expressions, the table), with their own
// statistics target (-1 = default up to 16, NULL since 17).
const char *const kStatistics = R"SQL(
SELECT n.nspname::text AS schema, s.stxname::text AS name, cn.nspname::text AS table_schema,
       c.relname::text AS table_name, pg_catalog.pg_get_statisticsobjdef(s.oid) AS definition,
       NULLIF(s.stxstattarget, -1)::text AS statistics
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
WHERE )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_statistic_ext", "s.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", s.stxname COLLATE "C"
)SQL";

// Defaults of view columns (ALTER VIEW ... ALTER COLUMN ... SET DEFAULT:
// what an INSERT through an updatable view, or a rule, gets).
const char *const kViewColumnDefaults = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS view_name, a.attname::text AS column_name,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr
FROM pg_catalog.pg_attrdef ad
JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
WHERE c.relkind = 'v' AND NOT a.attisdropped
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attname COLLATE "C"
)SQL";

// The clones of a partitioned table's trigger on its partitions whose
// enabled state differs from their parent trigger's (ALTER TABLE partition
// DISABLE TRIGGER ..., as pg_dump prints it); the parent is the trigger the
// clone was made from (itself a clone on a sub-partitioned partition).
// Every cast of the server, built-in ones included (a few hundred rows): a
// column type change between types with no cast at all goes through text.
const char *const kCastPaths = R"SQL(
SELECT c.source, c.target
FROM (SELECT pg_catalog.format_type(k.castsource, NULL) AS source,
             pg_catalog.format_type(k.casttarget, NULL) AS target
      FROM pg_catalog.pg_cast k) c
ORDER BY c.source COLLATE "C", c.target COLLATE "C"
)SQL";

const char *const kCloneTriggerStates = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS table_name, g.tgname::text AS name,
       g.tgenabled::text AS enabled
FROM pg_catalog.pg_trigger g
JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_trigger p ON p.oid = g.tgparentid
WHERE g.tgparentid <> 0 AND g.tgenabled <> p.tgenabled
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", g.tgname COLLATE "C"
)SQL";

// The same settings on the columns of materialized views, foreign tables and
// indexes (an index's columns are named by number: ALTER INDEX ... ALTER
// COLUMN 2 SET STATISTICS; only expression columns take a target). The
// table_name of an index is its table's; of the others, the relation itself.
// clang-format off
#define PSD_RELATION_COLUMN_OPTIONS(compression)                                                   \
	"SELECT x.schema, x.relation, x.relkind, x.table_name, x.name, x.attnum::text AS attnum,\n"    \
	"       x.statistics, x.storage, x.type_storage, x.compression, x.options::text AS options\n"   \
	"FROM (\n"                                                                                      \
	"SELECT n.nspname::text AS schema, c.relname::text AS relation, c.relkind::text AS relkind,\n"  \
	"       COALESCE(tc.relname, c.relname)::text AS table_name, a.attname::text AS name,\n"        \
	PSD_COLUMN_SETTINGS(compression)                                                               \
	"LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid\n"                                      \
	"LEFT JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid\n"                                      \
	"WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('m', 'f', 'i', 'I')\n"              \
	"  AND " PSD_USER_SCHEMA("n") "\n"                                                               \
	"  AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") "\n"                                 \
	") x\n"                                                                                          \
	PSD_SOME_COLUMN_SETTING                                                                        \
	"ORDER BY x.schema COLLATE \"C\", x.relation COLLATE \"C\", x.attnum\n"
// clang-format on

const char *const kRelationColumnOptions13 = PSD_RELATION_COLUMN_OPTIONS("NULL::text");
const char *const kRelationColumnOptions14 = PSD_RELATION_COLUMN_OPTIONS(
    "CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4'"
    " ELSE NULLIF(a.attcompression::text, '') END");

// Tables and materialized views stored with another table access method
// than heap (CREATE ACCESS METHOD ... TYPE TABLE): ALTER ... SET ACCESS
// METHOD. A partitioned table has none before 17 (relam 0: no row).
const char *const kAccessMethods = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name, c.relkind::text AS relkind,
       am.amname::text AS access_method
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_am am ON am.oid = c.relam
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm') AND am.amname <> 'heap'
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
)SQL";

const char *const kColumnOptions13 = PSD_COLUMN_OPTIONS("NULL::text");
// attcompression is a code ('p', 'l'); SET COMPRESSION takes the method's name.
const char *const kColumnOptions14 = PSD_COLUMN_OPTIONS(
    "CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4'"
    " ELSE NULLIF(a.attcompression::text, '') END");

// Default privileges: every pg_default_acl entry ('entry'; one row with NULL
// grantee when it grants nothing), and what a role without a global entry
// gets ('builtin': acldefault of each object type, grantee '' = the role
// itself), so that the core never hard-codes a server's defaults. acldefault
// spells sequences 's' ('S' is a foreign server there), as pg_dump maps it.
const char *const kDefaultPrivileges = R"SQL(
SELECT x.* FROM (
  SELECT 'entry'::text AS source, pg_catalog.pg_get_userbyid(d.defaclrole)::text AS role,
         COALESCE(n.nspname::text, '') AS schema, d.defaclobjtype::text AS object_type,
         CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END
           AS grantee,
         a.privilege_type::text AS privilege, pg_catalog.bool_or(a.is_grantable)::text AS grantable
  FROM pg_catalog.pg_default_acl d
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
  LEFT JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) a ON true
  WHERE d.defaclnamespace = 0 OR )SQL" PSD_USER_SCHEMA("n") R"SQL(
  GROUP BY 1, 2, 3, 4, 5, 6
  UNION ALL
  SELECT 'builtin', '', '', t.objtype::text,
         CASE WHEN a.grantee = 0 THEN 'public' ELSE '' END, a.privilege_type::text,
         a.is_grantable::text
  FROM (VALUES ('r', 'r'), ('S', 's'), ('f', 'f'), ('T', 'T'), ('n', 'n')) t(objtype, acltype),
       LATERAL pg_catalog.aclexplode(pg_catalog.acldefault(t.acltype::"char", 10::pg_catalog.oid)) a
) x
ORDER BY x.source COLLATE "C", x.role COLLATE "C", x.schema COLLATE "C",
         x.object_type COLLATE "C", x.grantee COLLATE "C", x.privilege COLLATE "C"
)SQL";

// Role names: default privileges are only migrated for roles that exist
// here; and the role calling schema_diff, whose defaults objects created by
// the migration are assumed to get.
const char *const kRoles = R"SQL(
SELECT r.rolname::text AS name, (r.rolname = current_user)::text AS is_current_user
FROM pg_catalog.pg_roles r ORDER BY r.rolname COLLATE "C"
)SQL";

// Foreign servers (their wrapper comes from an extension); options as
// "name=value" text. User mappings: kUserMappings (queries_system.hpp).
// Foreign-data wrappers a user made (not of an extension, not built in):
// HANDLER / VALIDATOR functions (name for the clause; schema, name and
// identity arguments to order them), options.
const char *const kForeignDataWrappers = R"SQL(
SELECT w.fdwname::text AS name,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::pg_catalog.regproc::text END AS handler,
       hn.nspname::text AS handler_schema, h.proname::text AS handler_name,
       pg_catalog.pg_get_function_identity_arguments(h.oid) AS handler_args,
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::pg_catalog.regproc::text END AS validator,
       vn.nspname::text AS validator_schema, v.proname::text AS validator_name,
       pg_catalog.pg_get_function_identity_arguments(v.oid) AS validator_args,
       COALESCE(w.fdwoptions, '{}')::text AS options
FROM pg_catalog.pg_foreign_data_wrapper w
LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
WHERE w.oid >= 16384
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_data_wrapper", "w.oid") R"SQL(
ORDER BY w.fdwname COLLATE "C"
)SQL";

const char *const kForeignServers = R"SQL(
SELECT s.srvname::text AS name, w.fdwname::text AS wrapper, s.srvtype::text AS type,
       s.srvversion::text AS version, COALESCE(s.srvoptions, '{}')::text AS options,
       EXISTS (SELECT 1 FROM pg_catalog.pg_user_mappings m WHERE m.srvid = s.oid)::text
         AS has_user_mappings
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_foreign_server", "s.oid") R"SQL(
ORDER BY s.srvname COLLATE "C"
)SQL";

// Foreign tables, one row per column (a table without columns has one row
// with NULL column). Foreign partitions and inheritance children are left
// to the unsupported report.
const char *const kForeignTables = R"SQL(
SELECT n.nspname::text AS schema, c.relname::text AS name, s.srvname::text AS server,
       COALESCE(ft.ftoptions, '{}')::text AS options, a.attname::text AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull::text AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       COALESCE(a.attfdwoptions, '{}')::text AS column_options
FROM pg_catalog.pg_foreign_table ft
JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid)
  AND )SQL" PSD_USER_SCHEMA("n") R"SQL(
  AND )SQL" PSD_NOT_EXT_MEMBER("pg_catalog.pg_class", "c.oid") R"SQL(
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
)SQL";

// The long tail of kinds pg_dump prints (dumpBaseType, dumpShellType,
// dumpOpr, dumpOpfamily, dumpOpclass, dumpCast, dumpConversion,
// dumpProcLang, dumpTransform, dumpAccessMethod), one row shape for all:
// kind, schema, name, args (what tells apart objects of one name: an
// operator's argument types, the access method of a family or class, a
// transform's language) and attrs, a text array of "key=value" (a NULL value
// leaves its key out). References to types, functions and operators are the
// server's own text (format_type, regproc, regprocedure, regoperator: fully
// qualified under search_path = pg_catalog); names are raw, quoted by the
// renderer. Members of operator families and classes, and the user-schema
// I/O functions of base types, are rows "<owner kind> member" of their owner,
// with a "key" attribute. Casts and transforms count as being in the schema
// of their user type (for include_schemas), else ''. Only objects a user made
// (not built in, not of an extension).
#define PSD_LONG_TAIL(subscript_attr)                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	"SELECT x.kind, x.schema, x.name, x.args,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	" pg_catalog.array_remove(x.attrs, NULL)::text AS attrs FROM (" /* base types */                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	" SELECT 'base type' AS kind, n.nspname::text AS schema, t.typname::text AS name,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	" ''::text AS args, ARRAY["                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	"'input=' || t.typinput::text, 'output=' || t.typoutput::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	"'receive=' || " PSD_LT_PROC("t.typreceive") ", 'send=' || " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	    "t.typsend") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                 "'typmod_in=' || " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                     "t.typmodin") ", 'typmod_out=' || " PSD_LT_PROC("t.typmodout") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                    "'analyze"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                    "=' "                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                    "||"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                    " " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                        "t."                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                        "typa"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                        "naly"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                        "ze") ", " subscript_attr                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                              ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                              "'internallength=' || t.typlen, 'passedbyvalue=' || t.typbyval,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                              "'alignment=' || t.typalign::text, 'storage=' || t.typstorage::text, 'category=' || t.typcategory::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                              "'preferred=' || t.typispreferred, 'default=' || t.typdefault,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                              "'element=' || " PSD_LT_ARGTYPE("t.typelem") ", 'delimiter=' || t.typdelim::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                           "'collatable=' || (t.typcollation <> 0)] AS attrs"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                           " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                           " WHERE t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                           " WHERE e.typarray = t.oid) AND " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_type", "t.oid") "" /* the I/O functions of base types that a user schema holds */                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                            " UNION ALL SELECT 'base type member', n.nspname::text, t.typname::text, '',"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                                                                                                                                                                                            " ARRAY['key=' || f.role, 'schema=' || pn.nspname, 'name=' || p.proname,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                            " 'args=' || pg_catalog.pg_get_function_identity_arguments(p.oid)]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                            " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                                                                                                                                                                                            " CROSS JOIN LATERAL (VALUES ('input', t.typinput::pg_catalog.oid),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                            " ('output', t.typoutput), ('receive', t.typreceive), ('send', t.typsend),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                            " ('typmod_in', t.typmodin), ('typmod_out', t.typmodout), ('analyze', t.typanalyze)) f(role, fn)"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                            " JOIN pg_catalog.pg_proc p ON p.oid = f.fn"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                            " JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                                                                                                                                                                                            " WHERE t.typtype = 'b' AND " PSD_USER_SCHEMA("n") " AND " PSD_USER_SCHEMA(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                "pn") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_type",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                 "t.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                          " UNION ALL SELECT 'shell type', n.nspname::text, t.typname::text, '', ARRAY[]::text[]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                                                                                                                                                                                                                                          " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                          " WHERE t.typtype = 'p' AND NOT t.typisdefined AND " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                              "pg_catalog.pg_type",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                              "t.oid") "" /* operators (shells, made by a COMMUTATOR/NEGATOR naming them, have no function) */                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                       " UNION ALL SELECT 'operator', n.nspname::text, o.oprname::text, " PSD_LT_OPR_ARGS                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                                                                                                                                                                                                                                                       ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                       " ARRAY['function=' || o.oprcode::text, 'leftarg=' || " PSD_LT_ARGTYPE("o.oprleft") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                           " 'rightarg=' || " PSD_LT_ARGTYPE("o.oprright") ", 'commutator_schema=' || cn.nspname,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                           " 'commutator_name=' || co.oprname, 'negator_schema=' || nn.nspname,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                           " 'negator_name=' || ng.oprname, 'restrict=' || " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                               "o.oprrest") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " 'join=' || " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                "o.oprjoin") ", 'hashes=' || o.oprcanhash,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " 'merges=' || o.oprcanmerge]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " LEFT JOIN pg_catalog.pg_operator co ON co.oid = o.oprcom"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.oprnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " LEFT JOIN pg_catalog.pg_operator ng ON ng.oid = o.oprnegate"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = ng.oprnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             " WHERE o.oprcode <> 0 AND " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 "pg_catalog.pg_operator",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 "o.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " UNION ALL SELECT 'operator family', n.nspname::text, f.opfname::text, am.amname::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " ARRAY[]::text[]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " WHERE " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              "pg_catalog.pg_opfamily",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              "f.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       " UNION ALL SELECT 'operator class', n.nspname::text, c.opcname::text, am.amname::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       " ARRAY['type=' || pg_catalog.format_type(c.opcintype, NULL), 'default=' || c.opcdefault,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       " 'family_schema=' || fn.nspname, 'family_name=' || f.opfname,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       " 'storage=' || " PSD_LT_ARGTYPE("c.opckeytype") "]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        " FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        " JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        " JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        " JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        " WHERE " PSD_USER_SCHEMA(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            "n") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_opclass",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            "c.oid") "" /* members: of the class that made them, else loosely of the family */                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     " UNION ALL SELECT CASE WHEN m.class IS NULL THEN 'operator family member'"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     " ELSE 'operator class member' END, mn.nspname::text, m.owner::text, am.amname::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     " m.attrs FROM ("                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     " SELECT f.oid AS family, " PSD_LT_CLASS_OF("pg_catalog.pg_amop",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 "a.oid") " AS class,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " ARRAY['key=operator ' || a.amopstrategy || ' (' || pg_catalog.format_type(a.amoplefttype, NULL)"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " || ',' || pg_catalog.format_type(a.amoprighttype, NULL) || ')', 'member=operator',"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " 'number=' || a.amopstrategy, 'lefttype=' || pg_catalog.format_type(a.amoplefttype, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " 'righttype=' || pg_catalog.format_type(a.amoprighttype, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " 'operator=' || a.amopopr::pg_catalog.regoperator::text, 'purpose=' || a.amoppurpose::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " 'sort_schema=' || sn.nspname, 'sort_name=' || sf.opfname] AS attrs, NULL::text AS owner"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " FROM pg_catalog.pg_amop a JOIN pg_catalog.pg_opfamily f ON f.oid = a.amopfamily"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = a.amopsortfamily"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sf.opfnamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " UNION ALL SELECT f.oid, " PSD_LT_CLASS_OF("pg_catalog.pg_amproc",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      "p.oid") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " ARRAY['key=function ' || p.amprocnum || ' (' || pg_catalog.format_type(p.amproclefttype, NULL)"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " || ',' || pg_catalog.format_type(p.amprocrighttype, NULL) || ')', 'member=function',"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " 'number=' || p.amprocnum, 'lefttype=' || pg_catalog.format_type(p.amproclefttype, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " 'righttype=' || pg_catalog.format_type(p.amprocrighttype, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " 'function=' || p.amproc::pg_catalog.oid::pg_catalog.regprocedure::text], NULL"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " FROM pg_catalog.pg_amproc p JOIN pg_catalog.pg_opfamily f ON f.oid = p.amprocfamily"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " ) m0 CROSS JOIN LATERAL (SELECT m0.class, m0.attrs,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " COALESCE((SELECT c.opcname FROM pg_catalog.pg_opclass c WHERE c.oid = m0.class),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " (SELECT f.opfname FROM pg_catalog.pg_opfamily f WHERE f.oid = m0.family)) AS owner,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " COALESCE((SELECT c.opcnamespace FROM pg_catalog.pg_opclass c WHERE c.oid = m0.class),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " (SELECT f.opfnamespace FROM pg_catalog.pg_opfamily f WHERE f.oid = m0.family)) AS nsp) m"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " JOIN pg_catalog.pg_namespace mn ON mn.oid = m.nsp"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " JOIN pg_catalog.pg_opfamily mf ON mf.oid = m0.family"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " JOIN pg_catalog.pg_am am ON am.oid = mf.opfmethod"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               " WHERE " PSD_USER_SCHEMA("mn") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_opfamily", "m0.family") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 " UNION ALL SELECT 'cast', COALESCE(" PSD_TYPE_SCHEMA("c.castsource") ", " PSD_TYPE_SCHEMA("c.casttarget") ", ''),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " '', ARRAY['source=' || pg_catalog.format_type(c.castsource, NULL),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " 'target=' || pg_catalog.format_type(c.casttarget, NULL), 'method=' || c.castmethod::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " 'context=' || c.castcontext::text, 'function=' || CASE WHEN c.castfunc <> 0"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " THEN c.castfunc::pg_catalog.regprocedure::text END]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " FROM pg_catalog.pg_cast c"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            " WHERE " PSD_USER_OBJECT("pg_catalog.pg_cast", "c.oid") " AND " PSD_NOT_INTERNAL(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                "pg_catalog.pg_cast",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                "c.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " UNION ALL SELECT 'conversion', n.nspname::text, c.conname::text, '',"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " ARRAY['for=' || pg_catalog.pg_encoding_to_char(c.conforencoding),"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " 'to=' || pg_catalog.pg_encoding_to_char(c.contoencoding), 'function=' || c.conproc::text,"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " 'default=' || c.condefault]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " WHERE " PSD_USER_SCHEMA("n") " AND " PSD_NOT_EXT_MEMBER(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             "pg_catalog.pg_conversion",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             "c.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " UNION ALL SELECT 'language', '', l.lanname::text, '',"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " ARRAY['trusted=' || l.lanpltrusted, 'handler=' || " PSD_LT_PROC("l.lanplcallfoid") ","                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           " 'inline=' || " PSD_LT_PROC(                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               "l.laninline") ", 'validator=' || " PSD_LT_PROC("l.lanvalidator") "]"                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 " FROM pg_catalog.pg_language l WHERE l.lanispl AND " PSD_USER_OBJECT(                                                                                                                                                                                                                                                                                                                                                                                                                                                                     \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     "pg_catalog.pg_language",                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     "l.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              " UNION ALL SELECT 'transform', COALESCE(" PSD_TYPE_SCHEMA("x.trftype") ", ''),"                                                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " pg_catalog.format_type(x.trftype, NULL), l.lanname::text,"                                                                                                                                                                                                                                                                                                                                                                                          \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " ARRAY['fromsql=' || CASE WHEN x.trffromsql <> 0"                                                                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " THEN x.trffromsql::pg_catalog.oid::pg_catalog.regprocedure::text END,"                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " 'tosql=' || CASE WHEN x.trftosql <> 0"                                                                                                                                                                                                                                                                                                                                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " THEN x.trftosql::pg_catalog.oid::pg_catalog.regprocedure::text END]"                                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " FROM pg_catalog.pg_transform x JOIN pg_catalog.pg_language l ON l.oid = x.trflang"                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      " WHERE " PSD_USER_OBJECT("pg_catalog.pg_transform",                                                                                                                                                                                                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                "x.oid") ""                                                                                                                                                                                                                                                                                                                                                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " UNION ALL SELECT 'text search parser', n.nspname::text, p.prsname::text, '',"                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " ARRAY['start=' || p.prsstart::text, 'gettoken=' || p.prstoken::text,"                                                                                                                                                                                                                                                                                                                                            \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " 'end=' || p.prsend::text, 'lextypes=' || p.prslextype::text,"                                                                                                                                                                                                                                                                                                                                                    \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " 'headline=' || " PSD_LT_PROC("p.prsheadline") "]"                                                                                                                                                                                                                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace"                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " WHERE " PSD_USER_SCHEMA(                                                                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             "n") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_parser", "p.oid") ""                                                                                                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 " UNION ALL SELECT 'text search template', n.nspname::text, t.tmplname::text, '',"                                                                                                                                                                                                         \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 " ARRAY['init=' || " PSD_LT_PROC("t.tmplinit") ", 'lexize=' || t.tmpllexize::text]"                                                                                                                                                                                                        \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                " FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace"                                                                                                                                               \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                " WHERE " PSD_USER_SCHEMA(                                                                                                                                                                                                                  \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    "n") " AND " PSD_NOT_EXT_MEMBER("pg_catalog.pg_ts_template", "t.oid") ""                                                                                                                                                                \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " UNION ALL SELECT 'access method', '', a.amname::text, '',"                                                                                                      \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " ARRAY['type=' || a.amtype::text, 'handler=' || a.amhandler::text]"                                                                                              \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          " FROM pg_catalog.pg_am a WHERE " PSD_USER_OBJECT("pg_catalog.pg_am", "a.oid") ""                                                                                 \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         ") x ORDER BY x.kind COLLATE \"C\", x.schema COLLATE \"C\", x.name COLLATE \"C\"," \
	                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         " x.args COLLATE \"C\", x.attrs::text COLLATE \"C\""
const char *const kLongTail13 = PSD_LONG_TAIL("NULL::text");
const char *const kLongTail14 = PSD_LONG_TAIL("'subscript=' || " PSD_LT_PROC("t.typsubscript"));

constexpr CatalogQuery kQueries[] = {
    {QueryId::kSchemas, "schemas", kMinServerVersion, kMaxServerVersion, kSchemas},
    {QueryId::kExtensions, "extensions", kMinServerVersion, kMaxServerVersion, kExtensions},
    {QueryId::kCollations, "collations", 130000, 149999, kCollations13},
    {QueryId::kCollations, "collations", 150000, 159999, kCollations15},
    {QueryId::kCollations, "collations", 160000, 169999, kCollations16},
    {QueryId::kCollations, "collations", 170000, kMaxServerVersion, kCollations17},
    {QueryId::kTables, "tables", kMinServerVersion, kMaxServerVersion, kTables},
    {QueryId::kColumns, "columns", kMinServerVersion, kMaxServerVersion, kColumns},
    {QueryId::kConstraints, "constraints", kMinServerVersion, kMaxServerVersion, kConstraints},
    {QueryId::kIndexes, "indexes", kMinServerVersion, kMaxServerVersion, kIndexes},
    {QueryId::kSequences, "sequences", kMinServerVersion, kMaxServerVersion, kSequences},
    {QueryId::kEnums, "enum types", kMinServerVersion, kMaxServerVersion, kEnums},
    {QueryId::kViews, "views", kMinServerVersion, kMaxServerVersion, kViews, true},
    {QueryId::kRoutines, "functions", kMinServerVersion, kMaxServerVersion, kRoutines},
    {QueryId::kTriggers, "triggers", kMinServerVersion, kMaxServerVersion, kTriggers},
    {QueryId::kPolicies, "policies", kMinServerVersion, kMaxServerVersion, kPolicies},
    {QueryId::kDependencies, "dependencies", kMinServerVersion, kMaxServerVersion, kDependencies,
     false, true},
    {QueryId::kPrivileges, "privileges", kMinServerVersion, kMaxServerVersion, kPrivileges},
    {QueryId::kUnsupported, "objects not yet supported", kMinServerVersion, kMaxServerVersion,
     kUnsupported},
    {QueryId::kUnsupportedSettings, "settings not yet supported", kMinServerVersion,
     kMaxServerVersion, kUnsupportedSettings},
    {QueryId::kComments, "comments", kMinServerVersion, kMaxServerVersion, kComments},
    {QueryId::kDomains, "domains", kMinServerVersion, kMaxServerVersion, kDomains},
    {QueryId::kComposites, "composite types", kMinServerVersion, kMaxServerVersion, kComposites},
    {QueryId::kAggregates, "aggregates", kMinServerVersion, kMaxServerVersion, kAggregates},
    {QueryId::kRules, "rules", kMinServerVersion, kMaxServerVersion, kRules, true},
    {QueryId::kEventTriggers, "event triggers", kMinServerVersion, kMaxServerVersion,
     kEventTriggers},
    {QueryId::kRanges, "range types", 130000, 139999, kRanges13},
    {QueryId::kRanges, "range types", 140000, kMaxServerVersion, kRanges14},
    {QueryId::kPublications, "publications", kMinServerVersion, kMaxServerVersion, kPublications},
    {QueryId::kPublicationObjects, "publication tables", 130000, 149999, kPublicationObjects13},
    {QueryId::kPublicationObjects, "publication tables", 150000, kMaxServerVersion,
     kPublicationObjects15},
    {QueryId::kTextSearchDictionaries, "text search dictionaries", kMinServerVersion,
     kMaxServerVersion, kTextSearchDictionaries},
    {QueryId::kTextSearchConfigurations, "text search configurations", kMinServerVersion,
     kMaxServerVersion, kTextSearchConfigurations},
    {QueryId::kTableOptions, "table options", kMinServerVersion, kMaxServerVersion, kTableOptions},
    {QueryId::kColumnOptions, "column options", 130000, 139999, kColumnOptions13},
    {QueryId::kStatistics, "extended statistics", kMinServerVersion, kMaxServerVersion,
     kStatistics},
    {QueryId::kLongTail, "operators, base types, casts, languages", 130000, 139999, kLongTail13},
    {QueryId::kLongTail, "operators, base types, casts, languages", 140000, kMaxServerVersion,
     kLongTail14},
    {QueryId::kForeignDataWrappers, "foreign-data wrappers", kMinServerVersion, kMaxServerVersion,
     kForeignDataWrappers},
    {QueryId::kOwners, "owners", kMinServerVersion, kMaxServerVersion, kOwners},
    {QueryId::kColumnOptions, "column options", 140000, kMaxServerVersion, kColumnOptions14},
    {QueryId::kDefaultPrivileges, "default privileges", kMinServerVersion, kMaxServerVersion,
     kDefaultPrivileges},
    {QueryId::kRoles, "roles", kMinServerVersion, kMaxServerVersion, kRoles},
    {QueryId::kForeignServers, "foreign servers", kMinServerVersion, kMaxServerVersion,
     kForeignServers},
    {QueryId::kForeignTables, "foreign tables", kMinServerVersion, kMaxServerVersion,
     kForeignTables},
    {QueryId::kViewColumnDefaults, "view column defaults", kMinServerVersion, kMaxServerVersion,
     kViewColumnDefaults},
    {QueryId::kCloneTriggerStates, "partition trigger states", kMinServerVersion,
     kMaxServerVersion, kCloneTriggerStates},
    {QueryId::kCastPaths, "casts between types", kMinServerVersion, kMaxServerVersion,
     kCastPaths},
    {QueryId::kRelationColumnOptions, "column settings of views and indexes", kMinServerVersion,
     139999, kRelationColumnOptions13},
    {QueryId::kRelationColumnOptions, "column settings of views and indexes", 140000,
     kMaxServerVersion, kRelationColumnOptions14},
    {QueryId::kAccessMethods, "table access methods", kMinServerVersion, kMaxServerVersion,
     kAccessMethods},
    {QueryId::kSystemPrivileges, "privileges on system objects", kMinServerVersion,
     kMaxServerVersion, kSystemPrivileges},
    {QueryId::kUserMappings, "user mappings", kMinServerVersion, kMaxServerVersion, kUserMappings},
    {QueryId::kSubscriptions, "subscriptions", 130000, 139999, kSubscriptions13},
    {QueryId::kSubscriptions, "subscriptions", 140000, 149999, kSubscriptions14},
    {QueryId::kSubscriptions, "subscriptions", 150000, 159999, kSubscriptions15},
    {QueryId::kSubscriptions, "subscriptions", 160000, 169999, kSubscriptions16},
    {QueryId::kSubscriptions, "subscriptions", 170000, kMaxServerVersion, kSubscriptions17},
};

} // namespace

const char *
ExpectedColumns(QueryId id)
{
	switch (id) {
	case QueryId::kSchemas:
		return "name";
	case QueryId::kExtensions:
		return "name,schema,version,relocatable";
	case QueryId::kCollations:
		return "schema,name,provider,deterministic,lc_collate,lc_ctype,locale,icu_rules";
	case QueryId::kTables:
		return "schema,name,relkind,persistence,is_partition,is_child,row_security,"
		       "force_row_security,partition_key,partition_bound,parent_schemas,parent_names,"
		       "of_type_schema,of_type_name";
	case QueryId::kColumns:
		return "schema,table_name,name,position,type,type_kind,not_null,default_expr,identity,"
		       "generated,collation_schema,collation_name,is_local,inherited";
	case QueryId::kConstraints:
		return "schema,table_name,name,type,definition,columns,ref_schema,ref_table,inherited,"
		       "ref_columns";
	case QueryId::kIndexes:
		return "schema,table_name,name,definition,columns,inherited";
	case QueryId::kSequences:
		return "schema,name,data_type,start,increment,min_value,max_value,cache,cycle,persistence,"
		       "oid,owner_deptype,owner_schema,owner_table,owner_column";
	case QueryId::kSequenceValues:
		return "oid,last_value";
	case QueryId::kEnums:
		return "schema,name,labels";
	case QueryId::kViews:
		return "page_key,schema,name,relkind,definition,options,columns";
	case QueryId::kRoutines:
		return "schema,name,identity_args,kind,arguments,result,definition";
	case QueryId::kTriggers:
		return "schema,table_name,name,definition,enabled";
	case QueryId::kPolicies:
		return "schema,table_name,name,permissive,command,roles,using_expr,check_expr";
	case QueryId::kDependencies:
		return "dep_kind,dep_schema,dep_name,dep_sub,ref_kind,ref_schema,ref_name,ref_sub";
	case QueryId::kPrivileges:
		return "kind,schema,name,sub,grantee,privilege,grantable";
	case QueryId::kUnsupported:
	case QueryId::kUnsupportedSettings:
		return "kind,schema,identity,signature";
	case QueryId::kComments:
		return "kind,schema,name,sub,description";
	case QueryId::kOwners:
		return "kind,schema,name,sub,sql_kind,owner,linked";
	case QueryId::kDomains:
		return "schema,name,base_type,not_null,default_expr,collation_schema,collation_name,"
		       "constraint_names,constraint_defs";
	case QueryId::kComposites:
		return "schema,name,attribute,position,type,collation_schema,collation_name";
	case QueryId::kAggregates:
		return "schema,name,identity_args,arguments,kind,sfunc,stype,sspace,finalfunc,"
		       "finalfunc_extra,finalfunc_modify,combinefunc,serialfunc,deserialfunc,initcond,"
		       "msfunc,"
		       "minvfunc,mstype,msspace,mfinalfunc,mfinalfunc_extra,mfinalfunc_modify,minitcond,"
		       "sortop_schema,sortop_name,parallel";
	case QueryId::kRules:
		return "page_key,schema,table_name,name,definition,enabled";
	case QueryId::kEventTriggers:
		return "name,event,tags,function_schema,function_name,enabled";
	case QueryId::kRanges:
		return "schema,name,subtype,opclass_schema,opclass_name,collation_schema,collation_name,"
		       "subtype_diff,canonical,canonical_schema,canonical_name,canonical_args,"
		       "multirange_schema,multirange_name";
	case QueryId::kPublications:
		return "name,all_tables,publish_insert,publish_update,publish_delete,publish_truncate,"
		       "via_root";
	case QueryId::kPublicationObjects:
		return "publication,kind,schema,name,columns,row_filter";
	case QueryId::kTextSearchDictionaries:
		return "schema,name,template_schema,template_name,options";
	case QueryId::kTextSearchConfigurations:
		return "schema,name,parser_schema,parser_name,token,dict_schemas,dict_names";
	case QueryId::kTableOptions:
		return "schema,name,options,toast_options,replica_identity,replica_index,cluster_index";
	case QueryId::kDefaultPrivileges:
		return "source,role,schema,object_type,grantee,privilege,grantable";
	case QueryId::kRoles:
		return "name,is_current_user";
	case QueryId::kForeignServers:
		return "name,wrapper,type,version,options,has_user_mappings";
	case QueryId::kForeignTables:
		return "schema,name,server,options,column_name,type,not_null,default_expr,column_options";
	case QueryId::kCloneTriggerStates:
		return "schema,table_name,name,enabled";
	case QueryId::kCastPaths:
		return "source,target";
	case QueryId::kAccessMethods:
		return "schema,name,relkind,access_method";
	case QueryId::kRelationColumnOptions:
		return "schema,relation,relkind,table_name,name,attnum,statistics,storage,type_storage,"
		       "compression,options";
	case QueryId::kViewColumnDefaults:
		return "schema,view_name,column_name,default_expr";
	case QueryId::kForeignDataWrappers:
		return "name,handler,handler_schema,handler_name,handler_args,validator,validator_schema,"
		       "validator_name,validator_args,options";
	case QueryId::kStatistics:
		return "schema,name,table_schema,table_name,definition,statistics";
	case QueryId::kColumnOptions:
		return "schema,table_name,name,statistics,storage,type_storage,compression,options";
	case QueryId::kLongTail:
		return "kind,schema,name,args,attrs";
	case QueryId::kSystemPrivileges:
		return "kind,schema,name,sub,state,role,privilege,grantable";
	case QueryId::kUserMappings:
		return "server,user_name,options,visible";
	case QueryId::kSubscriptions:
		return "name,conninfo,publications,slot_name,options,comment";
	case QueryId::kCount:
		break;
	}
	return "";
}

const CatalogQuery *
FindQuery(QueryId id, int server_version)
{
	for (const auto &q : kQueries) {
		if (q.id == id && server_version >= q.min_version && server_version <= q.max_version) {
			return &q;
		}
	}
	return nullptr;
}

std::string
SequenceValuesQuery(const std::vector<std::string> &oids)
{
	std::string list;
	for (const auto &oid : oids) {
		if (oid.empty() || oid.size() > 10 ||
		    oid.find_first_not_of("0123456789") != std::string::npos) {
			throw Error(ErrorKind::kCatalogDrift, "invalid sequence oid \"" + oid + "\"");
		}
		list += (list.empty() ? "" : ", ") + oid;
	}
	return "SELECT s.seqrelid::text AS oid,\n"
	       "       CASE WHEN pg_catalog.has_sequence_privilege(s.seqrelid, 'SELECT,USAGE')\n"
	       "            THEN COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), "
	       "s.seqstart)::text END AS last_value\n"
	       "FROM pg_catalog.pg_sequence s\n"
	       "WHERE s.seqrelid IN (" +
	       (list.empty() ? std::string("0") : list) + ")\nORDER BY s.seqrelid";
}

const CatalogQuery *
AllQueries(int *count)
{
	*count = static_cast<int>(sizeof(kQueries) / sizeof(kQueries[0]));
	return kQueries;
}

} // namespace pgschemadiff
