// diff_inherited_defaults.cpp — the own default of a column a partition or
// inheritance child only inherits (ALTER TABLE ONLY child ALTER COLUMN ...
// SET DEFAULT / DROP DEFAULT, as pg_dump prints it).
// Layer: core/diff. Such a column is otherwise changed through its parent:
// CREATE TABLE ... PARTITION OF / INHERITS copies the parent's default, and
// the parent's ALTER COLUMN ... SET/DROP DEFAULT recurses to its children. So
// a child's own statement is needed when it is created with a default other
// than its parent's, or when it stays and either its default differs or an
// ancestor's default changes (the recursion would overwrite it). It names
// the child's column and needs the ancestors' columns, so it runs after
// their statements; ONLY keeps it from reaching the child's own children,
// which get their own statement the same way.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <set>

namespace pgschemadiff {
namespace {

/// The default of `column` in `table` of `cat`, or nullopt (also when absent).
std::optional<std::string>
DefaultOf(const Catalog &cat, const QualifiedName &table, const std::string &column)
{
	auto it = cat.tables.find(table);
	if (it == cat.tables.end()) {
		return std::nullopt;
	}
	const Column *c = it->second.FindColumn(column);
	return c == nullptr ? std::nullopt : c->default_expr;
}

/// Every ancestor (parents, theirs, ...) of `table` in the remote's catalog.
std::vector<QualifiedName>
Ancestors(const Catalog &cat, const QualifiedName &table)
{
	std::vector<QualifiedName> out;
	std::set<QualifiedName> seen;
	std::vector<QualifiedName> todo = {table};
	while (!todo.empty()) {
		const QualifiedName t = todo.back();
		todo.pop_back();
		auto it = cat.tables.find(t);
		if (it == cat.tables.end()) {
			continue;
		}
		for (const auto &p : it->second.parents) {
			if (seen.insert(p).second) {
				out.push_back(p);
				todo.push_back(p);
			}
		}
	}
	return out;
}

} // namespace

void
DiffInheritedDefaults(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.tables) {
		if (want.parents.empty() || want.of_type) {
			continue;
		}
		auto have_it =
		    ctx.dropped_tables.count(id) > 0 ? ctx.from.tables.end() : ctx.from.tables.find(id);
		const bool created = have_it == ctx.from.tables.end();
		const std::vector<QualifiedName> ancestors = Ancestors(ctx.to, id);
		const QualifiedName &parent = want.parents.front();
		for (const auto &w : want.columns) {
			if (w.local || w.generated_expr) {
				continue; // a column of its own is compared as any other
			}
			const Column *h = created ? nullptr : have_it->second.FindColumn(w.name);
			bool needed = false;
			if (h == nullptr || ctx.ColumnGoes(id, w.name)) {
				needed = w.default_expr != DefaultOf(ctx.to, parent, w.name);
			} else {
				// The nearest ancestor whose default changes passes its new
				// one down by recursion; otherwise the column keeps its own.
				std::optional<std::string> after = h->default_expr;
				for (const auto &a : ancestors) {
					const auto now = DefaultOf(ctx.to, a, w.name);
					if (ctx.from.tables.count(a) > 0 && DefaultOf(ctx.from, a, w.name) != now) {
						after = now;
						break;
					}
				}
				needed = after != w.default_expr;
			}
			if (!needed) {
				continue;
			}
			Change &c = ctx.Add(Phase::kAlterTables, "column",
			                    QuoteQualified(id) + "." + QuoteIdent(w.name), Action::kAlter,
			                    false, op::SetOwnDefault{id, w.name, w.default_expr});
			c.object = PartObject(ObjectKind::kDefault, id, w.name);
			c.needs.push_back(ColumnObject(id, w.name));
			for (const auto &a : ancestors) {
				c.needs.push_back(ColumnObject(a, w.name));
				// after the ancestors' own SET DEFAULT, which would pass down
				c.needs.push_back(PartObject(ObjectKind::kDefault, a, w.name));
			}
		}
	}
}

} // namespace pgschemadiff
