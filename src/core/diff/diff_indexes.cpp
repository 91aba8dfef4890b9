// diff_indexes.cpp — CREATE / DROP INDEX on tables.
// Layer: core/diff. Called by DiffTables. Indexes that use a column dropped
// to be re-added (generated expression changes) are dropped before and
// re-created after.
#include "core/diff/context.hpp"
#include "core/diff/renames.hpp"
#include "core/diff/tables_internal.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace {

/// Index phases: dropped before DROP FUNCTION when it calls a routine the
/// migration drops; created after the routines that need a relation when it
/// calls one of those.
Phase
DropIndexPhase(const DiffContext &ctx, const QualifiedName &table, const std::string &name)
{
	return CallsDroppedRoutine(ctx, ObjectKind::kIndex, table, name) ? Phase::kDropDependents
	                                                                 : Phase::kDropIndexes;
}

/// Indexes of the table that only changed name: gone here, added there, with
/// the same definition but for the name, one to one, and nothing else asking
/// for them to be built again (a dropped column, a retyped enum, a routine
/// re-created).
std::map<std::string, std::string>
RenamedIndexes(const DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const QualifiedName &t = want.id;
	if (!ctx.options.detect_renames || lineage.relinked.count(t) > 0) {
		return {};
	}
	std::map<std::string, std::string> gone;
	std::map<std::string, std::string> added;
	for (const auto &[name, i] : have.indexes) {
		if (!i.inherited && want.indexes.count(name) == 0 &&
		    !UsesDroppedColumn(ctx, t, i.columns) && !MentionsRetyped(ctx, i.definition) &&
		    !CallsDroppedRoutine(ctx, ObjectKind::kIndex, t, name)) {
			gone[name] = IndexSignature(i.definition);
		}
	}
	for (const auto &[name, i] : want.indexes) {
		if (!i.inherited && have.indexes.count(name) == 0) {
			added[name] = IndexSignature(i.definition);
		}
	}
	return PairRenames(gone, added);
}

} // namespace

Phase
CreateIndexPhase(const DiffContext &ctx, const QualifiedName &table, const std::string &name)
{
	return ctx.late_callers.count({ObjectKind::kIndex, table.schema, table.name, name}) > 0
	           ? Phase::kLateDefaults
	           : Phase::kCreateIndexes;
}

void
DiffIndexes(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
            std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	// Indexes attached to a parent's index are the parent's (as constraints).
	const bool relinked = lineage.relinked.count(t) > 0;
	// Dropped after the DETACH of a partition (see DetachesPartition).
	const bool detaches_child = DetachesPartition(ctx, lineage, have);
	const std::map<std::string, std::string> renamed = RenamedIndexes(ctx, lineage, have, want);
	for (const auto &[from, to] : renamed) {
		Change &c = ctx.Add(
		    Phase::kCreateIndexes, "index",
		    RenameIdentity(QuoteQualified({t.schema, from}), QuoteQualified({t.schema, to})),
		    Action::kRename, false, op::RenameIndex{{t.schema, from}, to});
		c.object = PartObject(ObjectKind::kIndex, t, to);
		c.previous = PartObject(ObjectKind::kIndex, t, from);
	}
	for (const auto &[name, i] : have.indexes) {
		if ((i.inherited && !relinked) || renamed.count(name) > 0) {
			continue;
		}
		auto it = want.indexes.find(name);
		const bool gone = it == want.indexes.end();
		if (!gone && it->second.inherited && !relinked) {
			continue;
		}
		const std::string id = QuoteQualified({t.schema, name});
		const bool forced = UsesDroppedColumn(ctx, t, i.columns) ||
		                    MentionsRetyped(ctx, i.definition) ||
		                    CallsDroppedRoutine(ctx, ObjectKind::kIndex, t, name);
		if (gone || !(it->second == i) || forced) {
			// An index attached to a parent's goes once DETACH freed it.
			Phase phase = i.inherited ? Phase::kDetachTables : DropIndexPhase(ctx, t, name);
			if (detaches_child && phase == Phase::kDropIndexes) {
				phase = Phase::kDetachTables; // after the DETACH, made before this
			}
			Change &drop =
			    ctx.Add(phase, "index", id, Action::kDrop, gone, op::DropIndex{{t.schema, name}});
			drop.object = PartObject(ObjectKind::kIndex, t, name);
			// Online: not when something else of this migration needs it gone
			// first (a dropped column, a re-created type or routine).
			const bool online = !forced && !i.inherited && have.partition_key.empty();
			if (online) {
				drop.online.kind = OnlineForm::Kind::kDropIndex;
				drop.online.table = t;
				drop.online.name = name;
			}
			if (i.definition.rfind("CREATE UNIQUE", 0) == 0) {
				rekeyed.insert(name);
			}
			if (!gone && !it->second.inherited) {
				Change &create = ctx.Add(CreateIndexPhase(ctx, t, name), "index", id,
				                         Action::kCreate, false, op::CreateIndex{it->second});
				create.object = PartObject(ObjectKind::kIndex, t, name);
				if (online) {
					create.online = {OnlineForm::Kind::kCreateIndex, t, name, it->second.definition,
					                 false};
				}
			}
		}
	}
	std::set<std::string> renamed_to;
	for (const auto &[from, to] : renamed) {
		renamed_to.insert(to);
	}
	for (const auto &[name, i] : want.indexes) {
		if (!i.inherited && have.indexes.count(name) == 0 && renamed_to.count(name) == 0) {
			Change &create =
			    ctx.Add(CreateIndexPhase(ctx, t, name), "index", QuoteQualified({t.schema, name}),
			            Action::kCreate, false, op::CreateIndex{i});
			create.object = PartObject(ObjectKind::kIndex, t, name);
			if (have.partition_key.empty()) {
				create.online = {OnlineForm::Kind::kCreateIndex, t, name, i.definition, false};
			}
		}
	}
}

} // namespace pgschemadiff
