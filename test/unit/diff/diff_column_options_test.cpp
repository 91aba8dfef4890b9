// diff_column_options_test.cpp — per-column statistics target, storage,
// compression and attribute options.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// One kColumnOptions row: statistics, storage, type storage, compression, options.
void
Options(CatalogBuilder &b, const std::string &table, const std::string &column,
        const std::string &statistics, const std::string &storage, const std::string &compression,
        const std::string &options, const std::string &type_storage = "x")
{
	b.Row(QueryId::kColumnOptions,
	      {"public", table, column, statistics, storage, type_storage, compression, options});
}

CatalogBuilder
Jobs(const std::string &note_type = "text")
{
	CatalogBuilder b;
	b.Table("public", "jobs")
	    .Column("public", "jobs", "id", "integer", true)
	    .Column("public", "jobs", "note", note_type);
	return b;
}

TEST(DiffColumnOptions, SameSettingsGiveNothing)
{
	CatalogBuilder from = Jobs();
	Options(from, "jobs", "note", "100", "m", "pglz", "{n_distinct=10}");
	CatalogBuilder to = Jobs();
	Options(to, "jobs", "note", "100", "m", "pglz", "{n_distinct=10}");
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
}

TEST(DiffColumnOptions, ChangedSettingsAreSetInPlace)
{
	CatalogBuilder from = Jobs();
	Options(from, "jobs", "note", "100", "\\N", "\\N", "{n_distinct=10,n_distinct_inherited=5}");
	CatalogBuilder to = Jobs();
	Options(to, "jobs", "note", "1000", "e", "lz4", "{n_distinct=-0.5}");
	const DiffResult r = DiffOf(from, to);
	const std::string alter = "ALTER TABLE ONLY \"public\".\"jobs\" ALTER COLUMN \"note\" ";
	EXPECT_EQ(Sql(r), (Statements{alter + "SET STATISTICS 1000;", alter + "SET STORAGE EXTERNAL;",
	                              alter + "SET COMPRESSION \"lz4\";",
	                              alter + "RESET (\"n_distinct_inherited\");",
	                              alter + "SET (\"n_distinct\" = '-0.5');"}));
	for (const auto &c : r.changes) {
		EXPECT_FALSE(c.destructive);
		EXPECT_EQ(c.object, (ObjectRef{"column", "public", "jobs", "note"}));
	}
}

TEST(DiffColumnOptions, SettingsTheRemoteLacksGoBackToTheDefaults)
{
	CatalogBuilder from = Jobs();
	Options(from, "jobs", "note", "100", "p", "pglz", "{}", "x");
	const DiffResult r = DiffOf(from, Jobs());
	const std::string alter = "ALTER TABLE ONLY \"public\".\"jobs\" ALTER COLUMN \"note\" ";
	// The storage returns to the type's own (text: EXTENDED), known from the local row.
	EXPECT_EQ(Sql(r), (Statements{alter + "SET STATISTICS -1;", alter + "SET STORAGE EXTENDED;",
	                              alter + "SET COMPRESSION DEFAULT;"}));
}

TEST(DiffColumnOptions, NewTablesAndColumnsGetTheirSettingsAfterTheyExist)
{
	CatalogBuilder from = Jobs();
	CatalogBuilder to = Jobs();
	to.Column("public", "jobs", "extra", "text")
	    .Table("public", "added")
	    .Column("public", "added", "doc", "text");
	Options(to, "jobs", "extra", "10", "\\N", "\\N", "{}");
	Options(to, "added", "doc", "\\N", "m", "\\N", "{}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_LT(IndexOf(r, "ADD COLUMN \"extra\""), IndexOf(r, "\"extra\" SET STATISTICS 10"));
	EXPECT_LT(IndexOf(r, "CREATE TABLE \"public\".\"added\""),
	          IndexOf(r, "\"doc\" SET STORAGE MAIN"));
	EXPECT_GE(IndexOf(r, "\"doc\" SET STORAGE MAIN"), 0);
}

TEST(DiffColumnOptions, ARetypedColumnStartsFromTheDefaultsAndIsSetAfterTheAlter)
{
	// ALTER ... TYPE resets the storage to the new type's: set again after it.
	CatalogBuilder from = Jobs("character varying(10)");
	Options(from, "jobs", "note", "\\N", "m", "\\N", "{}");
	CatalogBuilder to = Jobs();
	Options(to, "jobs", "note", "\\N", "m", "\\N", "{}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_LT(IndexOf(r, "SET DATA TYPE text"), IndexOf(r, "\"note\" SET STORAGE MAIN"));
	EXPECT_GE(IndexOf(r, "\"note\" SET STORAGE MAIN"), 0);
}

} // namespace
} // namespace pgschemadiff
