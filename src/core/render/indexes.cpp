// indexes.cpp — SQL text for indexes.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
CreateIndex(const Index &i)
{
	// pg_get_indexdef says ON ONLY for an index of a partitioned table; without
	// ONLY the index is also built (or attached) on every partition, which is
	// what the parent's index means once all partitions are attached.
	static const std::string kOnOnly = " ON ONLY ";
	std::string def = i.definition;
	const std::size_t at = def.find(kOnOnly);
	if (at != std::string::npos) {
		def.replace(at, kOnOnly.size(), " ON ");
	}
	return def + ";";
}

std::string
DropIndex(const QualifiedName &index)
{
	return "DROP INDEX " + QuoteQualified(index) + ";";
}

std::string
RenameIndex(const QualifiedName &index, const std::string &to)
{
	return "ALTER INDEX " + QuoteQualified(index) + " RENAME TO " + QuoteIdent(to) + ";";
}

std::string
CreateIndexConcurrently(const std::string &definition, const std::string &name,
                        const std::string &as_name)
{
	// pg_get_indexdef quotes the name only when it must (quote_identifier).
	for (const std::string prefix : {"CREATE INDEX ", "CREATE UNIQUE INDEX "}) {
		for (const std::string &printed : {QuoteIdent(name), name}) {
			const std::string head = prefix + printed + " ON ";
			if (definition.compare(0, head.size(), head) == 0) {
				return prefix + "CONCURRENTLY " + QuoteIdent(as_name) + " ON " +
				       definition.substr(head.size()) + ";";
			}
		}
	}
	return "";
}

std::string
DropIndexConcurrently(const QualifiedName &index)
{
	return "DROP INDEX CONCURRENTLY " + QuoteQualified(index) + ";";
}

} // namespace render
} // namespace pgschemadiff
