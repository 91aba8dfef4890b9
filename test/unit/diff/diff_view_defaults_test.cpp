// diff_view_defaults_test.cpp — ALTER VIEW ... ALTER COLUMN ... SET/DROP DEFAULT.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

CatalogBuilder
ViewV(const std::string &definition = " SELECT 1 AS a, 'x'::text AS b;",
      const std::string &columns = "a integer, b text")
{
	CatalogBuilder b;
	b.View("public", "v", definition, columns);
	return b;
}

TEST(DiffViewDefaults, SetChangedAndDroppedOnAViewThatStays)
{
	CatalogBuilder from = ViewV();
	from.Row(QueryId::kViewColumnDefaults, {"public", "v", "a", "1"})
	    .Row(QueryId::kViewColumnDefaults, {"public", "v", "b", "'old'::text"});
	CatalogBuilder to = ViewV();
	to.Row(QueryId::kViewColumnDefaults, {"public", "v", "a", "2"});
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{"ALTER VIEW \"public\".\"v\" ALTER COLUMN \"a\" SET DEFAULT 2;",
	                      "ALTER VIEW \"public\".\"v\" ALTER COLUMN \"b\" DROP DEFAULT;"}));
	EXPECT_TRUE(DiffOf(to, to).changes.empty());
}

TEST(DiffViewDefaults, CreatedAndRecreatedViewsGetTheirDefaultsAfterThem)
{
	CatalogBuilder to = ViewV(" SELECT 1::bigint AS a, 'x'::text AS b;", "a bigint, b text");
	to.Row(QueryId::kViewColumnDefaults, {"public", "v", "a", "7"});
	CatalogBuilder same_default = ViewV(); // re-created: column a changes type
	same_default.Row(QueryId::kViewColumnDefaults, {"public", "v", "a", "7"});
	for (const CatalogBuilder &from : {CatalogBuilder(), same_default}) {
		const DiffResult r = DiffOf(from, to);
		const int create = IndexOf(r, "CREATE");
		const int set = IndexOf(r, "ALTER VIEW \"public\".\"v\" ALTER COLUMN \"a\" SET DEFAULT 7;");
		ASSERT_GE(create, 0);
		EXPECT_GT(set, create) << ::testing::PrintToString(Sql(r));
	}
}

TEST(DiffViewDefaults, DroppedViewNeedsNoDropDefault)
{
	CatalogBuilder from = ViewV();
	from.Row(QueryId::kViewColumnDefaults, {"public", "v", "a", "1"});
	EXPECT_EQ(IndexOf(DiffOf(from, CatalogBuilder()), "DROP DEFAULT"), -1);
}

} // namespace
} // namespace pgschemadiff
