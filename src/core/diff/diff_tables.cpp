// diff_tables.cpp — tables and their columns, constraints and indexes.
// Layer: core/diff. A table on both sides is always altered in place, never
// dropped and re-created: its rows stay. Constraints and indexes that use a
// column dropped to be re-added (generated expression changes) are dropped
// before and re-created after.
#include "core/diff/context.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace {

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
	ctx.Add(IsForeignKey(k) ? Phase::kAddForeignKeys : Phase::kAddConstraints, "constraint",
	        ConstraintIdentity(table, k.name), Action::kCreate, false,
	        render::AddConstraint(table, k));
}

void
DropConstraint(DiffContext &ctx, const QualifiedName &table, const Constraint &k, bool destructive)
{
	ctx.Add(IsForeignKey(k) ? Phase::kDropForeignKeys : Phase::kDropConstraints, "constraint",
	        ConstraintIdentity(table, k.name), Action::kDrop, destructive,
	        render::DropConstraint(table, k.name));
}

void
CreateTable(DiffContext &ctx, const Table &t)
{
	ctx.Add(Phase::kCreateTables, "table", QuoteQualified(t.id), Action::kCreate, false,
	        render::CreateTable(t));
	for (const auto &[name, index] : t.indexes) {
		ctx.Add(Phase::kCreateIndexes, "index", QuoteQualified({t.id.schema, name}),
		        Action::kCreate, false, render::CreateIndex(index));
	}
	for (const auto &[name, k] : t.constraints) {
		AddConstraint(ctx, t.id, k);
	}
}

void
DropTable(DiffContext &ctx, const Table &t)
{
	// Foreign keys to other tables go first, so that the drops can run in any
	// order and the referenced keys can change before the table goes.
	for (const auto &[name, k] : t.constraints) {
		if (IsForeignKey(k) && k.references && *k.references != t.id) {
			DropConstraint(ctx, t.id, k, true);
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
	return want.generated_expr && (!have.generated_expr || *have.generated_expr != *want.generated_expr);
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
	const bool type_changes = have.type != want.type || have.collation != want.collation;
	const bool default_changes = have.default_expr != want.default_expr;
	if (have.default_expr && (default_changes || type_changes)) {
		alter(render::DropDefault(table, want.name));
	}
	if (type_changes) {
		alter(render::AlterColumnType(table, have, want));
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
		alter(render::SetDefault(table, want.name, *want.default_expr));
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

void
DiffColumns(DiffContext &ctx, const Table &have, const Table &want)
{
	const QualifiedName &t = want.id;
	for (const auto &c : have.columns) {
		if (want.FindColumn(c.name) == nullptr) {
			ctx.dropped_columns.insert({t, c.name});
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, c.name), Action::kDrop, true,
			        render::DropColumn(t, c.name));
		}
	}
	for (const auto &w : want.columns) {
		const Column *h = have.FindColumn(w.name);
		if (h == nullptr || *h == w) {
			continue;
		}
		if (NeedsRecreate(*h, w)) {
			// A stored column's values are lost; a generated one's are recomputed.
			ctx.dropped_columns.insert({t, w.name});
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kDrop,
			        !h->generated_expr, render::DropColumn(t, w.name));
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kCreate,
			        false, render::AddColumn(t, w));
			continue;
		}
		AlterColumn(ctx, t, *h, w);
	}
	for (const auto &w : want.columns) {
		if (have.FindColumn(w.name) == nullptr) {
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(t, w.name), Action::kCreate,
			        false, render::AddColumn(t, w));
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

void
DiffConstraints(DiffContext &ctx, const Table &have, const Table &want,
                std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	for (const auto &[name, k] : have.constraints) {
		auto it = want.constraints.find(name);
		const bool gone = it == want.constraints.end();
		if (gone || !(it->second == k) || UsesDroppedColumn(ctx, t, k.columns)) {
			DropConstraint(ctx, t, k, gone);
			if (k.type == ConstraintType::kPrimaryKey || k.type == ConstraintType::kUnique) {
				rekeyed.insert(name);
			}
			if (!gone) {
				AddConstraint(ctx, t, it->second);
			}
		}
	}
	for (const auto &[name, k] : want.constraints) {
		if (have.constraints.count(name) == 0) {
			AddConstraint(ctx, t, k);
		}
	}
}

void
DiffIndexes(DiffContext &ctx, const Table &have, const Table &want, std::set<std::string> &rekeyed)
{
	const QualifiedName &t = want.id;
	for (const auto &[name, i] : have.indexes) {
		auto it = want.indexes.find(name);
		const bool gone = it == want.indexes.end();
		const std::string id = QuoteQualified({t.schema, name});
		if (gone || !(it->second == i) || UsesDroppedColumn(ctx, t, i.columns)) {
			ctx.Add(Phase::kDropIndexes, "index", id, Action::kDrop, gone,
			        render::DropIndex({t.schema, name}));
			if (i.definition.rfind("CREATE UNIQUE", 0) == 0) {
				rekeyed.insert(name);
			}
			if (!gone) {
				ctx.Add(Phase::kCreateIndexes, "index", id, Action::kCreate, false,
				        render::CreateIndex(it->second));
			}
		}
	}
	for (const auto &[name, i] : want.indexes) {
		if (have.indexes.count(name) == 0) {
			ctx.Add(Phase::kCreateIndexes, "index", QuoteQualified({t.schema, name}),
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
			if (!IsForeignKey(k) || !k.references || rekeyed_tables.count(*k.references) == 0) {
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

} // namespace

void
DiffTables(DiffContext &ctx)
{
	for (const auto &[id, have] : ctx.from.tables) {
		if (ctx.to.tables.count(id) == 0) {
			ctx.dropped_tables.insert(id);
			DropTable(ctx, have);
		}
	}
	std::set<QualifiedName> rekeyed_tables;
	for (const auto &[id, want] : ctx.to.tables) {
		ctx.CheckCancel();
		auto it = ctx.from.tables.find(id);
		if (it == ctx.from.tables.end()) {
			CreateTable(ctx, want);
			continue;
		}
		const Table &have = it->second;
		if (have.unlogged != want.unlogged) {
			ctx.Add(Phase::kAlterTables, "table", QuoteQualified(id), Action::kAlter, false,
			        render::SetPersistence(id, want.unlogged));
		}
		DiffColumns(ctx, have, want);
		std::set<std::string> rekeyed;
		DiffConstraints(ctx, have, want, rekeyed);
		DiffIndexes(ctx, have, want, rekeyed);
		if (!rekeyed.empty()) {
			rekeyed_tables.insert(id);
		}
	}
	RekeyForeignKeys(ctx, rekeyed_tables);
}

} // namespace pgschemadiff
