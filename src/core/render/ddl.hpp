// ddl.hpp — SQL text for each kind of change.
// Layer: core/render. Every statement is complete and ends with ';'.
// Expressions and definitions come from pg_get_expr/pg_get_*def read with
// search_path = pg_catalog, so they are already fully qualified.
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>

namespace pgschemadiff {
namespace render {

// schemas.cpp: schemas, extensions, collations.
std::string CreateSchema(const std::string &name);
std::string DropSchema(const std::string &name);

/// `version` empty: no VERSION clause (the server's default version).
std::string CreateExtension(const Extension &e, bool with_version);
std::string AlterExtensionUpdate(const std::string &name, const std::string &version);
std::string AlterExtensionSchema(const std::string &name, const std::string &schema);
std::string DropExtension(const std::string &name);

std::string CreateCollation(const Collation &c);
std::string DropCollation(const QualifiedName &id);

// renames.cpp: objects renamed or moved (detect_renames).
/// ALTER what "schema"."name" SET SCHEMA "schema2"
std::string SetObjectSchema(const std::string &what, const QualifiedName &id,
                            const std::string &schema);
/// ALTER what "schema"."name" RENAME TO "name2"
std::string RenameObject(const std::string &what, const QualifiedName &id, const std::string &name);
std::string SetRoutineSchema(const QualifiedName &id, const std::string &identity_args,
                             bool procedure, const std::string &schema);
std::string RenameRoutine(const QualifiedName &id, const std::string &identity_args, bool procedure,
                          const std::string &name);
std::string RenameTrigger(const QualifiedName &table, const std::string &from,
                          const std::string &to);
std::string RenamePolicy(const QualifiedName &table, const std::string &from,
                         const std::string &to);
std::string RenameColumn(const QualifiedName &table, const std::string &from,
                         const std::string &to);
/// ALTER TYPE ... RENAME VALUE 'from' TO 'to'
std::string RenameEnumValue(const QualifiedName &type, const std::string &from,
                            const std::string &to);

// types.cpp: enums, domains, composite types.
std::string CreateEnum(const EnumType &e);
/// ALTER TYPE ... ADD VALUE 'label' [BEFORE|AFTER 'neighbour']
std::string AddEnumValue(const QualifiedName &type, const std::string &label,
                         const std::string &neighbour, bool before);
std::string DropType(const QualifiedName &id);
std::string RenameType(const QualifiedName &id, const std::string &new_name);

/// CREATE DOMAIN ... AS base [COLLATE] [DEFAULT] [NOT NULL] [CONSTRAINT name CHECK ...]
std::string CreateDomain(const Domain &d);
std::string DropDomain(const QualifiedName &id);
std::string RenameDomain(const QualifiedName &id, const std::string &new_name);
/// ALTER DOMAIN ... SET DEFAULT expr / DROP DEFAULT (no expression)
std::string AlterDomainDefault(const QualifiedName &id, const std::optional<std::string> &expr);
std::string AlterDomainNotNull(const QualifiedName &id, bool not_null);
std::string AddDomainConstraint(const QualifiedName &id, const std::string &name,
                                const std::string &definition);
std::string DropDomainConstraint(const QualifiedName &id, const std::string &name);

std::string CreateComposite(const CompositeType &c);
/// ALTER TYPE ... ADD ATTRIBUTE / DROP ATTRIBUTE / ALTER ATTRIBUTE ... SET DATA TYPE;
/// `cascade`: also the typed tables of the type (CREATE TABLE ... OF).
std::string AddAttribute(const QualifiedName &type, const Attribute &a, bool cascade = false);
std::string DropAttribute(const QualifiedName &type, const std::string &name, bool cascade = false);
std::string AlterAttributeType(const QualifiedName &type, const Attribute &a, bool cascade = false);

// ranges.cpp: range types.
/// CREATE TYPE ... AS RANGE (SUBTYPE, SUBTYPE_OPCLASS, COLLATION, SUBTYPE_DIFF,
/// MULTIRANGE_TYPE_NAME as the range has them).
std::string CreateRange(const RangeType &t);

// sequences.cpp
std::string CreateSequence(const Sequence &s);
/// `restart`: also RESTART WITH the start value (current value out of bounds).
std::string AlterSequence(const QualifiedName &id, const SequenceOptions &o, bool restart);
std::string AlterSequencePersistence(const QualifiedName &id, bool unlogged);
std::string SequenceOwnedBy(const QualifiedName &id, const std::optional<ColumnRef> &owner);
std::string DropSequence(const QualifiedName &id, bool if_exists);
/// Moves a sequence that now feeds an existing column past the column's
/// highest value, evaluated when the migration runs (no-op on an empty table).
std::string SyncSequenceToColumn(const QualifiedName &sequence, const QualifiedName &table,
                                 const std::string &column);

// tables.cpp: tables, partitions, inheritance, columns, identity columns.
/// CREATE TABLE with local columns only; INHERITS, PARTITION OF ... FOR VALUES,
/// PARTITION BY as the table has them.
std::string CreateTable(const Table &t);
std::string AttachPartition(const QualifiedName &parent, const QualifiedName &table,
                            const std::string &bound);
std::string DetachPartition(const QualifiedName &parent, const QualifiedName &table);
/// ALTER TABLE ... INHERIT / NO INHERIT parent
std::string Inherit(const QualifiedName &table, const QualifiedName &parent, bool inherit);
/// ALTER TABLE ... OF type (a typed table) / NOT OF (no type: absent)
std::string OfType(const QualifiedName &table, const std::optional<QualifiedName> &type);
std::string DropTable(const QualifiedName &id);
std::string SetPersistence(const QualifiedName &table, bool unlogged);

/// "name" type [COLLATE ..] [DEFAULT ..|GENERATED ..] [NOT NULL]
std::string ColumnDefinition(const Column &c);
std::string AddColumn(const QualifiedName &table, const Column &c);
std::string DropColumn(const QualifiedName &table, const std::string &column);
/// SET DATA TYPE with a USING cast; through text when either type is an enum
/// or `via_text` (enums have no casts to each other, but every type has text I/O).
/// The USING cast goes to `cast_to` (default: the new type) without a length
/// (UsingCastType): PostgreSQL then applies the length by assignment, which
/// fails on a value too long instead of cutting it as an explicit cast would.
std::string AlterColumnType(const QualifiedName &table, const Column &have, const Column &want,
                            bool via_text = false, const std::string &cast_to = "");
/// The type a USING expression casts to: `type` with the length of
/// character varying(n), character(n) and bit varying(n) removed (also of
/// their arrays); any other type unchanged.
std::string UsingCastType(const std::string &type);
std::string SetDefault(const QualifiedName &table, const std::string &column,
                       const std::string &expr);
std::string DropDefault(const QualifiedName &table, const std::string &column);
/// ALTER TABLE ONLY ... SET DEFAULT expr / DROP DEFAULT (no expr): a
/// partition's or child's own default, not passed on to its children.
std::string SetOwnDefault(const QualifiedName &table, const std::string &column,
                          const std::optional<std::string> &expr);
std::string SetNotNull(const QualifiedName &table, const std::string &column, bool not_null);
std::string AddIdentity(const QualifiedName &table, const std::string &column,
                        const IdentitySpec &identity);
std::string SetIdentityKind(const QualifiedName &table, const std::string &column, char kind);
std::string SetIdentityOptions(const QualifiedName &table, const std::string &column,
                               const IdentitySpec &identity);
std::string DropIdentity(const QualifiedName &table, const std::string &column);
std::string DropExpression(const QualifiedName &table, const std::string &column);

// constraints.cpp
std::string AddConstraint(const QualifiedName &table, const Constraint &k);
std::string DropConstraint(const QualifiedName &table, const std::string &name);
/// ALTER TABLE ... RENAME CONSTRAINT "old" TO "new" (a key's index follows).
std::string RenameConstraint(const QualifiedName &table, const std::string &from,
                             const std::string &to);

/// Online mode: ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT.
std::string AddConstraintNotValid(const QualifiedName &table, const std::string &name,
                                  const std::string &definition);
std::string ValidateConstraint(const QualifiedName &table, const std::string &name);
/// ADD CONSTRAINT "name" CHECK ("column" IS NOT NULL) NOT VALID: the helper
/// that lets SET NOT NULL skip its scan once validated (PostgreSQL 12+).
std::string AddNotNullCheck(const QualifiedName &table, const std::string &name,
                            const std::string &column);

// indexes.cpp
std::string CreateIndex(const Index &i);
std::string DropIndex(const QualifiedName &index);
/// CREATE STATISTICS, as pg_get_statisticsobjdef prints it.
std::string CreateStatistics(const ExtendedStatistics &s);
/// ALTER STATISTICS ... SET STATISTICS n (-1: the default)
std::string SetStatisticsTarget(const QualifiedName &id, const std::optional<std::string> &target);
/// DROP STATISTICS IF EXISTS: dropping a column the object uses drops it too.
std::string DropStatistics(const QualifiedName &id);
/// ALTER INDEX "schema"."old" RENAME TO "new"
std::string RenameIndex(const QualifiedName &index, const std::string &to);
/// Online mode: CREATE [UNIQUE] INDEX CONCURRENTLY "as_name" ON ..., from
/// pg_get_indexdef text of the index `name` (SplitIndexDefinition must
/// accept it; plan/online.cpp keeps the plain form otherwise).
std::string CreateIndexConcurrently(const std::string &definition, const std::string &name,
                                    const std::string &as_name);
std::string DropIndexConcurrently(const QualifiedName &index);

// dependents.cpp: row security, views, routines, triggers, policies.
std::string EnableRowSecurity(const QualifiedName &table, bool enable);
std::string ForceRowSecurity(const QualifiedName &table, bool force);

/// CREATE [OR REPLACE] VIEW / CREATE MATERIALIZED VIEW, with WITH (options).
std::string CreateView(const View &v, bool or_replace);
/// CREATE VIEW ... AS SELECT NULL::type AS column, ...: the view's columns
/// without its query, to break a cycle (CREATE OR REPLACE VIEW follows).
std::string CreateViewStub(const View &v, bool or_replace = false);
std::string DropView(const QualifiedName &id, bool materialized);
/// ALTER VIEW ... ALTER COLUMN ... SET DEFAULT expr / DROP DEFAULT (no expr).
std::string AlterViewColumnDefault(const QualifiedName &view, const std::string &column,
                                   const std::optional<std::string> &expr);

/// pg_get_functiondef's CREATE OR REPLACE text, terminated.
std::string CreateRoutine(const Routine &f);
std::string DropRoutine(const Routine &f);

std::string CreateTrigger(const Trigger &g);
/// ALTER TABLE table ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS TRIGGER
/// name, for pg_trigger.tgenabled 'O' / 'D' / 'R' / 'A'.
std::string SetTriggerEnabled(const QualifiedName &table, const std::string &name, char enabled);
/// ALTER TABLE ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS TRIGGER; empty for 'O'.
std::string TriggerEnabledState(const Trigger &g);
std::string DropTrigger(const QualifiedName &table, const std::string &name);

std::string CreatePolicy(const Policy &p);
std::string DropPolicy(const QualifiedName &table, const std::string &name);

/// SET LOCAL: pg_dump's check_function_bodies = false, so a function body
/// may name objects created later in the migration.
std::string SetCheckFunctionBodies();
/// SET lock_timeout = 'value' (online mode's first statement).
std::string SetLockTimeout(const std::string &value);

// stored_objects.cpp: aggregates, rules, event triggers.
/// CREATE AGGREGATE with the clauses that differ from their defaults.
std::string CreateAggregate(const Aggregate &a);
std::string DropAggregate(const Aggregate &a);
/// pg_get_ruledef's CREATE RULE text, terminated.
std::string CreateRule(const Rule &u);
/// ALTER TABLE ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS RULE; empty for 'O'.
std::string RuleEnabledState(const Rule &u);
std::string DropRule(const QualifiedName &table, const std::string &name);
std::string CreateEventTrigger(const EventTrigger &e);
/// ALTER EVENT TRIGGER ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS; empty for 'O'.
std::string EventTriggerEnabledState(const EventTrigger &e);
std::string DropEventTrigger(const std::string &name);

// privileges.cpp
/// GRANT privilege [(column)] ON <kind> object TO grantee [WITH GRANT OPTION]
std::string Grant(const Privilege &p);
/// REVOKE [GRANT OPTION FOR] privilege [(column)] ON <kind> object FROM grantee
std::string Revoke(const Privilege &p, bool grant_option_only);
/// ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT p ON TABLES TO g [WITH GRANT OPTION]
std::string GrantDefault(const DefaultAclKey &key, const std::string &grantee,
                         const std::string &privilege, bool grantable);
/// ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] REVOKE [GRANT OPTION FOR] p ON ... FROM g
std::string RevokeDefault(const DefaultAclKey &key, const std::string &grantee,
                          const std::string &privilege, bool grant_option_only);

// comments.cpp
/// COMMENT ON <kind> object IS 'text' (IS NULL without text); objects named
/// as in Catalog::comments.
std::string Comment(const ObjectRef &object, const std::optional<std::string> &text);
/// ALTER <sql_kind> <object> OWNER TO <role>;
std::string Owner(const ObjectRef &object, const std::string &sql_kind, const std::string &role);

} // namespace render
} // namespace pgschemadiff
