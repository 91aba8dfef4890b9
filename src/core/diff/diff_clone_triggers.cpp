// diff_clone_triggers.cpp — the enabled state of a partitioned table's
// trigger on one of its partitions (ALTER TABLE partition DISABLE TRIGGER
// ..., as pg_dump prints it for a clone enabled otherwise than its parent).
// Layer: core/diff. A clone follows the trigger it was made from: CREATE
// TRIGGER on the partitioned table clones it to every partition, and ALTER
// TABLE parent ENABLE/DISABLE TRIGGER recurses. So a partition needs its own
// statement when the remote's clone differs from its parent and the local
// one does not match it (or the top trigger is created or changed here,
// which resets the clones), and when the local clone differs but the
// remote's follows its parent (it is set back to the parent's state). Each
// statement needs the top trigger, so it runs after it is created.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace pgschemadiff {
namespace {

using TriggerKey = std::pair<QualifiedName, std::string>;

/// The trigger a clone on `table` comes from: the nearest ancestor (through
/// the remote's partitions) that has a trigger of that name of its own.
const Trigger *
TopTrigger(const Catalog &cat, const QualifiedName &table, const std::string &name)
{
	std::set<QualifiedName> seen;
	QualifiedName at = table;
	while (seen.insert(at).second) {
		auto t = cat.tables.find(at);
		if (t == cat.tables.end() || t->second.parents.empty()) {
			return nullptr;
		}
		at = t->second.parents.front();
		auto g = cat.triggers.find({at, name});
		if (g != cat.triggers.end()) {
			return &g->second;
		}
	}
	return nullptr;
}

/// The remote's state of the clone of `name` on `table`: its own when it
/// differs from its parent's, else its parent clone's, else the top trigger's.
char
RemoteState(const Catalog &cat, const QualifiedName &table, const std::string &name)
{
	std::set<QualifiedName> seen;
	QualifiedName at = table;
	while (seen.insert(at).second) {
		auto own = cat.clone_trigger_states.find({at, name});
		if (own != cat.clone_trigger_states.end()) {
			return own->second;
		}
		auto g = cat.triggers.find({at, name});
		if (g != cat.triggers.end()) {
			return g->second.enabled;
		}
		auto t = cat.tables.find(at);
		if (t == cat.tables.end() || t->second.parents.empty()) {
			break;
		}
		at = t->second.parents.front();
	}
	return 'O';
}

} // namespace

/// How many partitioned ancestors `table` has in `cat` (0 for a top table).
int
Depth(const Catalog &cat, const QualifiedName &table)
{
	int depth = 0;
	std::set<QualifiedName> seen;
	for (QualifiedName at = table; seen.insert(at).second; ++depth) {
		auto t = cat.tables.find(at);
		if (t == cat.tables.end() || t->second.parents.empty()) {
			break;
		}
		at = t->second.parents.front();
	}
	return depth;
}

void
DiffCloneTriggerStates(DiffContext &ctx)
{
	// A top trigger created, re-created or changed here resets its clones
	// (CREATE TRIGGER clones it enabled; its ENABLE/DISABLE recurses).
	const auto top_changes = [&](const Trigger &top) {
		auto have = ctx.from.triggers.find({top.table, top.name});
		return have == ctx.from.triggers.end() || !(have->second == top) ||
		       ctx.created_dependents.count(
		           {ObjectKind::kTrigger, top.table.schema, top.table.name, top.name}) > 0;
	};
	// Partitions nearer the top first: a statement on a sub-partitioned
	// partition recurses to its own partitions.
	std::vector<std::pair<int, TriggerKey>> keys;
	for (const auto *states : {&ctx.to.clone_trigger_states, &ctx.from.clone_trigger_states}) {
		for (const auto &[key, state] : *states) {
			keys.push_back({Depth(ctx.to, key.first), key});
		}
	}
	std::sort(keys.begin(), keys.end());
	keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
	std::map<TriggerKey, char> set_here; // clones given a statement, and their state
	for (const auto &[depth, key] : keys) {
		const auto &[table, name] = key;
		if (ctx.to.tables.count(table) == 0) {
			continue; // the partition goes
		}
		const Trigger *top = TopTrigger(ctx.to, table, name);
		if (top == nullptr) {
			continue; // the trigger goes, and its clones with it
		}
		const char want = RemoteState(ctx.to, table, name);
		// Its state after the rest of the migration: the top trigger's when
		// that is created or changed (or the partition is new), else the
		// nearest ancestor clone's statement reaches it, else it keeps its own.
		char after = 0;
		if (top_changes(*top) || ctx.from.tables.count(table) == 0 ||
		    ctx.dropped_tables.count(table) > 0) {
			after = top->enabled;
		} else {
			std::set<QualifiedName> seen;
			for (QualifiedName at = table; after == 0 && seen.insert(at).second;) {
				auto t = ctx.to.tables.find(at);
				if (t == ctx.to.tables.end() || t->second.parents.empty()) {
					break;
				}
				at = t->second.parents.front();
				auto it = set_here.find({at, name});
				if (it != set_here.end()) {
					after = it->second;
				}
			}
			if (after == 0) {
				after = RemoteState(ctx.from, table, name);
			}
		}
		if (after == want) {
			continue;
		}
		set_here[key] = want;
		Change &c = ctx.Add(Phase::kCreateDependents, "trigger",
		                    QuoteIdent(name) + " on " + QuoteQualified(table), Action::kAlter,
		                    false, op::SetTriggerEnabled{table, name, want});
		c.object = {ObjectKind::kTrigger, table.schema, table.name, name};
		c.needs.push_back({ObjectKind::kTrigger, top->table.schema, top->table.name, name});
		c.needs.push_back(TableObject(table));
		// After the statements of the clones above it, which recurse here.
		std::set<QualifiedName> seen;
		for (QualifiedName at = table; seen.insert(at).second;) {
			auto t = ctx.to.tables.find(at);
			if (t == ctx.to.tables.end() || t->second.parents.empty()) {
				break;
			}
			at = t->second.parents.front();
			if (set_here.count({at, name}) > 0) {
				c.needs.push_back({ObjectKind::kTrigger, at.schema, at.name, name});
			}
		}
	}
}

} // namespace pgschemadiff
