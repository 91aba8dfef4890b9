// diff_foreign.cpp — foreign servers and foreign tables.
// Layer: core/diff. Servers are created after the extensions that bring
// their wrapper and dropped before them; their options and version change in
// place, a changed wrapper or type is reported; one with user mappings is
// never dropped (it is often the one schema_diff reached the remote through).
// Foreign tables keep no rows
// here, so one whose server changes is dropped and created again (with its
// grants, comments and dependents); columns and options change in place.
#include "core/diff/context.hpp"
#include "core/render/foreign.hpp"
#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace {

std::string
ColumnIdentity(const QualifiedName &table, const std::string &column)
{
	return QuoteQualified(table) + "." + QuoteIdent(column);
}

void
DiffServers(DiffContext &ctx)
{
	for (const auto &[name, want] : ctx.to.foreign_servers) {
		auto it = ctx.from.foreign_servers.find(name);
		if (it == ctx.from.foreign_servers.end()) {
			ctx.Add(Phase::kCreateServers, "server", QuoteIdent(name), Action::kCreate, false,
			        render::CreateServer(want));
			continue;
		}
		const ForeignServer &have = it->second;
		if (have.wrapper != want.wrapper || have.type != want.type) {
			ctx.Warn("foreign server " + QuoteIdent(name) +
			             " has another wrapper or type and was not changed",
			         "Remote definition: " + render::CreateServer(want));
			continue;
		}
		std::string sql = render::AlterServer(have, want);
		if (!sql.empty()) {
			ctx.Add(Phase::kCreateServers, "server", QuoteIdent(name), Action::kAlter, false,
			        std::move(sql));
		}
	}
	for (const auto &[name, have] : ctx.from.foreign_servers) {
		if (ctx.to.foreign_servers.count(name) == 0 && have.has_user_mappings) {
			// Often the very server schema_diff reached the remote through.
			ctx.Warn("foreign server " + QuoteIdent(name) +
			             " is not in the remote database but was kept: it has user mappings",
			         "User mappings hold credentials; pgschemadiff never copies or drops them. "
			         "Drop the server yourself if it is no longer needed.");
			continue;
		}
		if (ctx.to.foreign_servers.count(name) == 0) {
			ctx.Add(Phase::kDropServers, "server", QuoteIdent(name), Action::kDrop, true,
			        render::DropServer(name));
		}
	}
}

void
AlterColumns(DiffContext &ctx, const ForeignTable &have, const ForeignTable &want)
{
	const QualifiedName &id = want.id;
	for (const auto &c : have.columns) {
		if (want.FindColumn(c.name) == nullptr) {
			ctx.dropped_columns.insert({id, c.name});
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(id, c.name), Action::kDrop, true,
			        render::DropForeignColumn(id, c.name));
		}
	}
	for (const auto &w : want.columns) {
		const ForeignColumn *h = have.FindColumn(w.name);
		if (h == nullptr) {
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(id, w.name), Action::kCreate,
			        false, render::AddForeignColumn(id, w));
			continue;
		}
		if (h->type != w.type) {
			// Views over it are rebuilt, as for a column that is dropped and added.
			ctx.dropped_columns.insert({id, w.name});
		}
		for (auto &sql : render::AlterForeignColumn(id, *h, w)) {
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(id, w.name), Action::kAlter,
			        false, std::move(sql));
		}
	}
}

} // namespace

void
DiffForeign(DiffContext &ctx)
{
	DiffServers(ctx);
	for (const auto &[id, want] : ctx.to.foreign_tables) {
		auto it = ctx.from.foreign_tables.find(id);
		const bool recreate =
		    it != ctx.from.foreign_tables.end() && it->second.server != want.server;
		if (recreate) {
			ctx.dropped_tables.insert(id);
			ctx.Add(Phase::kDropTables, "foreign table", QuoteQualified(id), Action::kDrop, false,
			        render::DropForeignTable(id));
		}
		if (it == ctx.from.foreign_tables.end() || recreate) {
			ctx.Add(Phase::kCreateTables, "foreign table", QuoteQualified(id), Action::kCreate,
			        false, render::CreateForeignTable(want));
			continue;
		}
		const ForeignTable &have = it->second;
		if (have == want) {
			continue;
		}
		AlterColumns(ctx, have, want);
		std::string sql = render::AlterForeignTableOptions(id, have.options, want.options);
		if (!sql.empty()) {
			ctx.Add(Phase::kAlterTables, "foreign table", QuoteQualified(id), Action::kAlter, false,
			        std::move(sql));
		}
	}
	for (const auto &[id, have] : ctx.from.foreign_tables) {
		if (ctx.to.foreign_tables.count(id) == 0) {
			ctx.dropped_tables.insert(id);
			ctx.Add(Phase::kDropTables, "foreign table", QuoteQualified(id), Action::kDrop, true,
			        render::DropForeignTable(id));
		}
	}
}

} // namespace pgschemadiff
