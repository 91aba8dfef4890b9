// order_test.cpp — statements sorted by phase, then by emission order.
#include "core/order/order.hpp"
#include "core/render/statement.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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

namespace pgschemadiff {
namespace {

Change
On(Phase phase, int sequence, Action action, ObjectRef object, const std::string &sql)
{
	Change c;
	c.phase = phase;
	c.sequence = sequence;
	c.action = action;
	c.kind = KindName(object.kind);
	c.object = std::move(object);
	c.sql = sql;
	c.identity = sql;
	return c;
}

const ObjectRef kTypeA{ObjectKind::kType, "public", "a", ""};
const ObjectRef kTypeZ{ObjectKind::kType, "public", "z", ""};
const ObjectRef kTableT{ObjectKind::kTable, "public", "t", ""};
const ObjectRef kColumnTC{ObjectKind::kColumn, "public", "t", "c"};
const ObjectRef kViewV{ObjectKind::kView, "public", "v", ""};

std::vector<std::string>
Sql(const std::vector<Change> &changes)
{
	std::vector<std::string> out;
	for (const auto &c : changes) {
		out.push_back(c.sql);
	}
	return out;
}

TEST(OrderGraph, RemoteDependenciesPutCreatesAfterWhatTheyNeed)
{
	// Type "a" uses type "z": emitted in name order, created in dependency order.
	Catalog to;
	to.dependencies.push_back({kTypeA, kTypeZ});
	std::vector<Change> changes = {
	    On(Phase::kCreateDomains, 0, Action::kCreate, kTypeA, "create a"),
	    On(Phase::kCreateDomains, 1, Action::kCreate, kTypeZ, "create z"),
	};
	OrderChanges(changes, Catalog{}, to);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"create z", "create a"}));
}

TEST(OrderGraph, AColumnsTypeIsNeededByTheTablesCreation)
{
	// The column's edge lifts to CREATE TABLE, even from a later phase.
	Catalog to;
	to.dependencies.push_back({kColumnTC, kTypeZ});
	std::vector<Change> changes = {
	    On(Phase::kCreateTables, 0, Action::kCreate, kTableT, "create t"),
	    On(Phase::kCreateLateTypes, 1, Action::kCreate, kTypeZ, "create z"),
	};
	OrderChanges(changes, Catalog{}, to);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"create z", "create t"}));
}

TEST(OrderGraph, LocalDependenciesPutDependentsDropsFirst)
{
	// The view uses the column: it goes before the column changes type. The
	// column uses type "a": the table holding it goes before the type.
	Catalog from;
	from.dependencies.push_back({kViewV, kColumnTC});
	from.dependencies.push_back({kColumnTC, kTypeA});
	std::vector<Change> changes = {
	    On(Phase::kDropDependents, 5, Action::kDrop, kTypeA, "drop type a"),
	    On(Phase::kAlterTables, 3, Action::kAlter, kColumnTC, "alter column"),
	    On(Phase::kDropTables, 4, Action::kDrop, kViewV, "drop view"),
	    On(Phase::kDropTables, 6, Action::kDrop, kTableT, "drop table"),
	};
	OrderChanges(changes, from, Catalog{});
	const auto sql = Sql(changes);
	const auto at = [&](const char *s) {
		return std::find(sql.begin(), sql.end(), s) - sql.begin();
	};
	// Against the phases: the view (kDropTables) before the column's change
	// (kAlterTables), the table (kDropTables) before the type (kDropDependents).
	EXPECT_LT(at("drop view"), at("alter column"));
	EXPECT_LT(at("drop table"), at("drop type a"));
	EXPECT_EQ(sql.size(), 4u);
}

TEST(OrderGraph, AStatementThatRemovesAPartCountsAsItsDrop)
{
	// DROP DEFAULT alters the column but removes the default that calls the
	// function: it goes before DROP FUNCTION; SET DEFAULT after CREATE.
	const ObjectRef fn{ObjectKind::kFunction, "public", "f", ""};
	const ObjectRef def{ObjectKind::kDefault, "public", "t", "c"};
	Catalog from;
	from.dependencies.push_back({def, fn});
	Catalog to = from;
	Change drop_default = On(Phase::kAlterTables, 0, Action::kAlter, def, "drop default");
	drop_default.removes = true;
	std::vector<Change> changes = {
	    On(Phase::kDropSchemas, 1, Action::kAlter, def, "set default"),
	    On(Phase::kDropDependents, 2, Action::kDrop, fn, "drop function"),
	    On(Phase::kCreateRoutines, 3, Action::kCreate, fn, "create function"),
	    drop_default,
	};
	OrderChanges(changes, from, to);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"drop default", "drop function",
	                                                  "create function", "set default"}));
}

TEST(OrderGraph, DropOfAnObjectComesBeforeItsCreationUnderTheSameName)
{
	std::vector<Change> changes = {
	    On(Phase::kCreateDependents, 0, Action::kCreate, kViewV, "create v"),
	    On(Phase::kDropSchemas, 1, Action::kDrop, kViewV, "drop v"),
	};
	OrderChanges(changes);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"drop v", "create v"}));
}

TEST(OrderGraph, PartsFollowTheirRelationAndLeaveBeforeIt)
{
	const ObjectRef index{ObjectKind::kIndex, "public", "t", "t_i"};
	std::vector<Change> changes = {
	    On(Phase::kCreateSchemas, 0, Action::kCreate, index, "create index"),
	    On(Phase::kCreateTables, 1, Action::kCreate, kTableT, "create t"),
	    On(Phase::kDropSchemas, 2, Action::kDrop, kViewV, "drop v"),
	    On(Phase::kDropSchemas, 3, Action::kDrop, {ObjectKind::kTrigger, "public", "v", "g"},
	       "drop trigger"),
	};
	OrderChanges(changes);
	EXPECT_EQ(Sql(changes),
	          (std::vector<std::string>{"create t", "create index", "drop trigger", "drop v"}));
}

TEST(OrderGraph, ExplicitNeedsAreHonoured)
{
	Change owned = On(Phase::kCreateSequences, 0, Action::kAlter,
	                  {ObjectKind::kSequence, "public", "s", ""}, "owned by");
	owned.needs.push_back(kColumnTC);
	std::vector<Change> changes = {
	    owned,
	    On(Phase::kAlterTables, 1, Action::kCreate, kColumnTC, "add column"),
	};
	OrderChanges(changes);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"add column", "owned by"}));
}

TEST(OrderGraph, ChangesWithoutObjectsKeepThePhaseOrder)
{
	std::vector<Change> changes = {
	    On(Phase::kComments, 0, Action::kAlter, {}, "comment"),
	    On(Phase::kCreateTables, 1, Action::kCreate, kTableT, "create t"),
	    On(Phase::kSettings, 2, Action::kAlter, {}, "set"),
	};
	OrderChanges(changes);
	EXPECT_EQ(Sql(changes), (std::vector<std::string>{"set", "create t", "comment"}));
}

/// Sorted both ways round: with the usual ties and with reverse_ties (the
/// last phase first). The same order is asserted of both: the graph gave it.
std::pair<std::vector<std::string>, std::vector<std::string>>
BothWays(const std::vector<Change> &changes, const Catalog &from, const Catalog &to)
{
	std::vector<Change> usual = changes;
	std::vector<Change> reversed = changes;
	OrderChanges(usual, from, to, false);
	OrderChanges(reversed, from, to, true);
	return {Sql(usual), Sql(reversed)};
}

TEST(OrderGraph, ReverseTiesTakeTheLastPhaseFirstWhereNoEdgeDecides)
{
	std::vector<Change> changes = {
	    On(Phase::kCreateTables, 0, Action::kCreate, kTableT, "create t"),
	    On(Phase::kCreateDomains, 1, Action::kCreate, kTypeZ, "create z"),
	};
	const auto [usual, reversed] = BothWays(changes, Catalog{}, Catalog{});
	EXPECT_EQ(usual, (std::vector<std::string>{"create z", "create t"}));
	EXPECT_EQ(reversed, (std::vector<std::string>{"create t", "create z"}));
}

TEST(OrderGraph, ObjectsInASchemaFollowItsCreationAndLeaveBeforeItsDrop)
{
	const ObjectRef fresh{ObjectKind::kSchema, "fresh", "", ""};
	const ObjectRef gone{ObjectKind::kSchema, "gone", "", ""};
	const ObjectRef moved{ObjectKind::kTable, "fresh", "m", ""};
	Change move = On(Phase::kRenames, 3, Action::kRename, moved, "move m");
	move.previous = {ObjectKind::kTable, "gone", "m", ""};
	const std::vector<Change> changes = {
	    On(Phase::kDropSchemas, 0, Action::kDrop, gone, "drop schema gone"),
	    On(Phase::kDropTables, 1, Action::kDrop, {ObjectKind::kTable, "gone", "t", ""},
	       "drop gone.t"),
	    On(Phase::kCreateTables, 2, Action::kCreate, {ObjectKind::kTable, "fresh", "t", ""},
	       "create fresh.t"),
	    move,
	    On(Phase::kCreateSchemas, 4, Action::kCreate, fresh, "create schema fresh"),
	};
	for (const auto &sql : {BothWays(changes, Catalog{}, Catalog{}).first,
	                        BothWays(changes, Catalog{}, Catalog{}).second}) {
		const auto at = [&](const char *s) {
			return std::find(sql.begin(), sql.end(), s) - sql.begin();
		};
		EXPECT_LT(at("create schema fresh"), at("create fresh.t"));
		EXPECT_LT(at("create schema fresh"), at("move m"));
		EXPECT_LT(at("drop gone.t"), at("drop schema gone"));
		EXPECT_LT(at("move m"), at("drop schema gone"));
	}
}

TEST(OrderGraph, AnObjectMadeHereIsThereOnceCreatedItsLaterAltersMayWait)
{
	// The table's default calls nextval(s); s is OWNED BY the table's column:
	// CREATE SEQUENCE, CREATE TABLE, OWNED BY (no cycle through the alter).
	const ObjectRef seq{ObjectKind::kSequence, "public", "s", ""};
	Catalog to;
	to.dependencies.push_back({{ObjectKind::kDefault, "public", "t", "c"}, seq});
	Change owned = On(Phase::kCreateSequences, 1, Action::kAlter, seq, "owned by");
	owned.needs.push_back(kColumnTC);
	const std::vector<Change> changes = {
	    On(Phase::kCreateTables, 0, Action::kCreate, kTableT, "create t"),
	    owned,
	    On(Phase::kCreateSequences, 2, Action::kCreate, seq, "create s"),
	};
	const auto [usual, reversed] = BothWays(changes, Catalog{}, to);
	const std::vector<std::string> want = {"create s", "create t", "owned by"};
	EXPECT_EQ(usual, want);
	EXPECT_EQ(reversed, want);
}

TEST(OrderGraph, AChangeThatLetsGoOfAnObjectDroppedForGoodRunsFirst)
{
	// The column's type goes from domain "a" (dropped) to a built-in type.
	Catalog from;
	from.dependencies.push_back({kColumnTC, kTypeA});
	const std::vector<Change> changes = {
	    On(Phase::kDropDomains, 0, Action::kDrop, kTypeA, "drop domain a"),
	    On(Phase::kAlterTables, 1, Action::kAlter, kColumnTC, "alter column type"),
	};
	const auto [usual, reversed] = BothWays(changes, from, Catalog{});
	const std::vector<std::string> want = {"alter column type", "drop domain a"};
	EXPECT_EQ(usual, want);
	EXPECT_EQ(reversed, want);
}

TEST(OrderGraph, ATypeRenamedAsideIsDroppedOnceItsUsersMovedToTheNewOne)
{
	// Enum "a" re-created: renamed aside, created again, the column converted,
	// the old one dropped. The local edge names the old type "a".
	Catalog from;
	from.dependencies.push_back({kColumnTC, kTypeA});
	Catalog to = from;
	Change aside = On(Phase::kCreateEnums, 0, Action::kAlter, kTypeA, "rename a aside");
	aside.removes = true;
	Change drop = On(Phase::kDropEnums, 3, Action::kDrop,
	                 {ObjectKind::kType, "public", "a__old", ""}, "drop a__old");
	drop.previous = kTypeA;
	const std::vector<Change> changes = {
	    aside,
	    On(Phase::kCreateEnums, 1, Action::kCreate, kTypeA, "create a"),
	    On(Phase::kAlterTables, 2, Action::kAlter, kColumnTC, "alter column type"),
	    drop,
	};
	const auto [usual, reversed] = BothWays(changes, from, to);
	const std::vector<std::string> want = {"rename a aside", "create a", "alter column type",
	                                       "drop a__old"};
	EXPECT_EQ(usual, want);
	EXPECT_EQ(reversed, want);
}

TEST(OrderGraph, StepsOnOneObjectKeepTheOrderTheDiffTookThem)
{
	const std::vector<Change> changes = {
	    On(Phase::kAlterTables, 0, Action::kAlter, kColumnTC, "drop not null"),
	    On(Phase::kAlterTables, 1, Action::kAlter, kColumnTC, "set type"),
	    On(Phase::kAlterTables, 2, Action::kAlter, kColumnTC, "set not null"),
	};
	const auto [usual, reversed] = BothWays(changes, Catalog{}, Catalog{});
	EXPECT_EQ(usual, reversed);
	EXPECT_EQ(reversed, (std::vector<std::string>{"drop not null", "set type", "set not null"}));
}

TEST(OrderGraph, AForeignKeyWaitsForTheConstraintThatMakesTheIndexItReferences)
{
	// pg_depend: the foreign key depends on the referenced table's unique
	// index; the index is made by ADD CONSTRAINT ... PRIMARY KEY of its name.
	const ObjectRef fk{ObjectKind::kConstraint, "public", "c", "c_t_fkey"};
	const ObjectRef pk{ObjectKind::kConstraint, "public", "t", "t_pkey"};
	Catalog to;
	to.dependencies.push_back({fk, {ObjectKind::kIndex, "public", "t", "t_pkey"}});
	const std::vector<Change> changes = {
	    On(Phase::kAddConstraints, 1, Action::kCreate, pk, "add primary key"),
	    On(Phase::kAddConstraints, 0, Action::kCreate, fk, "add foreign key"),
	};
	const auto [usual, reversed] = BothWays(changes, Catalog{}, to);
	const std::vector<std::string> want = {"add primary key", "add foreign key"};
	EXPECT_EQ(usual, want);
	EXPECT_EQ(reversed, want);
}

TEST(OrderGraph, AnUnbreakableCycleIsAnErrorThatNamesTheStatements)
{
	// Each type needs the other on the remote: no order can create them.
	Catalog to;
	to.dependencies.push_back({kTypeA, kTypeZ});
	to.dependencies.push_back({kTypeZ, kTypeA});
	std::vector<Change> changes = {
	    On(Phase::kCreateDomains, 0, Action::kCreate, kTypeA, "create a"),
	    On(Phase::kCreateDomains, 1, Action::kCreate, kTypeZ, "create z"),
	    On(Phase::kCreateTables, 2, Action::kCreate, kTableT, "new table t"),
	};
	try {
		OrderChanges(changes, Catalog{}, to);
		FAIL() << "no error";
	} catch (const Error &e) {
		EXPECT_EQ(e.Kind(), ErrorKind::kDependencyCycle);
		EXPECT_NE(std::string(e.what()).find("2 statements need each other"), std::string::npos);
		EXPECT_NE(e.Detail().find("create a"), std::string::npos);
		EXPECT_NE(e.Detail().find("create z"), std::string::npos);
		EXPECT_EQ(e.Detail().find("new table t"), std::string::npos);
	}
}

TEST(OrderGraph, AViewAndAFunctionReadingEachOtherAreCreatedThroughAStubView)
{
	// f's BEGIN ATOMIC body reads v; v's query calls f. pg_dump's move: v with
	// its columns only, then f, then v's real query (CREATE OR REPLACE VIEW).
	const ObjectRef f{ObjectKind::kFunction, "public", "f", ""};
	View v;
	v.id = {"public", "v"};
	v.definition = " SELECT f() AS n;";
	v.columns = "n bigint, \"We, ird\" numeric(10,2)";
	Catalog to;
	to.dependencies.push_back({kViewV, f});
	to.dependencies.push_back({f, kViewV});
	to.dependencies.push_back(
	    {f, {ObjectKind::kColumn, "public", "v", "n"}}); // a BEGIN ATOMIC body reads a column
	to.dependencies.push_back({kViewV, kTypeA});         // the stub does not wait for this
	Change view = On(Phase::kCreateDependents, 0, Action::kCreate, kViewV, "");
	view.statement = op::CreateView{v, false};
	Change comment = On(Phase::kComments, 3, Action::kAlter, {}, "comment");
	comment.needs.push_back(kViewV);
	std::vector<Change> changes = {
	    view,
	    On(Phase::kCreateDependents, 1, Action::kCreate, f, "create f"),
	    On(Phase::kCreateDomains, 2, Action::kCreate, kTypeA, "create a"),
	    comment,
	};
	OrderChanges(changes, Catalog{}, to);
	std::vector<std::string> order;
	for (const auto &c : changes) {
		order.push_back(c.statement.empty() ? c.identity : render::Render(c.statement));
	}
	EXPECT_EQ(order, (std::vector<std::string>{
	                     "create a",
	                     "CREATE VIEW \"public\".\"v\" AS SELECT NULL::bigint AS n, "
	                     "NULL::numeric(10,2) AS \"We, ird\";",
	                     "create f",
	                     "CREATE OR REPLACE VIEW \"public\".\"v\" AS\n SELECT f() AS n;",
	                     "comment",
	                 }));
	EXPECT_EQ(changes[1].stub, Change::Stub::kStub);
	EXPECT_EQ(changes[3].stub, Change::Stub::kCompletion);
}

TEST(OrderGraph, AViewAndAFunctionReadingEachOtherAreDroppedThroughAStubView)
{
	// Both go: v is first replaced by its columns only, so that it no longer
	// calls f; then f (whose body reads v) is dropped, then v.
	const ObjectRef f{ObjectKind::kFunction, "public", "f", ""};
	const ObjectRef w{ObjectKind::kView, "public", "w", ""};
	View v;
	v.id = {"public", "v"};
	v.definition = " SELECT f() AS n;";
	v.columns = "n bigint";
	Catalog from;
	from.views[v.id] = v;
	from.dependencies.push_back({kViewV, f});
	from.dependencies.push_back({f, kViewV});
	from.dependencies.push_back({w, kViewV}); // w reads v: still goes before v
	Change drop_v = On(Phase::kDropDependents, 2, Action::kDrop, kViewV, "drop v");
	drop_v.statement = op::DropView{v.id, false};
	std::vector<Change> changes = {
	    On(Phase::kDropDependents, 0, Action::kDrop, f, "drop f"),
	    On(Phase::kDropDependents, 1, Action::kDrop, w, "drop w"),
	    drop_v,
	};
	OrderChanges(changes, from, Catalog{});
	std::vector<std::string> order;
	for (const auto &c : changes) {
		order.push_back(c.statement.empty() ? c.identity : render::Render(c.statement));
	}
	EXPECT_EQ(order, (std::vector<std::string>{
	                     "drop w",
	                     "CREATE OR REPLACE VIEW \"public\".\"v\" AS SELECT NULL::bigint AS n;",
	                     "drop f",
	                     "DROP VIEW \"public\".\"v\";",
	                 }));
	EXPECT_EQ(changes[1].stub, Change::Stub::kRelease);
	EXPECT_EQ(changes[1].action, Action::kAlter);
}

TEST(OrderGraph, AMaterializedViewOnACycleIsStillAnError)
{
	const ObjectRef f{ObjectKind::kFunction, "public", "f", ""};
	const ObjectRef m{ObjectKind::kMaterializedView, "public", "m", ""};
	View v;
	v.id = {"public", "m"};
	v.materialized = true;
	v.columns = "n bigint";
	Catalog to;
	to.dependencies.push_back({m, f});
	to.dependencies.push_back({f, m});
	Change view = On(Phase::kCreateDependents, 0, Action::kCreate, m, "create m");
	view.statement = op::CreateView{v, false};
	std::vector<Change> changes = {view,
	                               On(Phase::kCreateDependents, 1, Action::kCreate, f, "create f")};
	EXPECT_THROW(OrderChanges(changes, Catalog{}, to), Error);
}

TEST(OrderGraph, ForeignKeysBetweenNewTablesBreakTheirCycleByComingAfterBoth)
{
	// Two tables referencing each other: the graph has no cycle because the
	// foreign keys are statements of their own, after both tables.
	test::CatalogBuilder to;
	to.Table("public", "a")
	    .Column("public", "a", "id", "integer")
	    .Column("public", "a", "b_id", "integer")
	    .Constraint("public", "a", "a_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Table("public", "b")
	    .Column("public", "b", "id", "integer")
	    .Column("public", "b", "a_id", "integer")
	    .Constraint("public", "b", "b_pkey", "p", "PRIMARY KEY (id)", "{id}");
	to.Row(QueryId::kConstraints,
	       {"public", "a", "a_b_fkey", "f", "FOREIGN KEY (b_id) REFERENCES public.b(id)", "{b_id}",
	        "public", "b", "false"});
	to.Row(QueryId::kConstraints,
	       {"public", "b", "b_a_fkey", "f", "FOREIGN KEY (a_id) REFERENCES public.a(id)", "{a_id}",
	        "public", "a", "false"});
	const DiffResult r = test::DiffOf(test::CatalogBuilder{}, to, {true});
	const int last_table = std::max(test::IndexOf(r, "CREATE TABLE \"public\".\"a\""),
	                                test::IndexOf(r, "CREATE TABLE \"public\".\"b\""));
	EXPECT_GE(last_table, 0);
	EXPECT_LT(last_table, test::IndexOf(r, "a_b_fkey"));
	EXPECT_LT(last_table, test::IndexOf(r, "b_a_fkey"));
}

} // namespace
} // namespace pgschemadiff
