// table_options.cpp — renders storage parameters and replica identity.
// Layer: core/render. Mirrors pg_dump's dumpTableSchema: reloptions as
// fmtReloptionsArray prints them (toast options prefixed "toast."), REPLICA
// IDENTITY as dumpTableSchema and dumpIndex emit it.
#include "core/render/table_options.hpp"

#include "core/render/ddl.hpp"
#include "core/util/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace render {
namespace {

/// "name" or "toast"."name": a reloption name may carry a namespace.
std::string
OptionName(const std::string &name)
{
	const auto dot = name.find('.');
	if (dot == std::string::npos) {
		return QuoteIdent(name);
	}
	return QuoteIdent(name.substr(0, dot)) + "." + QuoteIdent(name.substr(dot + 1));
}

} // namespace

std::string
StorageOptionList(const std::vector<std::pair<std::string, std::string>> &options)
{
	std::string out = "(";
	for (const auto &[name, value] : options) {
		out += (out.size() > 1 ? ", " : "") + OptionName(name) + " = " + QuoteLiteral(value);
	}
	return out + ")";
}

std::string
CreateTableWithOptions(const Table &t)
{
	std::string out = CreateTable(t);
	if (t.storage_options.empty()) {
		return out;
	}
	// WITH comes last in CREATE TABLE, after PARTITION BY.
	out.pop_back(); // ';'
	return out + " WITH " + StorageOptionList(OrderedStorageOptions(t)) + ";";
}

std::string
SetStorageOptions(const QualifiedName &table,
                  const std::vector<std::pair<std::string, std::string>> &options)
{
	return "ALTER TABLE " + QuoteQualified(table) + " SET " + StorageOptionList(options) + ";";
}

std::string
ResetStorageOptions(const QualifiedName &table, const std::set<std::string> &names)
{
	std::string list;
	for (const auto &name : names) {
		list += (list.empty() ? "" : ", ") + OptionName(name);
	}
	return "ALTER TABLE " + QuoteQualified(table) + " RESET (" + list + ");";
}

std::string
ReplicaIdentity(const QualifiedName &table, char identity, const std::string &index)
{
	std::string what;
	switch (identity) {
	case 'f':
		what = "FULL";
		break;
	case 'n':
		what = "NOTHING";
		break;
	case 'i':
		what = "USING INDEX " + QuoteIdent(index);
		break;
	default:
		what = "DEFAULT";
		break;
	}
	return "ALTER TABLE " + QuoteQualified(table) + " REPLICA IDENTITY " + what + ";";
}

std::string
ClusterOn(const QualifiedName &table, const std::string &index)
{
	return "ALTER TABLE " + QuoteQualified(table) +
	       (index.empty() ? " SET WITHOUT CLUSTER;" : " CLUSTER ON " + QuoteIdent(index) + ";");
}

std::string
SetAccessMethod(char relkind, const QualifiedName &relation, const std::string &method)
{
	return std::string(relkind == 'm' ? "ALTER MATERIALIZED VIEW " : "ALTER TABLE ") +
	       QuoteQualified(relation) + " SET ACCESS METHOD " + QuoteIdent(method) + ";";
}

} // namespace render
} // namespace pgschemadiff
