// hazard.cpp — names of the hazard vocabulary.
// Layer: core/plan.
#include "core/plan/hazard.hpp"

namespace pgschemadiff {
namespace {

constexpr const char *kNames[kHazardCount] = {
    "deletes_data",
    "rewrites_table",
    "access_exclusive_lock",
    "share_lock",
    "share_row_exclusive_lock",
    "scans_table",
    "builds_index",
    "not_transactional",
    "breaks_dependents",
    "changes_authorization",
    "extension_upgrade",
    "untracked_dependencies",
};

} // namespace

const char *
HazardName(Hazard h)
{
	return kNames[static_cast<int>(h)];
}

std::optional<Hazard>
ParseHazard(const std::string &name)
{
	for (int i = 0; i < kHazardCount; i++) {
		if (name == kNames[i]) {
			return static_cast<Hazard>(i);
		}
	}
	return std::nullopt;
}

std::string
HazardsText(const HazardSet &set)
{
	std::string out;
	for (int i = 0; i < kHazardCount; i++) {
		if (set.Has(static_cast<Hazard>(i))) {
			out += (out.empty() ? "" : ",");
			out += kNames[i];
		}
	}
	return out;
}

} // namespace pgschemadiff
