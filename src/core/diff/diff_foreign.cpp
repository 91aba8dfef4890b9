// diff_foreign.cpp — foreign servers and foreign tables.
// Layer: core/diff. Servers are created after the extensions that bring
// their wrapper and dropped before them; their options and version change in
// place, a changed wrapper or type is reported; one with user mappings is
// never dropped (it is often the one schema_diff reached the remote through).
// Foreign tables keep no rows
// here, so one whose server changes is dropped and created again (with its
// grants, comments and dependents); columns and options change in place.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace {

std::string
ColumnIdentity(const QualifiedName &table, const std::string &column)
{
	return QuoteQualified(table) + "." + QuoteIdent(column);
}

ObjectRef
WrapperObject(const std::string &name)
{
	return {ObjectKind::kForeignDataWrapper, "", name, ""};
}

ObjectRef
ServerObject(const std::string &name)
{
	return {ObjectKind::kServer, "", name, ""};
}

/// A local server the remote lacks stays when it has user mappings, unless
/// with_privileges migrates them (DiffUserMappings drops them first).
bool
KeptForMappings(const DiffContext &ctx, const ForeignServer &s)
{
	return s.has_user_mappings && !ctx.options.with_privileges;
}

/// Foreign-data wrappers a user made: created before the servers that use
/// them (and after their handler and validator functions: `needs`), changed
/// in place, dropped after the servers (DropWrappers, called after them).
void
DiffWrappers(DiffContext &ctx)
{
	for (const auto &[name, want] : ctx.to.foreign_data_wrappers) {
		auto it = ctx.from.foreign_data_wrappers.find(name);
		if (it == ctx.from.foreign_data_wrappers.end()) {
			Change &c = ctx.Add(Phase::kCreateServers, "foreign-data wrapper", QuoteIdent(name),
			                    Action::kCreate, false, op::CreateForeignDataWrapper{want});
			c.object = WrapperObject(name);
			for (const auto &f : want.functions) {
				c.needs.push_back({ObjectKind::kFunction, f[0], f[1], f[2]});
			}
			continue;
		}
		const ForeignDataWrapper &have = it->second;
		if (have.handler != want.handler || have.validator != want.validator ||
		    !SameOptions(have.options, want.options)) {
			Change &c = ctx.Add(Phase::kCreateServers, "foreign-data wrapper", QuoteIdent(name),
			                    Action::kAlter, false, op::AlterForeignDataWrapper{have, want});
			c.object = WrapperObject(name);
			for (const auto &f : want.functions) {
				c.needs.push_back({ObjectKind::kFunction, f[0], f[1], f[2]});
			}
		}
	}
}

void
DropWrappers(DiffContext &ctx)
{
	for (const auto &[name, have] : ctx.from.foreign_data_wrappers) {
		if (ctx.to.foreign_data_wrappers.count(name) > 0) {
			continue;
		}
		// A server that stays (the remote has it, or it keeps user mappings)
		// still needs its wrapper.
		bool used = false;
		for (const auto &[server, s] : ctx.from.foreign_servers) {
			used = used || (s.wrapper == name &&
			                (ctx.to.foreign_servers.count(server) > 0 || KeptForMappings(ctx, s)));
		}
		if (used) {
			ctx.Warn("foreign-data wrapper " + QuoteIdent(name) +
			             " is not in the remote database but was kept: a server uses it",
			         "Drop the server and the wrapper yourself if they are no longer needed.");
			continue;
		}
		ctx.Add(Phase::kDropServers, "foreign-data wrapper", QuoteIdent(name), Action::kDrop, true,
		        op::DropForeignDataWrapper{name})
		    .object = WrapperObject(name);
	}
}

void
DiffServers(DiffContext &ctx)
{
	for (const auto &[name, want] : ctx.to.foreign_servers) {
		auto it = ctx.from.foreign_servers.find(name);
		if (it == ctx.from.foreign_servers.end()) {
			Change &c = ctx.Add(Phase::kCreateServers, "server", QuoteIdent(name), Action::kCreate,
			                    false, op::CreateServer{want});
			c.object = ServerObject(name);
			c.needs.push_back(WrapperObject(want.wrapper));
			continue;
		}
		const ForeignServer &have = it->second;
		if (have.wrapper != want.wrapper || have.type != want.type) {
			ctx.Warn("foreign server " + QuoteIdent(name) +
			             " has another wrapper or type and was not changed",
			         "Remote definition: ", op::CreateServer{want});
			continue;
		}
		if (have.version != want.version || !SameOptions(have.options, want.options)) {
			ctx.Add(Phase::kCreateServers, "server", QuoteIdent(name), Action::kAlter, false,
			        op::AlterServer{have, want});
		}
	}
	for (const auto &[name, have] : ctx.from.foreign_servers) {
		if (ctx.to.foreign_servers.count(name) == 0 && KeptForMappings(ctx, have)) {
			// Often the very server schema_diff reached the remote through.
			ctx.Warn(
			    "foreign server " + QuoteIdent(name) +
			        " is not in the remote database but was kept: it has user mappings",
			    "User mappings hold credentials; pgschemadiff migrates them only with "
			    "with_privileges => true. Drop the server yourself if it is no longer needed.");
			continue;
		}
		if (ctx.to.foreign_servers.count(name) == 0) {
			ctx.Add(Phase::kDropServers, "server", QuoteIdent(name), Action::kDrop, true,
			        op::DropServer{name})
			    .object = ServerObject(name);
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
			        op::DropForeignColumn{id, c.name});
		}
	}
	for (const auto &w : want.columns) {
		const ForeignColumn *h = have.FindColumn(w.name);
		if (h == nullptr) {
			ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(id, w.name), Action::kCreate,
			        false, op::AddForeignColumn{id, w});
			continue;
		}
		if (h->type != w.type) {
			// Views over it are rebuilt, as for a column that is dropped and added.
			ctx.dropped_columns.insert({id, w.name});
		}
		const std::pair<ForeignColumnPart, bool> parts[] = {
		    {ForeignColumnPart::kType, h->type != w.type},
		    {ForeignColumnPart::kNotNull, h->not_null != w.not_null},
		    {ForeignColumnPart::kDefault, h->default_expr != w.default_expr},
		    {ForeignColumnPart::kOptions, !SameOptions(h->options, w.options)},
		};
		for (const auto &[part, differs] : parts) {
			if (differs) {
				ctx.Add(Phase::kAlterTables, "column", ColumnIdentity(id, w.name), Action::kAlter,
				        false, op::AlterForeignColumn{id, *h, w, part});
			}
		}
	}
}

} // namespace

void
DiffForeign(DiffContext &ctx)
{
	DiffWrappers(ctx);
	DiffServers(ctx);
	for (const auto &[id, want] : ctx.to.foreign_tables) {
		auto it = ctx.from.foreign_tables.find(id);
		const bool recreate =
		    it != ctx.from.foreign_tables.end() && it->second.server != want.server;
		if (recreate) {
			ctx.dropped_tables.insert(id);
			ctx.Add(Phase::kDropTables, "foreign table", QuoteQualified(id), Action::kDrop, false,
			        op::DropForeignTable{id});
		}
		if (it == ctx.from.foreign_tables.end() || recreate) {
			ctx.Add(Phase::kCreateTables, "foreign table", QuoteQualified(id), Action::kCreate,
			        false, op::CreateForeignTable{want});
			continue;
		}
		const ForeignTable &have = it->second;
		if (have == want) {
			continue;
		}
		AlterColumns(ctx, have, want);
		if (!SameOptions(have.options, want.options)) {
			ctx.Add(Phase::kAlterTables, "foreign table", QuoteQualified(id), Action::kAlter, false,
			        op::AlterForeignTableOptions{id, have.options, want.options});
		}
	}
	for (const auto &[id, have] : ctx.from.foreign_tables) {
		if (ctx.to.foreign_tables.count(id) == 0) {
			ctx.dropped_tables.insert(id);
			ctx.Add(Phase::kDropTables, "foreign table", QuoteQualified(id), Action::kDrop, true,
			        op::DropForeignTable{id});
		}
	}
	DropWrappers(ctx);
}

} // namespace pgschemadiff
