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
