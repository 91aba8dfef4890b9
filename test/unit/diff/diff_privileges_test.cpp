// diff_privileges_test.cpp — GRANT / REVOKE under with_privileges.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

const std::vector<std::string> kTable = {"table", "public", "t", ""};

DiffOptions
WithPrivileges()
{
	DiffOptions o;
	o.with_privileges = true;
	return o;
}

CatalogBuilder
TableT()
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", "integer");
	return b;
}

TEST(DiffPrivileges, GrantsAndRevokesOnATable)
{
	CatalogBuilder from = TableT();
	from.Grant(kTable, "alice", "INSERT").Grant(kTable, "alice", "SELECT");
	CatalogBuilder to = TableT();
	to.Grant(kTable, "alice", "INSERT").Grant(kTable, "alice", "UPDATE");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_EQ(Sql(r), (Statements{"REVOKE SELECT ON TABLE \"public\".\"t\" FROM \"alice\";",
	                              "GRANT UPDATE ON TABLE \"public\".\"t\" TO \"alice\";"}));
	EXPECT_EQ(r.changes[0].kind, "privilege");
	EXPECT_EQ(r.changes[0].phase, Phase::kPrivileges);
}

TEST(DiffPrivileges, IgnoredWithoutTheOption)
{
	CatalogBuilder to = TableT();
	to.Grant(kTable, "alice", "SELECT");
	EXPECT_TRUE(DiffOf(TableT(), to).changes.empty());
}

TEST(DiffPrivileges, ColumnGrantNamesTheColumn)
{
	CatalogBuilder to = TableT();
	to.Grant({"column", "public", "t", "a"}, "public", "SELECT", true);
	const DiffResult r = DiffOf(TableT(), to, WithPrivileges());
	EXPECT_EQ(Sql(r), Statements{"GRANT SELECT (\"a\") ON TABLE \"public\".\"t\" TO PUBLIC WITH "
	                             "GRANT OPTION;"});
}

TEST(DiffPrivileges, LostGrantOptionIsRevokedAlone)
{
	CatalogBuilder from = TableT();
	from.Grant(kTable, "alice", "SELECT", true);
	CatalogBuilder to = TableT();
	to.Grant(kTable, "alice", "SELECT", false);
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_EQ(Sql(r), Statements{"REVOKE GRANT OPTION FOR SELECT ON TABLE \"public\".\"t\" FROM "
	                             "\"alice\";"});
}

TEST(DiffPrivileges, NewFunctionStartsWithPublicExecute)
{
	const char *def = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\n"
	                  "AS $function$select 1$function$\n";
	CatalogBuilder to;
	to.Routine("public", "f", "", "integer", def)
	    .Grant({"function", "public", "f", ""}, "alice", "EXECUTE");
	const DiffResult r = DiffOf(CatalogBuilder(), to, WithPrivileges());
	const int create = IndexOf(r, "CREATE OR REPLACE FUNCTION");
	const int revoke = IndexOf(r, "REVOKE EXECUTE ON FUNCTION \"public\".\"f\"() FROM PUBLIC;");
	const int grant = IndexOf(r, "GRANT EXECUTE ON FUNCTION \"public\".\"f\"() TO \"alice\";");
	ASSERT_GE(create, 0);
	EXPECT_LT(create, revoke);
	EXPECT_LT(create, grant);
}

TEST(DiffPrivileges, RecreatedViewGetsItsGrantsBack)
{
	const std::vector<std::string> view = {"view", "public", "v", ""};
	CatalogBuilder from;
	from.View("public", "v", " SELECT 1 AS a;", "a integer").Grant(view, "alice", "SELECT");
	CatalogBuilder to;
	to.View("public", "v", " SELECT 'x'::text AS a;", "a text").Grant(view, "alice", "SELECT");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_EQ(Sql(r), (Statements{"DROP VIEW \"public\".\"v\";",
	                              "CREATE VIEW \"public\".\"v\" AS\n SELECT 'x'::text AS a;",
	                              "GRANT SELECT ON TABLE \"public\".\"v\" TO \"alice\";"}));
}

TEST(DiffPrivileges, DroppedObjectsAreNotRevoked)
{
	CatalogBuilder from = TableT();
	from.Grant(kTable, "alice", "SELECT");
	const DiffResult r = DiffOf(from, CatalogBuilder(), WithPrivileges());
	EXPECT_EQ(IndexOf(r, "REVOKE"), -1);
}

TEST(DiffPrivileges, NewFunctionTheRemoteGrantsNothingLosesPublicExecute)
{
	// Its only difference from acldefault is the REVOKE: no privilege rows.
	const char *def = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\n"
	                  "AS $function$select 1$function$\n";
	CatalogBuilder to;
	to.Routine("public", "f", "", "integer", def);
	const DiffResult r = DiffOf(CatalogBuilder(), to, WithPrivileges());
	EXPECT_GE(IndexOf(r, "REVOKE EXECUTE ON FUNCTION \"public\".\"f\"() FROM PUBLIC;"), 0);
}

TEST(DiffPrivileges, NewDomainGetsTheRemotesGrantsNotTheDefaults)
{
	const std::vector<std::string> type = {"type", "public", "d", ""};
	CatalogBuilder to;
	to.Domain("public", "d", "integer").Grant(type, "alice", "USAGE"); // PUBLIC's revoked
	const DiffResult r = DiffOf(CatalogBuilder(), to, WithPrivileges());
	const int create = IndexOf(r, "CREATE DOMAIN \"public\".\"d\"");
	const int revoke = IndexOf(r, "REVOKE USAGE ON TYPE \"public\".\"d\" FROM PUBLIC;");
	const int grant = IndexOf(r, "GRANT USAGE ON TYPE \"public\".\"d\" TO \"alice\";");
	ASSERT_GE(create, 0);
	EXPECT_LT(create, revoke);
	EXPECT_LT(create, grant);
}

TEST(DiffPrivileges, CompositeAndRangeTypeGrantsChangeInPlace)
{
	const std::vector<std::string> pair = {"type", "public", "pair", ""};
	const std::vector<std::string> span = {"type", "public", "span", ""};
	const auto side = [&](const std::string &grantee) {
		CatalogBuilder b;
		b.Composite("public", "pair", {{"a", "integer"}})
		    .Row(QueryId::kRanges, {"public", "span", "integer", "\\N", "\\N", "\\N", "\\N",
		                            "\\N", "\\N", "\\N"})
		    .Grant(pair, "public", "USAGE")
		    .Grant(span, grantee, "USAGE");
		return b;
	};
	const DiffResult r = DiffOf(side("public"), side("bob"), WithPrivileges());
	EXPECT_EQ(Sql(r), (Statements{"REVOKE USAGE ON TYPE \"public\".\"span\" FROM PUBLIC;",
	                              "GRANT USAGE ON TYPE \"public\".\"span\" TO \"bob\";"}));
}

TEST(DiffPrivileges, WrapperAndServerGrantsNameThemWithoutASchema)
{
	const auto side = [](bool granted) {
		CatalogBuilder b;
		b.Row(QueryId::kForeignDataWrappers,
		      {"w", "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", "{}"})
		    .Row(QueryId::kForeignServers, {"srv", "w", "\\N", "\\N", "{}", "false"});
		if (granted) {
			b.Grant({"foreign-data wrapper", "", "w", ""}, "alice", "USAGE")
			    .Grant({"server", "", "srv", ""}, "alice", "USAGE", true);
		}
		return b;
	};
	const DiffResult r = DiffOf(side(false), side(true), WithPrivileges());
	EXPECT_EQ(Sql(r), (Statements{"GRANT USAGE ON FOREIGN DATA WRAPPER \"w\" TO \"alice\";",
	                              "GRANT USAGE ON FOREIGN SERVER \"srv\" TO \"alice\" WITH "
	                              "GRANT OPTION;"}));
	const DiffResult back = DiffOf(side(true), side(false), WithPrivileges());
	EXPECT_EQ(back.changes.size(), 2u);
	EXPECT_EQ(IndexOf(back, "REVOKE USAGE ON FOREIGN SERVER \"srv\" FROM \"alice\";"), 1);
}

} // namespace
} // namespace pgschemadiff
