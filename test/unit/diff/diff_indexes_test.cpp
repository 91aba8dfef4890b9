// diff_indexes_test.cpp — CREATE / DROP INDEX.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kIdx = "CREATE INDEX t_a_idx ON public.t USING btree (a)";

CatalogBuilder
TableWithIndex(const std::string &definition)
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", "integer");
	if (!definition.empty()) {
		b.Index("public", "t", "t_a_idx", definition, "{a}");
	}
	return b;
}

TEST(DiffIndexes, NewIndexIsCreated)
{
	const DiffResult r = DiffOf(TableWithIndex(""), TableWithIndex(kIdx));
	EXPECT_EQ(Sql(r), Statements{std::string(kIdx) + ";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateIndexes);
	EXPECT_EQ(r.changes[0].identity, "\"public\".\"t_a_idx\"");
}

TEST(DiffIndexes, DroppedIndexIsDestructive)
{
	const DiffResult r = DiffOf(TableWithIndex(kIdx), TableWithIndex(""));
	EXPECT_EQ(Sql(r), Statements{"DROP INDEX \"public\".\"t_a_idx\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropIndexes);
}

TEST(DiffIndexes, ChangedIndexIsDropThenCreate)
{
	const std::string want = "CREATE INDEX t_a_idx ON public.t USING hash (a)";
	const DiffResult r = DiffOf(TableWithIndex(kIdx), TableWithIndex(want));
	EXPECT_EQ(Sql(r), (Statements{"DROP INDEX \"public\".\"t_a_idx\";", want + ";"}));
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffIndexes, IndexOnNewColumnAfterTheColumn)
{
	CatalogBuilder from;
	from.Table("public", "t").Column("public", "t", "z", "integer");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "z", "integer")
	    .Column("public", "t", "a", "integer")
	    .Index("public", "t", "t_a_idx", kIdx, "{a}");
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 2u);
	EXPECT_LT(IndexOf(r, "ADD COLUMN \"a\""), IndexOf(r, "CREATE INDEX"));
}

TEST(DiffIndexes, IndexOnRecreatedColumnIsRecreated)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "b", "integer")
	    .Column("public", "t", "a", "integer")
	    .Index("public", "t", "t_a_idx", kIdx, "{a}");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "b", "integer")
	    .Column("public", "t", "a", "integer", false, "(b + 1)", "", "s")
	    .Index("public", "t", "t_a_idx", kIdx, "{a}");
	const DiffResult r = DiffOf(from, to);
	const int drop_i = IndexOf(r, "DROP INDEX");
	const int add_c = IndexOf(r, "ADD COLUMN \"a\"");
	const int create_i = IndexOf(r, "CREATE INDEX");
	ASSERT_GE(drop_i, 0);
	ASSERT_GE(create_i, 0);
	EXPECT_LT(drop_i, IndexOf(r, "DROP COLUMN \"a\""));
	EXPECT_LT(add_c, create_i);
	EXPECT_FALSE(r.changes[drop_i].destructive);
}

TEST(DiffIndexes, UniqueIndexChangeReAddsForeignKeysPointingAtTheTable)
{
	const auto make = [](const std::string &unique) {
		CatalogBuilder b;
		b.Table("public", "a")
		    .Column("public", "a", "code", "text")
		    .Constraint("public", "a", "a_code_fkey", "f",
		                "FOREIGN KEY (code) REFERENCES public.b(code)", "{code}", "public", "b")
		    .Table("public", "b")
		    .Column("public", "b", "code", "text")
		    .Index("public", "b", "b_code_key", unique, "{code}");
		return b;
	};
	const DiffResult r =
	    DiffOf(make("CREATE UNIQUE INDEX b_code_key ON public.b USING btree (code)"),
	           make("CREATE UNIQUE INDEX b_code_key ON public.b USING btree (code) NULLS NOT "
	                "DISTINCT"));
	const int drop_fk = IndexOf(r, "DROP CONSTRAINT \"a_code_fkey\"");
	const int drop_i = IndexOf(r, "DROP INDEX \"public\".\"b_code_key\"");
	const int create_i = IndexOf(r, "CREATE UNIQUE INDEX b_code_key");
	const int add_fk = IndexOf(r, "ADD CONSTRAINT \"a_code_fkey\"");
	ASSERT_GE(drop_fk, 0);
	ASSERT_GE(add_fk, 0);
	EXPECT_LT(drop_fk, drop_i);
	EXPECT_LT(create_i, add_fk);
	EXPECT_EQ(r.changes.size(), 4u);
}

} // namespace
} // namespace pgschemadiff
