// diff_stored_objects_test.cpp — aggregates, rules, event triggers and range
// types: what is created, dropped, re-created, and in which phase.
#include "core/plan/object_kind.hpp"
#include "core/render/ddl.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::ChangeWith;
using test::DiffOf;
using test::PositionOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// A plain aggregate row: sfunc, stype, initcond ("\\N" for none), parallel.
std::vector<std::string>
AggRow(const std::string &name, const std::string &args, const std::string &sfunc,
       const std::string &stype, const std::string &initcond = "\\N",
       const std::string &parallel = "u")
{
	return {"public", name,  args,    args,  "n",   sfunc,    stype, "0",     "\\N",
	        "false",  "r",   "\\N",   "\\N", "\\N", initcond, "\\N", "\\N",   "\\N",
	        "0",      "\\N", "false", "r",   "\\N", "\\N",    "\\N", parallel};
}

TEST(DiffStoredObjects, AggregateOnlyInRemoteIsCreatedWithItsNonDefaultClauses)
{
	CatalogBuilder to;
	to.Row(QueryId::kAggregates, AggRow("total", "numeric", "public.add", "numeric", "10", "s"));
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(Sql(r), Statements{"CREATE AGGREGATE \"public\".\"total\"(numeric) (\n"
	                             "    SFUNC = public.add,\n    STYPE = numeric,\n"
	                             "    INITCOND = '10',\n    PARALLEL = SAFE\n);"});
	EXPECT_EQ(r.changes[0].kind, "aggregate");
	// It needs no relation: created with the functions, before the tables.
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateRoutines);
}

TEST(DiffStoredObjects, AggregateOverStarAndOrderedSetAggregateSpellTheirArguments)
{
	CatalogBuilder to;
	to.Row(QueryId::kAggregates, AggRow("n", "", "int8inc", "bigint", "0"));
	std::vector<std::string> os =
	    AggRow("pick", "numeric ORDER BY numeric", "array_append", "numeric[]");
	os[4] = "o";                 // ordered-set
	os[8] = "public.pick_final"; // finalfunc
	os[9] = "true";              // FINALFUNC_EXTRA
	os[10] = "w";                // the ordered-set default: not printed
	to.Row(QueryId::kAggregates, os);
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	const Change *star = ChangeWith(r, "\"n\"");
	ASSERT_NE(star, nullptr);
	EXPECT_EQ(star->sql.rfind("CREATE AGGREGATE \"public\".\"n\"(*) (", 0), 0u) << star->sql;
	const Change *pick = ChangeWith(r, "\"pick\"");
	ASSERT_NE(pick, nullptr);
	EXPECT_NE(pick->sql.find("\"pick\"(numeric ORDER BY numeric)"), std::string::npos);
	EXPECT_NE(pick->sql.find("FINALFUNC_EXTRA"), std::string::npos);
	EXPECT_EQ(pick->sql.find("FINALFUNC_MODIFY"), std::string::npos);

	CatalogBuilder from = to;
	const DiffResult drop = DiffOf(from, CatalogBuilder());
	EXPECT_NE(ChangeWith(drop, "DROP AGGREGATE \"public\".\"n\"(*);"), nullptr);
	EXPECT_TRUE(drop.changes[0].destructive);
}

TEST(DiffStoredObjects, ChangedAggregateIsRecreatedAroundTheViewThatUsesIt)
{
	const auto side = [](const std::string &initcond) {
		CatalogBuilder b;
		b.Table("public", "t").Column("public", "t", "v", "numeric");
		b.Row(QueryId::kAggregates, AggRow("total", "numeric", "public.add", "numeric", initcond));
		b.View("public", "s", " SELECT public.total(t.v) AS total\n   FROM public.t;",
		       "total numeric")
		    .Depends({"view", "public", "s", ""}, {"aggregate", "public", "total", "numeric"})
		    .Depends({"view", "public", "s", ""}, {"column", "public", "t", "v"});
		return b;
	};
	const DiffResult r = DiffOf(side("0"), side("10"));
	const std::size_t drop_view = PositionOf(r, "DROP VIEW");
	const std::size_t drop_agg = PositionOf(r, "DROP AGGREGATE");
	const std::size_t create_agg = PositionOf(r, "CREATE AGGREGATE");
	const std::size_t create_view = PositionOf(r, "CREATE VIEW");
	ASSERT_EQ(r.changes.size(), 4u);
	EXPECT_LT(drop_view, drop_agg);
	EXPECT_LT(drop_agg, create_agg);
	EXPECT_LT(create_agg, create_view);
	// Neither is lost: both come back, so neither drop is destructive.
	EXPECT_FALSE(r.changes[drop_view].destructive);
	EXPECT_FALSE(r.changes[drop_agg].destructive);
}

TEST(DiffStoredObjects, RuleIsCreatedAfterItsTableWithItsEnabledState)
{
	CatalogBuilder from;
	from.Table("public", "t");
	CatalogBuilder to;
	to.Table("public", "t");
	to.Row(QueryId::kRules, {"16384", "public", "t", "r",
	                         "CREATE RULE r AS\n    ON DELETE TO public.t DO "
	                         "INSTEAD NOTHING;",
	                         "D"});
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{"CREATE RULE r AS\n    ON DELETE TO public.t DO INSTEAD NOTHING;",
	                              "ALTER TABLE \"public\".\"t\" DISABLE RULE \"r\";"}));
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateDependents);

	const DiffResult drop = DiffOf(to, from);
	EXPECT_EQ(Sql(drop), Statements{"DROP RULE \"r\" ON \"public\".\"t\";"});
	EXPECT_TRUE(drop.changes[0].destructive);
}

TEST(DiffStoredObjects, EventTriggerIsCreatedLastOfAllAndDroppedFirst)
{
	CatalogBuilder to;
	to.Table("public", "t");
	to.Routine("public", "on_ddl", "", "event_trigger",
	           "CREATE OR REPLACE FUNCTION public.on_ddl()\n RETURNS event_trigger\n"
	           " LANGUAGE plpgsql\nAS $function$BEGIN END$function$\n");
	to.Row(QueryId::kEventTriggers,
	       {"Watch", "ddl_command_end", "{\"CREATE TABLE\"}", "public", "on_ddl", "A"});
	to.Comment({"event trigger", "public", "Watch", ""}, "watching");
	CatalogBuilder from;
	from.Row(QueryId::kEventTriggers, {"old", "sql_drop", "{}", "public", "gone_fn", "O"});
	const DiffResult r = DiffOf(from, to);
	ASSERT_GE(r.changes.size(), 4u);
	EXPECT_EQ(r.changes.front().sql.find("SET LOCAL"), 0u);
	EXPECT_EQ(r.changes[1].sql, "DROP EVENT TRIGGER \"old\";");
	const std::size_t n = r.changes.size();
	EXPECT_EQ(r.changes[n - 3].sql,
	          "CREATE EVENT TRIGGER \"Watch\" ON \"ddl_command_end\" WHEN TAG IN ('CREATE TABLE') "
	          "EXECUTE FUNCTION \"public\".\"on_ddl\"();");
	EXPECT_EQ(r.changes[n - 2].sql, "ALTER EVENT TRIGGER \"Watch\" ENABLE ALWAYS;");
	EXPECT_EQ(r.changes[n - 1].sql, "COMMENT ON EVENT TRIGGER \"Watch\" IS 'watching';");
	for (std::size_t i = n - 3; i < n; ++i) {
		EXPECT_EQ(r.changes[i].phase, Phase::kCreateEventTriggers);
	}
}

TEST(DiffStoredObjects, EventTriggerFollowsItsFunctionsSchemaInFilters)
{
	CatalogBuilder to;
	to.Row(QueryId::kEventTriggers, {"w", "ddl_command_end", "{}", "audit", "f", "O"});
	DiffOptions o;
	o.exclude_schemas = {"audit"};
	EXPECT_TRUE(DiffOf(CatalogBuilder(), to, o).changes.empty());
	o.exclude_schemas = {"other"};
	EXPECT_EQ(DiffOf(CatalogBuilder(), to, o).changes.size(), 1u);
}

TEST(DiffStoredObjects, RangeWithAUserSubtypeDiffWaitsForTheFunctions)
{
	CatalogBuilder to;
	to.Row(QueryId::kRanges,
	       {"public", "span", "time without time zone", "\\N", "\\N", "\\N", "\\N",
	        "public.time_diff", "\\N", "\\N", "\\N", "\\N", "public", "span_multirange"});
	to.Row(QueryId::kRanges, {"public", "Names", "text", "\\N", "\\N", "pg_catalog", "C", "\\N",
	                          "\\N", "\\N", "\\N", "\\N", "public", "names_multi"});
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	const Change *span = ChangeWith(r, "\"span\"");
	const Change *names = ChangeWith(r, "\"Names\"");
	ASSERT_NE(span, nullptr);
	ASSERT_NE(names, nullptr);
	EXPECT_EQ(span->phase, Phase::kCreateLateTypes);
	EXPECT_EQ(names->phase, Phase::kCreateDomains);
	EXPECT_EQ(names->sql, "CREATE TYPE \"public\".\"Names\" AS RANGE (\n    SUBTYPE = text,\n"
	                      "    COLLATION = \"pg_catalog\".\"C\",\n"
	                      "    MULTIRANGE_TYPE_NAME = \"public\".\"names_multi\"\n);");
}

TEST(DiffStoredObjects, ChangedRangeIsReportedNotDroppedUnderItsColumns)
{
	const auto side = [](const std::string &subtype) {
		CatalogBuilder b;
		b.Row(QueryId::kRanges, {"public", "r", subtype, "\\N", "\\N", "\\N", "\\N", "\\N", "\\N",
		                         "\\N", "\\N", "\\N", "public", "r_multirange"});
		return b;
	};
	const DiffResult r = DiffOf(side("integer"), side("bigint"));
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("range type \"public\".\"r\" differs"),
	          std::string::npos);
	EXPECT_NE(r.diagnostics[0].detail.find("SUBTYPE = bigint"), std::string::npos);

	const DiffResult drop = DiffOf(side("integer"), CatalogBuilder());
	EXPECT_EQ(Sql(drop), Statements{"DROP TYPE \"public\".\"r\";"});
	EXPECT_TRUE(drop.changes[0].destructive);
}

TEST(RenderStoredObjects, OrderedSetAggregateIsGrantedByItsPlainArgumentTypes)
{
	EXPECT_EQ(
	    PrivilegeTarget({ObjectKind::kAggregate, "public", "pick", "numeric ORDER BY numeric"}),
	    "FUNCTION \"public\".\"pick\"(numeric, numeric)");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kAggregate, "public", "m", "ORDER BY anyelement"}),
	          "FUNCTION \"public\".\"m\"(anyelement)");
	EXPECT_EQ(render::Comment({ObjectKind::kAggregate, "public", "n", ""}, std::string("x")),
	          "COMMENT ON AGGREGATE \"public\".\"n\"(*) IS 'x';");
	EXPECT_EQ(render::Comment({ObjectKind::kRule, "public", "t", "r"}, std::nullopt),
	          "COMMENT ON RULE \"r\" ON \"public\".\"t\" IS NULL;");
}

} // namespace
} // namespace pgschemadiff
