// column_options.cpp — SQL text for per-column settings (pg_dump's
// dumpTableSchema, the ALTER COLUMN ... SET STATISTICS / STORAGE / COMPRESSION
// / (options) it prints after CREATE TABLE).
// Layer: core/render.
#include "core/render/column_options.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
StorageName(char storage)
{
	switch (storage) {
	case 'p':
		return "PLAIN";
	case 'e':
		return "EXTERNAL";
	case 'm':
		return "MAIN";
	default:
		return "EXTENDED";
	}
}

/// "name=value" as attoptions holds it -> name = 'value'.
std::string
OptionAssignment(const std::string &option)
{
	const std::size_t eq = option.find('=');
	if (eq == std::string::npos) {
		return QuoteIdent(option);
	}
	return QuoteIdent(option.substr(0, eq)) + " = " + QuoteLiteral(option.substr(eq + 1));
}

std::string
TableColumnHead(const QualifiedName &table, const std::string &column)
{
	return "ALTER TABLE ONLY " + QuoteQualified(table) + " ALTER COLUMN " + QuoteIdent(column);
}

std::string
RelationColumnHead(char relkind, const QualifiedName &relation, const std::string &column,
                   const std::string &attnum)
{
	switch (relkind) {
	case 'm':
		return "ALTER MATERIALIZED VIEW " + QuoteQualified(relation) + " ALTER COLUMN " +
		       QuoteIdent(column);
	case 'f':
		return "ALTER FOREIGN TABLE ONLY " + QuoteQualified(relation) + " ALTER COLUMN " +
		       QuoteIdent(column);
	case 'i':
	case 'I':
		return "ALTER INDEX " + QuoteQualified(relation) + " ALTER COLUMN " + attnum;
	default:
		return TableColumnHead(relation, column);
	}
}

std::string
Head(const RelationColumn &c)
{
	return RelationColumnHead(c.relkind, c.relation, c.column, c.attnum);
}

} // namespace

std::string
SetColumnStatistics(const RelationColumn &column, const std::optional<std::string> &target)
{
	return Head(column) + " SET STATISTICS " + target.value_or("-1") + ";";
}

std::string
SetColumnStorage(const RelationColumn &column, char storage)
{
	return Head(column) + " SET STORAGE " + StorageName(storage) + ";";
}

std::string
SetColumnCompression(const RelationColumn &column, const std::optional<std::string> &method)
{
	return Head(column) + " SET COMPRESSION " + (method ? QuoteIdent(*method) : std::string("DEFAULT")) +
	       ";";
}

std::string
SetColumnOptions(const RelationColumn &column, const std::vector<std::string> &options)
{
	std::string list;
	for (const auto &o : options) {
		list += (list.empty() ? "" : ", ") + OptionAssignment(o);
	}
	return Head(column) + " SET (" + list + ");";
}

std::string
ResetColumnOptions(const RelationColumn &column, const std::vector<std::string> &names)
{
	std::string list;
	for (const auto &n : names) {
		list += (list.empty() ? "" : ", ") + QuoteIdent(n);
	}
	return Head(column) + " RESET (" + list + ");";
}

} // namespace render
} // namespace pgschemadiff
