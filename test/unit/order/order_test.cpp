// order_test.cpp — statements sorted by phase, then by emission order.
#include "core/order/order.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

Change
MakeChange(Phase phase, int sequence, const std::string &sql)
{
	Change c;
	c.phase = phase;
	c.sequence = sequence;
	c.sql = sql;
	return c;
}

std::vector<std::string>
SqlOf(const std::vector<Change> &changes)
{
	std::vector<std::string> out;
	for (const auto &c : changes) {
		out.push_back(c.sql);
	}
	return out;
}

TEST(OrderChanges, SortsByPhaseThenEmissionOrder)
{
	std::vector<Change> changes = {
	    MakeChange(Phase::kDropSchemas, 0, "drop schema"),
	    MakeChange(Phase::kAddForeignKeys, 5, "fk 2"),
	    MakeChange(Phase::kCreateSchemas, 9, "create schema"),
	    MakeChange(Phase::kAddForeignKeys, 1, "fk 1"),
	    MakeChange(Phase::kDropForeignKeys, 7, "drop fk"),
	    MakeChange(Phase::kCreateTables, 3, "create table"),
	};
	OrderChanges(changes);
	EXPECT_EQ(SqlOf(changes), (std::vector<std::string>{"create schema", "drop fk", "create table",
	                                                    "fk 1", "fk 2", "drop schema"}));
}

TEST(OrderChanges, EqualKeysKeepTheirInputOrder)
{
	std::vector<Change> changes;
	for (int i = 0; i < 50; ++i) {
		changes.push_back(MakeChange(Phase::kAlterTables, i % 2, std::to_string(i)));
	}
	OrderChanges(changes);
	for (int i = 0; i < 25; ++i) {
		EXPECT_EQ(changes[i].sql, std::to_string(2 * i));
		EXPECT_EQ(changes[25 + i].sql, std::to_string(2 * i + 1));
	}
}

TEST(OrderChanges, SortingTwiceChangesNothing)
{
	std::vector<Change> changes = {
	    MakeChange(Phase::kDropTables, 2, "b"),
	    MakeChange(Phase::kCreateEnums, 4, "a"),
	    MakeChange(Phase::kDropTables, 1, "c"),
	};
	OrderChanges(changes);
	const auto once = SqlOf(changes);
	OrderChanges(changes);
	EXPECT_EQ(SqlOf(changes), once);
	EXPECT_EQ(once, (std::vector<std::string>{"a", "c", "b"}));
}

TEST(Phases, DependenciesComeFirst)
{
	// (earlier, later): what must exist, or be gone, first.
	const std::pair<Phase, Phase> rules[] = {
	    {Phase::kCreateSchemas, Phase::kCreateExtensions},
	    {Phase::kCreateExtensions, Phase::kCreateCollations},
	    {Phase::kCreateCollations, Phase::kCreateTables},
	    {Phase::kCreateEnums, Phase::kCreateTables},
	    {Phase::kCreateSequences, Phase::kCreateTables},
	    {Phase::kReleaseSequences, Phase::kDropTables},
	    {Phase::kReleaseSequences, Phase::kAlterTables},
	    {Phase::kDropForeignKeys, Phase::kDropConstraints},
	    {Phase::kDropConstraints, Phase::kAlterTables},
	    {Phase::kDropIndexes, Phase::kAlterTables},
	    {Phase::kCreateTables, Phase::kAlterTables},
	    {Phase::kAlterTables, Phase::kOwnSequences},
	    {Phase::kAlterTables, Phase::kCreateIndexes},
	    {Phase::kCreateIndexes, Phase::kAddConstraints},
	    {Phase::kAddConstraints, Phase::kAddForeignKeys},
	    {Phase::kAlterTables, Phase::kDropSequences},
	    {Phase::kAlterTables, Phase::kDropEnums},
	    {Phase::kDropTables, Phase::kDropEnums},
	    {Phase::kDropEnums, Phase::kDropExtensions},
	    {Phase::kDropCollations, Phase::kDropSchemas},
	    {Phase::kDropExtensions, Phase::kDropSchemas},
	};
	for (const auto &[earlier, later] : rules) {
		EXPECT_LT(static_cast<int>(earlier), static_cast<int>(later))
		    << static_cast<int>(earlier) << " vs " << static_cast<int>(later);
	}
}

TEST(OrderChanges, DiffOutputIsInPhaseOrder)
{
	test::CatalogBuilder from;
	from.Schema("old")
	    .Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "gone", "integer")
	    .Constraint("public", "t", "t_a_check", "c", "CHECK ((a > 0))", "{a}")
	    .Enum("public", "old_e", "{x}");
	test::CatalogBuilder to;
	to.Schema("app")
	    .Table("public", "t")
	    .Column("public", "t", "a", "bigint")
	    .Column("public", "t", "added", "text")
	    .Constraint("public", "t", "t_a_check", "c", "CHECK ((a > 1))", "{a}")
	    .Enum("public", "new_e", "{y}")
	    .Table("app", "n")
	    .Column("app", "n", "a", "integer");
	const DiffResult r = test::DiffOf(from, to, {true});
	ASSERT_GT(r.changes.size(), 5u);
	for (std::size_t i = 1; i < r.changes.size(); ++i) {
		EXPECT_LE(static_cast<int>(r.changes[i - 1].phase), static_cast<int>(r.changes[i].phase))
		    << r.changes[i - 1].sql << " / " << r.changes[i].sql;
		if (r.changes[i - 1].phase == r.changes[i].phase) {
			EXPECT_LT(r.changes[i - 1].sequence, r.changes[i].sequence);
		}
	}
}

} // namespace
} // namespace pgschemadiff
