// graph.hpp — a directed graph over numbered nodes and its deterministic
// topological order.
// Layer: core/order. Knows nothing of changes or catalogs: order.cpp builds
// the graph of a migration's statements and uses this to sort it. Kahn's
// algorithm with the ready nodes in a priority queue: O((V + E) log V).
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace pgschemadiff {

class Graph {
public:
	explicit Graph(std::size_t nodes) : after_(nodes), waiting_(nodes, 0) {}

	std::size_t Size() const { return after_.size(); }

	/// `before` must come before `after`. A self-edge is ignored; a repeated
	/// edge costs a little time but changes nothing.
	void AddEdge(std::size_t before, std::size_t after);

	std::size_t EdgeCount() const { return edges_; }

	struct Sorted {
		std::vector<std::size_t> order; // every node not on or behind a cycle
		/// Nodes that could not be placed: each is on a cycle or waits for
		/// one. Empty when the graph is acyclic.
		std::vector<std::size_t> blocked;
	};

	/// Nodes before their successors; among nodes ready at the same time the
	/// least by `less` goes first, so the result depends only on the graph
	/// and `less` (a strict weak order; make it total for a stable output).
	Sorted Sort(const std::function<bool(std::size_t, std::size_t)> &less) const;

	/// The nodes of one cycle among `blocked` (from Sort), in edge order; empty
	/// if there is none. Used to name the objects in an error.
	std::vector<std::size_t> FindCycle(const std::vector<std::size_t> &blocked) const;

private:
	std::vector<std::vector<std::size_t>> after_;
	std::vector<int> waiting_; // number of incoming edges
	std::size_t edges_ = 0;
};

} // namespace pgschemadiff
