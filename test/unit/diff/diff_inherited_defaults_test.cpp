// diff_inherited_defaults_test.cpp — a partition's or child's own default of
// a column it only inherits (ALTER TABLE ONLY ... SET/DROP DEFAULT).
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// m (kind text DEFAULT parent_default) partitioned; m_1 a partition whose
/// kind's default is `own` ("\\N": none).
CatalogBuilder
Side(const std::string &parent_default, const std::string &own, bool with_partition = true)
{
	CatalogBuilder b;
	b.Partitioned("public", "m", "RANGE (at)")
	    .Column("public", "m", "at", "date")
	    .Column("public", "m", "kind", "text", false, parent_default);
	if (with_partition) {
		b.Partition("public", "m_1", "m", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
		    .InheritedColumn("public", "m_1", "at", "date")
		    .InheritedColumn("public", "m_1", "kind", "text", false, false, own);
	}
	return b;
}

TEST(DiffInheritedDefaults, OwnDefaultOfAPartitionThatStays)
{
	EXPECT_EQ(Sql(DiffOf(Side("'x'::text", "'x'::text"), Side("'x'::text", "'own'::text"))),
	          Statements{"ALTER TABLE ONLY \"public\".\"m_1\" ALTER COLUMN \"kind\" SET DEFAULT "
	                     "'own'::text;"});
	EXPECT_EQ(Sql(DiffOf(Side("'x'::text", "'own'::text"), Side("'x'::text", "\\N"))),
	          Statements{"ALTER TABLE ONLY \"public\".\"m_1\" ALTER COLUMN \"kind\" DROP DEFAULT;"});
	EXPECT_TRUE(DiffOf(Side("'x'::text", "'own'::text"), Side("'x'::text", "'own'::text"))
	                .changes.empty());
}

TEST(DiffInheritedDefaults, ParentChangeReachesThePartitionUnlessItKeepsItsOwn)
{
	// The parent's SET DEFAULT recurses: the partition follows it for free...
	EXPECT_EQ(IndexOf(DiffOf(Side("'x'::text", "'x'::text"), Side("'y'::text", "'y'::text")),
	                  "ONLY"),
	          -1);
	// ...but one that keeps its own default must set it again after.
	const DiffResult r = DiffOf(Side("'x'::text", "'own'::text"), Side("'y'::text", "'own'::text"));
	const int parent = IndexOf(r, "ALTER TABLE \"public\".\"m\" ALTER COLUMN \"kind\" SET DEFAULT");
	const int own = IndexOf(
	    r, "ALTER TABLE ONLY \"public\".\"m_1\" ALTER COLUMN \"kind\" SET DEFAULT 'own'::text;");
	ASSERT_GE(parent, 0);
	EXPECT_GT(own, parent);
}

TEST(DiffInheritedDefaults, CreatedPartitionGetsItsOwnDefaultAfterItIsCreated)
{
	const DiffResult r = DiffOf(Side("'x'::text", "", false), Side("'x'::text", "'own'::text"));
	const int create = IndexOf(r, "PARTITION OF");
	const int own = IndexOf(r, "ALTER TABLE ONLY \"public\".\"m_1\" ALTER COLUMN \"kind\"");
	ASSERT_GE(create, 0);
	EXPECT_GT(own, create);
	// Created with the parent's: nothing more.
	EXPECT_EQ(IndexOf(DiffOf(Side("'x'::text", "", false), Side("'x'::text", "'x'::text")), "ONLY"),
	          -1);
}

} // namespace
} // namespace pgschemadiff
