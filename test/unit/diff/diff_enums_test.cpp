// diff_enums_test.cpp — CREATE TYPE AS ENUM, ADD VALUE in place, DROP TYPE.
#include "core/plan/online.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

DiffResult
EnumDiff(const std::string &have, const std::string &want, bool detect_renames = true)
{
	CatalogBuilder from;
	from.Enum("public", "e", have);
	CatalogBuilder to;
	to.Enum("public", "e", want);
	DiffOptions o;
	o.detect_renames = detect_renames;
	return DiffOf(from, to, o);
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

TEST(DiffEnums, RemovedRenamedOrReorderedLabelsRecreateTheTypeAside)
{
	struct Case {
		const char *have;
		const char *want;
		const char *create;
		bool destructive;
	};
	const Case cases[] = {
	    {"{a,b,c}", "{a,c}", "CREATE TYPE \"public\".\"e\" AS ENUM ('a', 'c');", true},
	    {"{a,b}", "{a,z}", "CREATE TYPE \"public\".\"e\" AS ENUM ('a', 'z');", true},
	    {"{a,b}", "{b,a}", "CREATE TYPE \"public\".\"e\" AS ENUM ('b', 'a');", false},
	};
	for (const auto &c : cases) {
		// A label renamed in place is a RENAME VALUE unless detect_renames is off.
		const DiffResult r = EnumDiff(c.have, c.want, false);
		EXPECT_EQ(Sql(r), (Statements{
		                      "ALTER TYPE \"public\".\"e\" RENAME TO \"e__pgschemadiff_old\";",
		                      c.create,
		                      "DROP TYPE \"public\".\"e__pgschemadiff_old\";",
		                  }))
		    << c.have << " -> " << c.want;
		ASSERT_EQ(r.changes.size(), 3u);
		EXPECT_FALSE(r.changes[0].destructive);
		EXPECT_EQ(r.changes[2].destructive, c.destructive) << c.have << " -> " << c.want;
		EXPECT_EQ(r.changes[2].phase, Phase::kDropEnums);
		EXPECT_TRUE(r.diagnostics.empty());
	}
}

TEST(DiffEnums, ColumnsOfARecreatedEnumAreConvertedWithTheirDefaults)
{
	// A label is removed while the column's default uses another one.
	CatalogBuilder from;
	from.Enum("public", "e", "{a,b,c}")
	    .Table("public", "t")
	    .Column("public", "t", "c", "public.e", true, "'c'::public.e")
	    .Column("public", "t", "cs", "public.e[]")
	    .Column("public", "t", "n", "integer");
	CatalogBuilder to;
	to.Enum("public", "e", "{a,c}")
	    .Table("public", "t")
	    .Column("public", "t", "c", "public.e", true, "'c'::public.e")
	    .Column("public", "t", "cs", "public.e[]")
	    .Column("public", "t", "n", "integer");
	const DiffResult r = DiffOf(from, to);
	const std::string alter = "ALTER TABLE \"public\".\"t\" ALTER COLUMN ";
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TYPE \"public\".\"e\" RENAME TO \"e__pgschemadiff_old\";",
	                      "CREATE TYPE \"public\".\"e\" AS ENUM ('a', 'c');",
	                      alter + "\"c\" DROP DEFAULT;",
	                      alter + "\"c\" SET DATA TYPE public.e USING \"c\"::text::public.e;",
	                      alter + "\"c\" SET DEFAULT 'c'::public.e;",
	                      alter + "\"cs\" SET DATA TYPE public.e[] USING \"cs\"::text::public.e[];",
	                      "DROP TYPE \"public\".\"e__pgschemadiff_old\";",
	                  }));
}

TEST(DiffEnums, DependentsOfARecreatedEnumAreRecreated)
{
	CatalogBuilder from;
	from.Enum("public", "e", "{a,b}")
	    .Table("public", "t")
	    .Column("public", "t", "c", "public.e")
	    .View("public", "v", " SELECT t.c\n   FROM public.t;", "c public.e")
	    .Depends({"view", "public", "v", ""}, {"column", "public", "t", "c"})
	    .View("public", "w", " SELECT 'a'::public.e AS x;", "x public.e")
	    .Depends({"view", "public", "w", ""}, {"type", "public", "e", ""});
	CatalogBuilder to = from;
	to.rows.at(QueryId::kEnums) = test::EmptyRows().at(QueryId::kEnums);
	to.Enum("public", "e", "{b,a}");
	const DiffResult r = DiffOf(from, to);
	const int drop_v = test::IndexOf(r, "DROP VIEW \"public\".\"v\"");
	const int drop_w = test::IndexOf(r, "DROP VIEW \"public\".\"w\"");
	const int rename = test::IndexOf(r, "RENAME TO");
	const int alter = test::IndexOf(r, "SET DATA TYPE");
	const int create_v = test::IndexOf(r, "CREATE VIEW \"public\".\"v\"");
	const int create_w = test::IndexOf(r, "CREATE VIEW \"public\".\"w\"");
	const int drop_old = test::IndexOf(r, "DROP TYPE");
	ASSERT_GE(drop_v, 0);
	ASSERT_GE(drop_w, 0);
	EXPECT_LT(drop_v, rename);
	EXPECT_LT(drop_w, rename);
	EXPECT_LT(rename, alter);
	EXPECT_LT(alter, create_v);
	EXPECT_LT(alter, create_w);
	EXPECT_LT(create_v, drop_old);
	EXPECT_LT(create_w, drop_old);
}

TEST(DiffEnums, ChecksAndIndexesNamingARecreatedEnumAreRecreated)
{
	CatalogBuilder from;
	from.Enum("public", "e", "{a,b}")
	    .Table("public", "t")
	    .Column("public", "t", "c", "public.e")
	    .Column("public", "t", "n", "integer")
	    .Constraint("public", "t", "t_c_check", "c", "CHECK ((c <> 'a'::public.e))", "{c}")
	    .Constraint("public", "t", "t_n_check", "c", "CHECK ((n > 0))", "{n}")
	    .Index("public", "t", "t_b",
	           "CREATE INDEX t_b ON public.t USING btree (n) WHERE (c = "
	           "'b'::public.e)",
	           "{c,n}")
	    .Index("public", "t", "t_c", "CREATE INDEX t_c ON public.t USING btree (c)", "{c}")
	    .Index("public", "t", "t_x", "CREATE INDEX t_x ON public.t USING btree (n) WHERE (n > 0)",
	           "{n}");
	CatalogBuilder to = from;
	to.rows.at(QueryId::kEnums) = test::EmptyRows().at(QueryId::kEnums);
	to.Enum("public", "e", "{b,a}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(test::CountOf(r, "\"t_c_check\""), 2);
	EXPECT_EQ(test::CountOf(r, "t_b"), 2);
	// ALTER COLUMN TYPE rebuilds these by itself: their text names no enum.
	EXPECT_EQ(test::CountOf(r, "t_n_check"), 0);
	EXPECT_EQ(test::CountOf(r, "t_c "), 0);
	EXPECT_EQ(test::CountOf(r, "t_x"), 0);
	EXPECT_LT(test::IndexOf(r, "DROP INDEX"), test::IndexOf(r, "SET DATA TYPE"));
	EXPECT_LT(test::IndexOf(r, "SET DATA TYPE"), test::IndexOf(r, "CREATE INDEX"));
}

TEST(DiffEnums, LongNameIsShortenedAside)
{
	const std::string name(63, 'x');
	CatalogBuilder from;
	from.Enum("public", name, "{a,b}");
	CatalogBuilder to;
	to.Enum("public", name, "{b}");
	const DiffResult r = DiffOf(from, to);
	ASSERT_FALSE(r.changes.empty());
	const std::string aside = std::string(63 - 18, 'x') + "__pgschemadiff_old";
	EXPECT_NE(r.changes[0].sql.find("RENAME TO \"" + aside + "\";"), std::string::npos)
	    << r.changes[0].sql;
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

namespace pgschemadiff {
namespace {

/// A list-partitioned table keyed by an enum, with partitions for `bounds`.
test::CatalogBuilder
Regions(const std::string &labels, const std::vector<std::string> &bounds)
{
	test::CatalogBuilder b;
	b.Enum("public", "region", labels);
	b.Partitioned("public", "sales", "LIST (r)").Column("public", "sales", "r", "public.region");
	for (const auto &bound : bounds) {
		const std::string name = "sales_" + bound;
		b.Partition("public", name, "sales", "FOR VALUES IN ('" + bound + "')")
		    .Column("public", name, "r", "public.region");
	}
	return b;
}

TEST(DiffEnums, ALabelAPartitionBoundUsesIsAddedAndCommittedFirst)
{
	const auto have = Regions("{east,west}", {"east"});
	const auto want = Regions("{east,west,north}", {"east", "north"});
	const DiffResult r = test::DiffOf(have, want);
	const int add = test::IndexOf(r, "ADD VALUE 'north'");
	const int create = test::IndexOf(r, "\"sales_north\"");
	ASSERT_GE(add, 0);
	ASSERT_GT(create, add);
	EXPECT_TRUE(r.changes[add].commits);
	// Not re-created (a partition key uses it): no RENAME aside.
	EXPECT_LT(test::IndexOf(r, "__pgschemadiff_old"), 0);
	std::vector<Change> changes = r.changes;
	AssignTransactions(changes, false);
	int add_tx = 0, create_tx = 0;
	for (const auto &c : changes) {
		add_tx = c.sql.find("ADD VALUE 'north'") != std::string::npos ? c.transaction : add_tx;
		create_tx = c.sql.find("\"sales_north\"") != std::string::npos ? c.transaction : create_tx;
	}
	EXPECT_EQ(add_tx, 1);
	EXPECT_EQ(create_tx, 2);
	// A label no bound uses needs no boundary.
	const DiffResult plain = test::DiffOf(have, Regions("{east,west,north}", {"east"}));
	ASSERT_GE(test::IndexOf(plain, "ADD VALUE 'north'"), 0);
	EXPECT_FALSE(plain.changes[test::IndexOf(plain, "ADD VALUE 'north'")].commits);
}

TEST(DiffEnums, SettingsAreRepeatedInEachTransaction)
{
	std::vector<Change> changes(3);
	changes[0].phase = Phase::kSettings;
	changes[0].kind = "setting";
	changes[0].identity = "check_function_bodies";
	changes[0].statement = op::SetCheckFunctionBodies{};
	changes[1].statement = op::AddEnumValue{{"public", "x"}, "y", "", false};
	changes[1].commits = true;
	changes[2].statement = op::CreateSchema{"t"};
	AssignTransactions(changes, false);
	RepeatSettingsPerTransaction(changes);
	ASSERT_EQ(changes.size(), 4u);
	EXPECT_NE(changes[2].statement.As<op::SetCheckFunctionBodies>(), nullptr);
	EXPECT_EQ(changes[2].transaction, 2);
	EXPECT_EQ(changes[3].transaction, 2);
}

} // namespace
} // namespace pgschemadiff
