// diff_unsupported.cpp — reports what was read but cannot be migrated yet.
// Layer: core/diff. Objects present on one side only, or whose definition
// digest differs, are named in one WARNING; identical ones need nothing.
#include "core/diff/context.hpp"
#include "core/diff/unsupported.hpp"

#include <map>

namespace pgschemadiff {

const char *
UnsupportedStatusName(UnsupportedStatus status)
{
	switch (status) {
	case UnsupportedStatus::kOnlyInRemote:
		return "only in remote";
	case UnsupportedStatus::kOnlyInLocal:
		return "only in local";
	case UnsupportedStatus::kDiffers:
		return "differs";
	}
	return "differs";
}

std::vector<UnsupportedDifference>
UnsupportedDifferences(const Catalog &from, const Catalog &to)
{
	using Key = std::pair<std::string, std::string>;
	std::map<Key, std::string> have;
	std::map<Key, std::string> want;
	for (const auto &u : from.unsupported) {
		have[{u.kind, u.identity}] = u.signature;
	}
	for (const auto &u : to.unsupported) {
		want[{u.kind, u.identity}] = u.signature;
	}
	std::vector<UnsupportedDifference> out;
	for (const auto &[key, sig] : want) {
		auto it = have.find(key);
		if (it == have.end()) {
			out.push_back({key.first, key.second, UnsupportedStatus::kOnlyInRemote});
		} else if (it->second != sig) {
			out.push_back({key.first, key.second, UnsupportedStatus::kDiffers});
		}
	}
	for (auto &d : LeftOutSubscriptions(from, to)) {
		if (d.status != UnsupportedStatus::kOnlyInLocal) {
			out.push_back(std::move(d));
		}
	}
	for (const auto &[key, sig] : have) {
		if (want.count(key) == 0) {
			out.push_back({key.first, key.second, UnsupportedStatus::kOnlyInLocal});
		}
	}
	return out;
}

void
DiffUnsupported(DiffContext &ctx)
{
	const std::vector<UnsupportedDifference> differences = UnsupportedDifferences(ctx.from, ctx.to);
	if (differences.empty()) {
		return;
	}
	std::string detail;
	for (const auto &d : differences) {
		detail += (detail.empty() ? "" : "\n") + d.kind + " " + d.identity + " (" +
		          UnsupportedStatusName(d.status) + ")" + (d.reason.empty() ? "" : ": " + d.reason);
	}
	ctx.Warn("schema_diff left out " + std::to_string(differences.size()) +
	             (differences.size() == 1 ? " object" : " objects") + " it cannot migrate yet",
	         detail);
}

} // namespace pgschemadiff
