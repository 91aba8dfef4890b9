// context.hpp — state shared by the per-kind diff functions.
// Layer: core/diff. `from` is the local database (to be migrated), `to` the
// remote one (the target). Kinds are diffed in a fixed order so that later
// ones can see what earlier ones drop (a sequence whose owner column goes).
#pragma once

#include "core/model/catalog.hpp"
#include "core/options.hpp"
#include "core/order/closure.hpp"
#include "core/plan/change.hpp"
#include "core/plan/identity.hpp"
#include "core/util/cpp_only_file.hpp"
#include "core/util/quote.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pgschemadiff {

class DiffContext {
public:
	DiffContext(const Catalog &from, const Catalog &to, const DiffOptions &options)
	    : from(from), to(to), options(options)
	{
	}

	const Catalog &from;
	const Catalog &to;
	const DiffOptions &options;

	std::vector<Change> changes;
	std::vector<Diagnostic> diagnostics;

	/// Tables dropped, and columns dropped (also those dropped to be re-added).
	std::set<QualifiedName> dropped_tables;
	std::set<std::pair<QualifiedName, std::string>> dropped_columns;
	/// Views, routines, triggers, policies this migration creates (also those
	/// dropped to be created again): they start with default privileges.
	std::set<ObjectRef> created_dependents;
	/// Enum types re-created under their own name (labels removed, renamed or
	/// reordered), and every spelling format_type may give them, also as
	/// arrays: columns of these types are converted to the new type.
	std::set<QualifiedName> recreated_enums;
	/// Domains over such an enum: re-created the same way (renamed aside).
	std::set<QualifiedName> recreated_domains;
	std::set<std::string> retyped_types;
	/// Check constraints {"constraint", schema, table, name}, domain checks
	/// {"domain constraint", schema, domain, name} and column defaults
	/// {"default", schema, table, column} that call a routine this
	/// migration drops: DROP FUNCTION would fail while they exist, so they are
	/// dropped first and added again after the routine is created.
	std::set<ObjectRef> routine_dependents;
	/// Types created after the early routines (kCreateLateTypes) because
	/// they call one: routines taking them as arguments wait for them too.
	std::set<QualifiedName> late_types;
	/// Routines, aggregates that need a relation (a row type, a table named
	/// in a BEGIN ATOMIC body), created after the tables; and the remote's
	/// column defaults {"default", ...} and checks {"constraint", ...} that
	/// call one: they are set after those routines exist.
	std::set<ObjectRef> late_routines;
	std::set<ObjectRef> late_callers;
	/// Composite types whose attributes change with ALTER TYPE ... CASCADE
	/// in kAlterTables because typed tables use them (DiffComposites): a
	/// typed table created OF one waits for that.
	std::set<QualifiedName> cascaded_composites;

	/// Appends a change; the caller may then set its `object` and `needs`.
	Change &Add(Phase phase, const std::string &kind, const std::string &identity, Action action,
	            bool destructive, Statement statement);
	/// The same, reported as the object kind's name.
	Change &Add(Phase phase, ObjectKind kind, const std::string &identity, Action action,
	            bool destructive, Statement statement)
	{
		return Add(phase, std::string(KindName(kind)), identity, action, destructive,
		           std::move(statement));
	}
	/// `definition`: the remote's definition, rendered after `detail`.
	void Warn(std::string message, std::string detail, Statement definition = {});
	void Notice(std::string message, std::string detail);
	/// Throws Error{kCancelled} when the adapter's cancel check fires.
	void CheckCancel() const;
	/// True when the column (or its whole table) is dropped by this migration.
	bool ColumnGoes(const QualifiedName &table, const std::string &column) const;
	/// True when a column of this type (format_type text) must be converted
	/// because its enum type is re-created.
	bool Retyped(const std::string &type) const { return retyped_types.count(type) > 0; }
	/// The remote's domain format_type spells so (TypeSpellings), or null.
	/// The index of spellings is built on first use, once.
	const Domain *RemoteDomain(const std::string &spelling) const;
	/// The local side's dependency edges indexed for the rebuild closure
	/// (order/closure.hpp): built on first use, once per diff.
	const DependentsIndex &LocalDependents() const;

private:
	int next_sequence_ = 0;
	mutable std::optional<std::map<std::string, const Domain *>> remote_domains_;
	mutable std::optional<DependentsIndex> local_dependents_;
};

/// How format_type may spell a user type (schema-qualified; a part is bare
/// when it is a plain lower-case identifier, and always also quoted, since
/// quote_identifier also quotes keywords, which we do not list).
std::vector<std::string> TypeSpellings(const QualifiedName &type);

/// grantee, privilege -> grantable: what an object grants (beside its owner).
using PrivilegeGrants = std::map<std::pair<std::string, std::string>, bool>;

/// The GRANT and REVOKE statements of a migration: Compare each object,
/// then Add them, every REVOKE before any GRANT (revoking a table privilege
/// also revokes it on the table's columns, which a column GRANT may restore).
class PrivilegeSteps {
public:
	void Compare(const ObjectRef &o, const PrivilegeGrants &have, const PrivilegeGrants &want);
	void AddTo(DiffContext &ctx) const;

private:
	struct Step {
		Privilege privilege;
		bool grant;
		bool option_only;
	};
	std::vector<Step> revokes_;
	std::vector<Step> grants_;
};

/// True when `cat` has the object (named as pg_depend's edges name it):
/// the one lookup by kind that comments and privileges share.
bool ObjectExists(const Catalog &cat, const ObjectRef &o);

/// True when the view's column list ("name type, ...", names as quote_ident
/// prints them) names `column`.
bool ViewHasColumn(const View &v, const std::string &column);
/// (kind, identity) of every change made so far that creates an object: an
/// object created (or created again) here has lost its settings, comments.
std::set<std::pair<std::string, std::string>> CreatedChanges(const DiffContext &ctx);

/// The name a re-created type's old self lives under until its columns moved.
std::string AsideName(const std::string &name);

void DiffSchemas(DiffContext &ctx);
void DiffExtensions(DiffContext &ctx);
void DiffCollations(DiffContext &ctx);
void DiffEnums(DiffContext &ctx);
void DiffDomains(DiffContext &ctx);     // after DiffEnums: a domain may be over an enum
void DiffComposites(DiffContext &ctx);  // after DiffDomains: attributes may use domains
void DiffRanges(DiffContext &ctx);      // after DiffComposites: a subtype may be one
void DiffTables(DiffContext &ctx);      // tables, columns, constraints, indexes
void DiffSequences(DiffContext &ctx);   // after DiffTables: needs dropped columns
void DiffRowSecurity(DiffContext &ctx); // ENABLE/FORCE ROW LEVEL SECURITY on tables
/// Storage parameters and replica identity of tables; right after DiffTables
/// (its SET/RESET follow the columns it adds: a toast table may appear).
void DiffTableOptions(DiffContext &ctx);
/// Fills ctx.routine_dependents; after DiffEnums (routines over a re-created
/// enum are dropped too), before DiffDomains and DiffTables, which drop and
/// re-add them.
void PlanRoutineDependents(DiffContext &ctx);
/// Column settings of materialized views, foreign tables and indexes; after
/// DiffDependents and DiffTables (a relation they create starts from the
/// defaults).
void DiffRelationColumnOptions(DiffContext &ctx);
/// ALTER TABLE / MATERIALIZED VIEW ... SET ACCESS METHOD; after the relations
/// are created (runs with DiffRelationColumnOptions).
void DiffAccessMethods(DiffContext &ctx);
/// Fills ctx.late_routines and ctx.late_callers; after DiffDomains (needs
/// late_types), before DiffTables.
void PlanLateRoutines(DiffContext &ctx);
/// Views, materialized views, functions, procedures, triggers and policies,
/// ordered by their dependencies; after DiffTables (needs dropped columns).
void DiffDependents(DiffContext &ctx);
void DiffInheritedDefaults(DiffContext &ctx); // after DiffTables
void DiffViewDefaults(DiffContext &ctx);
void DiffCloneTriggerStates(DiffContext &ctx); // after DiffDependents: needs created_dependents //
                                               // after DiffDependents: needs created_dependents
void DiffPrivileges(DiffContext &ctx);         // after DiffDependents: needs created_dependents
/// Owners and privileges of objects initdb made (pg_catalog, public, plpgsql).
void DiffSystemPrivileges(DiffContext &ctx);
/// CREATE / ALTER / DROP USER MAPPING (with_privileges), never a password.
void DiffUserMappings(DiffContext &ctx);
/// CREATE / ALTER / DROP SUBSCRIPTION, never connecting to the publisher.
void DiffSubscriptions(DiffContext &ctx);
/// Text search dictionaries and configurations (created before the tables).
void DiffTextSearch(DiffContext &ctx);
/// CREATE / ALTER / DROP PUBLICATION; after DiffTables (needs dropped columns).
void DiffPublications(DiffContext &ctx);
void DiffDefaultPrivileges(DiffContext &ctx); // ALTER DEFAULT PRIVILEGES (with_privileges)
/// The privileges (beside its owner's) an object of `kind` created in
/// `schema` by this migration starts with: the default privileges, as the
/// migration leaves them, of the role calling schema_diff (assumed to apply
/// it). Empty optional when unknown (no such role, or a kind without them).
std::optional<AclGrants> CreatedObjectGrants(const DiffContext &ctx, ObjectKind kind,
                                             const std::string &schema);
/// COMMENT ON; last, so that it sees every object this migration (re)creates.
void DiffComments(DiffContext &ctx);
/// ALTER … OWNER TO (with_owners); after DiffComments, for the same reason.
void DiffOwners(DiffContext &ctx);
/// Foreign servers and foreign tables; after DiffTables, before DiffDependents
/// (a dropped or re-created foreign table joins ctx.dropped_tables).
void DiffForeign(DiffContext &ctx);
/// Per-column statistics target, storage, compression, attribute options;
/// after DiffTables (needs dropped columns).
void DiffColumnOptions(DiffContext &ctx);
/// CREATE / ALTER / DROP STATISTICS; after DiffTables (needs dropped tables).
void DiffStatistics(DiffContext &ctx);
/// Base and shell types, operators, operator families and classes, casts,
/// conversions, languages, transforms, access methods; after DiffDependents
/// (a dropped base type's I/O functions go with its DROP TYPE ... CASCADE).
void DiffLongTail(DiffContext &ctx);
void DiffUnsupported(DiffContext &ctx);

} // namespace pgschemadiff
