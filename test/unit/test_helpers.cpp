// test_helpers.cpp — recorded-row builders shared by the unit tests.
#include "test_helpers.hpp"

#include <algorithm>

namespace pgschemadiff::test {

namespace {

void
Append(CatalogRows &rows, QueryId id, std::vector<std::string> values)
{
	RowSet &set = rows.at(id);
	// Columns a recorded row leaves out at the end are NULL (a query that
	// gained a column does not break every builder).
	values.resize(std::max(values.size(), set.Columns().size()), "\\N");
	std::vector<Cell> cells;
	for (auto &v : values) {
		if (v == "\\N") {
			cells.emplace_back(std::nullopt);
		} else {
			cells.emplace_back(std::move(v));
		}
	}
	set.AddRow(std::move(cells));
}

} // namespace

CatalogRows
EmptyRows()
{
	// Every query's columns, as the builder expects them (ExpectedColumns).
	CatalogRows rows;
	for (int i = 0; i < static_cast<int>(QueryId::kCount); ++i) {
		const auto id = static_cast<QueryId>(i);
		std::vector<std::string> columns;
		std::string column;
		for (const char *c = ExpectedColumns(id); *c != '\0'; ++c) {
			if (*c == ',') {
				columns.push_back(column);
				column.clear();
			} else {
				column += *c;
			}
		}
		columns.push_back(column);
		rows[id] = RowSet(columns);
	}
	Append(rows, QueryId::kSchemas, {"public"});
	// acldefault of a PostgreSQL 15 server ("" is the role itself).
	const std::vector<std::pair<std::string, std::vector<std::string>>> builtin = {
	    {"r", {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}},
	    {"S", {"USAGE", "SELECT", "UPDATE"}},
	    {"f", {"EXECUTE"}},
	    {"T", {"USAGE"}},
	    {"n", {"USAGE", "CREATE"}},
	};
	for (const auto &[type, privileges] : builtin) {
		for (const auto &p : privileges) {
			Append(rows, QueryId::kDefaultPrivileges, {"builtin", "", "", type, "", p, "false"});
		}
	}
	Append(rows, QueryId::kDefaultPrivileges,
	       {"builtin", "", "", "f", "public", "EXECUTE", "false"});
	Append(rows, QueryId::kDefaultPrivileges, {"builtin", "", "", "T", "public", "USAGE", "false"});
	return rows;
}

CatalogBuilder &
CatalogBuilder::TableOptions(const std::string &schema, const std::string &name,
                             const std::string &options, const std::string &toast_options,
                             const std::string &replica_identity, const std::string &replica_index)
{
	Append(rows, QueryId::kTableOptions,
	       {schema, name, options, toast_options, replica_identity, replica_index});
	return *this;
}

CatalogBuilder &
CatalogBuilder::DefaultAcl(const std::string &role, const std::string &schema,
                           const std::string &object_type, const std::string &grantee,
                           const std::string &privilege, bool grantable)
{
	Append(rows, QueryId::kDefaultPrivileges,
	       {"entry", role, schema, object_type, grantee, privilege, grantable ? "true" : "false"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Role(const std::string &name, bool current)
{
	Append(rows, QueryId::kRoles, {name, current ? "true" : "false"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Schema(const std::string &name)
{
	Append(rows, QueryId::kSchemas, {name});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Table(const std::string &schema, const std::string &name, bool unlogged)
{
	Append(rows, QueryId::kTables,
	       {schema, name, "r", unlogged ? "u" : "p", "false", "false", "false", "false", "\\N",
	        "\\N", "{}", "{}"});
	return *this;
}

namespace {

std::string
ArrayOf(const std::vector<std::string> &items)
{
	std::string out = "{";
	for (std::size_t i = 0; i < items.size(); ++i) {
		out += (i ? "," : "") + items[i];
	}
	return out + "}";
}

} // namespace

CatalogBuilder &
CatalogBuilder::TypedTable(const std::string &schema, const std::string &name,
                           const std::string &type_schema, const std::string &type_name)
{
	Append(rows, QueryId::kTables,
	       {schema, name, "r", "p", "false", "false", "false", "false", "\\N", "\\N", "{}", "{}",
	        type_schema, type_name});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Partitioned(const std::string &schema, const std::string &name,
                            const std::string &key, const std::string &parent,
                            const std::string &bound)
{
	const bool partition = bound != "\\N";
	Append(rows, QueryId::kTables,
	       {schema, name, "p", "p", partition ? "true" : "false", partition ? "true" : "false",
	        "false", "false", key, bound, partition ? ArrayOf({schema}) : "{}",
	        partition ? ArrayOf({parent}) : "{}"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Partition(const std::string &schema, const std::string &name,
                          const std::string &parent, const std::string &bound)
{
	Append(rows, QueryId::kTables,
	       {schema, name, "r", "p", "true", "true", "false", "false", "\\N", bound,
	        ArrayOf({schema}), ArrayOf({parent})});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Child(const std::string &schema, const std::string &name,
                      const std::vector<std::string> &parents)
{
	Append(rows, QueryId::kTables,
	       {schema, name, "r", "p", "false", "true", "false", "false", "\\N", "\\N",
	        ArrayOf(std::vector<std::string>(parents.size(), schema)), ArrayOf(parents)});
	return *this;
}

CatalogBuilder &
CatalogBuilder::InheritedColumn(const std::string &schema, const std::string &table,
                                const std::string &name, const std::string &type, bool not_null,
                                bool also_local, const std::string &default_expr)
{
	const auto position = std::to_string(rows.at(QueryId::kColumns).RowCount() + 1);
	Append(rows, QueryId::kColumns,
	       {schema, table, name, position, type, "b", not_null ? "true" : "false", default_expr, "", "",
	        "\\N", "\\N", also_local ? "true" : "false", "1"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Column(const std::string &schema, const std::string &table, const std::string &name,
                       const std::string &type, bool not_null, const std::string &default_expr,
                       const std::string &identity, const std::string &generated,
                       const std::string &coll_schema, const std::string &coll_name)
{
	const auto position = std::to_string(rows.at(QueryId::kColumns).RowCount() + 1);
	Append(rows, QueryId::kColumns,
	       {schema, table, name, position, type, "b", not_null ? "true" : "false", default_expr,
	        identity, generated, coll_schema, coll_name, "true", "0"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Constraint(const std::string &schema, const std::string &table,
                           const std::string &name, const std::string &type,
                           const std::string &definition, const std::string &columns,
                           const std::string &ref_schema, const std::string &ref_table,
                           bool inherited, const std::string &ref_columns)
{
	Append(rows, QueryId::kConstraints,
	       {schema, table, name, type, definition, columns, ref_schema, ref_table,
	        inherited ? "true" : "false", ref_columns});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Index(const std::string &schema, const std::string &table, const std::string &name,
                      const std::string &definition, const std::string &columns, bool inherited)
{
	Append(rows, QueryId::kIndexes,
	       {schema, table, name, definition, columns, inherited ? "true" : "false"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Sequence(const std::string &schema, const std::string &name,
                         const std::string &type, const std::string &deptype,
                         const std::string &owner_table, const std::string &owner_column,
                         const std::string &max)
{
	Append(rows, QueryId::kSequences,
	       {schema, name, type, "1", "1", "1", max, "1", "false", "p",
	        std::to_string(rows.at(QueryId::kSequences).RowCount() + 16384), deptype,
	        owner_table == "\\N" ? "\\N" : schema, owner_table, owner_column});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Enum(const std::string &schema, const std::string &name, const std::string &labels)
{
	Append(rows, QueryId::kEnums, {schema, name, labels});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Extension(const std::string &name, const std::string &schema,
                          const std::string &version)
{
	Append(rows, QueryId::kExtensions, {name, schema, version, "true"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Collation(const std::string &schema, const std::string &name,
                          const std::string &provider, const std::string &locale)
{
	Append(rows, QueryId::kCollations,
	       {schema, name, provider, "true", provider == "c" ? locale : "\\N",
	        provider == "c" ? locale : "\\N", provider == "i" ? locale : "\\N", "\\N"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::View(const std::string &schema, const std::string &name,
                     const std::string &definition, const std::string &columns,
                     const std::string &relkind, const std::string &options)
{
	Append(rows, QueryId::kViews,
	       {std::to_string(rows.at(QueryId::kViews).RowCount() + 16384), schema, name, relkind,
	        definition, options, columns});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Routine(const std::string &schema, const std::string &name, const std::string &args,
                        const std::string &result, const std::string &definition,
                        const std::string &kind)
{
	Append(rows, QueryId::kRoutines, {schema, name, args, kind, args, result, definition});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Trigger(const std::string &schema, const std::string &table,
                        const std::string &name, const std::string &definition,
                        const std::string &enabled)
{
	Append(rows, QueryId::kTriggers, {schema, table, name, definition, enabled});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Policy(const std::string &schema, const std::string &table, const std::string &name,
                       const std::string &command, const std::string &roles,
                       const std::string &using_expr)
{
	Append(rows, QueryId::kPolicies,
	       {schema, table, name, "true", command, roles, using_expr, "\\N"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Depends(const std::vector<std::string> &dependent,
                        const std::vector<std::string> &referenced)
{
	std::vector<std::string> row = dependent;
	row.insert(row.end(), referenced.begin(), referenced.end());
	Append(rows, QueryId::kDependencies, row);
	return *this;
}

CatalogBuilder &
CatalogBuilder::RowSecurity(const std::string &schema, const std::string &name, bool force)
{
	Append(rows, QueryId::kTables,
	       {schema, name, "r", "p", "false", "false", "true", force ? "true" : "false", "\\N",
	        "\\N", "{}", "{}"});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Grant(const std::vector<std::string> &object, const std::string &grantee,
                      const std::string &privilege, bool grantable)
{
	std::vector<std::string> row = object;
	row.insert(row.end(), {grantee, privilege, grantable ? "true" : "false"});
	Append(rows, QueryId::kPrivileges, row);
	return *this;
}

CatalogBuilder &
CatalogBuilder::Unsupported(const std::string &kind, const std::string &schema,
                            const std::string &identity, const std::string &signature)
{
	Append(rows, QueryId::kUnsupported, {kind, schema, identity, signature});
	return *this;
}

std::vector<std::string>
Sql(const DiffResult &r)
{
	std::vector<std::string> out;
	for (const auto &c : r.changes) {
		out.push_back(c.sql);
	}
	return out;
}

DiffResult
DiffOf(const CatalogBuilder &from, const CatalogBuilder &to, DiffOptions o)
{
	return Diff(from.Build(), to.Build(), o);
}

CatalogBuilder &
CatalogBuilder::Row(QueryId id, std::vector<std::string> values)
{
	Append(rows, id, std::move(values));
	return *this;
}

CatalogBuilder &
CatalogBuilder::Comment(const std::vector<std::string> &object, const std::string &text)
{
	std::vector<std::string> row = object;
	row.push_back(text);
	Append(rows, QueryId::kComments, std::move(row));
	return *this;
}

CatalogBuilder &
CatalogBuilder::Domain(const std::string &schema, const std::string &name,
                       const std::string &base_type, bool not_null, const std::string &default_expr,
                       const std::string &constraint_names, const std::string &constraint_defs)
{
	Append(rows, QueryId::kDomains,
	       {schema, name, base_type, not_null ? "true" : "false", default_expr, "\\N", "\\N",
	        constraint_names, constraint_defs});
	return *this;
}

CatalogBuilder &
CatalogBuilder::Composite(const std::string &schema, const std::string &name,
                          const std::vector<std::pair<std::string, std::string>> &attributes)
{
	if (attributes.empty()) {
		Append(rows, QueryId::kComposites, {schema, name, "\\N", "\\N", "\\N", "\\N", "\\N"});
	}
	int position = 0;
	for (const auto &[attribute, type] : attributes) {
		Append(rows, QueryId::kComposites,
		       {schema, name, attribute, std::to_string(++position), type, "\\N", "\\N"});
	}
	return *this;
}

} // namespace pgschemadiff::test
