// diff_comments_test.cpp — COMMENT ON the kinds the core migrates.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

CatalogBuilder
Base()
{
	CatalogBuilder b;
	b.Schema("app")
	    .Table("app", "t")
	    .Column("app", "t", "id", "integer", true)
	    .Constraint("app", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Index("app", "t", "t_idx", "CREATE INDEX t_idx ON app.t USING btree (id)", "{id}")
	    .Sequence("app", "s")
	    .Enum("app", "e", "{a}")
	    .View("app", "v", " SELECT 1 AS one;", "one integer")
	    .Routine("app", "f", "", "integer", "CREATE OR REPLACE FUNCTION app.f() ...")
	    .Extension("hstore", "app", "1.8")
	    .Domain("app", "d", "integer", false, "\\N", "{positive}", "{\"CHECK ((VALUE > 0))\"}")
	    .Row(QueryId::kStatistics,
	         {"app", "st", "app", "t", "CREATE STATISTICS app.st ON id, id FROM app.t", "\\N"});
	return b;
}

TEST(DiffComments, EveryKindIsCommentedWithItsOwnSyntax)
{
	struct Case {
		std::vector<std::string> object;
		const char *sql;
	};
	const Case cases[] = {
	    {{"schema", "app", "", ""}, "COMMENT ON SCHEMA \"app\" IS 'x';"},
	    {{"table", "app", "t", ""}, "COMMENT ON TABLE \"app\".\"t\" IS 'x';"},
	    {{"column", "app", "t", "id"}, "COMMENT ON COLUMN \"app\".\"t\".\"id\" IS 'x';"},
	    {{"constraint", "app", "t", "t_pkey"},
	     "COMMENT ON CONSTRAINT \"t_pkey\" ON \"app\".\"t\" IS 'x';"},
	    {{"index", "app", "t_idx", ""}, "COMMENT ON INDEX \"app\".\"t_idx\" IS 'x';"},
	    {{"sequence", "app", "s", ""}, "COMMENT ON SEQUENCE \"app\".\"s\" IS 'x';"},
	    {{"type", "app", "e", ""}, "COMMENT ON TYPE \"app\".\"e\" IS 'x';"},
	    {{"view", "app", "v", ""}, "COMMENT ON VIEW \"app\".\"v\" IS 'x';"},
	    {{"column", "app", "v", "one"}, "COMMENT ON COLUMN \"app\".\"v\".\"one\" IS 'x';"},
	    {{"function", "app", "f", ""}, "COMMENT ON FUNCTION \"app\".\"f\"() IS 'x';"},
	    {{"extension", "app", "hstore", ""}, "COMMENT ON EXTENSION \"hstore\" IS 'x';"},
	    {{"domain constraint", "app", "d", "positive"},
	     "COMMENT ON CONSTRAINT \"positive\" ON DOMAIN \"app\".\"d\" IS 'x';"},
	    {{"statistics", "app", "st", ""}, "COMMENT ON STATISTICS \"app\".\"st\" IS 'x';"},
	};
	for (const auto &c : cases) {
		CatalogBuilder to = Base();
		to.Comment(c.object, "x");
		const DiffResult r = DiffOf(Base(), to);
		EXPECT_EQ(Sql(r), Statements{c.sql}) << c.object[0];
		ASSERT_EQ(r.changes.size(), 1u);
		EXPECT_EQ(r.changes[0].kind, "comment");
		EXPECT_EQ(r.changes[0].phase, Phase::kComments);
		EXPECT_FALSE(r.changes[0].destructive);
		// ... and removed again, not destructive
		const DiffResult back = DiffOf(to, Base());
		ASSERT_EQ(back.changes.size(), 1u) << c.object[0];
		EXPECT_NE(back.changes[0].sql.find(" IS NULL;"), std::string::npos);
		EXPECT_FALSE(back.changes[0].destructive);
	}
}

TEST(DiffComments, ReAddedDomainConstraintGetsItsCommentBack)
{
	CatalogBuilder from = Base();
	from.Comment({"domain constraint", "app", "d", "positive"}, "kept");
	CatalogBuilder to;
	to.Domain("app", "d", "integer", false, "\\N", "{positive}", "{\"CHECK ((VALUE > 1))\"}")
	    .Comment({"domain constraint", "app", "d", "positive"}, "kept");
	DiffOptions o;
	o.include_schemas = {"app"};
	const DiffResult r = DiffOf(from, to, o);
	const auto add = test::IndexOf(r, "ADD CONSTRAINT \"positive\"");
	const auto comment =
	    test::IndexOf(r, "COMMENT ON CONSTRAINT \"positive\" ON DOMAIN \"app\".\"d\" IS 'kept';");
	EXPECT_GE(add, 0);
	EXPECT_GT(comment, add);
}

TEST(DiffComments, SameCommentIsNoChangeAndTextIsQuoted)
{
	CatalogBuilder a = Base();
	a.Comment({"table", "app", "t", ""}, "it's");
	EXPECT_TRUE(DiffOf(a, a).changes.empty());
	CatalogBuilder b = Base();
	b.Comment({"table", "app", "t", ""}, "it''s \\ new");
	EXPECT_EQ(Sql(DiffOf(a, b)),
	          Statements{"COMMENT ON TABLE \"app\".\"t\" IS E'it''''s \\\\ new';"});
}

TEST(DiffComments, CreatedTableGetsItsCommentsAfterIt)
{
	CatalogBuilder to = Base();
	to.Table("app", "n")
	    .Column("app", "n", "c", "text")
	    .Comment({"table", "app", "n", ""}, "new table")
	    .Comment({"column", "app", "n", "c"}, "new column");
	const DiffResult r = DiffOf(Base(), to);
	ASSERT_EQ(r.changes.size(), 3u);
	EXPECT_EQ(r.changes[0].kind, "table");
	EXPECT_EQ(r.changes[1].sql, "COMMENT ON COLUMN \"app\".\"n\".\"c\" IS 'new column';");
	EXPECT_EQ(r.changes[2].sql, "COMMENT ON TABLE \"app\".\"n\" IS 'new table';");
}

TEST(DiffComments, RecreatedObjectGetsItsCommentBack)
{
	CatalogBuilder from = Base();
	from.Comment({"view", "app", "v", ""}, "same").Comment({"column", "app", "v", "one"}, "c");
	CatalogBuilder to;
	to.Schema("app")
	    .Table("app", "t")
	    .Column("app", "t", "id", "integer", true)
	    .Constraint("app", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Index("app", "t", "t_idx", "CREATE INDEX t_idx ON app.t USING btree (id)", "{id}")
	    .Sequence("app", "s")
	    .Enum("app", "e", "{a}")
	    .View("app", "v", " SELECT 'x'::text AS one;", "one text")
	    .Routine("app", "f", "", "integer", "CREATE OR REPLACE FUNCTION app.f() ...")
	    .Comment({"view", "app", "v", ""}, "same")
	    .Comment({"column", "app", "v", "one"}, "c");
	const DiffResult r = DiffOf(from, to);
	EXPECT_GE(test::IndexOf(r, "COMMENT ON VIEW \"app\".\"v\" IS 'same';"),
	          test::IndexOf(r, "CREATE VIEW"));
	EXPECT_GE(test::IndexOf(r, "COMMENT ON COLUMN \"app\".\"v\".\"one\" IS 'c';"), 0);
}

TEST(DiffComments, DroppedObjectNeedsNoCommentRemoval)
{
	CatalogBuilder from = Base();
	from.Table("app", "gone").Comment({"table", "app", "gone", ""}, "bye");
	const DiffResult r = DiffOf(from, Base(), [] {
		DiffOptions o;
		return o;
	}());
	EXPECT_EQ(test::CountOf(r, "COMMENT"), 0);
}

TEST(DiffComments, SchemaFilterAppliesToComments)
{
	CatalogBuilder to = Base();
	to.Comment({"table", "app", "t", ""}, "x");
	DiffOptions o;
	o.exclude_schemas = {"app"};
	EXPECT_EQ(test::CountOf(DiffOf(Base(), to, o), "COMMENT"), 0);
}

TEST(DiffComments, CompositeTypeAndAttributeCommentsComeWithTheTypeAndGoWhenRemoved)
{
	CatalogBuilder from;
	from.Composite("public", "addr", {{"street", "text"}, {"city", "text"}})
	    .Comment({"column", "public", "addr", "city"}, "town");
	CatalogBuilder to;
	to.Composite("public", "addr", {{"street", "text"}, {"city", "text"}})
	    .Composite("public", "p3", {{"x", "double precision"}})
	    .Comment({"type", "public", "p3", ""}, "a point")
	    .Comment({"column", "public", "p3", "x"}, "east");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(test::Sql(r).back(), "COMMENT ON COLUMN \"public\".\"addr\".\"city\" IS NULL;");
	std::size_t type_comment = r.changes.size();
	std::size_t create = r.changes.size();
	std::size_t attribute_comment = r.changes.size();
	for (std::size_t i = 0; i < r.changes.size(); ++i) {
		const std::string &sql = r.changes[i].sql;
		if (sql.rfind("CREATE TYPE \"public\".\"p3\"", 0) == 0) {
			create = i;
		} else if (sql == "COMMENT ON TYPE \"public\".\"p3\" IS 'a point';") {
			type_comment = i;
		} else if (sql == "COMMENT ON COLUMN \"public\".\"p3\".\"x\" IS 'east';") {
			attribute_comment = i;
		}
	}
	ASSERT_LT(attribute_comment, r.changes.size());
	ASSERT_LT(type_comment, r.changes.size());
	EXPECT_LT(create, type_comment);
	EXPECT_LT(create, attribute_comment);
}

} // namespace
} // namespace pgschemadiff
