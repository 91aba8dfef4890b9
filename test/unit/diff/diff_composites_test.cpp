// diff_composites_test.cpp — composite types: create, attributes, drop.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(DiffComposites, NewCompositeBeforeTheTablesUsingIt)
{
	CatalogBuilder to;
	to.Composite("public", "pair", {{"a", "integer"}, {"b", "text"}})
	    .Composite("public", "empty", {})
	    .Table("public", "t")
	    .Column("public", "t", "p", "public.pair");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "CREATE TYPE \"public\".\"empty\" AS ();",
	                      "CREATE TYPE \"public\".\"pair\" AS (\"a\" integer, \"b\" text);",
	                      "CREATE TABLE \"public\".\"t\" (\n    \"p\" public.pair\n);",
	                  }));
}

TEST(DiffComposites, AttributesChangeInPlace)
{
	CatalogBuilder from;
	from.Composite("public", "c", {{"a", "integer"}, {"gone", "text"}, {"b", "integer"}});
	CatalogBuilder to;
	to.Composite("public", "c", {{"a", "bigint"}, {"b", "integer"}, {"n", "date"}});
	const DiffResult r = DiffOf(from, to);
	const std::string t = "ALTER TYPE \"public\".\"c\" ";
	EXPECT_EQ(Sql(r), (Statements{
	                      t + "DROP ATTRIBUTE \"gone\";",
	                      t + "ALTER ATTRIBUTE \"a\" SET DATA TYPE bigint;",
	                      t + "ADD ATTRIBUTE \"n\" date;",
	                  }));
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_FALSE(r.changes[1].destructive);
	EXPECT_FALSE(r.changes[2].destructive);
}

TEST(DiffComposites, AttributeTypeOfAStoredCompositeIsReported)
{
	CatalogBuilder from;
	from.Composite("public", "c", {{"a", "integer"}})
	    .Table("public", "t")
	    .Column("public", "t", "x", "public.c[]");
	CatalogBuilder to;
	to.Composite("public", "c", {{"a", "bigint"}, {"b", "text"}})
	    .Table("public", "t")
	    .Column("public", "t", "x", "public.c[]");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"ALTER TYPE \"public\".\"c\" ADD ATTRIBUTE \"b\" text;"});
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("\"a\""), std::string::npos);
}

TEST(DiffComposites, DroppedCompositeIsDestructiveAfterColumnsChange)
{
	CatalogBuilder from;
	from.Composite("public", "c", {{"a", "integer"}})
	    .Table("public", "t")
	    .Column("public", "t", "x", "public.c");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "x", "text");
	const DiffResult r = DiffOf(from, to);
	const int drop = test::IndexOf(r, "DROP TYPE \"public\".\"c\";");
	ASSERT_GE(drop, 0);
	EXPECT_LT(test::IndexOf(r, "SET DATA TYPE text"), drop);
	EXPECT_TRUE(r.changes[drop].destructive);
}

} // namespace
} // namespace pgschemadiff
