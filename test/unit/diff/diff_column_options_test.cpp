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
		EXPECT_EQ(c.object, (ObjectRef{ObjectKind::kColumn, "public", "jobs", "note"}));
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

namespace pgschemadiff {
namespace {

/// Public.t with an expression index t_expr, and materialized view public.m.
CatalogBuilder
WithRelations(const std::string &m_definition = " SELECT 1 AS a;")
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Index("public", "t", "t_expr", "CREATE INDEX t_expr ON public.t USING btree (a, (a + 1))",
	           "{a}");
	b.View("public", "m", m_definition, "a integer", "m");
	return b;
}

void
RelationOptions(CatalogBuilder &b, const std::string &relation, const std::string &relkind,
                const std::string &table, const std::string &column, const std::string &attnum,
                const std::string &statistics, const std::string &compression)
{
	b.Row(QueryId::kRelationColumnOptions, {"public", relation, relkind, table, column, attnum,
	                                        statistics, "\\N", "x", compression, "{}"});
}

TEST(DiffColumnOptions, IndexesAndMaterializedViewsGetTheirColumnSettings)
{
	CatalogBuilder have = WithRelations();
	CatalogBuilder want = WithRelations();
	RelationOptions(want, "t_expr", "i", "t", "expr", "2", "400", "\\N");
	RelationOptions(want, "m", "m", "m", "a", "1", "\\N", "lz4");
	const auto sql = Sql(DiffOf(have, want));
	EXPECT_EQ(sql,
	          (Statements{"ALTER MATERIALIZED VIEW \"public\".\"m\" ALTER COLUMN \"a\" SET "
	                      "COMPRESSION \"lz4\";",
	                      "ALTER INDEX \"public\".\"t_expr\" ALTER COLUMN 2 SET STATISTICS 400;"}));
	// The same settings on both sides: nothing; gone from the remote: reset.
	EXPECT_TRUE(Sql(DiffOf(want, want)).empty());
	EXPECT_EQ(Sql(DiffOf(want, have)),
	          (Statements{"ALTER MATERIALIZED VIEW \"public\".\"m\" ALTER COLUMN \"a\" SET "
	                      "COMPRESSION DEFAULT;",
	                      "ALTER INDEX \"public\".\"t_expr\" ALTER COLUMN 2 SET STATISTICS -1;"}));
}

TEST(DiffColumnOptions, ARecreatedMaterializedViewGetsItsSettingsAgain)
{
	CatalogBuilder have = WithRelations();
	CatalogBuilder want = WithRelations(" SELECT 2 AS a;");
	RelationOptions(have, "m", "m", "m", "a", "1", "500", "\\N");
	RelationOptions(want, "m", "m", "m", "a", "1", "500", "\\N");
	const DiffResult r = DiffOf(have, want);
	const auto sql = Sql(r);
	const std::string set =
	    "ALTER MATERIALIZED VIEW \"public\".\"m\" ALTER COLUMN \"a\" SET STATISTICS 500;";
	ASSERT_NE(std::find(sql.begin(), sql.end(), set), sql.end());
	// after the view is created again
	EXPECT_GT(IndexOf(r, set), IndexOf(r, "CREATE MATERIALIZED VIEW"));
}

} // namespace
} // namespace pgschemadiff
