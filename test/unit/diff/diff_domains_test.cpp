// diff_domains_test.cpp — CREATE / ALTER / DROP DOMAIN.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(DiffDomains, NewDomainHasEveryClauseBeforeTheTablesUsingIt)
{
	CatalogBuilder to;
	to.Domain("public", "price", "numeric(10,2)", true, "0", "{non_negative,small}",
	          R"x({"CHECK ((VALUE >= (0)::numeric))","CHECK ((VALUE < (1000)::numeric))"})x")
	    .Table("public", "t")
	    .Column("public", "t", "p", "public.price");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "CREATE DOMAIN \"public\".\"price\" AS numeric(10,2) DEFAULT 0 NOT NULL "
	                      "CONSTRAINT \"non_negative\" CHECK ((VALUE >= (0)::numeric)) CONSTRAINT "
	                      "\"small\" CHECK ((VALUE < (1000)::numeric));",
	                      "CREATE TABLE \"public\".\"t\" (\n    \"p\" public.price\n);",
	                  }));
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateDomains);
	EXPECT_EQ(r.changes[0].kind, "type");
}

TEST(DiffDomains, DefaultNotNullAndConstraintsChangeInPlace)
{
	CatalogBuilder from;
	from.Domain("public", "d", "integer", false, "1", "{a,b}",
	            R"x({"CHECK ((VALUE > 0))","CHECK ((VALUE < 10))"})x");
	CatalogBuilder to;
	to.Domain("public", "d", "integer", true, "\\N", "{b,c}",
	          R"x({"CHECK ((VALUE < 20))","CHECK ((VALUE <> 5))"})x");
	const DiffResult r = DiffOf(from, to);
	const std::string d = "ALTER DOMAIN \"public\".\"d\" ";
	EXPECT_EQ(Sql(r), (Statements{
	                      d + "DROP CONSTRAINT \"a\";",
	                      d + "DROP CONSTRAINT \"b\";",
	                      d + "DROP DEFAULT;",
	                      d + "SET NOT NULL;",
	                      d + "ADD CONSTRAINT \"b\" CHECK ((VALUE < 20));",
	                      d + "ADD CONSTRAINT \"c\" CHECK ((VALUE <> 5));",
	                  }));
	EXPECT_TRUE(r.changes[0].destructive) << "constraint a is gone";
	EXPECT_FALSE(r.changes[1].destructive) << "constraint b is replaced";
}

TEST(DiffDomains, BaseTypeChangeIsReported)
{
	CatalogBuilder from;
	from.Domain("public", "d", "integer");
	CatalogBuilder to;
	to.Domain("public", "d", "bigint");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("\"public\".\"d\""), std::string::npos);
}

TEST(DiffDomains, DroppedDomainIsDestructiveAfterColumnsChange)
{
	CatalogBuilder from;
	from.Domain("public", "d", "integer")
	    .Table("public", "t")
	    .Column("public", "t", "c", "public.d");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "c", "integer");
	const DiffResult r = DiffOf(from, to);
	const int drop = test::IndexOf(r, "DROP DOMAIN \"public\".\"d\";");
	ASSERT_GE(drop, 0);
	EXPECT_LT(test::IndexOf(r, "SET DATA TYPE integer"), drop);
	EXPECT_TRUE(r.changes[drop].destructive);
}

} // namespace
} // namespace pgschemadiff
