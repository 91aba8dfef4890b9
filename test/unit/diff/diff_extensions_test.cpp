// diff_extensions_test.cpp — CREATE / ALTER / DROP EXTENSION.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

TEST(DiffExtensions, NewExtensionVersionFollowsIgnoreExtensionVersions)
{
	struct Case {
		bool ignore_versions;
		const char *sql;
	};
	const Case cases[] = {
	    {false, "CREATE EXTENSION IF NOT EXISTS \"hstore\" WITH SCHEMA \"public\" VERSION '1.8';"},
	    {true, "CREATE EXTENSION IF NOT EXISTS \"hstore\" WITH SCHEMA \"public\";"},
	};
	for (const auto &c : cases) {
		CatalogBuilder from;
		CatalogBuilder to;
		to.Extension("hstore", "public", "1.8");
		DiffOptions o;
		o.ignore_extension_versions = c.ignore_versions;
		const DiffResult r = DiffOf(from, to, o);
		EXPECT_EQ(Sql(r), Statements{c.sql}) << c.ignore_versions;
		ASSERT_EQ(r.changes.size(), 1u);
		EXPECT_EQ(r.changes[0].phase, Phase::kCreateExtensions);
		EXPECT_FALSE(r.changes[0].destructive);
	}
}

TEST(DiffExtensions, ChangedVersionIsUpdateUnlessIgnored)
{
	CatalogBuilder from;
	from.Extension("hstore", "public", "1.7");
	CatalogBuilder to;
	to.Extension("hstore", "public", "1.8");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"ALTER EXTENSION \"hstore\" UPDATE TO '1.8';"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].action, Action::kAlter);
	DiffOptions o;
	o.ignore_extension_versions = true;
	EXPECT_TRUE(DiffOf(from, to, o).changes.empty());
}

TEST(DiffExtensions, DroppedExtensionIsDestructive)
{
	CatalogBuilder from;
	from.Extension("hstore", "public", "1.8");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"DROP EXTENSION \"hstore\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropExtensions);
	EXPECT_EQ(r.changes[0].action, Action::kDrop);
}

TEST(DiffExtensions, RelocatableExtensionMovesSchema)
{
	CatalogBuilder from;
	from.Schema("ext").Extension("hstore", "public", "1.8");
	CatalogBuilder to;
	to.Schema("ext").Extension("hstore", "ext", "1.8");
	EXPECT_EQ(Sql(DiffOf(from, to)), Statements{"ALTER EXTENSION \"hstore\" SET SCHEMA \"ext\";"});
}

TEST(DiffExtensions, NonRelocatableExtensionInOtherSchemaIsWarning)
{
	CatalogBuilder from;
	from.Schema("ext");
	test::AppendNamed(from.rows, QueryId::kExtensions,
	                  {{"name", "plpgsql_check"},
	                   {"schema", "public"},
	                   {"version", "2.0"},
	                   {"relocatable", "false"}});
	CatalogBuilder to;
	to.Schema("ext");
	test::AppendNamed(to.rows, QueryId::kExtensions,
	                  {{"name", "plpgsql_check"},
	                   {"schema", "ext"},
	                   {"version", "2.0"},
	                   {"relocatable", "false"}});
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_NE(r.diagnostics[0].message.find("\"plpgsql_check\""), std::string::npos);
}

} // namespace
} // namespace pgschemadiff
