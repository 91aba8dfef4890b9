// diff_collations_test.cpp — CREATE / DROP COLLATION; changes are reported.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(DiffCollations, NewCollationRendersItsProvider)
{
	struct Case {
		const char *provider;
		const char *locale;
		const char *sql;
	};
	const Case cases[] = {
	    {"i", "und-u-ks-level2",
	     "CREATE COLLATION \"public\".\"x\" (provider = icu, locale = 'und-u-ks-level2');"},
	    {"c", "fr_FR.utf8",
	     "CREATE COLLATION \"public\".\"x\" (provider = libc, lc_collate = 'fr_FR.utf8', "
	     "lc_ctype = 'fr_FR.utf8');"},
	};
	for (const auto &c : cases) {
		CatalogBuilder from;
		CatalogBuilder to;
		to.Collation("public", "x", c.provider, c.locale);
		const DiffResult r = DiffOf(from, to);
		EXPECT_EQ(Sql(r), Statements{c.sql});
		ASSERT_EQ(r.changes.size(), 1u);
		EXPECT_EQ(r.changes[0].phase, Phase::kCreateCollations);
	}
}

TEST(DiffCollations, NewCollationIsCreatedBeforeTheTableUsingIt)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "a", "text", false, "\\N", "", "", "public", "ci")
	    .Collation("public", "ci", "i", "und-u-ks-level2");
	const DiffResult r = DiffOf(from, to);
	const int create = test::IndexOf(r, "CREATE COLLATION");
	const int table = test::IndexOf(r, "CREATE TABLE");
	ASSERT_GE(create, 0);
	ASSERT_GE(table, 0);
	EXPECT_LT(create, table);
	EXPECT_NE(r.changes[table].sql.find("\"a\" text COLLATE \"public\".\"ci\""), std::string::npos);
}

TEST(DiffCollations, DroppedCollationIsDestructive)
{
	CatalogBuilder from;
	from.Collation("public", "ci", "i", "und-u-ks-level2");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"DROP COLLATION \"public\".\"ci\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropCollations);
}

TEST(DiffCollations, ChangedCollationIsWarningWithoutStatement)
{
	CatalogBuilder from;
	from.Collation("public", "ci", "i", "und-u-ks-level2");
	CatalogBuilder to;
	to.Collation("public", "ci", "i", "und-u-ks-level1");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_NE(r.diagnostics[0].detail.find("und-u-ks-level1"), std::string::npos);
}

} // namespace
} // namespace pgschemadiff
