// diff_dependents_test.cpp — views, materialized views, routines, triggers,
// policies and row-level security, and the order the dependency graph gives.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::CountOf;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kFuncV1 =
    "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\n"
    "AS $function$select 1$function$\n";
const char *const kFuncV2 =
    "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\n"
    "AS $function$select 2$function$\n";
const char *const kFuncBig =
    "CREATE OR REPLACE FUNCTION public.f()\n RETURNS bigint\n LANGUAGE sql\n"
    "AS $function$select 2$function$\n";
const char *const kTrig =
    "CREATE TRIGGER tg BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()";

CatalogBuilder
TableT(const std::string &type = "integer")
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", type);
	return b;
}

/// v1 over t.a, v2 over v1, v3 over v2.
void
AddViewChain(CatalogBuilder &b, const std::string &type)
{
	b.View("public", "v1", " SELECT t.a\n   FROM public.t;", "a " + type)
	    .View("public", "v2", " SELECT v1.a\n   FROM public.v1;", "a " + type)
	    .View("public", "v3", " SELECT v2.a\n   FROM public.v2;", "a " + type)
	    .Depends({"view", "public", "v1", ""}, {"column", "public", "t", "a"})
	    .Depends({"view", "public", "v2", ""}, {"column", "public", "v1", "a"})
	    .Depends({"view", "public", "v3", ""}, {"column", "public", "v2", "a"});
}

TEST(DiffDependents, NewViewIsCreatedAfterTheTables)
{
	CatalogBuilder to = TableT();
	to.View("public", "v", " SELECT t.a\n   FROM public.t;", "a integer")
	    .Depends({"view", "public", "v", ""}, {"column", "public", "t", "a"});
	const DiffResult r = DiffOf(TableT(), to);
	EXPECT_EQ(Sql(r),
	          Statements{"CREATE VIEW \"public\".\"v\" AS\n SELECT t.a\n   FROM public.t;"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateDependents);
	EXPECT_EQ(r.changes[0].kind, "view");
}

TEST(DiffDependents, ViewOnlyHereIsDroppedAndDestructive)
{
	CatalogBuilder from = TableT();
	from.View("public", "v", " SELECT 1 AS x;", "x integer");
	const DiffResult r = DiffOf(from, TableT());
	EXPECT_EQ(Sql(r), Statements{"DROP VIEW \"public\".\"v\";"});
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].phase, Phase::kDropDependents);
}

TEST(DiffDependents, ViewAppendingAColumnIsReplacedInPlace)
{
	CatalogBuilder from;
	from.View("public", "v", " SELECT 1 AS a;", "a integer");
	CatalogBuilder to;
	to.View("public", "v", " SELECT 1 AS a, 2 AS b;", "a integer, b integer");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r),
	          Statements{"CREATE OR REPLACE VIEW \"public\".\"v\" AS\n SELECT 1 AS a, 2 AS b;"});
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffDependents, ViewChangingAColumnTypeIsDroppedAndCreated)
{
	CatalogBuilder from;
	from.View("public", "v", " SELECT 1 AS a;", "a integer");
	CatalogBuilder to;
	to.View("public", "v", " SELECT 'x'::text AS a;", "a text");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{"DROP VIEW \"public\".\"v\";",
	                              "CREATE VIEW \"public\".\"v\" AS\n SELECT 'x'::text AS a;"}));
	EXPECT_FALSE(test::AnyDestructive(r)) << "re-created, not lost";
}

TEST(DiffDependents, ChainOfViewsOverAColumnWhoseTypeChangesIsRebuiltAroundIt)
{
	CatalogBuilder from = TableT("integer");
	AddViewChain(from, "integer");
	CatalogBuilder to = TableT("bigint");
	AddViewChain(to, "bigint");
	const DiffResult r = DiffOf(from, to);
	const int drop3 = IndexOf(r, "DROP VIEW \"public\".\"v3\"");
	const int drop2 = IndexOf(r, "DROP VIEW \"public\".\"v2\"");
	const int drop1 = IndexOf(r, "DROP VIEW \"public\".\"v1\"");
	const int alter = IndexOf(r, "SET DATA TYPE bigint");
	const int create1 = IndexOf(r, "CREATE VIEW \"public\".\"v1\"");
	const int create2 = IndexOf(r, "CREATE VIEW \"public\".\"v2\"");
	const int create3 = IndexOf(r, "CREATE VIEW \"public\".\"v3\"");
	ASSERT_GE(drop3, 0);
	EXPECT_LT(drop3, drop2);
	EXPECT_LT(drop2, drop1);
	EXPECT_LT(drop1, alter);
	EXPECT_LT(alter, create1);
	EXPECT_LT(create1, create2);
	EXPECT_LT(create2, create3);
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffDependents, ViewOverAnUnchangedColumnStays)
{
	CatalogBuilder from = TableT();
	from.Column("public", "t", "b", "integer");
	AddViewChain(from, "integer");
	CatalogBuilder to = TableT();
	to.Column("public", "t", "b", "bigint");
	AddViewChain(to, "integer");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(CountOf(r, "VIEW"), 0);
}

TEST(DiffDependents, RoutineBodyChangeIsReplacedInPlace)
{
	CatalogBuilder from;
	from.Routine("public", "f", "", "integer", kFuncV1);
	CatalogBuilder to;
	to.Routine("public", "f", "", "integer", kFuncV2);
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{"SET LOCAL check_function_bodies = false;",
	                              "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
	                              " LANGUAGE sql\nAS $function$select 2$function$;"}));
	EXPECT_EQ(r.changes[1].phase, Phase::kCreateRoutines) << "needs no relation: before tables";
}

TEST(DiffDependents, RoutineWhoseResultChangesIsDroppedWithItsTriggerAndBothCreatedAgain)
{
	CatalogBuilder from = TableT();
	from.Routine("public", "f", "", "integer", kFuncV1)
	    .Trigger("public", "t", "tg", kTrig)
	    .Depends({"trigger", "public", "t", "tg"}, {"function", "public", "f", ""})
	    .Depends({"trigger", "public", "t", "tg"}, {"table", "public", "t", ""});
	CatalogBuilder to = TableT();
	to.Routine("public", "f", "", "bigint", kFuncBig)
	    .Trigger("public", "t", "tg", kTrig)
	    .Depends({"trigger", "public", "t", "tg"}, {"function", "public", "f", ""})
	    .Depends({"trigger", "public", "t", "tg"}, {"table", "public", "t", ""});
	const DiffResult r = DiffOf(from, to);
	const int drop_trigger = IndexOf(r, "DROP TRIGGER \"tg\" ON \"public\".\"t\"");
	const int drop_function = IndexOf(r, "DROP FUNCTION \"public\".\"f\"()");
	const int create_function = IndexOf(r, "RETURNS bigint");
	const int create_trigger = IndexOf(r, "CREATE TRIGGER tg");
	ASSERT_GE(drop_trigger, 0);
	EXPECT_LT(drop_trigger, drop_function);
	EXPECT_LT(drop_function, create_function);
	EXPECT_LT(create_function, create_trigger);
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffDependents, CheckAndDefaultCallingADroppedFunctionGoFirstAndComeBackAfter)
{
	const auto side = [](const std::string &result, const char *body) {
		CatalogBuilder b;
		b.Table("public", "t")
		    .Column("public", "t", "a", "integer", false, "public.f()")
		    .Constraint("public", "t", "t_a_check", "c", "CHECK ((a > public.f()))", "{a}")
		    .Routine("public", "f", "", result, body)
		    .Depends({"constraint", "public", "t", "t_a_check"}, {"function", "public", "f", ""})
		    .Depends({"default", "public", "t", "a"}, {"function", "public", "f", ""});
		return b;
	};
	const DiffResult r = DiffOf(side("integer", kFuncV1), side("bigint", kFuncBig));
	const int drop_default = IndexOf(r, "DROP DEFAULT");
	const int drop_check = IndexOf(r, "DROP CONSTRAINT \"t_a_check\"");
	const int drop_function = IndexOf(r, "DROP FUNCTION \"public\".\"f\"()");
	const int create_function = IndexOf(r, "RETURNS bigint");
	const int set_default = IndexOf(r, "SET DEFAULT public.f()");
	const int add_check = IndexOf(r, "ADD CONSTRAINT \"t_a_check\"");
	ASSERT_GE(drop_default, 0);
	ASSERT_GE(drop_check, 0);
	EXPECT_LT(drop_default, drop_function);
	EXPECT_LT(drop_check, drop_function);
	EXPECT_LT(drop_function, create_function);
	EXPECT_LT(create_function, set_default);
	EXPECT_LT(create_function, add_check);
	EXPECT_EQ(CountOf(r, "t_a_check"), 2);
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffDependents, CheckCallingAReplacedFunctionStays)
{
	const auto side = [](const char *body) {
		CatalogBuilder b;
		b.Table("public", "t")
		    .Column("public", "t", "a", "integer")
		    .Constraint("public", "t", "t_a_check", "c", "CHECK ((a > public.f()))", "{a}")
		    .Routine("public", "f", "", "integer", body)
		    .Depends({"constraint", "public", "t", "t_a_check"}, {"function", "public", "f", ""});
		return b;
	};
	const DiffResult r = DiffOf(side(kFuncV1), side(kFuncV2));
	EXPECT_EQ(CountOf(r, "t_a_check"), 0) << "CREATE OR REPLACE keeps the constraint";
}

TEST(DiffDependents, DisabledTriggerKeepsItsState)
{
	CatalogBuilder to = TableT();
	to.Trigger("public", "t", "tg", kTrig, "D");
	const DiffResult r = DiffOf(TableT(), to);
	EXPECT_EQ(Sql(r), (Statements{std::string(kTrig) + ";",
	                              "ALTER TABLE \"public\".\"t\" DISABLE TRIGGER \"tg\";"}));
}

TEST(DiffDependents, MaterializedViewIsCreatedWithItsIndexes)
{
	CatalogBuilder to;
	to.View("public", "mv", " SELECT 1 AS a;", "a integer", "m")
	    .Index("public", "mv", "mv_a_idx",
	           "CREATE UNIQUE INDEX mv_a_idx ON public.mv USING btree (a)", "{a}");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(Sql(r), (Statements{"CREATE MATERIALIZED VIEW \"public\".\"mv\" AS\n SELECT 1 AS a;",
	                              "CREATE UNIQUE INDEX mv_a_idx ON public.mv USING btree (a);"}));
}

TEST(DiffDependents, ViewBecomingAMaterializedViewIsDroppedAndCreated)
{
	CatalogBuilder from;
	from.View("public", "v", " SELECT 1 AS a;", "a integer");
	CatalogBuilder to;
	to.View("public", "v", " SELECT 1 AS a;", "a integer", "m");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r),
	          (Statements{"DROP VIEW \"public\".\"v\";",
	                      "CREATE MATERIALIZED VIEW \"public\".\"v\" AS\n SELECT 1 AS a;"}));
}

TEST(DiffDependents, PolicyAndRowSecurityAreCreated)
{
	CatalogBuilder from = TableT();
	CatalogBuilder to;
	to.RowSecurity("public", "t", true)
	    .Column("public", "t", "a", "integer")
	    .Policy("public", "t", "p", "r", "{public,alice}", "(a > 0)");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r),
	          (Statements{"ALTER TABLE \"public\".\"t\" ENABLE ROW LEVEL SECURITY;",
	                      "ALTER TABLE \"public\".\"t\" FORCE ROW LEVEL SECURITY;",
	                      "CREATE POLICY \"p\" ON \"public\".\"t\" AS PERMISSIVE FOR SELECT "
	                      "TO PUBLIC, \"alice\" USING ((a > 0));"}));
}

TEST(DiffDependents, DroppedTableTakesItsViewsFirst)
{
	CatalogBuilder from = TableT();
	from.View("public", "v", " SELECT t.a\n   FROM public.t;", "a integer")
	    .Depends({"view", "public", "v", ""}, {"column", "public", "t", "a"});
	const DiffResult r = DiffOf(from, CatalogBuilder());
	EXPECT_LT(IndexOf(r, "DROP VIEW"), IndexOf(r, "DROP TABLE"));
}

} // namespace
} // namespace pgschemadiff
