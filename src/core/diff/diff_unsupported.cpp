// diff_unsupported.cpp — reports what was read but cannot be migrated yet.
// Layer: core/diff. Objects present on one side only, or whose definition
// digest differs, are named in one WARNING; identical ones need nothing.
#include "core/diff/context.hpp"

#include <map>

namespace pgschemadiff {

void
DiffUnsupported(DiffContext &ctx)
{
	using Key = std::pair<std::string, std::string>;
	std::map<Key, std::string> have;
	std::map<Key, std::string> want;
	for (const auto &u : ctx.from.unsupported) {
		have[{u.kind, u.identity}] = u.signature;
	}
	for (const auto &u : ctx.to.unsupported) {
		want[{u.kind, u.identity}] = u.signature;
	}
	std::vector<std::string> lines;
	for (const auto &[key, sig] : want) {
		auto it = have.find(key);
		if (it == have.end()) {
			lines.push_back(key.first + " " + key.second + " (only in remote)");
		} else if (it->second != sig) {
			lines.push_back(key.first + " " + key.second + " (differs)");
		}
	}
	for (const auto &[key, sig] : have) {
		if (want.count(key) == 0) {
			lines.push_back(key.first + " " + key.second + " (only in local)");
		}
	}
	if (lines.empty()) {
		return;
	}
	std::string detail;
	for (const auto &l : lines) {
		detail += (detail.empty() ? "" : "\n") + l;
	}
	ctx.Warn("schema_diff left out " + std::to_string(lines.size()) +
	             (lines.size() == 1 ? " object" : " objects") + " it cannot migrate yet",
	         detail);
}

} // namespace pgschemadiff
