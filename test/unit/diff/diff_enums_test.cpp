// diff_enums_test.cpp — CREATE TYPE AS ENUM, ADD VALUE in place, DROP TYPE.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

DiffResult
EnumDiff(const std::string &have, const std::string &want)
{
	CatalogBuilder from;
	from.Enum("public", "e", have);
	CatalogBuilder to;
	to.Enum("public", "e", want);
	return DiffOf(from, to);
}

TEST(DiffEnums, NewEnumIsCreatedWithLabelsInOrder)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Enum("public", "mood", "{sad,ok,\"it's fine\"}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), Statements{"CREATE TYPE \"public\".\"mood\" AS ENUM ('sad', 'ok', "
	                             "'it''s fine');"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateEnums);
}

TEST(DiffEnums, AddedLabelUsesBeforeOrAfterTheRightNeighbour)
{
	struct Case {
		const char *have;
		const char *want;
		Statements sql;
	};
	const std::string add = "ALTER TYPE \"public\".\"e\" ADD VALUE ";
	const Case cases[] = {
	    {"{a,c}", "{a,b,c}", {add + "'b' AFTER 'a';"}},
	    {"{a,c}", "{a,c,d}", {add + "'d' AFTER 'c';"}},
	    {"{a,c}", "{x,a,c}", {add + "'x' BEFORE 'a';"}},
	    {"{a,c}", "{x,y,a,c}", {add + "'x' BEFORE 'a';", add + "'y' AFTER 'x';"}},
	    {"{a,c}", "{a,b1,b2,c}", {add + "'b1' AFTER 'a';", add + "'b2' AFTER 'b1';"}},
	    {"{}", "{a,b}", {add + "'a';", add + "'b' AFTER 'a';"}},
	};
	for (const auto &c : cases) {
		const DiffResult r = EnumDiff(c.have, c.want);
		EXPECT_EQ(Sql(r), c.sql) << c.have << " -> " << c.want;
		for (const auto &change : r.changes) {
			EXPECT_EQ(change.phase, Phase::kCreateEnums);
			EXPECT_FALSE(change.destructive);
		}
		EXPECT_TRUE(r.diagnostics.empty());
	}
}

TEST(DiffEnums, RemovedRenamedOrReorderedLabelIsWarningWithoutStatement)
{
	const std::pair<const char *, const char *> cases[] = {
	    {"{a,b,c}", "{a,c}"},
	    {"{a,b}", "{a,z}"},
	    {"{a,b}", "{b,a}"},
	};
	for (const auto &[have, want] : cases) {
		const DiffResult r = EnumDiff(have, want);
		EXPECT_TRUE(r.changes.empty()) << have << " -> " << want;
		ASSERT_EQ(r.diagnostics.size(), 1u) << have << " -> " << want;
		EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
		EXPECT_NE(r.diagnostics[0].message.find("\"public\".\"e\""), std::string::npos);
	}
}

TEST(DiffEnums, DroppedEnumIsDestructiveAfterTablesChange)
{
	CatalogBuilder from;
	from.Enum("public", "e", "{a}").Table("public", "t").Column("public", "t", "c", "public.e");
	CatalogBuilder to;
	to.Table("public", "t").Column("public", "t", "c", "text");
	const DiffResult r = DiffOf(from, to);
	const int drop = test::IndexOf(r, "DROP TYPE \"public\".\"e\";");
	const int alter = test::IndexOf(r, "SET DATA TYPE text");
	ASSERT_GE(drop, 0);
	ASSERT_GE(alter, 0);
	EXPECT_LT(alter, drop);
	EXPECT_TRUE(r.changes[drop].destructive);
	EXPECT_EQ(r.changes[drop].phase, Phase::kDropEnums);
}

TEST(DiffEnums, ColumnTypeToOrFromEnumCastsThroughText)
{
	struct Case {
		const char *have_type;
		const char *have_kind;
		const char *want_type;
		const char *want_kind;
		const char *using_clause;
	};
	const Case cases[] = {
	    {"text", "b", "public.e", "e", "USING \"c\"::text::public.e;"},
	    {"public.e", "e", "text", "b", "USING \"c\"::text::text;"},
	    {"text", "b", "varchar(10)", "b", "USING \"c\"::varchar(10);"},
	};
	for (const auto &c : cases) {
		CatalogBuilder from;
		from.Enum("public", "e", "{a}").Table("public", "t");
		test::AppendNamed(from.rows, QueryId::kColumns,
		                  {{"schema", "public"},
		                   {"table_name", "t"},
		                   {"name", "c"},
		                   {"position", "1"},
		                   {"type", c.have_type},
		                   {"type_kind", c.have_kind},
		                   {"not_null", "false"},
		                   {"identity", ""},
		                   {"generated", ""},
		                   {"is_local", "true"},
		                   {"inherited", "0"}});
		CatalogBuilder to;
		to.Enum("public", "e", "{a}").Table("public", "t");
		test::AppendNamed(to.rows, QueryId::kColumns,
		                  {{"schema", "public"},
		                   {"table_name", "t"},
		                   {"name", "c"},
		                   {"position", "1"},
		                   {"type", c.want_type},
		                   {"type_kind", c.want_kind},
		                   {"not_null", "false"},
		                   {"identity", ""},
		                   {"generated", ""},
		                   {"is_local", "true"},
		                   {"inherited", "0"}});
		const DiffResult r = DiffOf(from, to);
		ASSERT_EQ(r.changes.size(), 1u) << c.have_type << " -> " << c.want_type;
		EXPECT_NE(r.changes[0].sql.find(c.using_clause), std::string::npos) << r.changes[0].sql;
	}
}

} // namespace
} // namespace pgschemadiff
