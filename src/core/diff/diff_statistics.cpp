// diff_statistics.cpp — extended statistics: CREATE / ALTER / DROP STATISTICS.
// Layer: core/diff. A changed definition is a drop and a create (statistics
// hold no data, only what ANALYZE gathers again), and so is an unchanged one
// on a table losing a column (dropped, or dropped to be added again:
// PostgreSQL drops the statistics with a column they use); a changed target is
// ALTER STATISTICS ... SET STATISTICS. Created after the table's columns
// exist (the graph: it needs its table), dropped before columns go (IF
// EXISTS: dropping a column the object uses drops it with the column).
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace {

ObjectRef
StatisticsObject(const QualifiedName &id)
{
	return {ObjectKind::kStatistics, id.schema, id.name, ""};
}

void
Create(DiffContext &ctx, const ExtendedStatistics &want)
{
	const std::string id = QuoteQualified(want.id);
	Change &c = ctx.Add(Phase::kCreateIndexes, "statistics", id, Action::kCreate, false,
	                    op::CreateStatistics{want});
	c.object = StatisticsObject(want.id);
	c.needs.push_back(TableObject(want.table));
	if (want.statistics) {
		ctx.Add(Phase::kCreateIndexes, "statistics", id, Action::kAlter, false,
		        op::SetStatisticsTarget{want.id, want.statistics})
		    .object = StatisticsObject(want.id);
	}
}

/// True when the migration drops a column of `table` (also to add it again).
bool
LosesAColumn(const DiffContext &ctx, const QualifiedName &table)
{
	auto it = ctx.dropped_columns.lower_bound({table, std::string()});
	return it != ctx.dropped_columns.end() && it->first == table;
}

} // namespace

void
DiffStatistics(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.statistics) {
		auto it = ctx.from.statistics.find(id);
		// Statistics of a table dropped and created again went with it.
		const bool have =
		    it != ctx.from.statistics.end() && ctx.dropped_tables.count(it->second.table) == 0;
		if (!have) {
			Create(ctx, want);
		} else if (it->second.definition != want.definition || it->second.table != want.table ||
		           LosesAColumn(ctx, want.table)) {
			ctx.Add(Phase::kDropIndexes, "statistics", QuoteQualified(id), Action::kDrop, false,
			        op::DropStatistics{id})
			    .object = StatisticsObject(id);
			Create(ctx, want);
		} else if (it->second.statistics != want.statistics) {
			ctx.Add(Phase::kCreateIndexes, "statistics", QuoteQualified(id), Action::kAlter, false,
			        op::SetStatisticsTarget{id, want.statistics})
			    .object = StatisticsObject(id);
		}
	}
	for (const auto &[id, have] : ctx.from.statistics) {
		if (ctx.to.statistics.count(id) == 0 && ctx.dropped_tables.count(have.table) == 0) {
			ctx.Add(Phase::kDropIndexes, "statistics", QuoteQualified(id), Action::kDrop, true,
			        op::DropStatistics{id})
			    .object = StatisticsObject(id);
		}
	}
}

} // namespace pgschemadiff
