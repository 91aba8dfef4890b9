// build_foreign.cpp — rows -> foreign servers and foreign tables.
// Layer: core/catalog.
#include "core/catalog/build_kinds.hpp"
#include "core/error.hpp"

namespace pgschemadiff {

void
BuildForeignDataWrappers(const RowSet &wrappers, Catalog &cat)
{
	EachRow(wrappers, [&](const RowReader &r) {
		ForeignDataWrapper w;
		w.name = r.Text("name");
		w.handler = r.Optional("handler");
		w.validator = r.Optional("validator");
		w.options = ParseFdwOptions(r.Text("options"));
		for (const std::string f : {"handler", "validator"}) {
			if (r.Get(f + "_name")) {
				w.functions.push_back(
				    {r.Text(f + "_schema"), r.Text(f + "_name"), r.Text(f + "_args")});
			}
		}
		cat.foreign_data_wrappers.emplace(w.name, std::move(w));
	});
}

FdwOptions
ParseFdwOptions(const std::string &literal)
{
	FdwOptions out;
	for (const auto &item : ParseTextArray(literal)) {
		const auto eq = item.find('=');
		if (eq == std::string::npos) {
			throw Error(ErrorKind::kCatalogDrift,
			            "foreign-data option \"" + item + "\" is not name=value");
		}
		out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
	}
	return out;
}

void
BuildForeign(const RowSet &servers, const RowSet &tables, Catalog &cat)
{
	EachRow(servers, [&](const RowReader &r) {
		ForeignServer s;
		s.name = r.Text("name");
		s.wrapper = r.Text("wrapper");
		s.type = r.Optional("type");
		s.version = r.Optional("version");
		s.options = ParseFdwOptions(r.Text("options"));
		s.has_user_mappings = r.Bool("has_user_mappings");
		cat.foreign_servers.emplace(s.name, std::move(s));
	});
	EachRow(tables, [&](const RowReader &r) {
		const QualifiedName id{r.Text("schema"), r.Text("name")};
		ForeignTable &t = cat.foreign_tables[id];
		t.id = id;
		t.server = r.Text("server");
		t.options = ParseFdwOptions(r.Text("options"));
		if (!r.Get("column_name")) {
			return; // no columns
		}
		ForeignColumn c;
		c.name = r.Text("column_name");
		c.type = r.Text("type");
		c.not_null = r.Bool("not_null");
		c.default_expr = r.Optional("default_expr");
		c.options = ParseFdwOptions(r.Text("column_options"));
		t.columns.push_back(std::move(c));
	});
}

} // namespace pgschemadiff
