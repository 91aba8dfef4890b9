// diff_ranges.cpp — CREATE / DROP of range types.
// Layer: core/diff. PostgreSQL cannot alter a range type, and dropping one
// under the columns that use it would lose their rows, so a range whose
// definition differs is reported (WARNING with the remote's definition), not
// re-created. A range with a CANONICAL function is made as pg_dump makes it
// (shell type, function, range). A range whose SUBTYPE_DIFF is a user function is created after
// the functions; others with the other types, before any function that may
// take the range as an argument.
#include "core/diff/context.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

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
			if (want.canonical) {
				// pg_dump's way: a shell type, the CANONICAL function (C,
				// taking and returning the shell), then the range.
				ctx.Add(Phase::kCreateCollations, "type", QuoteQualified(id), Action::kCreate,
				        false, op::CreateShellType{id})
				    .object = ShellTypeObject(id);
			}
			Change &c = ctx.Add(NeedsUserFunction(want) || want.canonical ? Phase::kCreateLateTypes
			                                                              : Phase::kCreateDomains,
			                    "type", QuoteQualified(id), Action::kCreate, false,
			                    op::CreateRange{want});
			c.object = TypeObject(id);
			if (want.canonical_function) {
				c.needs = {*want.canonical_function, ShellTypeObject(id)};
			}
			continue;
		}
		const RangeType &have = it->second;
		// A remote without multiranges (PostgreSQL 13) says nothing about them.
		const bool same =
		    have.subtype == want.subtype && have.subtype_opclass == want.subtype_opclass &&
		    have.collation == want.collation && have.subtype_diff == want.subtype_diff &&
		    have.canonical == want.canonical &&
		    (!want.multirange || have.multirange == want.multirange);
		if (!same) {
			ctx.Warn("range type " + QuoteQualified(id) + " differs and was not changed",
			         "A range type cannot be altered in place. Remote definition: ", op::CreateRange{want});
		}
	}
	for (const auto &[id, have] : ctx.from.ranges) {
		if (ctx.to.ranges.count(id) == 0) {
			// CASCADE takes the CANONICAL function along (it and the range
			// need each other); DiffLongTail leaves out its own DROP FUNCTION.
			ctx.Add(Phase::kDropDomains, "type", QuoteQualified(id), Action::kDrop, true,
			        have.canonical ? Statement(op::DropTypeCascade{id}) : Statement(op::DropType{id}))
			    .object = TypeObject(id);
		}
	}
}

} // namespace pgschemadiff
