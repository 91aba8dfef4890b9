// column_options.cpp — SQL text for per-column settings (pg_dump's
// dumpTableSchema, the ALTER COLUMN ... SET STATISTICS / STORAGE / COMPRESSION
// / (options) it prints after CREATE TABLE).
// Layer: core/render.
#include "core/render/column_options.hpp"

#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
AlterColumn(const QualifiedName &table, const std::string &column)
{
	return "ALTER TABLE ONLY " + QuoteQualified(table) + " ALTER COLUMN " + QuoteIdent(column);
}

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

} // namespace

std::string
SetColumnStatistics(const QualifiedName &table, const std::string &column,
                    const std::optional<std::string> &target)
{
	return AlterColumn(table, column) + " SET STATISTICS " + target.value_or("-1") + ";";
}

std::string
SetColumnStorage(const QualifiedName &table, const std::string &column, char storage)
{
	return AlterColumn(table, column) + " SET STORAGE " + StorageName(storage) + ";";
}

std::string
SetColumnCompression(const QualifiedName &table, const std::string &column,
                     const std::optional<std::string> &method)
{
	return AlterColumn(table, column) + " SET COMPRESSION " +
	       (method ? QuoteIdent(*method) : std::string("DEFAULT")) + ";";
}

std::string
SetColumnOptions(const QualifiedName &table, const std::string &column,
                 const std::vector<std::string> &options)
{
	std::string list;
	for (const auto &o : options) {
		list += (list.empty() ? "" : ", ") + OptionAssignment(o);
	}
	return AlterColumn(table, column) + " SET (" + list + ");";
}

std::string
ResetColumnOptions(const QualifiedName &table, const std::string &column,
                   const std::vector<std::string> &names)
{
	std::string list;
	for (const auto &n : names) {
		list += (list.empty() ? "" : ", ") + QuoteIdent(n);
	}
	return AlterColumn(table, column) + " RESET (" + list + ");";
}

} // namespace render
} // namespace pgschemadiff
