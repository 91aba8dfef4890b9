// diff_domains_test.cpp — CREATE / ALTER / DROP DOMAIN.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::PositionOf;
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

TEST(DiffDomains, BaseTypeChangeRecreatesTheDomainAndMovesItsColumns)
{
	const auto side = [](const std::string &base) {
		CatalogBuilder b;
		b.Domain("public", "code", base)
		    .Table("public", "t")
		    .Column("public", "t", "c", "public.code")
		    .Column("public", "t", "cs", "public.code[]");
		return b;
	};
	const DiffResult r = DiffOf(side("character varying(8)"), side("character varying(12)"));
	EXPECT_TRUE(r.diagnostics.empty());
	const std::size_t rename =
	    PositionOf(r, "ALTER DOMAIN \"public\".\"code\" RENAME TO \"code__pgschemadiff_old\"");
	const std::size_t create =
	    PositionOf(r, "CREATE DOMAIN \"public\".\"code\" AS character varying(12)");
	// Through the base type without its length: the value enters the domain
	// by assignment, so one too long fails instead of being cut.
	const std::size_t convert = PositionOf(
	    r, "ALTER COLUMN \"c\" SET DATA TYPE public.code USING \"c\"::text::character varying;");
	const std::size_t convert_array = PositionOf(
	    r, "SET DATA TYPE public.code[] USING \"cs\"::text::character varying[];");
	const std::size_t drop = PositionOf(r, "DROP DOMAIN \"public\".\"code__pgschemadiff_old\"");
	ASSERT_LT(drop, r.changes.size());
	EXPECT_LT(rename, create);
	EXPECT_LT(create, convert);
	EXPECT_LT(create, convert_array);
	EXPECT_LT(convert, drop);
	EXPECT_LT(convert_array, drop);
	for (const auto &c : r.changes) {
		EXPECT_FALSE(c.destructive) << c.sql; // no row is lost: a misfit fails the migration
	}
}

TEST(DiffDomains, BaseTypeChangeUnderACompositeAttributeIsReported)
{
	const auto side = [](const std::string &base) {
		CatalogBuilder b;
		b.Domain("public", "d", base).Composite("public", "pair", {{"a", "public.d"}});
		return b;
	};
	const DiffResult r = DiffOf(side("integer"), side("bigint"));
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("\"public\".\"d\""), std::string::npos);
}

TEST(DiffColumns, UsingCastLeavesTheLengthToTheAssignment)
{
	const auto side = [](const std::string &type) {
		CatalogBuilder b;
		b.Table("public", "t").Column("public", "t", "c", type);
		return b;
	};
	// Only the length changes: no USING at all (no rewrite when it grows).
	EXPECT_EQ(Sql(DiffOf(side("character varying(12)"), side("character varying(8)"))),
	          (Statements{"ALTER TABLE \"public\".\"t\" ALTER COLUMN \"c\" SET DATA TYPE "
	                      "character varying(8);"}));
	EXPECT_EQ(Sql(DiffOf(side("text"), side("character varying(8)"))),
	          (Statements{"ALTER TABLE \"public\".\"t\" ALTER COLUMN \"c\" SET DATA TYPE "
	                      "character varying(8) USING \"c\"::character varying;"}));
	EXPECT_EQ(Sql(DiffOf(side("text"), side("character(3)[]"))),
	          (Statements{"ALTER TABLE \"public\".\"t\" ALTER COLUMN \"c\" SET DATA TYPE "
	                      "character(3)[] USING \"c\"::bpchar[];"}));
	EXPECT_EQ(Sql(DiffOf(side("integer"), side("numeric(10,2)"))),
	          (Statements{"ALTER TABLE \"public\".\"t\" ALTER COLUMN \"c\" SET DATA TYPE "
	                      "numeric(10,2) USING \"c\"::numeric(10,2);"}));
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
