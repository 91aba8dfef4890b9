// cross_version_test.cpp — what makes two majors' catalogs comparable:
// which remote definitions are printed again, when the reprinted text is
// taken, and privileges the local major lacks.
#include "core/catalog/cross_version.hpp"
#include "core/migration.hpp"

#include "test_helpers.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;

// pg_get_viewdef of the same view on 15 and on 16+.
const char *const kView15 = " SELECT t.a,\n    t.b\n   FROM public.t;";
const char *const kView16 = " SELECT a,\n    b\n   FROM public.t;";
const char *const kIndex13 = "CREATE INDEX i ON public.t USING btree (lower(\"normalize\"(b)))";
const char *const kIndex15 = "CREATE INDEX i ON public.t USING btree (lower(normalize(b)))";

/// Rows of `id` whose column `column` reads `value`.
std::size_t
Count(const CatalogRows &rows, QueryId id, const std::string &column, const std::string &value)
{
	const RowSet &set = rows.at(id);
	const std::size_t c = set.ColumnIndex(column);
	std::size_t n = 0;
	for (std::size_t r = 0; r < set.RowCount(); ++r) {
		const Cell cell = set.CellAt(r, c);
		n += cell.has_value() && *cell == value ? 1 : 0;
	}
	return n;
}

CatalogBuilder
WithView(const char *definition)
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", "integer").Column("public", "t", "b", "text");
	b.View("public", "v", definition, "a integer, b text");
	return b;
}

std::size_t
Changes(const CatalogRows &local, const CatalogRows &remote)
{
	return Diff(BuildCatalog(local, 150000), BuildCatalog(remote, 170000), DiffOptions{})
	    .changes.size();
}

TEST(CrossVersion, SameMajorNeedsNoReparse)
{
	auto local = WithView(kView15).rows;
	auto remote = WithView(kView16).rows;
	EXPECT_TRUE(FindReparseItems(local, remote, 150004, 150020).empty());
	EXPECT_EQ(FindReparseItems(local, remote, 150004, 160000).size(), 1u);
}

TEST(CrossVersion, EqualTextsNeedNoReparse)
{
	auto local = WithView(kView15).rows;
	auto remote = WithView(kView15).rows;
	EXPECT_TRUE(FindReparseItems(local, remote, 150000, 170000).empty());
}

TEST(CrossVersion, ViewOnlyOnOneSideIsNotReparsed)
{
	auto local = WithView(kView15).rows;
	CatalogBuilder other;
	other.Table("public", "t").View("public", "w", kView16, "a integer, b text");
	EXPECT_TRUE(FindReparseItems(local, other.rows, 150000, 170000).empty());
}

TEST(CrossVersion, ReprintedViewEqualToLocalIsTakenAndNoChangeIsLeft)
{
	auto local = WithView(kView15).rows;
	auto remote = WithView(kView16).rows;
	EXPECT_EQ(Changes(local, remote), 1u); // the false drift of issue 14
	const auto items = FindReparseItems(local, remote, 150000, 170000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_EQ(items[0].kind, ReparseKind::kView);
	EXPECT_EQ(items[0].text, kView16);
	EXPECT_TRUE(ApplyReparsed(remote, items[0], kView15));
	EXPECT_EQ(Changes(local, remote), 0u);
}

TEST(CrossVersion, ReprintedViewThatDiffersKeepsTheRemoteText)
{
	// A real change (another WHERE) is still a change after reprinting.
	auto local = WithView(kView15).rows;
	auto remote = WithView(" SELECT a,\n    b\n   FROM public.t\n  WHERE a > 1;").rows;
	const auto items = FindReparseItems(local, remote, 150000, 170000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_FALSE(ApplyReparsed(remote, items[0],
	                           " SELECT t.a,\n    t.b\n   FROM public.t\n  WHERE t.a > 1;"));
	EXPECT_EQ(Changes(local, remote), 1u);
}

TEST(CrossVersion, ReprintedIndexComparesFromUsingOn)
{
	CatalogBuilder l;
	l.Table("public", "t")
	    .Column("public", "t", "b", "text")
	    .Index("public", "t", "i", kIndex15, "{b}");
	CatalogBuilder r;
	r.Table("public", "t")
	    .Column("public", "t", "b", "text")
	    .Index("public", "t", "i", kIndex13, "{b}");
	const auto items = FindReparseItems(l.rows, r.rows, 150000, 130000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_EQ(items[0].kind, ReparseKind::kIndex);
	EXPECT_EQ(items[0].text, "btree (lower(\"normalize\"(b)))");
	EXPECT_EQ(items[0].table_schema, "public");
	EXPECT_EQ(items[0].table_name, "t");
	// Printed on the adapter's temporary table: only the part from USING counts.
	EXPECT_FALSE(ApplyReparsed(
	    r.rows, items[0], "CREATE INDEX x ON pg_temp.x USING btree (lower(\"normalize\"(b)))"));
	EXPECT_TRUE(ApplyReparsed(r.rows, items[0],
	                          "CREATE INDEX x ON pg_temp.x USING btree (lower(normalize(b)))"));
	EXPECT_EQ(Changes(l.rows, r.rows), 0u);
}

TEST(CrossVersion, IndexesDifferingBeforeUsingAreNotReparsed)
{
	CatalogBuilder l;
	l.Table("public", "t")
	    .Index("public", "t", "i", "CREATE INDEX i ON public.t USING btree (b)", "{b}");
	CatalogBuilder r;
	r.Table("public", "t")
	    .Index("public", "t", "i", "CREATE UNIQUE INDEX i ON public.t USING btree (b)", "{b}");
	EXPECT_TRUE(FindReparseItems(l.rows, r.rows, 150000, 170000).empty());
}

// A 13 remote prints SQL-standard calls as plain ones; a 15 local keeps them.
CatalogBuilder
WithSyntax(const std::string &check, const std::string &default_expr, const std::string &policy)
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "a", "text")
	    .Column("public", "t", "at", "timestamp without time zone", false, default_expr)
	    .Constraint("public", "t", "c", "c", check, "{a}")
	    .Policy("public", "t", "p", "*", "{public}", policy);
	return b;
}

TEST(CrossVersion, ThirteenRemoteComparesExpressionsWithoutSqlSyntax)
{
	auto local = WithSyntax("CHECK ((SUBSTRING(a FROM 2) <> ''::text)) NOT VALID",
	                        "(now() AT TIME ZONE 'utc'::text)", "(TRIM(BOTH FROM a) = 'x'::text)")
	                 .rows;
	auto remote =
	    WithSyntax("CHECK ((\"substring\"(a, 2) <> ''::text)) NOT VALID",
	               "timezone('utc'::text, now())", "(btrim(a) = 'x'::text)")
	        .rows;
	// 14 and later keep the syntax: nothing of this is printed again.
	EXPECT_TRUE(FindReparseItems(local, remote, 150000, 140000).empty());
	const auto items = FindReparseItems(local, remote, 150000, 130000);
	ASSERT_EQ(items.size(), 3u);
	for (const auto &item : items) {
		EXPECT_EQ(item.kind, ReparseKind::kExpression);
		EXPECT_TRUE(item.without_sql_syntax);
		EXPECT_EQ(item.table_schema, "public");
		EXPECT_EQ(item.table_name, "t");
	}
	EXPECT_EQ(items[0].column, "default_expr");
	EXPECT_EQ(items[0].text, "timezone('utc'::text, now())");
	EXPECT_EQ(items[0].local_text, "(now() AT TIME ZONE 'utc'::text)");
	// A CHECK is compared by its condition.
	EXPECT_EQ(items[1].text, "(\"substring\"(a, 2) <> ''::text)");
	EXPECT_EQ(items[1].local_text, "(SUBSTRING(a FROM 2) <> ''::text)");
	EXPECT_EQ(items[2].column, "using_expr");
	EXPECT_GT(Changes(local, remote), 0u);
	// A text printed alike both ways is the same; printed apart, a change.
	EXPECT_FALSE(ApplyNormalized(remote, items[1], "x", "y"));
	EXPECT_FALSE(ApplyNormalized(remote, items[1], "", ""));
	for (const auto &item : items) {
		EXPECT_TRUE(ApplyNormalized(remote, item, "same", "same"));
		EXPECT_FALSE(ApplyReparsed(remote, item, "same")); // expressions only so
	}
	EXPECT_EQ(Changes(local, remote), 0u);
}

TEST(CrossVersion, ChecksThatDifferOutsideTheConditionAreNotCompared)
{
	auto local = WithSyntax("CHECK ((SUBSTRING(a FROM 2) <> ''::text)) NOT VALID", "\\N", "\\N").rows;
	auto remote = WithSyntax("CHECK ((\"substring\"(a, 2) <> ''::text))", "\\N", "\\N").rows;
	EXPECT_TRUE(FindReparseItems(local, remote, 150000, 130000).empty());
}

TEST(CrossVersion, ThirteenRemoteViewsAndIndexesAlsoCompareWithoutSqlSyntax)
{
	auto local = WithView(kView15).rows;
	auto remote = WithView(" SELECT t.a,\n    btrim(t.b) AS b\n   FROM public.t;").rows;
	auto items = FindReparseItems(local, remote, 150000, 130000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_TRUE(items[0].without_sql_syntax);
	EXPECT_EQ(items[0].local_text, kView15);
	EXPECT_TRUE(ApplyNormalized(remote, items[0], "q", "q"));
	EXPECT_EQ(Changes(local, remote), 0u);
	// Against 17 a view is only printed again (16 changed qualification).
	remote = WithView(kView16).rows;
	items = FindReparseItems(local, remote, 150000, 170000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_FALSE(items[0].without_sql_syntax);
	EXPECT_FALSE(ApplyNormalized(remote, items[0], "q", "q"));

	CatalogBuilder l;
	l.Table("public", "t").Index("public", "t", "i", kIndex15, "{b}");
	CatalogBuilder r;
	r.Table("public", "t").Index("public", "t", "i", kIndex13, "{b}");
	items = FindReparseItems(l.rows, r.rows, 150000, 130000);
	ASSERT_EQ(items.size(), 1u);
	EXPECT_EQ(items[0].text, "btree (lower(\"normalize\"(b)))");
	EXPECT_EQ(items[0].local_text, "btree (lower(normalize(b)))");
}

TEST(CrossVersion, IndexTailStart)
{
	const std::string def = "CREATE INDEX \"a USING b\" ON public.t USING btree (x)";
	EXPECT_EQ(def.substr(IndexTailStart(def, std::string::npos)),
	          "b\" ON public.t USING btree (x)");
	EXPECT_EQ(def.substr(IndexTailStart(def, def.size())), "btree (x)");
	EXPECT_EQ(IndexTailStart("CREATE INDEX", std::string::npos), std::string::npos);
	EXPECT_EQ(IndexTailStart(def, 3), std::string::npos);
}

TEST(CrossVersion, MaintainOfOwnerAndBuiltinsLeavesSilently)
{
	CatalogBuilder r;
	r.DefaultAcl("alice", "", "r", "alice", "MAINTAIN")
	    .DefaultAcl("alice", "", "r", "alice", "SELECT");
	auto &builtin = r.rows[QueryId::kDefaultPrivileges];
	builtin.AddRow({Cell("builtin"), Cell(""), Cell(""), Cell("r"), Cell(""), Cell("MAINTAIN"),
	                Cell("false")});
	const std::size_t before = r.rows[QueryId::kDefaultPrivileges].RowCount();
	const auto notes = DropPrivilegesUnknownLocally(r.rows, 150000, 170000);
	EXPECT_TRUE(notes.empty());
	EXPECT_EQ(r.rows[QueryId::kDefaultPrivileges].RowCount(), before - 2);
	EXPECT_EQ(Count(r.rows, QueryId::kDefaultPrivileges, "privilege", "MAINTAIN"), 0u);
	EXPECT_EQ(Count(r.rows, QueryId::kDefaultPrivileges, "role", "alice"), 1u);
}

TEST(CrossVersion, MaintainGrantedToOthersIsAWarning)
{
	CatalogBuilder r;
	r.Table("public", "t").Grant({"table", "public", "t", ""}, "bob", "MAINTAIN");
	r.DefaultAcl("alice", "s1", "r", "bob", "MAINTAIN");
	const auto notes = DropPrivilegesUnknownLocally(r.rows, 150000, 180000);
	ASSERT_EQ(notes.size(), 2u);
	EXPECT_EQ(notes[0].level, Diagnostic::Level::kWarning);
	EXPECT_NE(notes[0].message.find("MAINTAIN on table \"public\".\"t\" to bob"), std::string::npos)
	    << notes[0].message;
	EXPECT_NE(notes[1].message.find("in schema s1 to bob"), std::string::npos) << notes[1].message;
	EXPECT_EQ(Count(r.rows, QueryId::kPrivileges, "privilege", "MAINTAIN"), 0u);
	EXPECT_EQ(Count(r.rows, QueryId::kDefaultPrivileges, "privilege", "MAINTAIN"), 0u);
}

TEST(CrossVersion, MaintainKeptWhenTheLocalMajorHasIt)
{
	CatalogBuilder r;
	r.Table("public", "t").Grant({"table", "public", "t", ""}, "bob", "MAINTAIN");
	EXPECT_TRUE(DropPrivilegesUnknownLocally(r.rows, 170000, 180000).empty());
	EXPECT_EQ(Count(r.rows, QueryId::kPrivileges, "privilege", "MAINTAIN"), 1u);
	EXPECT_TRUE(DropPrivilegesUnknownLocally(r.rows, 150000, 150001).empty());
	EXPECT_EQ(Count(r.rows, QueryId::kPrivileges, "privilege", "MAINTAIN"), 1u);
}

TEST(CrossVersion, VirtualGeneratedColumnOfA18RemoteIsAWarning)
{
	CatalogBuilder r;
	r.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "b", "integer", false, "(a * 2)", "", "v")
	    .Column("public", "t", "c", "integer", false, "(a * 3)", "", "s");
	const auto notes = NoteFeaturesUnknownLocally(r.rows, 150000, 180000);
	ASSERT_EQ(notes.size(), 1u);
	EXPECT_EQ(notes[0].level, Diagnostic::Level::kWarning);
	EXPECT_NE(notes[0].message.find("\"public\".\"t\".\"b\""), std::string::npos)
	    << notes[0].message;
	EXPECT_TRUE(NoteFeaturesUnknownLocally(r.rows, 180000, 190000).empty());
	EXPECT_TRUE(NoteFeaturesUnknownLocally(r.rows, 150000, 150001).empty());
}

} // namespace
} // namespace pgschemadiff
