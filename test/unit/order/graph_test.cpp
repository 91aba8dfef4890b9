// graph_test.cpp — the graph's topological sort: order, ties, cycles.
#include "core/order/graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pgschemadiff {
namespace {

std::vector<std::size_t>
SortAscending(const Graph &g)
{
	return g.Sort([](std::size_t a, std::size_t b) { return a < b; }).order;
}

std::size_t
Pos(const std::vector<std::size_t> &order, std::size_t node)
{
	return static_cast<std::size_t>(std::find(order.begin(), order.end(), node) - order.begin());
}

TEST(Graph, WithoutEdgesTheTieBreakDecides)
{
	Graph g(4);
	EXPECT_EQ(SortAscending(g), (std::vector<std::size_t>{0, 1, 2, 3}));
	const auto desc = g.Sort([](std::size_t a, std::size_t b) { return a > b; });
	EXPECT_EQ(desc.order, (std::vector<std::size_t>{3, 2, 1, 0}));
	EXPECT_TRUE(desc.blocked.empty());
}

TEST(Graph, EdgesOverrideTheTieBreak)
{
	Graph g(4);
	g.AddEdge(3, 0); // 3 before 0
	g.AddEdge(2, 3); // 2 before 3
	const auto order = SortAscending(g);
	EXPECT_EQ(order, (std::vector<std::size_t>{1, 2, 3, 0}));
}

TEST(Graph, ReadyNodesGoInTieBreakOrderAsTheyBecomeReady)
{
	// 0 -> 3 and 1 -> 2: after 0, node 3 is ready but 1 is smaller.
	Graph g(4);
	g.AddEdge(0, 3);
	g.AddEdge(1, 2);
	EXPECT_EQ(SortAscending(g), (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(Graph, EveryEdgeIsRespectedInALargerGraph)
{
	const std::size_t n = 200;
	Graph g(n);
	std::vector<std::pair<std::size_t, std::size_t>> edges;
	for (std::size_t i = 0; i < n; ++i) {
		for (std::size_t j : {i * 7 + 3, i * 13 + 1}) {
			// Edges from larger to smaller ids: the tie-break alone would break them.
			if (j < n && j != i) {
				const std::size_t a = std::max(i, j);
				const std::size_t b = std::min(i, j);
				g.AddEdge(a, b);
				edges.emplace_back(a, b);
			}
		}
	}
	const auto sorted = g.Sort([](std::size_t a, std::size_t b) { return a < b; });
	ASSERT_TRUE(sorted.blocked.empty());
	ASSERT_EQ(sorted.order.size(), n);
	for (const auto &[a, b] : edges) {
		EXPECT_LT(Pos(sorted.order, a), Pos(sorted.order, b)) << a << " -> " << b;
	}
	EXPECT_EQ(g.EdgeCount(), edges.size());
}

TEST(Graph, SelfEdgesAreIgnoredAndRepeatedEdgesHarmless)
{
	Graph g(2);
	g.AddEdge(1, 1);
	g.AddEdge(1, 0);
	g.AddEdge(1, 0);
	const auto sorted = g.Sort([](std::size_t a, std::size_t b) { return a < b; });
	EXPECT_EQ(sorted.order, (std::vector<std::size_t>{1, 0}));
	EXPECT_TRUE(sorted.blocked.empty());
}

TEST(Graph, ACycleBlocksItsNodesAndThoseBehindIt)
{
	// 0 -> 1 -> 2 -> 0 is a cycle; 3 waits for 2; 4 is free.
	Graph g(5);
	g.AddEdge(0, 1);
	g.AddEdge(1, 2);
	g.AddEdge(2, 0);
	g.AddEdge(2, 3);
	const auto sorted = g.Sort([](std::size_t a, std::size_t b) { return a < b; });
	EXPECT_EQ(sorted.order, (std::vector<std::size_t>{4}));
	EXPECT_EQ(sorted.blocked, (std::vector<std::size_t>{0, 1, 2, 3}));
	const auto cycle = g.FindCycle(sorted.blocked);
	ASSERT_EQ(cycle.size(), 3u);
	// In edge order: each node comes before the next, the last before the first.
	for (std::size_t i = 0; i < cycle.size(); ++i) {
		const std::size_t a = cycle[i];
		const std::size_t b = cycle[(i + 1) % cycle.size()];
		EXPECT_EQ((b + 3 - a) % 3, 1u) << a << " -> " << b;
	}
	EXPECT_EQ(std::count(cycle.begin(), cycle.end(), 3u), 0);
}

TEST(Graph, NoCycleFoundInAnAcyclicGraph)
{
	Graph g(3);
	g.AddEdge(0, 1);
	EXPECT_TRUE(g.FindCycle({}).empty());
}

} // namespace
} // namespace pgschemadiff
