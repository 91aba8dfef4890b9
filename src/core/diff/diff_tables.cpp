// diff_tables.cpp — tables, partitions and inheritance; DiffTables, which also
// runs the diffs of their columns, constraints and indexes (diff_columns.cpp,
// diff_constraints.cpp, diff_indexes.cpp).
// Layer: core/diff. A table on both sides is always altered in place, never
// dropped and re-created: its rows stay.
// Partitions and inheritance children: what a table inherits (columns,
// constraints, indexes) belongs to its parent and is changed there; parents
// are created before and dropped after their children. A table that becomes
// partitioned or stops being so is dropped and re-created (PostgreSQL cannot
// convert it); a table that changes parent or bound is detached and attached.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/diff/tables_internal.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <functional>

namespace pgschemadiff {

/// True when the check constraint or column default calls a routine the
/// migration drops (see DiffContext::routine_dependents).
bool
CallsDroppedRoutine(const DiffContext &ctx, ObjectKind kind, const QualifiedName &table,
                    const std::string &sub)
{
	return ctx.routine_dependents.count({kind, table.schema, table.name, sub}) > 0;
}

bool
UsesDroppedColumn(const DiffContext &ctx, const QualifiedName &table,
                  const std::set<std::string> &columns)
{
	for (const auto &c : columns) {
		if (ctx.dropped_columns.count({table, c}) > 0) {
			return true;
		}
	}
	return false;
}

/// True when a definition names a re-created enum type (a literal such as
/// 'x'::public.e in a check or an index predicate): PostgreSQL rebuilds such
/// objects from their text after ALTER COLUMN TYPE, which by then names the
/// old type under its aside name, so they are dropped and created again.
bool
MentionsRetyped(const DiffContext &ctx, const std::string &definition)
{
	for (const auto &type : ctx.retyped_types) {
		for (std::size_t at = definition.find(type); at != std::string::npos;
		     at = definition.find(type, at + 1)) {
			const std::size_t end = at + type.size();
			const char next = end < definition.size() ? definition[end] : ' ';
			const bool more = (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') ||
			                  next == '_' || next == '$';
			if (!more) {
				return true;
			}
		}
	}
	return false;
}

namespace {

/// Tables of a catalog, parents before children (by depth under their parents).
std::vector<const Table *>
ParentsFirst(const Catalog &cat)
{
	std::map<QualifiedName, int> depth;
	std::function<int(const QualifiedName &, int)> depth_of = [&](const QualifiedName &id,
	                                                              int guard) {
		auto known = depth.find(id);
		if (known != depth.end()) {
			return known->second;
		}
		auto it = cat.tables.find(id);
		int d = 0;
		// guard: the catalog cannot hold a cycle, but recorded rows might
		if (it != cat.tables.end() && guard < static_cast<int>(cat.tables.size())) {
			for (const auto &p : it->second.parents) {
				d = std::max(d, depth_of(p, guard + 1) + 1);
			}
		}
		depth[id] = d;
		return d;
	};
	// Sorted by depth computed once per table (a map lookup per comparison
	// was a tenth of the diff's time at 50,000 tables).
	std::vector<std::pair<int, const Table *>> by_depth;
	by_depth.reserve(cat.tables.size());
	for (const auto &[id, t] : cat.tables) {
		by_depth.emplace_back(depth_of(id, 0), &t);
	}
	std::stable_sort(by_depth.begin(), by_depth.end(),
	                 [](const auto &a, const auto &b) { return a.first < b.first; });
	std::vector<const Table *> out;
	out.reserve(by_depth.size());
	for (const auto &[d, t] : by_depth) {
		out.push_back(t);
	}
	return out;
}

void
CreateTable(DiffContext &ctx, const Table &want, Phase phase = Phase::kCreateTables)
{
	Table t = want;
	for (auto &c : t.columns) {
		if (LateDefault(ctx, t.id, c)) {
			c.default_expr.reset();
		}
	}
	ctx.Add(phase, "table", QuoteQualified(t.id), Action::kCreate, false,
	        op::CreateTableWithOptions{t})
	    .object = TableObject(t.id);
	for (const auto &c : want.columns) {
		if (LateDefault(ctx, t.id, c)) {
			SetLateDefault(ctx, t.id, c);
		}
	}
	// What the table inherits comes with CREATE TABLE ... PARTITION OF / INHERITS.
	for (const auto &[name, index] : t.indexes) {
		if (!index.inherited) {
			Change &c = ctx.Add(CreateIndexPhase(ctx, t.id, name), "index",
			                    QuoteQualified({t.id.schema, name}), Action::kCreate, false,
			                    op::CreateIndex{index});
			c.object = PartObject(ObjectKind::kIndex, t.id, name);
			c.hazards = HazardSet{}; // the table is new: no rows, no other user
		}
	}
	for (const auto &[name, k] : t.constraints) {
		if (!k.inherited) {
			AddConstraint(ctx, t.id, k);
		}
	}
}

void
DropTable(DiffContext &ctx, const Table &t)
{
	// Foreign keys to other tables go first, so that the drops can run in any
	// order and the referenced keys can change before the table goes. Checks
	// and defaults calling a routine the migration drops go before that
	// routine (DROP FUNCTION runs before DROP TABLE).
	for (const auto &[name, k] : t.constraints) {
		if ((IsForeignKey(k) && !k.inherited && k.references && *k.references != t.id) ||
		    CallsDroppedRoutine(ctx, ObjectKind::kConstraint, t.id, name)) {
			DropConstraint(ctx, t.id, k, true);
		}
	}
	for (const auto &c : t.columns) {
		DropDefaultBeforeRoutine(ctx, t.id, c);
	}
	for (const auto &[name, i] : t.indexes) {
		if (!i.inherited && CallsDroppedRoutine(ctx, ObjectKind::kIndex, t.id, name)) {
			ctx.Add(Phase::kDropDependents, "index", QuoteQualified({t.id.schema, name}),
			        Action::kDrop, true, op::DropIndex{{t.id.schema, name}})
			    .object = PartObject(ObjectKind::kIndex, t.id, name);
		}
	}
	ctx.Add(Phase::kDropTables, "table", QuoteQualified(t.id), Action::kDrop, true,
	        op::DropTable{t.id})
	    .object = TableObject(t.id);
}

/// Columns a plain parent gains that one of its children on the remote
/// (a table kept) lacks: the parent's ADD COLUMN waits until every INHERIT
/// ran (it propagates to the children, as on the remote, where the column is
/// only inherited), and children that have it as their own add it first (the
/// parent's ADD COLUMN then merges into theirs). Partitioned parents do not
/// wait: ATTACH PARTITION needs the parent's columns to match exactly.
void
PlanAfterInherit(const DiffContext &ctx, Lineage &l)
{
	for (const auto &[cid, child] : ctx.to.tables) {
		auto have = ctx.from.tables.find(cid);
		if (have == ctx.from.tables.end() || l.recreated.count(cid) > 0 || child.partition_bound) {
			continue;
		}
		for (const auto &pid : child.parents) {
			auto pfrom = ctx.from.tables.find(pid);
			auto pto = ctx.to.tables.find(pid);
			if (pfrom == ctx.from.tables.end() || pto == ctx.to.tables.end() ||
			    l.recreated.count(pid) > 0 || !pto->second.partition_key.empty()) {
				continue;
			}
			for (const auto &c : pto->second.columns) {
				if (pfrom->second.FindColumn(c.name) == nullptr &&
				    have->second.FindColumn(c.name) == nullptr) {
					l.after_inherit.insert({pid, c.name});
				}
			}
		}
	}
}

/// Tables that cannot stay: plain <-> partitioned, or another partition key.
/// Tables whose parents or partition bound change, or whose parent is
/// re-created, are detached and attached again instead.
Lineage
PlanLineage(const DiffContext &ctx)
{
	Lineage l;
	for (const auto &[id, have] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		if (it != ctx.to.tables.end() && it->second.partition_key != have.partition_key) {
			l.recreated.insert(id);
		}
	}
	for (const auto &[id, have] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		if (it == ctx.to.tables.end() || l.recreated.count(id) > 0) {
			continue;
		}
		const Table &want = it->second;
		bool changes = have.parents != want.parents || have.partition_bound != want.partition_bound;
		for (const auto &p : have.parents) {
			changes = changes || l.recreated.count(p) > 0;
		}
		if (changes) {
			l.relinked.insert(id);
		}
	}
	PlanAfterInherit(ctx, l);
	return l;
}

} // namespace

bool
DetachesPartition(const DiffContext &ctx, const Lineage &lineage, const Table &have)
{
	if (have.partition_key.empty()) {
		return false;
	}
	// A partition anywhere below `have` (a sub-partition's copies hang off
	// the top parent's index too).
	for (const auto &c : lineage.relinked) {
		auto t = ctx.from.tables.find(c);
		for (std::size_t depth = 0; t != ctx.from.tables.end() && t->second.partition_bound &&
		                            !t->second.parents.empty() && depth < ctx.from.tables.size();
		     ++depth) {
			if (t->second.parents.front() == have.id) {
				return true;
			}
			t = ctx.from.tables.find(t->second.parents.front());
		}
	}
	return false;
}

namespace {

void
Detach(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const std::string id = QuoteQualified(have.id);
	if (have.partition_bound) {
		ctx.Add(Phase::kDetachTables, "table", id, Action::kAlter, false,
		        op::DetachPartition{have.parents.front(), have.id});
		return;
	}
	for (const auto &p : have.parents) {
		const bool kept =
		    std::find(want.parents.begin(), want.parents.end(), p) != want.parents.end();
		if (!kept || lineage.recreated.count(p) > 0 || want.partition_bound) {
			ctx.Add(Phase::kDetachTables, "table", id, Action::kAlter, false,
			        op::Inherit{have.id, p, false});
		}
	}
}

void
Attach(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const std::string id = QuoteQualified(want.id);
	if (want.partition_bound) {
		// ATTACH PARTITION scans the partition to check its bound (unless a
		// CHECK implies it, which the model does not decide).
		ctx.Add(Phase::kAttachTables, "table", id, Action::kAlter, false,
		        op::AttachPartition{want.parents.front(), want.id, *want.partition_bound})
		    .hazards.Add(Hazard::kScansTable);
		return;
	}
	for (const auto &p : want.parents) {
		const bool kept =
		    std::find(have.parents.begin(), have.parents.end(), p) != have.parents.end();
		if (!kept || lineage.recreated.count(p) > 0 || have.partition_bound) {
			ctx.Add(Phase::kAttachTables, "table", id, Action::kAlter, false,
			        op::Inherit{want.id, p, true});
		}
	}
}

/// The partitioned tables above a partition, nearest first.
std::vector<QualifiedName>
Ancestors(const Catalog &cat, const Table &partition)
{
	std::vector<QualifiedName> out;
	const Table *t = &partition;
	while (t->partition_bound && !t->parents.empty() && out.size() < cat.tables.size()) {
		out.push_back(t->parents.front());
		auto it = cat.tables.find(t->parents.front());
		if (it == cat.tables.end()) {
			break;
		}
		t = &it->second;
	}
	return out;
}

/// Columns of tables kept on both sides whose type or collation changes
/// (also those of a re-created enum): foreign keys over them are rebuilt.
void
PlanRetypedColumns(const DiffContext &ctx, const Lineage &lineage, Rekey &rekey)
{
	for (const auto &[id, have] : ctx.from.tables) {
		auto it = ctx.to.tables.find(id);
		if (it == ctx.to.tables.end() || lineage.recreated.count(id) > 0) {
			continue;
		}
		for (const auto &h : have.columns) {
			const Column *w = it->second.FindColumn(h.name);
			if (w != nullptr &&
			    (w->type != h.type || w->collation != h.collation || ctx.Retyped(h.type))) {
				rekey.retyped_columns.insert({id, h.name});
			}
		}
	}
}

} // namespace

void
DiffTables(DiffContext &ctx)
{
	const Lineage lineage = PlanLineage(ctx);
	// Foreign keys pointing at a table that is dropped and created again go
	// before its DROP TABLE and come back after it, as for a changed key.
	Rekey rekey;
	rekey.tables.insert(lineage.recreated.begin(), lineage.recreated.end());
	PlanRetypedColumns(ctx, lineage, rekey);
	for (const auto &id : lineage.relinked) {
		const Table &have = ctx.from.tables.at(id);
		Detach(ctx, lineage, have, ctx.to.tables.at(id));
		for (const auto &a : Ancestors(ctx.from, have)) {
			rekey.tables.insert(a);
		}
	}
	// Children are dropped before their parents.
	std::vector<const Table *> from_order = ParentsFirst(ctx.from);
	for (auto it = from_order.rbegin(); it != from_order.rend(); ++it) {
		const Table &have = **it;
		if (ctx.to.tables.count(have.id) == 0 || lineage.recreated.count(have.id) > 0) {
			ctx.dropped_tables.insert(have.id);
			DropTable(ctx, have);
			for (const auto &a : Ancestors(ctx.from, have)) {
				rekey.tables.insert(a);
			}
		}
	}
	// A table created OF a type whose attributes change by ALTER TYPE ...
	// CASCADE (kAlterTables) is created after that, with the type as the
	// remote has it (its column options may name a new attribute); so are
	// the tables created under it (partitions, children).
	std::set<QualifiedName> created_late;
	for (const Table *w : ParentsFirst(ctx.to)) {
		const Table &want = *w;
		const QualifiedName &id = want.id;
		ctx.CheckCancel();
		auto it = ctx.from.tables.find(id);
		if (it == ctx.from.tables.end() || lineage.recreated.count(id) > 0) {
			bool late = want.of_type && ctx.cascaded_composites.count(*want.of_type) > 0;
			for (const auto &p : want.parents) {
				late = late || created_late.count(p) > 0;
			}
			if (late) {
				created_late.insert(id);
			}
			CreateTable(ctx, want, late ? Phase::kAlterTables : Phase::kCreateTables);
			continue;
		}
		const Table &have = it->second;
		if (have.unlogged != want.unlogged) {
			// SET LOGGED / UNLOGGED writes the table anew (ALTER TABLE).
			ctx.Add(Phase::kAlterTables, "table", QuoteQualified(id), Action::kAlter, false,
			        op::SetPersistence{id, want.unlogged})
			    .hazards.Add(Hazard::kRewritesTable);
		}
		if (have.of_type != want.of_type) {
			// NOT OF before any composite type changes (ALTER TYPE ... CASCADE
			// would reach the table; kCreateDomains runs early), OF once the
			// columns match the type's attributes.
			if (have.of_type) {
				ctx.Add(Phase::kDropDependents, "table", QuoteQualified(id), Action::kAlter, false,
				        op::OfType{id, std::nullopt});
			}
			if (want.of_type) {
				ctx.Add(Phase::kAttachTables, "table", QuoteQualified(id), Action::kAlter, false,
				        op::OfType{id, want.of_type});
			}
		}
		DiffColumns(ctx, lineage, have, want);
		std::set<std::string> rekeyed;
		DiffConstraints(ctx, lineage, have, want, rekeyed);
		DiffIndexes(ctx, lineage, have, want, rekeyed);
		if (!rekeyed.empty()) {
			rekey.tables.insert(id);
		}
		if (lineage.relinked.count(id) > 0) {
			Attach(ctx, lineage, have, want);
		}
	}
	// Columns parents gain once their children inherit them, children first:
	// a child's own column must exist before its parent's ADD COLUMN merges.
	std::vector<const Table *> to_order = ParentsFirst(ctx.to);
	for (auto it = to_order.rbegin(); it != to_order.rend(); ++it) {
		for (const auto &c : (*it)->columns) {
			// An only-inherited one comes from its own parent's ADD COLUMN.
			if (lineage.after_inherit.count({(*it)->id, c.name}) > 0 && c.local) {
				AddColumn(ctx, (*it)->id, c, Phase::kAttachTables);
			}
		}
	}
	RekeyForeignKeys(ctx, rekey);
}

} // namespace pgschemadiff
