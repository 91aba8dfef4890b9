// diff_tables.cpp — tables and their columns, constraints and indexes.
// Layer: core/diff. A table on both sides is always altered in place, never
// dropped and re-created: its rows stay. Constraints and indexes that use a
// column dropped to be re-added (generated expression changes) are dropped
// before and re-created after.
// Partitions and inheritance children: what a table inherits (columns,
// constraints, indexes) belongs to its parent and is changed there; parents
// are created before and dropped after their children. A table that becomes
// partitioned or stops being so is dropped and re-created (PostgreSQL cannot
// convert it); a table that changes parent or bound is detached and attached.
#include "core/diff/context.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"
#include "core/render/tables_extra.hpp"

#include <algorithm>
#include <functional>

namespace pgschemadiff {
namespace {

/// What the inheritance part of the diff decided, shared by the helpers.
struct Lineage {
	std::set<QualifiedName> recreated; // dropped and created again (partitioning changes)
	std::set<QualifiedName> relinked;  // detached from / attached to other parents or bounds
};

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
	std::vector<const Table *> out;
	for (const auto &[id, t] : cat.tables) {
		depth_of(id, 0);
		out.push_back(&t);
	}
	std::stable_sort(out.begin(), out.end(), [&](const Table *a, const Table *b) {
		return depth.at(a->id) < depth.at(b->id);
	});
	return out;
}

std::string
ColumnIdentity(const QualifiedName &table, const std::string &column)
{
	return QuoteQualified(table) + "." + QuoteIdent(column);
}

std::string
ConstraintIdentity(const QualifiedName &table, const std::string &name)
{
	return QuoteIdent(name) + " on " + QuoteQualified(table);
}

bool
IsForeignKey(const Constraint &k)
{
	return k.type == ConstraintType::kForeignKey;
}

void
AddConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k)
{
	const Phase phase = ctx.late_callers.count({"constraint", table.schema, table.name, k.name}) > 0
	                        ? Phase::kLateDefaults
	                    : IsForeignKey(k) ? Phase::kAddForeignKeys
	                                      : Phase::kAddConstraints;
	ctx.Add(phase, "constraint", ConstraintIdentity(table, k.name), Action::kCreate, false,
	        render::AddConstraint(table, k));
}

/// True when the check constraint or column default calls a routine the
/// migration drops (see DiffContext::routine_dependents).
bool
CallsDroppedRoutine(const DiffContext &ctx, const char *kind, const QualifiedName &table,
                    const std::string &sub)
{
	return ctx.routine_dependents.count({kind, table.schema, table.name, sub}) > 0;
}

/// Index phases: dropped before DROP FUNCTION when it calls a routine the
/// migration drops; created after the routines that need a relation when it
/// calls one of those.
Phase
DropIndexPhase(const DiffContext &ctx, const QualifiedName &table, const std::string &name)
{
	return CallsDroppedRoutine(ctx, "index", table, name) ? Phase::kDropDependents
	                                                      : Phase::kDropIndexes;
}

Phase
CreateIndexPhase(const DiffContext &ctx, const QualifiedName &table, const std::string &name)
{
	return ctx.late_callers.count({"index", table.schema, table.name, name}) > 0
	           ? Phase::kLateDefaults
	           : Phase::kCreateIndexes;
}

void
DropConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k, bool destructive)
{
	// Before DROP FUNCTION (kDropDependents) when it calls a dropped routine.
	const Phase phase = CallsDroppedRoutine(ctx, "constraint", table, k.name)
	                        ? Phase::kDropDependents
	                    : IsForeignKey(k) ? Phase::kDropForeignKeys
	                                      : Phase::kDropConstraints;
	ctx.Add(phase, "constraint", ConstraintIdentity(table, k.name), Action::kDrop, destructive,
	        render::DropConstraint(table, k.name));
}

/// True when the remote's default of the column calls a routine created after
/// the tables (it needs a relation): the column is created without it and the
/// default is set once the routine exists (kLateDefaults).
bool
LateDefault(const DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	return c.default_expr && ctx.late_callers.count({"default", table.schema, table.name, c.name});
}

void
SetLateDefault(DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	ctx.Add(Phase::kLateDefaults, "column", ColumnIdentity(table, c.name), Action::kAlter, false,
	        render::SetDefault(table, c.name, *c.default_expr));
}

/// ADD COLUMN, with its default set later when that calls a late routine.
void
AddColumn(DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	const bool late = LateDefault(ctx, table, c);
	Column now = c;
	if (late) {
		now.default_expr.reset();
	}
	ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(table, c.name), Action::kCreate, false,
	        render::AddColumn(table, now));
	if (late) {
		SetLateDefault(ctx, table, c);
		ctx.Warn("column " + ColumnIdentity(table, c.name) +
		             " is added before the function its default calls, and gets the default after",
		         "Rows already in " + QuoteQualified(table) +
		             " hold NULL in the new column, not the default's value.");
	}
}

void
CreateTable(DiffContext &ctx, const Table &want)
{
	Table t = want;
	for (auto &c : t.columns) {
		if (LateDefault(ctx, t.id, c)) {
			c.default_expr.reset();
		}
	}
	ctx.Add(Phase::kCreateTables, "table", QuoteQualified(t.id), Action::kCreate, false,
	        render::CreateTableWithOptions(t));
	for (const auto &c : want.columns) {
		if (LateDefault(ctx, t.id, c)) {
			SetLateDefault(ctx, t.id, c);
		}
	}
	// What the table inherits comes with CREATE TABLE ... PARTITION OF / INHERITS.
	for (const auto &[name, index] : t.indexes) {
		if (!index.inherited) {
			ctx.Add(CreateIndexPhase(ctx, t.id, name), "index", QuoteQualified({t.id.schema, name}),
			        Action::kCreate, false, render::CreateIndex(index));
		}
	}
	for (const auto &[name, k] : t.constraints) {
		if (!k.inherited) {
			AddConstraint(ctx, t.id, k);
		}
	}
}

/// A default calling a routine the migration drops goes before DROP FUNCTION,
/// also when its column or table is dropped later.
void
DropDefaultBeforeRoutine(DiffContext &ctx, const QualifiedName &table, const Column &c)
{
	if (!CallsDroppedRoutine(ctx, "default", table, c.name)) {
		return;
	}
	if (c.default_expr) {
		ctx.Add(Phase::kDropDependents, "column", ColumnIdentity(table, c.name), Action::kAlter,
		        false, render::DropDefault(table, c.name));
	} else if (c.generated_expr) {
		// The column keeps its values as a plain one until it goes.
		ctx.Add(Phase::kDropDependents, "column", ColumnIdentity(table, c.name), Action::kAlter,
		        false, render::DropExpression(table, c.name));
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
		    CallsDroppedRoutine(ctx, "constraint", t.id, name)) {
			DropConstraint(ctx, t.id, k, true);
		}
	}
	for (const auto &c : t.columns) {
		DropDefaultBeforeRoutine(ctx, t.id, c);
	}
	for (const auto &[name, i] : t.indexes) {
		if (!i.inherited && CallsDroppedRoutine(ctx, "index", t.id, name)) {
			ctx.Add(Phase::kDropDependents, "index", QuoteQualified({t.id.schema, name}),
			        Action::kDrop, true, render::DropIndex({t.id.schema, name}));
		}
	}
	ctx.Add(Phase::kDropTables, "table", QuoteQualified(t.id), Action::kDrop, true,
	        render::DropTable(t.id));
}

bool
NeedsRecreate(const Column &have, const Column &want)
{
	// PostgreSQL 15 can only drop a generation expression; adding or changing
	// one means dropping the column and adding it again.
	return want.generated_expr &&
	       (!have.generated_expr || *have.generated_expr != *want.generated_expr);
}

void
AlterColumn(DiffContext &ctx, const QualifiedName &table, const Column &have, const Column &want)
{
	const std::string id = ColumnIdentity(table, want.name);
	const auto alter = [&](std::string sql) {
		ctx.Add(Phase::kAlterTables, "column", id, Action::kAlter, false, std::move(sql));
	};
	if (have.generated_expr && !want.generated_expr) {
		alter(render::DropExpression(table, want.name));
	}
	if (have.identity && !want.identity) {
		ctx.Add(Phase::kDropIdentities, "column", id, Action::kAlter, false,
		        render::DropIdentity(table, want.name));
	}
	// A column of a re-created enum keeps its type name but must move to the
	// new type (DiffEnums).
	const bool retyped = have.type == want.type && ctx.Retyped(want.type);
	const bool type_changes = have.type != want.type || have.collation != want.collation || retyped;
	// A default calling a dropped routine goes before DROP FUNCTION and is set
	// again here, after the routine is created (kCreateRoutines).
	const bool rebuilt = CallsDroppedRoutine(ctx, "default", table, want.name);
	const bool default_changes = have.default_expr != want.default_expr || rebuilt;
	if (have.default_expr && rebuilt) {
		ctx.Add(Phase::kDropDependents, "column", id, Action::kAlter, false,
		        render::DropDefault(table, want.name));
	} else if (have.default_expr && (default_changes || type_changes)) {
		alter(render::DropDefault(table, want.name));
	}
	if (type_changes) {
		alter(render::AlterColumnType(table, have, want, retyped));
	}
	// After a type change: it also changes the identity sequence's type.
	if (have.identity && want.identity) {
		if (have.identity->kind != want.identity->kind) {
			alter(render::SetIdentityKind(table, want.name, want.identity->kind));
		}
		if (have.identity->OptionsTie() != want.identity->OptionsTie()) {
			alter(render::SetIdentityOptions(table, want.name, *want.identity));
		}
	}
	if (have.not_null != want.not_null) {
		alter(render::SetNotNull(table, want.name, want.not_null));
	}
	if (want.default_expr && (default_changes || type_changes)) {
		if (LateDefault(ctx, table, want)) {
			SetLateDefault(ctx, table, want);
		} else {
			alter(render::SetDefault(table, want.name, *want.default_expr));
		}
	}
	if (want.identity && !have.identity) {
		if (!want.not_null) {
			alter(render::SetNotNull(table, want.name, true));
		}
		ctx.Add(Phase::kAddIdentities, "column", id, Action::kAlter, false,
		        render::AddIdentity(table, want.name, *want.identity));
		// Existing rows keep their ids; new ones continue after them.
		if (!want.identity->sequence.name.empty()) {
			ctx.Add(Phase::kAddIdentities, "sequence", QuoteQualified(want.identity->sequence),
			        Action::kAlter, false,
			        render::SyncSequenceToColumn(want.identity->sequence, table, want.name));
		}
	}
}

/// True when none of the table's parents keeps the column: an only-inherited
/// column then goes with the parents' DROP COLUMN.
bool
ParentsDropColumn(const DiffContext &ctx, const Lineage &lineage, const Table &have,
                  const std::string &column)
{
	for (const auto &p : have.parents) {
		auto it = ctx.to.tables.find(p);
		if (lineage.recreated.count(p) == 0 && it != ctx.to.tables.end() &&
		    it->second.FindColumn(column) != nullptr) {
			return false;
		}
	}
	return true;
}

void
DiffColumns(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const QualifiedName &t = want.id;
	// A column only inherited is changed through its parent (ALTER TABLE
	// recurses), unless the table is detached from that parent here.
	const bool relinked = lineage.relinked.count(t) > 0;
	for (const auto &c : have.columns) {
		if (want.FindColumn(c.name) == nullptr) {
			if (!c.local && !relinked) {
				continue;
			}
			ctx.dropped_columns.insert({t, c.name});
			DropDefaultBeforeRoutine(ctx, t, c);
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, c.name), Action::kDrop, true,
			        render::DropColumn(t, c.name));
		}
	}
	for (const auto &w : want.columns) {
		const Column *h = have.FindColumn(w.name);
		if (h == nullptr) {
			continue;
		}
		if (!h->local && !relinked) {
			// The parents' DROP COLUMN takes it away; the remote keeps it as
			// a column of this table's own, so it is added again (at the end,
			// as the remote has it after its own ALTER TABLE ... ADD COLUMN).
			if (w.local && ParentsDropColumn(ctx, lineage, have, w.name)) {
				ctx.dropped_columns.insert({t, w.name});
				ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kCreate,
				        false, render::AddColumn(t, w));
			}
			continue;
		}
		if ((*h == w && !ctx.Retyped(w.type) && !CallsDroppedRoutine(ctx, "default", t, w.name)) ||
		    (!w.local && !relinked)) {
			continue;
		}
		// A generated column calling a routine the migration drops loses its
		// expression before DROP FUNCTION and is added again (recomputed).
		const bool regenerated =
		    h->generated_expr && w.generated_expr && CallsDroppedRoutine(ctx, "default", t, w.name);
		if (NeedsRecreate(*h, w) || regenerated) {
			// A stored column's values are lost; a generated one's are recomputed.
			if (regenerated) {
				DropDefaultBeforeRoutine(ctx, t, *h);
			}
			ctx.dropped_columns.insert({t, w.name});
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kDrop,
			        !h->generated_expr, render::DropColumn(t, w.name));
			AddColumn(ctx, t, w);
			continue;
		}
		AlterColumn(ctx, t, *h, w);
	}
	for (const auto &w : want.columns) {
		// An attached table must already have every column of its new parent.
		if (have.FindColumn(w.name) == nullptr && (w.local || relinked)) {
			AddColumn(ctx, t, w);
		}
	}
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

void
DiffConstraints(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
                std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	// Inherited constraints are the parent's; once detached they are the
	// table's own (DETACH PARTITION / NO INHERIT make them local).
	const bool relinked = lineage.relinked.count(t) > 0;
	for (const auto &[name, k] : have.constraints) {
		if (k.inherited && !relinked) {
			continue;
		}
		auto it = want.constraints.find(name);
		const bool gone = it == want.constraints.end();
		if (!gone && it->second.inherited && !relinked) {
			continue;
		}
		if (gone || !(it->second == k) || UsesDroppedColumn(ctx, t, k.columns) ||
		    MentionsRetyped(ctx, k.definition) || CallsDroppedRoutine(ctx, "constraint", t, name)) {
			DropConstraint(ctx, t, k, gone);
			if (k.type == ConstraintType::kPrimaryKey || k.type == ConstraintType::kUnique) {
				rekeyed.insert(name);
			}
			if (!gone && !it->second.inherited) {
				AddConstraint(ctx, t, it->second);
			}
		}
	}
	for (const auto &[name, k] : want.constraints) {
		if (!k.inherited && have.constraints.count(name) == 0) {
			AddConstraint(ctx, t, k);
		}
	}
}

void
DiffIndexes(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want,
            std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	// Indexes attached to a parent's index are the parent's (as constraints).
	const bool relinked = lineage.relinked.count(t) > 0;
	for (const auto &[name, i] : have.indexes) {
		if (i.inherited && !relinked) {
			continue;
		}
		auto it = want.indexes.find(name);
		const bool gone = it == want.indexes.end();
		if (!gone && it->second.inherited && !relinked) {
			continue;
		}
		const std::string id = QuoteQualified({t.schema, name});
		if (gone || !(it->second == i) || UsesDroppedColumn(ctx, t, i.columns) ||
		    MentionsRetyped(ctx, i.definition) || CallsDroppedRoutine(ctx, "index", t, name)) {
			ctx.Add(DropIndexPhase(ctx, t, name), "index", id, Action::kDrop, gone,
			        render::DropIndex({t.schema, name}));
			if (i.definition.rfind("CREATE UNIQUE", 0) == 0) {
				rekeyed.insert(name);
			}
			if (!gone && !it->second.inherited) {
				ctx.Add(CreateIndexPhase(ctx, t, name), "index", id, Action::kCreate, false,
				        render::CreateIndex(it->second));
			}
		}
	}
	for (const auto &[name, i] : want.indexes) {
		if (!i.inherited && have.indexes.count(name) == 0) {
			ctx.Add(CreateIndexPhase(ctx, t, name), "index", QuoteQualified({t.schema, name}),
			        Action::kCreate, false, render::CreateIndex(i));
		}
	}
}

/// A foreign key depends on the unique index of the table it references:
/// when that key is dropped (changed or removed), every foreign key still
/// pointing at the table is dropped first and added again afterwards.
void
RekeyForeignKeys(DiffContext &ctx, const std::set<QualifiedName> &rekeyed_tables)
{
	for (const auto &[tid, have] : ctx.from.tables) {
		auto wit = ctx.to.tables.find(tid);
		if (wit == ctx.to.tables.end()) {
			continue;
		}
		for (const auto &[name, k] : have.constraints) {
			if (!IsForeignKey(k) || k.inherited || !k.references ||
			    rekeyed_tables.count(*k.references) == 0) {
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
	return l;
}

void
Detach(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const std::string id = QuoteQualified(have.id);
	if (have.partition_bound) {
		ctx.Add(Phase::kDetachTables, "table", id, Action::kAlter, false,
		        render::DetachPartition(have.parents.front(), have.id));
		return;
	}
	for (const auto &p : have.parents) {
		const bool kept =
		    std::find(want.parents.begin(), want.parents.end(), p) != want.parents.end();
		if (!kept || lineage.recreated.count(p) > 0 || want.partition_bound) {
			ctx.Add(Phase::kDetachTables, "table", id, Action::kAlter, false,
			        render::Inherit(have.id, p, false));
		}
	}
}

void
Attach(DiffContext &ctx, const Lineage &lineage, const Table &have, const Table &want)
{
	const std::string id = QuoteQualified(want.id);
	if (want.partition_bound) {
		ctx.Add(Phase::kAttachTables, "table", id, Action::kAlter, false,
		        render::AttachPartition(want.parents.front(), want.id, *want.partition_bound));
		return;
	}
	for (const auto &p : want.parents) {
		const bool kept =
		    std::find(have.parents.begin(), have.parents.end(), p) != have.parents.end();
		if (!kept || lineage.recreated.count(p) > 0 || have.partition_bound) {
			ctx.Add(Phase::kAttachTables, "table", id, Action::kAlter, false,
			        render::Inherit(want.id, p, true));
		}
	}
}

} // namespace

void
DiffTables(DiffContext &ctx)
{
	const Lineage lineage = PlanLineage(ctx);
	for (const auto &id : lineage.relinked) {
		Detach(ctx, lineage, ctx.from.tables.at(id), ctx.to.tables.at(id));
	}
	// Children are dropped before their parents.
	std::vector<const Table *> from_order = ParentsFirst(ctx.from);
	for (auto it = from_order.rbegin(); it != from_order.rend(); ++it) {
		const Table &have = **it;
		if (ctx.to.tables.count(have.id) == 0 || lineage.recreated.count(have.id) > 0) {
			ctx.dropped_tables.insert(have.id);
			DropTable(ctx, have);
		}
	}
	std::set<QualifiedName> rekeyed_tables;
	for (const Table *w : ParentsFirst(ctx.to)) {
		const Table &want = *w;
		const QualifiedName &id = want.id;
		ctx.CheckCancel();
		auto it = ctx.from.tables.find(id);
		if (it == ctx.from.tables.end() || lineage.recreated.count(id) > 0) {
			CreateTable(ctx, want);
			continue;
		}
		const Table &have = it->second;
		if (have.unlogged != want.unlogged) {
			ctx.Add(Phase::kAlterTables, "table", QuoteQualified(id), Action::kAlter, false,
			        render::SetPersistence(id, want.unlogged));
		}
		DiffColumns(ctx, lineage, have, want);
		std::set<std::string> rekeyed;
		DiffConstraints(ctx, lineage, have, want, rekeyed);
		DiffIndexes(ctx, lineage, have, want, rekeyed);
		if (!rekeyed.empty()) {
			rekeyed_tables.insert(id);
		}
		if (lineage.relinked.count(id) > 0) {
			Attach(ctx, lineage, have, want);
		}
	}
	RekeyForeignKeys(ctx, rekeyed_tables);
}

} // namespace pgschemadiff
