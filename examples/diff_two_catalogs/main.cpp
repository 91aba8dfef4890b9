// main.cpp — diff_two_catalogs: the pgschemadiff library without a server.
// Builds two catalogs from rows written here (as the catalog queries would
// return them: every column text, NULL where a column is not named), asks the
// core for the migration from the first to the second and prints it, one
// statement per paragraph, as `pgschemadiff` would. Exit status: 0 no
// differences, 2 differences, 1 error.
#include <pgschemadiff/pgschemadiff.hpp>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

using pgschemadiff::CellView;
using pgschemadiff::CoreStatus;
using pgschemadiff::Session;
using pgschemadiff::Side;

/// One catalog row: column name -> text; a column not named is NULL.
using Row = std::map<std::string, std::string>;
/// A catalog: rows by query name (QueryName: "schemas", "tables", ...).
using Catalog = std::map<std::string, std::vector<Row>>;

Row
Table(const std::string &schema, const std::string &name)
{
	return {{"schema", schema},        {"name", name},
	        {"relkind", "r"},          {"persistence", "p"},
	        {"is_partition", "false"}, {"is_child", "false"},
	        {"row_security", "false"}, {"force_row_security", "false"},
	        {"parent_schemas", "{}"},  {"parent_names", "{}"}};
}

Row
Column(const std::string &table, const std::string &name, int position, const std::string &type,
       bool not_null)
{
	return {{"schema", "public"},
	        {"table_name", table},
	        {"name", name},
	        {"position", std::to_string(position)},
	        {"type", type},
	        {"type_kind", "b"},
	        {"not_null", not_null ? "true" : "false"},
	        {"identity", ""},
	        {"generated", ""},
	        {"is_local", "true"},
	        {"inherited", "0"}};
}

/// The database to migrate: public.users (id).
Catalog
From()
{
	return {{"schemas", {{{"name", "public"}}}},
	        {"tables", {Table("public", "users")}},
	        {"columns", {Column("users", "id", 1, "integer", true)}}};
}

/// The reference: users gained an email column, and there is an orders table.
Catalog
To()
{
	return {
	    {"schemas", {{{"name", "public"}}}},
	    {"tables", {Table("public", "orders"), Table("public", "users")}},
	    {"columns",
	     {Column("orders", "id", 1, "bigint", true),
	      Column("orders", "user_id", 2, "integer", false),
	      Column("users", "id", 1, "integer", true), Column("users", "email", 2, "text", false)}}};
}

std::vector<std::string>
Split(const char *list)
{
	std::vector<std::string> out(1);
	for (const char *p = list; *p != '\0'; ++p) {
		if (*p == ',') {
			out.emplace_back();
		} else {
			out.back() += *p;
		}
	}
	return out;
}

/// Hands every query's rows for `side` to the session, as a reader would
/// after running the queries; a query with no rows here gets none.
bool
AddCatalog(Session *session, Side side, const Catalog &catalog, CoreStatus *status)
{
	constexpr int kServerVersion = 150000; // the server the rows would come from
	if (!pgschemadiff::SessionSetServerVersion(session, side, kServerVersion, status)) {
		return false;
	}
	for (int q = 0; q < pgschemadiff::QueryCount(); ++q) {
		const std::vector<std::string> columns = Split(pgschemadiff::QueryColumns(q));
		std::vector<const char *> names;
		for (const auto &c : columns) {
			names.push_back(c.c_str());
		}
		auto found = catalog.find(pgschemadiff::QueryName(q));
		const std::vector<Row> none;
		const std::vector<Row> &rows = found != catalog.end() ? found->second : none;
		std::vector<CellView> cells;
		for (const auto &row : rows) {
			for (const auto &c : columns) {
				auto cell = row.find(c);
				cells.push_back(cell == row.end()
				                    ? CellView{nullptr, 0, true}
				                    : CellView{cell->second.data(),
				                               static_cast<int>(cell->second.size()), false});
			}
		}
		if (!pgschemadiff::SessionAddRows(session, side, q, static_cast<int>(names.size()),
		                                  names.data(), static_cast<int>(rows.size()), cells.data(),
		                                  status)) {
			return false;
		}
	}
	return true;
}

int
Fail(const CoreStatus &status)
{
	std::fprintf(stderr, "diff_two_catalogs: error: %s\n", status.message);
	if (status.detail[0] != '\0') {
		std::fprintf(stderr, "DETAIL:  %s\n", status.detail);
	}
	return 1;
}

} // namespace

int
main()
{
	CoreStatus status;
	pgschemadiff::SessionPtr session(pgschemadiff::SessionCreate(&status));
	if (!session) {
		return Fail(status);
	}
	// The local side is the database to migrate, the remote one the reference.
	if (!AddCatalog(session.get(), Side::kLocal, From(), &status) ||
	    !AddCatalog(session.get(), Side::kRemote, To(), &status)) {
		return Fail(status);
	}
	pgschemadiff::OptionsView options{}; // schema_diff()'s defaults: no drops, ...
	options.detect_renames = true;
	if (!pgschemadiff::SessionBuildPlan(session.get(), &options, &status)) {
		return Fail(status);
	}
	const int n = pgschemadiff::PlanStatementCount(session.get());
	for (int i = 0; i < n; ++i) {
		std::printf("%s\n\n", pgschemadiff::PlanStatementSql(session.get(), i));
	}
	return n > 0 ? 2 : 0;
}
