// diff_enums.cpp — CREATE TYPE ... AS ENUM, ADD VALUE in place, DROP TYPE.
// Layer: core/diff. Labels added anywhere keep existing rows (ALTER TYPE ...
// ADD VALUE BEFORE/AFTER); removed, renamed or reordered labels need the
// rename-aside procedure of TODO(#3) and are reported, not skipped.
#include "core/diff/context.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace {

/// True when `have` appears in `want` in the same order (labels only added).
bool
IsOrderedSubset(const std::vector<std::string> &have, const std::vector<std::string> &want)
{
	std::size_t j = 0;
	for (const auto &label : want) {
		if (j < have.size() && have[j] == label) {
			++j;
		}
	}
	return j == have.size();
}

void
AddLabels(DiffContext &ctx, const EnumType &have, const EnumType &want)
{
	const auto exists = [&](const std::string &l) {
		return std::find(have.labels.begin(), have.labels.end(), l) != have.labels.end();
	};
	for (std::size_t i = 0; i < want.labels.size(); ++i) {
		const std::string &label = want.labels[i];
		if (exists(label)) {
			continue;
		}
		std::string neighbour;
		bool before = false;
		if (i > 0) {
			neighbour = want.labels[i - 1]; // exists already, or was added just before
		} else {
			auto first = std::find_if(want.labels.begin(), want.labels.end(), exists);
			if (first != want.labels.end()) {
				neighbour = *first;
				before = true;
			}
		}
		ctx.Add(Phase::kCreateEnums, "type", QuoteQualified(want.id), Action::kAlter, false,
		        render::AddEnumValue(want.id, label, neighbour, before));
	}
}

} // namespace

void
DiffEnums(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.enums) {
		auto it = ctx.from.enums.find(id);
		if (it == ctx.from.enums.end()) {
			ctx.Add(Phase::kCreateEnums, "type", QuoteQualified(id), Action::kCreate, false,
			        render::CreateEnum(want));
			continue;
		}
		const EnumType &have = it->second;
		if (have == want) {
			continue;
		}
		if (IsOrderedSubset(have.labels, want.labels)) {
			AddLabels(ctx, have, want);
		} else {
			ctx.Warn("enum type " + QuoteQualified(id) +
			             " has labels removed, renamed or reordered and was not changed",
			         "Only added labels are migrated so far. Remote definition: " +
			             render::CreateEnum(want));
		}
	}
	for (const auto &[id, have] : ctx.from.enums) {
		if (ctx.to.enums.count(id) == 0) {
			ctx.Add(Phase::kDropEnums, "type", QuoteQualified(id), Action::kDrop, true,
			        render::DropType(id));
		}
	}
}

} // namespace pgschemadiff
