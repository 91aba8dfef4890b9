// diff_constraints.cpp — ADD / DROP CONSTRAINT on tables, and foreign keys
// dropped and added again around a change of the key they reference.
// Layer: core/diff. Called by DiffTables. Constraints that use a column
// dropped to be re-added (generated expression changes) are dropped before
// and re-created after.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/diff/renames.hpp"
#include "core/diff/tables_internal.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace {

std::string
ConstraintIdentity(const QualifiedName &table, const std::string &name)
{
	return QuoteIdent(name) + " on " + QuoteQualified(table);
}

/// True when a CHECK the remote's table inherits is one a parent it starts to
/// INHERIT already has: ALTER TABLE ... INHERIT refuses a child that lacks it
/// ("child table is missing constraint"). A check the parent gains in this
/// migration comes later and propagates.
bool
NeededByInherit(const DiffContext &ctx, const Table &have, const Table &want, const Constraint &k)
{
	if (k.type != ConstraintType::kCheck || want.partition_bound) {
		return false;
	}
	for (const auto &p : want.parents) {
		if (std::find(have.parents.begin(), have.parents.end(), p) != have.parents.end()) {
			continue;
		}
		auto parent = ctx.from.tables.find(p);
		if (parent == ctx.from.tables.end()) {
			continue;
		}
		auto pk = parent->second.constraints.find(k.name);
		if (pk != parent->second.constraints.end() && pk->second.definition == k.definition) {
			return true;
		}
	}
	return false;
}

} // namespace

bool
IsForeignKey(const Constraint &k)
{
	return k.type == ConstraintType::kForeignKey;
}

void
AddConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k)
{
	const Phase phase =
	    ctx.late_callers.count({ObjectKind::kConstraint, table.schema, table.name, k.name}) > 0
	        ? Phase::kLateDefaults
	    : IsForeignKey(k) ? Phase::kAddForeignKeys
	                      : Phase::kAddConstraints;
	Change &c = ctx.Add(phase, "constraint", ConstraintIdentity(table, k.name), Action::kCreate,
	                    false, op::AddConstraint{table, k});
	c.object = PartObject(ObjectKind::kConstraint, table, k.name);
	AddConstraintHazards(ctx, table, k, c.hazards);
	// Online: a CHECK or FOREIGN KEY on a table with rows is added NOT VALID
	// and validated apart (SHARE UPDATE EXCLUSIVE while it scans).
	auto have = ctx.from.tables.find(table);
	const std::string kNotValid = " NOT VALID";
	const bool not_valid = k.definition.size() >= kNotValid.size() &&
	                       k.definition.compare(k.definition.size() - kNotValid.size(),
	                                            kNotValid.size(), kNotValid) == 0;
	if ((k.type == ConstraintType::kCheck || k.type == ConstraintType::kForeignKey) &&
	    have != ctx.from.tables.end() && ctx.dropped_tables.count(table) == 0 &&
	    have->second.partition_key.empty() && !not_valid) {
		c.online = {OnlineForm::Kind::kAddConstraint, table, k.name, k.definition,
		            k.type == ConstraintType::kForeignKey};
	}
}

void
AddConstraintHazards(const DiffContext &ctx, const QualifiedName &table, const Constraint &k,
                     HazardSet &hazards)
{
	// A table this migration creates has no rows and no other user yet.
	const bool fresh = ctx.from.tables.count(table) == 0 || ctx.dropped_tables.count(table) > 0;
	// pg_get_constraintdef ends with NOT VALID for a constraint not validated.
	const std::string kNotValid = " NOT VALID";
	const bool not_valid = k.definition.size() >= kNotValid.size() &&
	                       k.definition.compare(k.definition.size() - kNotValid.size(),
	                                            kNotValid.size(), kNotValid) == 0;
	if (k.type == ConstraintType::kForeignKey) {
		// SHARE ROW EXCLUSIVE on both tables (ALTER TABLE: "Adding a foreign
		// key constraint requires a SHARE ROW EXCLUSIVE lock on the
		// referenced table, in addition to the lock on the table").
		hazards.Remove(Hazard::kAccessExclusiveLock);
		hazards.Add(Hazard::kShareRowExclusiveLock);
	}
	if (fresh) {
		hazards.Remove(Hazard::kAccessExclusiveLock);
		if (k.type != ConstraintType::kForeignKey) {
			hazards.Remove(Hazard::kShareRowExclusiveLock);
		}
		return;
	}
	if (k.type == ConstraintType::kPrimaryKey || k.type == ConstraintType::kUnique ||
	    k.type == ConstraintType::kExclusion) {
		hazards.Add(Hazard::kBuildsIndex);
	}
	if (!not_valid && k.type != ConstraintType::kUnique && k.type != ConstraintType::kExclusion) {
		// CHECK and FOREIGN KEY are validated against every row; PRIMARY
		// KEY sets NOT NULL on its columns, checked the same way.
		hazards.Add(Hazard::kScansTable);
	}
}

void
DropConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k, bool destructive,
               bool after_detach)
{
	// Before DROP FUNCTION (kDropDependents) when it calls a dropped routine;
	// one inherited from a parent the table leaves only once DETACH / NO
	// INHERIT made it the table's own (PostgreSQL refuses it before).
	const Phase phase = CallsDroppedRoutine(ctx, ObjectKind::kConstraint, table, k.name)
	                        ? Phase::kDropDependents
	                    : after_detach    ? Phase::kDetachTables
	                    : IsForeignKey(k) ? Phase::kDropForeignKeys
	                                      : Phase::kDropConstraints;
	ctx.Add(phase, "constraint", ConstraintIdentity(table, k.name), Action::kDrop, destructive,
	        op::DropConstraint{table, k.name})
	    .object = PartObject(ObjectKind::kConstraint, table, k.name);
}

namespace {

/// Constraints of the table (not foreign keys: they are rebuilt by name when
/// a key they point at changes) that only changed name: same type and
/// definition, one to one, nothing else asking for them to be built again.
std::map<std::string, std::string>
RenamedConstraints(const DiffContext &ctx, const Lineage &lineage, const Table &have,
                   const Table &want)
{
	const QualifiedName &t = want.id;
	if (!ctx.options.detect_renames || lineage.relinked.count(t) > 0) {
		return {};
	}
	const auto signature = [](const Constraint &k) {
		return std::string(1, static_cast<char>(k.type)) + " " + k.definition;
	};
	std::map<std::string, std::string> gone;
	std::map<std::string, std::string> added;
	for (const auto &[name, k] : have.constraints) {
		if (!k.inherited && !IsForeignKey(k) && want.constraints.count(name) == 0 &&
		    !UsesDroppedColumn(ctx, t, k.columns) && !MentionsRetyped(ctx, k.definition) &&
		    !CallsDroppedRoutine(ctx, ObjectKind::kConstraint, t, name)) {
			gone[name] = signature(k);
		}
	}
	for (const auto &[name, k] : want.constraints) {
		if (!k.inherited && !IsForeignKey(k) && have.constraints.count(name) == 0) {
			added[name] = signature(k);
		}
	}
	return PairRenames(gone, added);
}

} // namespace

void
DiffConstraints(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
                std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	// Inherited constraints are the parent's; once detached they are the
	// table's own (DETACH PARTITION / NO INHERIT make them local).
	const bool relinked = lineage.relinked.count(t) > 0;
	// Dropped after the DETACH of a partition (see DetachesPartition).
	const bool detaches_child = DetachesPartition(ctx, lineage, have);
	const std::map<std::string, std::string> renamed = RenamedConstraints(ctx, lineage, have, want);
	std::set<std::string> renamed_to;
	for (const auto &[from, to] : renamed) {
		renamed_to.insert(to);
		Change &c = ctx.Add(Phase::kAddConstraints, "constraint",
		                    RenameIdentity(QuoteIdent(from), ConstraintIdentity(t, to)),
		                    Action::kRename, false, op::RenameConstraint{t, from, to});
		c.object = PartObject(ObjectKind::kConstraint, t, to);
		c.previous = PartObject(ObjectKind::kConstraint, t, from);
	}
	for (const auto &[name, k] : have.constraints) {
		if ((k.inherited && !relinked) || renamed.count(name) > 0) {
			continue;
		}
		auto it = want.constraints.find(name);
		const bool gone = it == want.constraints.end();
		if (!gone && it->second.inherited && !relinked) {
			continue;
		}
		if (gone || !(it->second == k) || UsesDroppedColumn(ctx, t, k.columns) ||
		    MentionsRetyped(ctx, k.definition) ||
		    CallsDroppedRoutine(ctx, ObjectKind::kConstraint, t, name)) {
			DropConstraint(ctx, t, k, gone, k.inherited || detaches_child);
			if (k.type == ConstraintType::kPrimaryKey || k.type == ConstraintType::kUnique) {
				rekeyed.insert(name);
			}
			if (!gone && !it->second.inherited) {
				AddConstraint(ctx, t, it->second);
			}
		}
	}
	for (const auto &[name, k] : want.constraints) {
		if (have.constraints.count(name) > 0 || renamed_to.count(name) > 0) {
			continue;
		}
		if (!k.inherited) {
			AddConstraint(ctx, t, k);
		} else if (relinked && NeededByInherit(ctx, have, want, k)) {
			// Before the INHERIT (kAttachTables): the child keeps it as its own
			// too, which the remote's child may not (said in the README).
			Change &c = ctx.Add(Phase::kAlterTables, "constraint", ConstraintIdentity(t, k.name),
			                    Action::kCreate, false, op::AddConstraint{t, k});
			c.object = PartObject(ObjectKind::kConstraint, t, k.name);
			AddConstraintHazards(ctx, t, k, c.hazards);
		}
	}
}

namespace {

bool
AnyRetyped(const Rekey &rekey, const QualifiedName &table, const std::set<std::string> &columns)
{
	for (const auto &c : columns) {
		if (rekey.retyped_columns.count({table, c}) > 0) {
			return true;
		}
	}
	return false;
}

} // namespace

/// A foreign key depends on the unique index of the table it references and
/// on the types of the columns at both ends: when that key is dropped
/// (changed or removed), a column at either end changes type, or the
/// referenced partitioned table loses a partition, every foreign key still
/// concerned is dropped first and added again afterwards.
void
RekeyForeignKeys(DiffContext &ctx, const Rekey &rekey)
{
	for (const auto &[tid, have] : ctx.from.tables) {
		auto wit = ctx.to.tables.find(tid);
		if (wit == ctx.to.tables.end() || ctx.dropped_tables.count(tid) > 0) {
			continue; // its own foreign keys go and come with the table
		}
		for (const auto &[name, k] : have.constraints) {
			// Inherited ones (a partition's copy, or the copies PostgreSQL
			// makes per partition of a referenced table) follow their parent.
			if (!IsForeignKey(k) || k.inherited || !k.references) {
				continue;
			}
			const bool concerned = rekey.tables.count(*k.references) > 0 ||
			                       AnyRetyped(rekey, tid, k.columns) ||
			                       AnyRetyped(rekey, *k.references, k.ref_columns);
			if (!concerned) {
				continue;
			}
			auto kit = wit->second.constraints.find(name);
			if (kit == wit->second.constraints.end() || !(kit->second == k) ||
			    UsesDroppedColumn(ctx, tid, k.columns)) {
				continue; // already dropped (and re-added if wanted) above
			}
			DropConstraint(ctx, tid, k, false);
			AddConstraint(ctx, tid, kit->second);
		}
	}
}

} // namespace pgschemadiff
