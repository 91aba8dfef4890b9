// statistics.cpp — SQL text for extended statistics (the CREATE is
// pg_get_statisticsobjdef's own text).
// Layer: core/render.
#include "core/render/ddl.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
CreateStatistics(const ExtendedStatistics &s)
{
	return s.definition + ";";
}

std::string
SetStatisticsTarget(const QualifiedName &id, const std::optional<std::string> &target)
{
	return "ALTER STATISTICS " + QuoteQualified(id) + " SET STATISTICS " + target.value_or("-1") +
	       ";";
}

std::string
DropStatistics(const QualifiedName &id)
{
	return "DROP STATISTICS IF EXISTS " + QuoteQualified(id) + ";";
}

} // namespace render
} // namespace pgschemadiff
