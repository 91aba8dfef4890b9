// online_test.cpp — online mode (plan/online.hpp): the forms that keep an
// existing table available, their hazards, and the transaction groups.
#include "core/catalog/digest.hpp"
#include "core/plan/online.hpp"
#include "core/render/ddl.hpp"
#include "core/render/statement.hpp"
#include "core/util/index_definition.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kIdx = "CREATE INDEX t_a_idx ON public.t USING btree (a)";
const char *const kIdxDesc = "CREATE INDEX t_a_idx ON public.t USING btree (a DESC)";

DiffOptions
Online(const std::string &lock_timeout = "5s")
{
	DiffOptions o;
	o.online = true;
	o.allow_drops = true;
	o.lock_timeout = lock_timeout;
	return o;
}

CatalogBuilder
TableWithIndex(const std::string &definition, bool a_not_null = false)
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", "integer", a_not_null);
	if (!definition.empty()) {
		b.Index("public", "t", "t_a_idx", definition, "{a}");
	}
	return b;
}

std::vector<int>
Groups(const DiffResult &r)
{
	std::vector<int> out;
	for (const auto &c : r.changes) {
		out.push_back(c.transaction);
	}
	return out;
}

TEST(Online, WithoutOnlineEveryStatementIsGroupOne)
{
	const DiffResult r = DiffOf(TableWithIndex(kIdx), TableWithIndex(kIdxDesc, true));
	ASSERT_FALSE(r.changes.empty());
	for (const auto &c : r.changes) {
		EXPECT_EQ(c.transaction, 1) << c.sql;
		EXPECT_FALSE(c.hazards.Has(Hazard::kNotTransactional)) << c.sql;
	}
}

TEST(Online, NewIndexOnExistingTableIsConcurrentAndAlone)
{
	const DiffResult r = DiffOf(TableWithIndex(""), TableWithIndex(kIdx), Online("250ms"));
	EXPECT_EQ(Sql(r),
	          (Statements{"SET lock_timeout = '250ms';",
	                      "CREATE INDEX CONCURRENTLY \"t_a_idx\" ON public.t USING btree (a);"}));
	ASSERT_EQ(r.changes.size(), 2u);
	EXPECT_EQ(HazardsText(r.changes[1].hazards), "builds_index,not_transactional");
	EXPECT_EQ(Groups(r), (std::vector<int>{1, 2}));
}

TEST(Online, DroppedIndexIsDroppedConcurrently)
{
	const DiffResult r = DiffOf(TableWithIndex(kIdx), TableWithIndex(""), Online());
	EXPECT_EQ(Sql(r), (Statements{"SET lock_timeout = '5s';",
	                              "DROP INDEX CONCURRENTLY \"public\".\"t_a_idx\";"}));
	EXPECT_EQ(HazardsText(r.changes[1].hazards), "not_transactional");
	EXPECT_TRUE(r.changes[1].destructive);
}

TEST(Online, ReplacedIndexIsBuiltAsideThenSwapped)
{
	const DiffResult r = DiffOf(TableWithIndex(kIdx), TableWithIndex(kIdxDesc), Online());
	EXPECT_EQ(Sql(r),
	          (Statements{"SET lock_timeout = '5s';",
	                      "CREATE INDEX CONCURRENTLY \"t_a_idx_psd_new\" ON public.t USING btree "
	                      "(a DESC);",
	                      "DROP INDEX CONCURRENTLY \"public\".\"t_a_idx\";",
	                      "ALTER INDEX \"public\".\"t_a_idx_psd_new\" RENAME TO \"t_a_idx\";"}));
	// the two CONCURRENTLY statements alone; the rename after them
	EXPECT_EQ(Groups(r), (std::vector<int>{1, 2, 3, 4}));
}

TEST(Online, IndexOfNewTableStaysPlain)
{
	CatalogBuilder none;
	const DiffResult r = DiffOf(none, TableWithIndex(kIdx), Online());
	for (const auto &c : r.changes) {
		EXPECT_FALSE(c.hazards.Has(Hazard::kNotTransactional)) << c.sql;
	}
	EXPECT_EQ(Sql(r).back(), std::string(kIdx) + ";");
}

TEST(Online, IndexOfPartitionedTableStaysPlain)
{
	CatalogBuilder from;
	from.Partitioned("public", "p", "RANGE (a)").Column("public", "p", "a", "integer");
	CatalogBuilder to = from;
	to.Index("public", "p", "p_a_idx", "CREATE INDEX p_a_idx ON ONLY public.p USING btree (a)",
	         "{a}");
	const DiffResult r = DiffOf(from, to, Online());
	EXPECT_EQ(Sql(r), (Statements{"SET lock_timeout = '5s';",
	                              "CREATE INDEX p_a_idx ON public.p USING btree (a);"}));
}

TEST(Online, CheckAndForeignKeyAreAddedNotValidThenValidatedAlone)
{
	CatalogBuilder from;
	from.Table("public", "o").Column("public", "o", "id", "integer", true);
	from.Constraint("public", "o", "o_pkey", "p", "PRIMARY KEY (id)", "{id}");
	from.Table("public", "t").Column("public", "t", "a", "integer");
	CatalogBuilder to = from;
	to.Constraint("public", "t", "t_a_check", "c", "CHECK ((a > 0))", "{a}");
	to.Constraint("public", "t", "t_a_fkey", "f", "FOREIGN KEY (a) REFERENCES public.o(id)", "{a}",
	              "public", "o");
	const DiffResult r = DiffOf(from, to, Online());
	const std::string t = "ALTER TABLE \"public\".\"t\" ";
	EXPECT_EQ(Sql(r), (Statements{"SET lock_timeout = '5s';",
	                              t + "ADD CONSTRAINT \"t_a_check\" CHECK ((a > 0)) NOT VALID;",
	                              t + "VALIDATE CONSTRAINT \"t_a_check\";",
	                              t + "ADD CONSTRAINT \"t_a_fkey\" FOREIGN KEY (a) REFERENCES "
	                                  "public.o(id) NOT VALID;",
	                              t + "VALIDATE CONSTRAINT \"t_a_fkey\";"}));
	EXPECT_EQ(HazardsText(r.changes[1].hazards), "access_exclusive_lock");
	EXPECT_EQ(HazardsText(r.changes[2].hazards), "scans_table");
	EXPECT_EQ(HazardsText(r.changes[3].hazards), "share_row_exclusive_lock");
	EXPECT_EQ(HazardsText(r.changes[4].hazards), "scans_table");
	EXPECT_EQ(Groups(r), (std::vector<int>{1, 1, 2, 3, 4}));
}

TEST(Online, SetNotNullGoesThroughAValidatedCheck)
{
	const DiffResult r = DiffOf(TableWithIndex("", false), TableWithIndex("", true), Online());
	const std::string t = "ALTER TABLE \"public\".\"t\" ";
	EXPECT_EQ(
	    Sql(r),
	    (Statements{"SET lock_timeout = '5s';",
	                t + "ADD CONSTRAINT \"a_psd_not_null\" CHECK (\"a\" IS NOT NULL) NOT VALID;",
	                t + "VALIDATE CONSTRAINT \"a_psd_not_null\";",
	                t + "ALTER COLUMN \"a\" SET NOT NULL;",
	                t + "DROP CONSTRAINT \"a_psd_not_null\";"}));
	EXPECT_EQ(Groups(r), (std::vector<int>{1, 1, 2, 3, 3}));
	EXPECT_FALSE(r.changes[3].hazards.Has(Hazard::kScansTable));
	EXPECT_TRUE(r.changes[2].hazards.Has(Hazard::kScansTable));
}

TEST(Online, CheckFunctionBodiesStartsEveryTransaction)
{
	Change bodies;
	bodies.phase = Phase::kSettings;
	bodies.kind = "setting";
	bodies.identity = "check_function_bodies";
	bodies.statement = op::SetCheckFunctionBodies{};
	Change index;
	index.kind = "index";
	index.identity = "\"public\".\"i\"";
	index.online = {OnlineForm::Kind::kCreateIndex,
	                {"public", "t"},
	                "i",
	                "CREATE INDEX i ON public.t USING btree (a)",
	                false};
	Change function;
	function.kind = "function";
	function.statement = op::CreateSchema{"f"};
	std::vector<Change> changes{bodies, index, function};
	MakeOnline(changes, "1s");
	AssignTransactions(changes, true);
	std::vector<std::string> sql;
	std::vector<int> groups;
	for (const auto &c : changes) {
		sql.push_back(render::Render(c.statement));
		groups.push_back(c.transaction);
	}
	const std::string no_bodies = "SET LOCAL check_function_bodies = false;";
	EXPECT_EQ(sql, (Statements{"SET lock_timeout = '1s';", no_bodies,
	                           "CREATE INDEX CONCURRENTLY \"i\" ON public.t USING btree (a);",
	                           no_bodies, "CREATE SCHEMA \"f\";"}));
	EXPECT_EQ(groups, (std::vector<int>{1, 1, 2, 3, 3}));
}

TEST(Online, TemporaryNamesFitInAnIdentifier)
{
	EXPECT_EQ(OnlineTemporaryName("i", "_psd_new"), "i_psd_new");
	const std::string long_name(63, 'x');
	EXPECT_EQ(OnlineTemporaryName(long_name, "_psd_new").size(), 63u);
	// a multibyte character is not cut in half
	const std::string accents = std::string(53, 'x') + "\xC3\xA9\xC3\xA9";
	EXPECT_EQ(OnlineTemporaryName(accents, "_psd_new"), std::string(53, 'x') + "\xC3\xA9_psd_new");
}

TEST(Online, ConcurrentFormNeedsTheDefinitionAsPrinted)
{
	EXPECT_EQ(render::CreateIndexConcurrently(
	              "CREATE UNIQUE INDEX \"I x\" ON public.t USING btree (a)", "I x", "I x"),
	          "CREATE UNIQUE INDEX CONCURRENTLY \"I x\" ON public.t USING btree (a);");
	EXPECT_FALSE(SplitIndexDefinition("something else", "i"));
	EXPECT_TRUE(SplitIndexDefinition("CREATE INDEX i ON public.t USING btree (a)", "i"));
	EXPECT_TRUE(SplitIndexDefinition("CREATE INDEX \"I x\" ON public.t USING btree (a)", "I x"));
	EXPECT_FALSE(SplitIndexDefinition("CREATE INDEX j ON public.t USING btree (a)", "i"));
}

TEST(Online, RowsDigestFollowsTheRows)
{
	CatalogBuilder a = TableWithIndex(kIdx);
	CatalogBuilder b = TableWithIndex(kIdxDesc);
	EXPECT_EQ(RowsDigest(a.rows), RowsDigest(TableWithIndex(kIdx).rows));
	EXPECT_NE(RowsDigest(a.rows), RowsDigest(b.rows));
	EXPECT_EQ(RowsDigest(a.rows).size(), 32u);
}

} // namespace
} // namespace pgschemadiff
