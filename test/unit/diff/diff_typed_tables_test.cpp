// diff_typed_tables_test.cpp — typed tables (CREATE TABLE ... OF type): created
// OF the type with only their own column options, OF / NOT OF changes, and the
// type's attributes changed with ALTER TYPE ... CASCADE instead of columns.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::CountOf;
using test::DiffOf;
using test::PositionOf;
using test::Sql;
using Statements = std::vector<std::string>;

using Attributes = std::vector<std::pair<std::string, std::string>>;

/// public.person (name text, age integer[, extra]) and the typed table
/// public.people OF it, with NOT NULL on name.
CatalogBuilder
People(const Attributes &attributes)
{
	CatalogBuilder b;
	b.Composite("public", "person", attributes).TypedTable("public", "people", "public", "person");
	for (const auto &[name, type] : attributes) {
		b.Column("public", "people", name, type, name == "name");
	}
	return b;
}

TEST(DiffTypedTables, CreatedOfTheTypeWithItsOwnOptionsOnly)
{
	CatalogBuilder to = People({{"name", "text"}, {"age", "integer"}});
	to.TypedTable("public", "plain", "public", "person")
	    .Column("public", "plain", "name", "text")
	    .Column("public", "plain", "age", "integer");
	CatalogBuilder from;
	from.Composite("public", "person", {{"name", "text"}, {"age", "integer"}});
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 2u);
	EXPECT_EQ(Sql(r)[0], "CREATE TABLE \"public\".\"people\" OF \"public\".\"person\" (\n"
	                     "    \"name\" NOT NULL\n);");
	EXPECT_EQ(Sql(r)[1], "CREATE TABLE \"public\".\"plain\" OF \"public\".\"person\";");
}

TEST(DiffTypedTables, NewTypeAndItsTableTypeFirst)
{
	const DiffResult r = DiffOf(CatalogBuilder(), People({{"name", "text"}}));
	EXPECT_LT(PositionOf(r, "CREATE TYPE"), PositionOf(r, "CREATE TABLE"));
}

TEST(DiffTypedTables, AttributeAddedWithCascadeAndNotAsAColumn)
{
	CatalogBuilder want;
	want.Composite("public", "person", {{"name", "text"}, {"age", "integer"}, {"born", "date"}})
	    .TypedTable("public", "people", "public", "person")
	    .Column("public", "people", "name", "text", true)
	    .Column("public", "people", "age", "integer")
	    .Column("public", "people", "born", "date", true, "CURRENT_DATE");
	const DiffResult r = DiffOf(People({{"name", "text"}, {"age", "integer"}}), want);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TYPE \"public\".\"person\" ADD ATTRIBUTE \"born\" date CASCADE;",
	                      "ALTER TABLE \"public\".\"people\" ALTER COLUMN \"born\" SET NOT NULL;",
	                      "ALTER TABLE \"public\".\"people\" ALTER COLUMN \"born\" SET DEFAULT "
	                      "CURRENT_DATE;",
	                  }));
	EXPECT_EQ(r.changes[0].phase, Phase::kAlterTables);
}

TEST(DiffTypedTables, NewTypedTableWaitsForTheCascade)
{
	CatalogBuilder want;
	want.Composite("public", "person", {{"name", "text"}, {"born", "date"}})
	    .TypedTable("public", "people", "public", "person")
	    .Column("public", "people", "name", "text", true)
	    .Column("public", "people", "born", "date")
	    .TypedTable("public", "visitors", "public", "person")
	    .Column("public", "visitors", "name", "text")
	    .Column("public", "visitors", "born", "date", false, "CURRENT_DATE");
	const DiffResult r = DiffOf(People({{"name", "text"}}), want);
	// Its option names the attribute the CASCADE adds.
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TYPE \"public\".\"person\" ADD ATTRIBUTE \"born\" date CASCADE;",
	                      "CREATE TABLE \"public\".\"visitors\" OF \"public\".\"person\" (\n"
	                      "    \"born\" DEFAULT CURRENT_DATE\n);",
	                  }));
}

TEST(DiffTypedTables, AttributeDroppedWithCascadeAfterItsIndex)
{
	CatalogBuilder from = People({{"name", "text"}, {"age", "integer"}});
	from.Index("public", "people", "people_age_idx",
	           "CREATE INDEX people_age_idx ON public.people USING btree (age)", "{age}");
	const DiffResult r = DiffOf(from, People({{"name", "text"}}), {});
	EXPECT_EQ(Sql(r), (Statements{
	                      "DROP INDEX \"public\".\"people_age_idx\";",
	                      "ALTER TYPE \"public\".\"person\" DROP ATTRIBUTE \"age\" CASCADE;",
	                  }));
	EXPECT_TRUE(r.changes[1].destructive);
	EXPECT_EQ(CountOf(r, "DROP COLUMN"), 0);
}

TEST(DiffTypedTables, AttributeTypeChangedWithCascadeNotOnTheColumn)
{
	const DiffResult r = DiffOf(People({{"name", "text"}, {"age", "integer"}}),
	                            People({{"name", "text"}, {"age", "bigint"}}));
	EXPECT_EQ(Sql(r), Statements{"ALTER TYPE \"public\".\"person\" ALTER ATTRIBUTE \"age\" SET "
	                             "DATA TYPE bigint CASCADE;"});
}

TEST(DiffTypedTables, TypeChangeWithoutTypedTablesStaysEarlyWithoutCascade)
{
	CatalogBuilder from;
	from.Composite("public", "person", {{"name", "text"}});
	CatalogBuilder to;
	to.Composite("public", "person", {{"name", "text"}, {"age", "integer"}});
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].sql, "ALTER TYPE \"public\".\"person\" ADD ATTRIBUTE \"age\" integer;");
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateDomains);
}

TEST(DiffTypedTables, TableBecomesTypedAfterItsColumnsMatch)
{
	CatalogBuilder from;
	from.Composite("public", "person", {{"name", "text"}, {"age", "integer"}})
	    .Table("public", "people")
	    .Column("public", "people", "name", "text", true);
	const DiffResult r = DiffOf(from, People({{"name", "text"}, {"age", "integer"}}));
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"people\" ADD COLUMN \"age\" integer;",
	                      "ALTER TABLE \"public\".\"people\" OF \"public\".\"person\";",
	                  }));
	EXPECT_EQ(r.changes[1].phase, Phase::kAttachTables);
}

TEST(DiffTypedTables, TableLeavesTheTypeBeforeTheTypeChanges)
{
	CatalogBuilder to;
	to.Composite("public", "person", {{"name", "text"}})
	    .Table("public", "people")
	    .Column("public", "people", "name", "text", true)
	    .Column("public", "people", "age", "integer");
	const DiffResult r = DiffOf(People({{"name", "text"}, {"age", "integer"}}), to);
	// Without CASCADE: no typed table is left, and the table keeps "age".
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"people\" NOT OF;",
	                      "ALTER TYPE \"public\".\"person\" DROP ATTRIBUTE \"age\";",
	                  }));
}

TEST(DiffTypedTables, ForeignKeyOverARetypedAttributeIsRebuilt)
{
	CatalogBuilder from = People({{"name", "text"}, {"age", "integer"}});
	from.Constraint("public", "people", "people_pkey", "p", "PRIMARY KEY (age)", "{age}")
	    .Table("public", "r")
	    .Column("public", "r", "age", "integer")
	    .Constraint("public", "r", "r_age_fkey", "f",
	                "FOREIGN KEY (age) REFERENCES public.people(age)", "{age}", "public", "people",
	                false, "{age}");
	CatalogBuilder to = People({{"name", "text"}, {"age", "text"}});
	to.Constraint("public", "people", "people_pkey", "p", "PRIMARY KEY (age)", "{age}")
	    .Table("public", "r")
	    .Column("public", "r", "age", "text")
	    .Constraint("public", "r", "r_age_fkey", "f",
	                "FOREIGN KEY (age) REFERENCES public.people(age)", "{age}", "public", "people",
	                false, "{age}");
	const DiffResult r = DiffOf(from, to);
	const std::size_t cascade = PositionOf(r, "ALTER ATTRIBUTE \"age\"");
	ASSERT_LT(cascade, r.changes.size());
	EXPECT_LT(PositionOf(r, "DROP CONSTRAINT \"r_age_fkey\""), cascade);
	EXPECT_LT(cascade, PositionOf(r, "ADD CONSTRAINT \"r_age_fkey\""));
}

} // namespace
} // namespace pgschemadiff
