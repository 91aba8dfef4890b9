// diff_inherit_order_test.cpp — a table that starts (or stops) inheriting
// while its parent gains a column: INHERIT runs before the parent's ADD
// COLUMN, which propagates; the child never adds a column it only inherits.
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

const char *const kAddExtra = "ALTER TABLE \"public\".\"p\" ADD COLUMN \"extra\" text;";

/// public.p(id), public.c(id, note): c a plain table.
CatalogBuilder
Apart()
{
	CatalogBuilder b;
	b.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Table("public", "c")
	    .Column("public", "c", "id", "integer")
	    .Column("public", "c", "note", "text");
	return b;
}

/// public.p(id, extra), public.c INHERITS (p) with id merged, note its own,
/// extra only inherited (`extra_local`: its own too).
CatalogBuilder
Inheriting(bool extra_local = false)
{
	CatalogBuilder b;
	b.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Column("public", "p", "extra", "text")
	    .Child("public", "c", {"p"})
	    .InheritedColumn("public", "c", "id", "integer", false, true)
	    .Column("public", "c", "note", "text")
	    .InheritedColumn("public", "c", "extra", "text", false, extra_local);
	return b;
}

TEST(DiffInheritOrder, InheritBeforeTheParentGainsAColumn)
{
	const DiffResult r = DiffOf(Apart(), Inheriting());
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"c\" INHERIT \"public\".\"p\";",
	                      kAddExtra,
	                  }));
	EXPECT_EQ(r.changes.back().phase, Phase::kAttachTables);
}

TEST(DiffInheritOrder, ChildsOwnColumnIsAddedBeforeTheParentsMergesIntoIt)
{
	const DiffResult r = DiffOf(Apart(), Inheriting(true));
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"c\" ADD COLUMN \"extra\" text;",
	                      "ALTER TABLE \"public\".\"c\" INHERIT \"public\".\"p\";",
	                      kAddExtra,
	                  }));
}

TEST(DiffInheritOrder, ExistingChildKeepingItsOwnColumnAddsItFirst)
{
	CatalogBuilder from;
	from.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Child("public", "c", {"p"})
	    .InheritedColumn("public", "c", "id", "integer", false, true)
	    .Column("public", "c", "note", "text");
	const DiffResult r = DiffOf(from, Inheriting(true));
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"c\" ADD COLUMN \"extra\" text;",
	                      kAddExtra,
	                  }));
	// ... and one only inheriting it gets it from the parent alone.
	EXPECT_EQ(Sql(DiffOf(from, Inheriting(false))), Statements{kAddExtra});
}

TEST(DiffInheritOrder, GrandparentsColumnPropagatesThroughANewLink)
{
	// g(id) <- p(id) ; c(id) plain. Remote: g gains extra, p inherits it,
	// c starts inheriting p and inherits extra too.
	CatalogBuilder from;
	from.Table("public", "g")
	    .Column("public", "g", "id", "integer")
	    .Child("public", "p", {"g"})
	    .InheritedColumn("public", "p", "id", "integer")
	    .Table("public", "c")
	    .Column("public", "c", "id", "integer");
	CatalogBuilder to;
	to.Table("public", "g")
	    .Column("public", "g", "id", "integer")
	    .Column("public", "g", "extra", "text")
	    .Child("public", "p", {"g"})
	    .InheritedColumn("public", "p", "id", "integer")
	    .InheritedColumn("public", "p", "extra", "text")
	    .Child("public", "c", {"p"})
	    .InheritedColumn("public", "c", "id", "integer", false, true)
	    .InheritedColumn("public", "c", "extra", "text");
	EXPECT_EQ(Sql(DiffOf(from, to)), (Statements{
	                                     "ALTER TABLE \"public\".\"c\" INHERIT \"public\".\"p\";",
	                                     "ALTER TABLE \"public\".\"g\" ADD COLUMN \"extra\" text;",
	                                 }));
}

TEST(DiffInheritOrder, NoInheritBeforeTheParentGainsAColumn)
{
	CatalogBuilder from;
	from.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Child("public", "c", {"p"})
	    .InheritedColumn("public", "c", "id", "integer");
	CatalogBuilder to;
	to.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Column("public", "p", "extra", "text")
	    .Table("public", "c")
	    .Column("public", "c", "id", "integer");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"c\" NO INHERIT \"public\".\"p\";",
	                      kAddExtra,
	                  }));
	EXPECT_EQ(r.changes.back().phase, Phase::kAlterTables);
}

TEST(DiffInheritOrder, PartitionAttachedWhileItsParentGainsAColumn)
{
	CatalogBuilder from;
	from.Partitioned("public", "m", "RANGE (id)")
	    .Column("public", "m", "id", "integer")
	    .Table("public", "m_a")
	    .Column("public", "m_a", "id", "integer");
	CatalogBuilder to;
	to.Partitioned("public", "m", "RANGE (id)")
	    .Column("public", "m", "id", "integer")
	    .Column("public", "m", "extra", "text")
	    .Partition("public", "m_a", "m", "FOR VALUES FROM (1) TO (10)")
	    .InheritedColumn("public", "m_a", "id", "integer")
	    .InheritedColumn("public", "m_a", "extra", "text");
	const DiffResult r = DiffOf(from, to);
	// ATTACH PARTITION needs the columns to match exactly: both have it first.
	const std::size_t attach = PositionOf(r, "ATTACH PARTITION");
	ASSERT_LT(attach, r.changes.size());
	EXPECT_LT(PositionOf(r, "\"m\" ADD COLUMN \"extra\""), attach);
	EXPECT_LT(PositionOf(r, "\"m_a\" ADD COLUMN \"extra\""), attach);
}

TEST(DiffInheritOrder, ParentsCheckIsAddedToTheChildBeforeInherit)
{
	CatalogBuilder from = Apart();
	from.Constraint("public", "p", "p_id_check", "c", "CHECK ((id > 0))", "{id}");
	CatalogBuilder to = Inheriting();
	to.Constraint("public", "p", "p_id_check", "c", "CHECK ((id > 0))", "{id}")
	    .Constraint("public", "c", "p_id_check", "c", "CHECK ((id > 0))", "{id}", "\\N", "\\N",
	                true);
	const DiffResult r = DiffOf(from, to);
	const std::size_t check = PositionOf(r, "\"c\" ADD CONSTRAINT \"p_id_check\"");
	ASSERT_LT(check, r.changes.size());
	EXPECT_LT(check, PositionOf(r, "INHERIT \"public\".\"p\""));
	EXPECT_EQ(CountOf(r, "ADD CONSTRAINT"), 1);
}

TEST(DiffInheritOrder, ParentsNewCheckReachesTheChildThroughInherit)
{
	CatalogBuilder to = Inheriting();
	to.Constraint("public", "p", "p_id_check", "c", "CHECK ((id > 0))", "{id}")
	    .Constraint("public", "c", "p_id_check", "c", "CHECK ((id > 0))", "{id}", "\\N", "\\N",
	                true);
	const DiffResult r = DiffOf(Apart(), to);
	EXPECT_EQ(CountOf(r, "ADD CONSTRAINT"), 1);
	EXPECT_LT(PositionOf(r, "INHERIT \"public\".\"p\""),
	          PositionOf(r, "\"p\" ADD CONSTRAINT \"p_id_check\""));
}

TEST(DiffInheritOrder, InheritedCheckTheRemoteLacksIsDroppedAfterNoInherit)
{
	CatalogBuilder from;
	from.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Constraint("public", "p", "p_id_check", "c", "CHECK ((id > 0))", "{id}")
	    .Child("public", "c", {"p"})
	    .InheritedColumn("public", "c", "id", "integer")
	    .Constraint("public", "c", "p_id_check", "c", "CHECK ((id > 0))", "{id}", "\\N", "\\N",
	                true);
	CatalogBuilder to;
	to.Table("public", "p")
	    .Column("public", "p", "id", "integer")
	    .Constraint("public", "p", "p_id_check", "c", "CHECK ((id > 0))", "{id}")
	    .Table("public", "c")
	    .Column("public", "c", "id", "integer");
	// PostgreSQL refuses to drop an inherited constraint; NO INHERIT makes it
	// the child's own.
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{
	              "ALTER TABLE \"public\".\"c\" NO INHERIT \"public\".\"p\";",
	              "ALTER TABLE \"public\".\"c\" DROP CONSTRAINT \"p_id_check\";",
	          }));
}

} // namespace
} // namespace pgschemadiff
