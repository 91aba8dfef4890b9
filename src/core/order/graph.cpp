// graph.cpp — Kahn's algorithm with a deterministic tie-break; cycle finding.
// Layer: core/order.
#include "core/order/graph.hpp"

#include <algorithm>
#include <queue>

namespace pgschemadiff {

void
Graph::AddEdge(std::size_t before, std::size_t after)
{
	if (before == after) {
		return;
	}
	after_[before].push_back(after);
	++waiting_[after];
	++edges_;
}

Graph::Sorted
Graph::Sort(const std::function<bool(std::size_t, std::size_t)> &less) const
{
	// priority_queue pops its greatest element: invert `less`.
	auto greater = [&less](std::size_t a, std::size_t b) { return less(b, a); };
	std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(greater)> ready(greater);
	std::vector<int> waiting = waiting_;
	for (std::size_t n = 0; n < waiting.size(); ++n) {
		if (waiting[n] == 0) {
			ready.push(n);
		}
	}
	Sorted out;
	out.order.reserve(waiting.size());
	while (!ready.empty()) {
		const std::size_t next = ready.top();
		ready.pop();
		out.order.push_back(next);
		for (std::size_t a : after_[next]) {
			if (--waiting[a] == 0) {
				ready.push(a);
			}
		}
	}
	for (std::size_t n = 0; n < waiting.size(); ++n) {
		if (waiting[n] > 0) {
			out.blocked.push_back(n);
		}
	}
	return out;
}

std::vector<std::size_t>
Graph::FindCycle(const std::vector<std::size_t> &blocked) const
{
	// Every blocked node has a blocked predecessor (otherwise it would have
	// been placed). Walking predecessors from any blocked node must therefore
	// revisit a node: the walk from that node on is a cycle.
	if (blocked.empty()) {
		return {};
	}
	std::vector<bool> is_blocked(after_.size(), false);
	for (std::size_t n : blocked) {
		is_blocked[n] = true;
	}
	std::vector<std::vector<std::size_t>> before(after_.size());
	for (std::size_t n : blocked) {
		for (std::size_t a : after_[n]) {
			if (is_blocked[a]) {
				before[a].push_back(n);
			}
		}
	}
	std::vector<int> seen_at(after_.size(), -1);
	std::vector<std::size_t> walk;
	std::size_t n = *std::min_element(blocked.begin(), blocked.end());
	while (seen_at[n] < 0) {
		seen_at[n] = static_cast<int>(walk.size());
		walk.push_back(n);
		n = *std::min_element(before[n].begin(), before[n].end());
	}
	std::vector<std::size_t> cycle(walk.begin() + seen_at[n], walk.end());
	std::reverse(cycle.begin(), cycle.end()); // predecessors were walked: edge order
	return cycle;
}

} // namespace pgschemadiff
