// order.hpp — deterministic statement order.
// Layer: core/order. Ties inside a phase are broken by the order the differ
// emitted them in, which follows the identity order of the model's maps.
#pragma once

#include "core/diff/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <vector>

namespace pgschemadiff {

/// Sorts changes by (phase, emission order); stable and deterministic.
void OrderChanges(std::vector<Change> &changes);

} // namespace pgschemadiff
