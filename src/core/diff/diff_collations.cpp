// diff_collations.cpp — CREATE / DROP COLLATION.
// Layer: core/diff. A collation cannot be altered in place; a changed one is
// reported rather than dropped under the columns that use it.
#include "core/diff/context.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {

void
DiffCollations(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.collations) {
		auto it = ctx.from.collations.find(id);
		if (it == ctx.from.collations.end()) {
			ctx.Add(Phase::kCreateCollations, "collation", QuoteQualified(id), Action::kCreate,
			        false, op::CreateCollation{want});
		} else if (!(it->second == want)) {
			ctx.Warn("collation " + QuoteQualified(id) + " differs and was not changed",
			         "A collation cannot be altered in place. Remote definition: ", op::CreateCollation{want});
		}
	}
	for (const auto &[id, have] : ctx.from.collations) {
		if (ctx.to.collations.count(id) == 0) {
			ctx.Add(Phase::kDropCollations, "collation", QuoteQualified(id), Action::kDrop, true,
			        op::DropCollation{id});
		}
	}
}

} // namespace pgschemadiff
