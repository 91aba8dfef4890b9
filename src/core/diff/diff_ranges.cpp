// diff_ranges.cpp — CREATE / DROP of range types.
// Layer: core/diff. PostgreSQL cannot alter a range type, and dropping one
// under the columns that use it would lose their rows, so a range whose
// definition differs is reported (WARNING with the remote's definition), not
// re-created. A range whose SUBTYPE_DIFF is a user function is created after
// the functions; others with the other types, before any function that may
// take the range as an argument.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace {

bool
NeedsUserFunction(const RangeType &t)
{
	// regproc prints functions of pg_catalog unqualified (search_path is pg_catalog).
	return t.subtype_diff && t.subtype_diff->find('.') != std::string::npos;
}

} // namespace

void
DiffRanges(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.ranges) {
		auto it = ctx.from.ranges.find(id);
		if (it == ctx.from.ranges.end()) {
			ctx.Add(NeedsUserFunction(want) ? Phase::kCreateLateTypes : Phase::kCreateDomains,
			        "type", QuoteQualified(id), Action::kCreate, false, render::CreateRange(want))
			    .object = TypeObject(id);
			continue;
		}
		const RangeType &have = it->second;
		// A remote without multiranges (PostgreSQL 13) says nothing about them.
		const bool same =
		    have.subtype == want.subtype && have.subtype_opclass == want.subtype_opclass &&
		    have.collation == want.collation && have.subtype_diff == want.subtype_diff &&
		    (!want.multirange || have.multirange == want.multirange);
		if (!same) {
			ctx.Warn("range type " + QuoteQualified(id) + " differs and was not changed",
			         "A range type cannot be altered in place. Remote definition: " +
			             render::CreateRange(want));
		}
	}
	for (const auto &[id, have] : ctx.from.ranges) {
		if (ctx.to.ranges.count(id) == 0) {
			ctx.Add(Phase::kDropDomains, "type", QuoteQualified(id), Action::kDrop, true,
			        render::DropType(id))
			    .object = TypeObject(id);
		}
	}
}

} // namespace pgschemadiff
