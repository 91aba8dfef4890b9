// diff_tables_test.cpp — CREATE / DROP TABLE and persistence.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(DiffTables, NewTableIsCreatedWithItsColumns)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true)
	    .Column("public", "t", "name", "text", false, "'x'::text");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"CREATE TABLE \"public\".\"t\" (\n"
	                             "    \"id\" integer NOT NULL,\n"
	                             "    \"name\" text DEFAULT 'x'::text\n"
	                             ");"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateTables);
	EXPECT_EQ(r.changes[0].kind, "table");
	EXPECT_EQ(r.changes[0].identity, "\"public\".\"t\"");
	EXPECT_FALSE(r.changes[0].destructive);
}

TEST(DiffTables, NewTableWithIdentityColumnNamesItsSequence)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true, "\\N", "a")
	    .Sequence("public", "t_id_seq", "integer", "i", "t", "id", "2147483647");
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 1u) << "identity sequences are part of the table";
	EXPECT_NE(r.changes[0].sql.find("\"id\" integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "
	                                "\"public\".\"t_id_seq\" START WITH 1 INCREMENT BY 1 MINVALUE "
	                                "1 MAXVALUE 2147483647 CACHE 1 NO CYCLE) NOT NULL"),
	          std::string::npos)
	    << r.changes[0].sql;
}

TEST(DiffTables, NewUnloggedTable)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Table("public", "t", true).Column("public", "t", "a", "integer");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"CREATE UNLOGGED TABLE \"public\".\"t\" (\n    \"a\" integer\n);"});
}

TEST(DiffTables, PersistenceChangeIsAlter)
{
	const std::pair<bool, const char *> cases[] = {
	    {true, "ALTER TABLE \"public\".\"t\" SET UNLOGGED;"},
	    {false, "ALTER TABLE \"public\".\"t\" SET LOGGED;"},
	};
	for (const auto &[unlogged, sql] : cases) {
		CatalogBuilder from;
		from.Table("public", "t", !unlogged).Column("public", "t", "a", "integer");
		CatalogBuilder to;
		to.Table("public", "t", unlogged).Column("public", "t", "a", "integer");
		const DiffResult r = DiffOf(from, to);
		EXPECT_EQ(Sql(r), Statements{sql});
		EXPECT_FALSE(test::AnyDestructive(r));
	}
}

TEST(DiffTables, DroppedTableIsDestructive)
{
	CatalogBuilder from;
	from.Table("public", "t").Column("public", "t", "a", "integer");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"DROP TABLE \"public\".\"t\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].action, Action::kDrop);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropTables);
}

TEST(DiffTables, DroppedTablesForeignKeysGoFirst)
{
	// "a" references "b": whatever the name order, the key goes before both tables.
	CatalogBuilder from;
	from.Table("public", "a")
	    .Column("public", "a", "b_id", "integer")
	    .Constraint("public", "a", "a_b_fkey", "f", "FOREIGN KEY (b_id) REFERENCES public.b(id)",
	                "{b_id}", "public", "b")
	    .Table("public", "b")
	    .Column("public", "b", "id", "integer", true)
	    .Constraint("public", "b", "b_pkey", "p", "PRIMARY KEY (id)", "{id}");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	const int fk = test::IndexOf(r, "DROP CONSTRAINT \"a_b_fkey\"");
	const int a = test::IndexOf(r, "DROP TABLE \"public\".\"a\"");
	const int b = test::IndexOf(r, "DROP TABLE \"public\".\"b\"");
	ASSERT_GE(fk, 0);
	ASSERT_GE(a, 0);
	ASSERT_GE(b, 0);
	EXPECT_LT(fk, a);
	EXPECT_LT(fk, b);
	EXPECT_EQ(test::CountOf(r, "b_pkey"), 0) << "the table's own keys go with it";
}

TEST(DiffTables, TableOnBothSidesIsNeverDroppedAndRecreated)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "b", "text");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "a", "bigint").Column("public", "t", "c", "text");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(test::CountOf(r, "DROP TABLE"), 0);
	EXPECT_EQ(test::CountOf(r, "CREATE TABLE"), 0);
	EXPECT_EQ(test::CountOf(r, "ALTER TABLE \"public\".\"t\""), 3);
}

} // namespace
} // namespace pgschemadiff
