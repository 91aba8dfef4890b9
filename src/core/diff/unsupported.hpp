// unsupported.hpp — which objects pgschemadiff cannot migrate differ.
// Layer: core/diff. Shared by the WARNING of schema_diff (DiffUnsupported)
// and by schema_diff_unsupported(), which returns the same list as rows so
// that a drift check can count it without parsing messages.
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

enum class UnsupportedStatus : int { kOnlyInRemote = 0, kOnlyInLocal, kDiffers };

/// "only in remote", "only in local", "differs".
const char *UnsupportedStatusName(UnsupportedStatus status);

struct UnsupportedDifference {
	std::string kind;
	std::string identity;
	UnsupportedStatus status;
	std::string reason = {}; // why it is left out, when that is not the kind itself
};

/// The unsupported objects of `from` (local) and `to` (remote) that differ:
/// only on one side, or with another signature. Those only in the remote
/// and those that differ come first, in (kind, identity) order, then those
/// only in the local database.
std::vector<UnsupportedDifference> UnsupportedDifferences(const Catalog &from, const Catalog &to);

/// Subscriptions that differ but are left out (diff_subscriptions.cpp): a
/// connection string that holds a password or cannot be read, a two_phase
/// change, slot_name = NONE on a kept one. Named by their name.
std::vector<UnsupportedDifference> LeftOutSubscriptions(const Catalog &from, const Catalog &to);

} // namespace pgschemadiff
