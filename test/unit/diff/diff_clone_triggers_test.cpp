// diff_clone_triggers_test.cpp — a partitioned table's trigger enabled
// otherwise on one of its partitions (ALTER TABLE partition ... TRIGGER).
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kDef =
    "CREATE TRIGGER t BEFORE INSERT ON public.m FOR EACH ROW EXECUTE FUNCTION public.f()";

/// m partitioned with trigger t (state `top`), partition m_1 whose clone is
/// `clone` ("" = as its parent).
CatalogBuilder
Side(const std::string &top, const std::string &clone)
{
	CatalogBuilder b;
	b.Partitioned("public", "m", "LIST (id)")
	    .Column("public", "m", "id", "integer")
	    .Partition("public", "m_1", "m", "FOR VALUES IN (1)")
	    .InheritedColumn("public", "m_1", "id", "integer")
	    .Trigger("public", "m", "t", kDef, top);
	if (!clone.empty()) {
		b.Row(QueryId::kCloneTriggerStates, {"public", "m_1", "t", clone});
	}
	return b;
}

TEST(DiffCloneTriggers, ClonesSetAndSetBack)
{
	EXPECT_EQ(Sql(DiffOf(Side("O", ""), Side("O", "D"))),
	          Statements{"ALTER TABLE \"public\".\"m_1\" DISABLE TRIGGER \"t\";"});
	EXPECT_EQ(Sql(DiffOf(Side("O", "D"), Side("O", ""))),
	          Statements{"ALTER TABLE \"public\".\"m_1\" ENABLE TRIGGER \"t\";"});
	EXPECT_EQ(Sql(DiffOf(Side("O", "D"), Side("O", "A"))),
	          Statements{"ALTER TABLE \"public\".\"m_1\" ENABLE ALWAYS TRIGGER \"t\";"});
	EXPECT_TRUE(DiffOf(Side("O", "D"), Side("O", "D")).changes.empty());
}

TEST(DiffCloneTriggers, ATopTriggerChangedHereResetsTheClonesSoTheyAreSetAfterIt)
{
	// The top goes to D (recursing to the clone), the clone stays enabled.
	const DiffResult r = DiffOf(Side("O", ""), Side("D", "O"));
	const int top = IndexOf(r, "ALTER TABLE \"public\".\"m\" DISABLE TRIGGER \"t\";");
	const int clone = IndexOf(r, "ALTER TABLE \"public\".\"m_1\" ENABLE TRIGGER \"t\";");
	ASSERT_GE(top, 0);
	EXPECT_GT(clone, top);
	// Both disabled on the remote: the top's recursion is enough.
	EXPECT_EQ(IndexOf(DiffOf(Side("O", ""), Side("D", "")), "\"m_1\""), -1);
}

} // namespace
} // namespace pgschemadiff
