// closure_test.cpp — the rebuild closure over one side's dependency edges.
#include "core/order/closure.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

ObjectRef
Ref(ObjectKind kind, const std::string &name, const std::string &sub = "")
{
	return {kind, "s", name, sub};
}

DependencyEdge
Edge(ObjectRef dependent, ObjectRef referenced)
{
	return {std::move(dependent), std::move(referenced)};
}

const auto kAll = [](const ObjectRef &) { return true; };

TEST(RebuildClosure, FollowsDependentsTransitively)
{
	// v2 reads v1, which reads column t.a; f's body reads v2; a trigger calls f.
	const DependentsIndex index({
	    Edge(Ref(ObjectKind::kView, "v1"), Ref(ObjectKind::kColumn, "t", "a")),
	    Edge(Ref(ObjectKind::kView, "v2"), Ref(ObjectKind::kView, "v1")),
	    Edge(Ref(ObjectKind::kFunction, "f", ""), Ref(ObjectKind::kView, "v2")),
	    Edge(Ref(ObjectKind::kTrigger, "t2", "g"), Ref(ObjectKind::kFunction, "f", "")),
	    Edge(Ref(ObjectKind::kView, "other"), Ref(ObjectKind::kColumn, "u", "a")),
	});
	const auto got = index.Closure({Ref(ObjectKind::kColumn, "t", "a")}, kAll);
	const std::set<ObjectRef> want = {
	    Ref(ObjectKind::kView, "v1"),
	    Ref(ObjectKind::kView, "v2"),
	    Ref(ObjectKind::kFunction, "f", ""),
	    Ref(ObjectKind::kTrigger, "t2", "g"),
	};
	EXPECT_EQ(got, want);
}

TEST(RebuildClosure, ARelationCarriesItsColumnsDependents)
{
	// Dropping table t reaches what reads any of its columns, not u's.
	const DependentsIndex index({
	    Edge(Ref(ObjectKind::kView, "va"), Ref(ObjectKind::kColumn, "t", "a")),
	    Edge(Ref(ObjectKind::kView, "vb"), Ref(ObjectKind::kColumn, "t", "b")),
	    Edge(Ref(ObjectKind::kView, "vu"), Ref(ObjectKind::kColumn, "u", "a")),
	    Edge(Ref(ObjectKind::kPolicy, "t", "p"), Ref(ObjectKind::kTable, "t")),
	});
	const auto got = index.Closure({Ref(ObjectKind::kTable, "t")}, kAll);
	EXPECT_EQ(got, (std::set<ObjectRef>{Ref(ObjectKind::kView, "va"), Ref(ObjectKind::kView, "vb"),
	                                    Ref(ObjectKind::kPolicy, "t", "p")}));
	// A column alone does not stand for its table's other columns.
	EXPECT_EQ(index.Closure({Ref(ObjectKind::kColumn, "t", "a")}, kAll),
	          (std::set<ObjectRef>{Ref(ObjectKind::kView, "va")}));
}

TEST(RebuildClosure, StopsAtObjectsItMayNotFollow)
{
	// An index on an expression calling f is rebuilt by the tables' diff, not
	// walked through; a view over f's result is.
	const DependentsIndex index({
	    Edge(Ref(ObjectKind::kIndex, "t", "i"), Ref(ObjectKind::kFunction, "f", "")),
	    Edge(Ref(ObjectKind::kView, "v"), Ref(ObjectKind::kFunction, "f", "")),
	    Edge(Ref(ObjectKind::kView, "w"), Ref(ObjectKind::kView, "v")),
	    Edge(Ref(ObjectKind::kView, "x"), Ref(ObjectKind::kIndex, "t", "i")),
	});
	const auto views = [](const ObjectRef &r) { return r.kind == ObjectKind::kView; };
	EXPECT_EQ(index.Closure({Ref(ObjectKind::kFunction, "f", "")}, views),
	          (std::set<ObjectRef>{Ref(ObjectKind::kView, "v"), Ref(ObjectKind::kView, "w")}));
}

TEST(RebuildClosure, ACycleIsWalkedOnceAndSeedsAreNotTheirOwnDependents)
{
	const DependentsIndex index({
	    Edge(Ref(ObjectKind::kFunction, "a", ""), Ref(ObjectKind::kFunction, "b", "")),
	    Edge(Ref(ObjectKind::kFunction, "b", ""), Ref(ObjectKind::kFunction, "a", "")),
	    Edge(Ref(ObjectKind::kFunction, "c", ""), Ref(ObjectKind::kFunction, "c", "")),
	});
	EXPECT_EQ(index.Closure({Ref(ObjectKind::kFunction, "a", "")}, kAll),
	          (std::set<ObjectRef>{Ref(ObjectKind::kFunction, "a", ""),
	                               Ref(ObjectKind::kFunction, "b", "")}));
	EXPECT_TRUE(index.Closure({Ref(ObjectKind::kFunction, "c", "")}, kAll).empty());
	EXPECT_TRUE(index.Closure({}, kAll).empty());
}

TEST(RebuildClosure, ALongChainIsWalkedInOnePass)
{
	// 20,000 views each reading the previous one: linear, not one pass per link.
	std::vector<DependencyEdge> edges;
	for (int i = 1; i < 20000; ++i) {
		edges.push_back(Edge(Ref(ObjectKind::kView, "v" + std::to_string(i)),
		                     Ref(ObjectKind::kView, "v" + std::to_string(i - 1))));
	}
	const DependentsIndex index(edges);
	EXPECT_EQ(index.Closure({Ref(ObjectKind::kView, "v0")}, kAll).size(), 19999u);
}

} // namespace
} // namespace pgschemadiff
