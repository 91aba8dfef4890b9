// order.cpp — sorts the changes into the order to run them.
// Layer: core/order.
#include "core/order/order.hpp"

#include <algorithm>

namespace pgschemadiff {

void
OrderChanges(std::vector<Change> &changes)
{
	std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
		if (a.phase != b.phase) {
			return static_cast<int>(a.phase) < static_cast<int>(b.phase);
		}
		return a.sequence < b.sequence;
	});
}

} // namespace pgschemadiff
