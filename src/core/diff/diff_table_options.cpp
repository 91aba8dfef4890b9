// diff_table_options.cpp — storage parameters and replica identity of tables.
// Layer: core/diff. Storage parameters are compared as a set of name=value
// (the toast table's as "toast.name"): a created table gets them in its
// CREATE TABLE ... WITH (DiffTables), a kept one ALTER TABLE ... SET / RESET
// after its columns changed (a toast table may only appear with a new
// column). Replica identity comes after indexes and constraints exist; when
// its index is dropped and created again it is set again (the new index is
// not marked indisreplident).
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <set>

namespace pgschemadiff {
namespace {

void
DiffStorageOptions(DiffContext &ctx, const Table &have, const Table &want)
{
	std::vector<std::pair<std::string, std::string>> set; // in the remote's order
	std::set<std::string> reset;
	for (const auto &[name, value] : OrderedStorageOptions(want)) {
		auto it = have.storage_options.find(name);
		if (it == have.storage_options.end() || it->second != value) {
			set.emplace_back(name, value);
		}
	}
	for (const auto &[name, value] : have.storage_options) {
		if (want.storage_options.count(name) == 0) {
			reset.insert(name);
		}
	}
	const std::string id = QuoteQualified(want.id);
	if (!reset.empty()) {
		ctx.Add(Phase::kAlterTables, "table", id, Action::kAlter, false,
		        op::ResetStorageOptions{want.id, reset})
		    .object = TableObject(want.id);
	}
	if (!set.empty()) {
		ctx.Add(Phase::kAlterTables, "table", id, Action::kAlter, false,
		        op::SetStorageOptions{want.id, set})
		    .object = TableObject(want.id);
	}
}

/// True when this migration drops the index `name` of `table` (as an index
/// or as the constraint it backs: such an index has the constraint's name),
/// whether or not it creates it again.
using DroppedObjects = std::set<ObjectRef>;

/// The objects the changes made so far drop (once: a scan per table was
/// quadratic).
DroppedObjects
Dropped(const DiffContext &ctx)
{
	DroppedObjects out;
	for (const auto &c : ctx.changes) {
		if (c.action == Action::kDrop) {
			out.insert(c.object);
		}
	}
	return out;
}

bool
IndexDropped(const DroppedObjects &dropped, const QualifiedName &table, const std::string &name)
{
	return dropped.count(PartObject(ObjectKind::kIndex, table, name)) > 0 ||
	       dropped.count(PartObject(ObjectKind::kConstraint, table, name)) > 0;
}

/// CLUSTER ON: set when the remote marks another index (or the index is
/// built again, which loses the mark), cleared when it marks none.
void
DiffClusterOn(DiffContext &ctx, const DroppedObjects &dropped, const Table *have, const Table &want)
{
	const std::string &index = want.cluster_index;
	bool set = false;
	if (have == nullptr) {
		set = !index.empty(); // a new table is clustered on nothing
	} else {
		set = have->cluster_index != index ||
		      (!index.empty() && IndexDropped(dropped, want.id, index));
		// Dropping the marked index clears the mark: nothing to undo.
		if (index.empty() && IndexDropped(dropped, want.id, have->cluster_index)) {
			set = false;
		}
	}
	if (!set) {
		return;
	}
	Change &c = ctx.Add(Phase::kReplicaIdentity, "table", QuoteQualified(want.id), Action::kAlter,
	                    false, op::ClusterOn{want.id, index});
	c.object = TableObject(want.id);
	if (!index.empty()) {
		// The index, or the key constraint that owns it, must exist first.
		c.needs.push_back(PartObject(ObjectKind::kIndex, want.id, index));
		c.needs.push_back(PartObject(ObjectKind::kConstraint, want.id, index));
	}
}

/// relreplident, with USING INDEX of an index that was dropped read as
/// NOTHING: PostgreSQL then finds no identity, as with NOTHING (pg_dump prints
/// neither), and no statement can name a missing index.
char
EffectiveIdentity(const Table &t)
{
	return t.replica_identity == 'i' && t.replica_index.empty() ? 'n' : t.replica_identity;
}

} // namespace

void
DiffTableOptions(DiffContext &ctx)
{
	const DroppedObjects dropped = Dropped(ctx);
	for (const auto &[id, want] : ctx.to.tables) {
		auto it = ctx.from.tables.find(id);
		const bool created = it == ctx.from.tables.end() || ctx.dropped_tables.count(id) > 0;
		if (!created) {
			DiffStorageOptions(ctx, it->second, want);
		}
		const char identity = EffectiveIdentity(want);
		bool set_identity = false;
		if (created) {
			set_identity = identity != 'd'; // a new table starts with DEFAULT
		} else {
			const Table &have = it->second;
			set_identity = EffectiveIdentity(have) != identity ||
			               (identity == 'i' && (have.replica_index != want.replica_index ||
			                                    IndexDropped(dropped, id, want.replica_index)));
		}
		if (set_identity) {
			Change &c = ctx.Add(Phase::kReplicaIdentity, "table", QuoteQualified(id),
			                    Action::kAlter, false,
			                    op::ReplicaIdentity{id, identity, want.replica_index});
			c.object = TableObject(id);
			if (identity == 'i') { // USING INDEX: once the index exists
				c.needs.push_back(PartObject(ObjectKind::kIndex, id, want.replica_index));
				c.needs.push_back(PartObject(ObjectKind::kConstraint, id, want.replica_index));
			}
		}
		DiffClusterOn(ctx, dropped, created ? nullptr : &it->second, want);
	}
}

void
DiffAccessMethods(DiffContext &ctx)
{
	// Relations created here (or created again) start with the default
	// (heap, as the migration runs with the server's default_table_access_method
	// unless the user changed it: then a second diff shows it).
	const auto created = CreatedChanges(ctx);
	static const std::string kHeap = "heap";
	const auto method_of = [](const Catalog &cat, const QualifiedName &id) -> const std::string & {
		auto it = cat.access_methods.find(id);
		return it == cat.access_methods.end() ? kHeap : it->second.second;
	};
	const auto relkind_of = [&](const QualifiedName &id) -> char {
		auto it = ctx.to.access_methods.find(id);
		if (it != ctx.to.access_methods.end()) {
			return it->second.first;
		}
		auto v = ctx.to.views.find(id);
		return v != ctx.to.views.end() && v->second.materialized ? 'm' : 'r';
	};
	std::set<QualifiedName> relations;
	for (const auto &[id, m] : ctx.to.access_methods) {
		relations.insert(id);
	}
	for (const auto &[id, m] : ctx.from.access_methods) {
		relations.insert(id);
	}
	for (const auto &id : relations) {
		const char relkind = relkind_of(id);
		const bool there =
		    relkind == 'm' ? ctx.to.views.count(id) > 0 : ctx.to.tables.count(id) > 0;
		if (!there) {
			continue;
		}
		const bool fresh = created.count({relkind == 'm' ? "materialized view" : "table",
		                                  QuoteQualified(id)}) > 0 ||
		                   ctx.dropped_tables.count(id) > 0;
		const std::string &have = fresh ? kHeap : method_of(ctx.from, id);
		const std::string &want = method_of(ctx.to, id);
		if (have == want) {
			continue;
		}
		Change &c = ctx.Add(Phase::kComments, relkind == 'm' ? "materialized view" : "table",
		                    QuoteQualified(id), Action::kAlter, false,
		                    op::SetAccessMethod{relkind, id, want});
		c.needs.push_back(relkind == 'm'
		                      ? ObjectRef{ObjectKind::kMaterializedView, id.schema, id.name, ""}
		                      : TableObject(id));
		if (want != kHeap) {
			c.needs.push_back({ObjectKind::kAccessMethod, "", want, ""});
		}
		c.hazards.Add(Hazard::kRewritesTable);
		c.hazards.Add(Hazard::kAccessExclusiveLock);
	}
}

} // namespace pgschemadiff
