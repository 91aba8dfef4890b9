// diff_constraints_test.cpp — constraints dropped and added in their phases.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;

/// public.parent(id, x) with primary key `pk`, public.child with a foreign key to it.
CatalogBuilder
ParentChild(const std::string &pk, const std::string &pk_columns)
{
	CatalogBuilder b;
	b.Table("public", "child")
	    .Column("public", "child", "parent_id", "integer")
	    .Constraint("public", "child", "child_parent_fkey", "f",
	                "FOREIGN KEY (parent_id) REFERENCES public.parent(id)", "{parent_id}", "public",
	                "parent")
	    .Table("public", "parent")
	    .Column("public", "parent", "id", "integer", true)
	    .Column("public", "parent", "x", "integer", true)
	    .Constraint("public", "parent", "parent_pkey", "p", pk, pk_columns);
	return b;
}

TEST(DiffConstraints, ChangedDefinitionIsDropThenAddInTheirPhases)
{
	struct Case {
		const char *type;
		const char *have;
		const char *want;
		Phase drop;
		Phase add;
	};
	const Case cases[] = {
	    {"c", "CHECK ((a > 0))", "CHECK ((a > 1))", Phase::kDropConstraints,
	     Phase::kAddConstraints},
	    {"u", "UNIQUE (a)", "UNIQUE (a) DEFERRABLE", Phase::kDropConstraints,
	     Phase::kAddConstraints},
	    {"f", "FOREIGN KEY (a) REFERENCES public.o(id)",
	     "FOREIGN KEY (a) REFERENCES public.o(id) ON DELETE CASCADE", Phase::kDropForeignKeys,
	     Phase::kAddForeignKeys},
	};
	for (const auto &c : cases) {
		CatalogBuilder from;
		from.Table("public", "t")
		    .Column("public", "t", "a", "integer")
		    .Constraint("public", "t", "k", c.type, c.have, "{a}", "public", "o");
		CatalogBuilder to;
		to.Table("public", "t")
		    .Column("public", "t", "a", "integer")
		    .Constraint("public", "t", "k", c.type, c.want, "{a}", "public", "o");
		const DiffResult r = DiffOf(from, to);
		ASSERT_EQ(Sql(r), (std::vector<std::string>{
		                      "ALTER TABLE \"public\".\"t\" DROP CONSTRAINT \"k\";",
		                      std::string("ALTER TABLE \"public\".\"t\" ADD CONSTRAINT \"k\" ") +
		                          c.want + ";"}))
		    << c.type;
		EXPECT_EQ(r.changes[0].phase, c.drop) << c.type;
		EXPECT_EQ(r.changes[1].phase, c.add) << c.type;
		EXPECT_FALSE(r.changes[0].destructive) << "re-added, nothing is lost";
	}
}

TEST(DiffConstraints, RemovedConstraintIsDestructive)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Constraint("public", "t", "t_a_check", "c", "CHECK ((a > 0))", "{a}");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "a", "integer");
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].sql, "ALTER TABLE \"public\".\"t\" DROP CONSTRAINT \"t_a_check\";");
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].identity, "\"t_a_check\" on \"public\".\"t\"");
}

TEST(DiffConstraints, ForeignKeyAddedAfterPrimaryAndUniqueKeys)
{
	// The referencing table sorts first: only the phases put the key after.
	CatalogBuilder from;
	CatalogBuilder to = ParentChild("PRIMARY KEY (id)", "{id}");
	to.Constraint("public", "parent", "parent_x_key", "u", "UNIQUE (x)", "{x}");
	const DiffResult r = DiffOf(from, to);
	const int fk = IndexOf(r, "ADD CONSTRAINT \"child_parent_fkey\"");
	const int pk = IndexOf(r, "ADD CONSTRAINT \"parent_pkey\"");
	const int uk = IndexOf(r, "ADD CONSTRAINT \"parent_x_key\"");
	const int parent = IndexOf(r, "CREATE TABLE \"public\".\"parent\"");
	ASSERT_GE(fk, 0);
	ASSERT_GE(pk, 0);
	ASSERT_GE(uk, 0);
	EXPECT_LT(parent, pk);
	EXPECT_LT(pk, fk);
	EXPECT_LT(uk, fk);
	EXPECT_EQ(r.changes[fk].phase, Phase::kAddForeignKeys);
}

TEST(DiffConstraints, ConstraintOnRecreatedColumnIsReAdded)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "c", "integer")
	    .Constraint("public", "t", "t_c_check", "c", "CHECK ((c > 0))", "{c}");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "c", "integer", false, "(a * 2)", "", "s")
	    .Constraint("public", "t", "t_c_check", "c", "CHECK ((c > 0))", "{c}");
	const DiffResult r = DiffOf(from, to);
	const int drop_k = IndexOf(r, "DROP CONSTRAINT \"t_c_check\"");
	const int drop_c = IndexOf(r, "DROP COLUMN \"c\"");
	const int add_c = IndexOf(r, "ADD COLUMN \"c\"");
	const int add_k = IndexOf(r, "ADD CONSTRAINT \"t_c_check\" CHECK ((c > 0))");
	ASSERT_GE(drop_k, 0);
	ASSERT_GE(add_k, 0);
	EXPECT_LT(drop_k, drop_c);
	EXPECT_LT(drop_c, add_c);
	EXPECT_LT(add_c, add_k);
	EXPECT_FALSE(r.changes[drop_k].destructive);
}

TEST(DiffConstraints, PrimaryKeyChangeReAddsForeignKeysPointingAtTheTable)
{
	const DiffResult r = DiffOf(ParentChild("PRIMARY KEY (id)", "{id}"),
	                            ParentChild("PRIMARY KEY (id, x)", "{id,x}"));
	const int drop_fk = IndexOf(r, "DROP CONSTRAINT \"child_parent_fkey\"");
	const int drop_pk = IndexOf(r, "DROP CONSTRAINT \"parent_pkey\"");
	const int add_pk = IndexOf(r, "ADD CONSTRAINT \"parent_pkey\" PRIMARY KEY (id, x)");
	const int add_fk = IndexOf(r, "ADD CONSTRAINT \"child_parent_fkey\"");
	ASSERT_GE(drop_fk, 0);
	ASSERT_GE(drop_pk, 0);
	ASSERT_GE(add_pk, 0);
	ASSERT_GE(add_fk, 0);
	EXPECT_LT(drop_fk, drop_pk);
	EXPECT_LT(add_pk, add_fk);
	EXPECT_EQ(r.changes.size(), 4u);
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffConstraints, SelfReferencingForeignKeyReAddedWithItsKey)
{
	const auto make = [](const char *pk) {
		CatalogBuilder b;
		b.Table("public", "node")
		    .Column("public", "node", "id", "integer", true)
		    .Column("public", "node", "parent", "integer")
		    .Constraint("public", "node", "node_pkey", "p", pk, "{id}")
		    .Constraint("public", "node", "node_parent_fkey", "f",
		                "FOREIGN KEY (parent) REFERENCES public.node(id)", "{parent}", "public",
		                "node");
		return b;
	};
	const DiffResult r = DiffOf(make("PRIMARY KEY (id)"), make("PRIMARY KEY (id) DEFERRABLE"));
	EXPECT_EQ(test::CountOf(r, "DROP CONSTRAINT \"node_parent_fkey\""), 1);
	EXPECT_EQ(test::CountOf(r, "ADD CONSTRAINT \"node_parent_fkey\""), 1);
	EXPECT_LT(IndexOf(r, "DROP CONSTRAINT \"node_parent_fkey\""),
	          IndexOf(r, "DROP CONSTRAINT \"node_pkey\""));
	EXPECT_LT(IndexOf(r, "ADD CONSTRAINT \"node_pkey\""),
	          IndexOf(r, "ADD CONSTRAINT \"node_parent_fkey\""));
}

TEST(DiffConstraints, CheckChangeLeavesForeignKeysAlone)
{
	CatalogBuilder from = ParentChild("PRIMARY KEY (id)", "{id}");
	from.Constraint("public", "parent", "parent_x_check", "c", "CHECK ((x > 0))", "{x}");
	CatalogBuilder to = ParentChild("PRIMARY KEY (id)", "{id}");
	to.Constraint("public", "parent", "parent_x_check", "c", "CHECK ((x > 1))", "{x}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(r.changes.size(), 2u);
	EXPECT_EQ(test::CountOf(r, "child_parent_fkey"), 0);
}

} // namespace
} // namespace pgschemadiff
