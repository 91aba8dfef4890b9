// diff_renames_test.cpp — indexes and constraints renamed in place instead of
// dropped and created again (no rebuild), only when the pairing is certain.
#include "core/diff/renames.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(PairRenames, PairsOnlyWhatIsOneToOne)
{
	const auto pairs = PairRenames({{"a_old", "sig1"}, {"b_old", "sig2"}, {"c_old", "sig2"}},
	                               {{"a_new", "sig1"}, {"b_new", "sig2"}, {"d_new", "sig3"}});
	// sig2 is held by two gone objects: which one became b_new is a guess.
	EXPECT_EQ(pairs, (std::map<std::string, std::string>{{"a_old", "a_new"}}));
	EXPECT_TRUE(PairRenames({{"x", "s"}}, {{"y", "s"}, {"z", "s"}}).empty());
}

TEST(PairRenames, IndexSignatureLeavesOutOnlyTheName)
{
	EXPECT_EQ(IndexSignature("CREATE UNIQUE INDEX idx_a ON public.t USING btree (a)"),
	          "CREATE UNIQUE INDEX  ON public.t USING btree (a)");
	EXPECT_EQ(IndexSignature("CREATE INDEX \"Odd ON name\" ON ONLY public.p USING btree (a)"),
	          IndexSignature("CREATE INDEX \"Odd ON name\" ON ONLY public.p USING btree (a)"));
	EXPECT_NE(IndexSignature("CREATE INDEX i ON public.t USING btree (a)"),
	          IndexSignature("CREATE INDEX i ON public.t USING btree (b)"));
}

CatalogBuilder
Users(const std::string &index, const std::string &pkey, const std::string &check,
      const std::string &index_column = "email")
{
	CatalogBuilder b;
	b.Table("public", "users")
	    .Column("public", "users", "id", "integer", true)
	    .Column("public", "users", "email", "text")
	    .Column("public", "users", "name", "text")
	    .Constraint("public", "users", pkey, "p", "PRIMARY KEY (id)", "{id}")
	    .Constraint("public", "users", check, "c", "CHECK ((length(email) > 3))", "{email}")
	    .Index("public", "users", index,
	           "CREATE UNIQUE INDEX " + index + " ON public.users USING btree (" + index_column +
	               ")",
	           "{" + index_column + "}");
	return b;
}

TEST(DiffRenames, AnIndexAndConstraintsThatOnlyChangeNameAreRenamed)
{
	const DiffResult r = DiffOf(Users("index_users_on_email", "users_pkey", "email_len"),
	                            Users("users_email_key2", "accounts_pkey", "email_length"));
	EXPECT_EQ(Sql(r),
	          (Statements{"ALTER INDEX \"public\".\"index_users_on_email\" RENAME TO "
	                      "\"users_email_key2\";",
	                      "ALTER TABLE \"public\".\"users\" RENAME CONSTRAINT \"email_len\" TO "
	                      "\"email_length\";",
	                      "ALTER TABLE \"public\".\"users\" RENAME CONSTRAINT \"users_pkey\" TO "
	                      "\"accounts_pkey\";"}));
	for (const auto &c : r.changes) {
		EXPECT_EQ(c.action, Action::kRename);
		EXPECT_STREQ(ActionName(c.action), "rename");
		EXPECT_FALSE(c.destructive) << c.sql;
	}
	// Nothing is dropped: allowed without allow_drops.
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffRenames, RenameDetectionCanBeTurnedOff)
{
	DiffOptions o;
	o.allow_drops = true;
	o.detect_renames = false;
	const DiffResult r = DiffOf(Users("index_users_on_email", "users_pkey", "email_len"),
	                            Users("users_email_key2", "users_pkey", "email_len"), o);
	EXPECT_GE(test::IndexOf(r, "DROP INDEX \"public\".\"index_users_on_email\""), 0);
	EXPECT_GE(test::IndexOf(r, "CREATE UNIQUE INDEX users_email_key2"), 0);
	EXPECT_EQ(test::IndexOf(r, "RENAME"), -1);
}

TEST(DiffRenames, ADifferentDefinitionIsNoRename)
{
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = DiffOf(Users("i_old", "users_pkey", "email_len", "email"),
	                            Users("i_new", "users_pkey", "email_len", "name"), o);
	EXPECT_EQ(test::IndexOf(r, "RENAME"), -1);
	EXPECT_GE(test::IndexOf(r, "DROP INDEX \"public\".\"i_old\""), 0);
	EXPECT_GE(test::IndexOf(r, "CREATE UNIQUE INDEX i_new"), 0);
}

TEST(DiffRenames, TwoLookalikesAreNotGuessed)
{
	// Two gone indexes with the same definition: which one is the new one
	// cannot be known, so nothing is renamed.
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Index("public", "t", "i1", "CREATE INDEX i1 ON public.t USING btree (a)", "{a}")
	    .Index("public", "t", "i2", "CREATE INDEX i2 ON public.t USING btree (a)", "{a}");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Index("public", "t", "i3", "CREATE INDEX i3 ON public.t USING btree (a)", "{a}");
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = DiffOf(from, to, o);
	EXPECT_EQ(test::IndexOf(r, "RENAME"), -1);
	EXPECT_EQ(test::CountOf(r, "DROP INDEX"), 2);
}

TEST(DiffRenames, AnIndexOverADroppedColumnIsRebuiltNotRenamed)
{
	CatalogBuilder from;
	from.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "b", "integer")
	    .Index("public", "t", "i_old", "CREATE INDEX i_old ON public.t USING btree (a)", "{a}");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "a", "bigint")
	    .Index("public", "t", "i_new", "CREATE INDEX i_new ON public.t USING btree (a)", "{a}");
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = DiffOf(from, to, o);
	// Renaming is still right here: ALTER ... TYPE rebuilds the index itself.
	EXPECT_GE(test::IndexOf(r, "RENAME TO \"i_new\""), 0);
	CatalogBuilder gone_column = from;
	CatalogBuilder to2;
	to2.Table("public", "t")
	    .Column("public", "t", "b", "integer")
	    .Index("public", "t", "i_new", "CREATE INDEX i_new ON public.t USING btree (b)", "{b}");
	EXPECT_EQ(test::IndexOf(DiffOf(gone_column, to2, o), "RENAME"), -1);
}

} // namespace
} // namespace pgschemadiff
