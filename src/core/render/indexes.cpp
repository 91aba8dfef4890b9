// indexes.cpp — SQL text for indexes.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/util/index_definition.hpp"
#include "core/util/quote.hpp"

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
	// The caller checked the shape (SplitIndexDefinition): without it, the
	// plain definition is the best there is.
	const auto split = SplitIndexDefinition(definition, name);
	if (!split) {
		return definition + ";";
	}
	return split->first + "CONCURRENTLY " + QuoteIdent(as_name) + " ON " + split->second + ";";
}

std::string
DropIndexConcurrently(const QualifiedName &index)
{
	return "DROP INDEX CONCURRENTLY " + QuoteQualified(index) + ";";
}

} // namespace render
} // namespace pgschemadiff
