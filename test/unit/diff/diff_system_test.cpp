// diff_system_test.cpp — what pg_dump prints outside the user schemas:
// privileges and owners of objects initdb made, user mappings, subscriptions.
#include "core/diff/unsupported.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using Statements = std::vector<std::string>;

DiffOptions
WithPrivileges()
{
	DiffOptions o;
	o.with_privileges = true;
	o.allow_drops = true;
	return o;
}

CatalogBuilder
Roles()
{
	CatalogBuilder b;
	b.Role("postgres", true).Role("r1");
	return b;
}

/// One object of kSystemPrivileges: its markers, then its items
/// ("grantee:PRIVILEGE") as they are now and as initdb left them.
void
SystemAcl(CatalogBuilder &b, const std::string &kind, const std::string &schema,
          const std::string &name, const std::string &sub, const std::string &owner,
          const std::vector<std::string> &current, const std::vector<std::string> &initial)
{
	b.Row(QueryId::kSystemPrivileges, {kind, schema, name, sub, "owner", owner, "", "false"});
	b.Row(QueryId::kSystemPrivileges,
	      {kind, schema, name, sub, "initdb owner", "postgres", "", "false"});
	for (const auto *items : {&current, &initial}) {
		for (const auto &item : *items) {
			const auto colon = item.find(':');
			b.Row(QueryId::kSystemPrivileges,
			      {kind, schema, name, sub, items == &current ? "current" : "initial",
			       item.substr(0, colon), item.substr(colon + 1), "false"});
		}
	}
}

bool
Warned(const DiffResult &r, const std::string &part)
{
	for (const auto &d : r.diagnostics) {
		if ((d.message + "\n" + d.detail).find(part) != std::string::npos) {
			return true;
		}
	}
	return false;
}

TEST(DiffSystemPrivileges, CatalogFunctionGetsTheRemotesGrants)
{
	CatalogBuilder to = Roles();
	SystemAcl(to, "function", "pg_catalog", "pg_sleep", "double precision", "postgres",
	          {"postgres:EXECUTE", "r1:EXECUTE"}, {"postgres:EXECUTE", "public:EXECUTE"});
	EXPECT_EQ(test::Sql(DiffOf(Roles(), to, WithPrivileges())),
	          (Statements{"REVOKE EXECUTE ON FUNCTION \"pg_catalog\".\"pg_sleep\"(double "
	                      "precision) FROM PUBLIC;",
	                      "GRANT EXECUTE ON FUNCTION \"pg_catalog\".\"pg_sleep\"(double "
	                      "precision) TO \"r1\";"}));
	// Only with with_privileges; and nothing when both sides agree.
	EXPECT_TRUE(test::Sql(DiffOf(Roles(), to)).empty());
	EXPECT_TRUE(test::Sql(DiffOf(to, to, WithPrivileges())).empty());
}

TEST(DiffSystemPrivileges, NotComparedBetweenMajors)
{
	// initdb's objects and defaults differ between majors (the public schema
	// belongs to pg_database_owner from 15): a remote of another major is
	// not compared there, and a notice says so.
	CatalogBuilder to = Roles();
	SystemAcl(to, "schema", "public", "", "", "r1", {"r1:USAGE", "r1:CREATE"},
	          {"postgres:USAGE", "postgres:CREATE", "public:USAGE", "public:CREATE"});
	const Catalog from = Roles().Build();
	const Catalog remote13 = BuildCatalog(to.rows, 130000);
	const DiffResult other = Diff(from, remote13, WithPrivileges());
	EXPECT_TRUE(test::Sql(other).empty());
	EXPECT_TRUE(Warned(other, "initdb made were not compared"));
	// The same major: the owner is migrated.
	EXPECT_FALSE(test::Sql(Diff(from, to.Build(), WithPrivileges())).empty());
}

TEST(DiffSystemPrivileges, OwnerChangeRewritesTheItemsBothWays)
{
	CatalogBuilder changed = Roles();
	SystemAcl(changed, "function", "pg_catalog", "pg_stat_reset", "", "r1", {},
	          {"postgres:EXECUTE"});
	// initdb's state -> changed: the owner first, then its (renamed) item goes.
	EXPECT_EQ(test::Sql(DiffOf(Roles(), changed, WithPrivileges())),
	          (Statements{"ALTER FUNCTION \"pg_catalog\".\"pg_stat_reset\"() OWNER TO \"r1\";",
	                      "REVOKE EXECUTE ON FUNCTION \"pg_catalog\".\"pg_stat_reset\"() FROM "
	                      "\"r1\";"}));
	// changed -> initdb's state: owner back, item back.
	EXPECT_EQ(test::Sql(DiffOf(changed, Roles(), WithPrivileges())),
	          (Statements{"ALTER FUNCTION \"pg_catalog\".\"pg_stat_reset\"() OWNER TO "
	                      "\"postgres\";",
	                      "GRANT EXECUTE ON FUNCTION \"pg_catalog\".\"pg_stat_reset\"() TO "
	                      "\"postgres\";"}));
}

TEST(DiffSystemPrivileges, LanguageAndColumnsAreNamedAsGrantNamesThem)
{
	CatalogBuilder to = Roles();
	SystemAcl(to, "language", "", "plpgsql", "", "postgres", {"postgres:USAGE"},
	          {"postgres:USAGE", "public:USAGE"});
	SystemAcl(to, "column", "pg_catalog", "pg_proc", "proname", "postgres", {"public:SELECT"}, {});
	EXPECT_EQ(test::Sql(DiffOf(Roles(), to, WithPrivileges())),
	          (Statements{"REVOKE USAGE ON LANGUAGE \"plpgsql\" FROM PUBLIC;",
	                      "GRANT SELECT (\"proname\") ON TABLE \"pg_catalog\".\"pg_proc\" TO "
	                      "PUBLIC;"}));
	// include_schemas leaves pg_catalog out; languages are in no schema.
	DiffOptions only_app = WithPrivileges();
	only_app.include_schemas = {"public"};
	EXPECT_EQ(test::Sql(DiffOf(Roles(), to, only_app)),
	          (Statements{"REVOKE USAGE ON LANGUAGE \"plpgsql\" FROM PUBLIC;"}));
}

TEST(DiffSystemPrivileges, RoleMissingLocallyIsNamedNotHalfApplied)
{
	CatalogBuilder to = Roles();
	to.Role("elsewhere");
	SystemAcl(to, "function", "pg_catalog", "pg_sleep", "double precision", "postgres",
	          {"postgres:EXECUTE", "elsewhere:EXECUTE"}, {"postgres:EXECUTE", "public:EXECUTE"});
	const DiffResult r = DiffOf(Roles(), to, WithPrivileges());
	EXPECT_TRUE(test::Sql(r).empty());
	EXPECT_TRUE(Warned(r, "role \"elsewhere\" does not exist locally"));
}

CatalogBuilder
WithServer(const std::string &server)
{
	CatalogBuilder b = Roles();
	b.Row(QueryId::kForeignServers, {server, "w", "\\N", "\\N", "{}", "false"});
	return b;
}

TEST(DiffUserMappings, CreatedChangedAndDroppedWithPrivilegesOnly)
{
	CatalogBuilder to = WithServer("s");
	to.Row(QueryId::kUserMappings, {"s", "r1", "{user=reader}", "true"});
	const std::string create = "CREATE USER MAPPING FOR \"r1\" SERVER \"s\" OPTIONS (\"user\" "
	                           "'reader');";
	EXPECT_EQ(test::Sql(DiffOf(WithServer("s"), to, WithPrivileges())), Statements{create});
	EXPECT_TRUE(test::Sql(DiffOf(WithServer("s"), to)).empty());
	CatalogBuilder from = WithServer("s");
	from.Row(QueryId::kUserMappings, {"s", "r1", "{fetch_size=10,user=old}", "true"});
	EXPECT_EQ(test::Sql(DiffOf(from, to, WithPrivileges())),
	          Statements{"ALTER USER MAPPING FOR \"r1\" SERVER \"s\" OPTIONS (DROP \"fetch_size\", "
	                     "SET \"user\" 'reader');"});
	const DiffResult dropped = DiffOf(to, WithServer("s"), WithPrivileges());
	ASSERT_EQ(dropped.changes.size(), 1u);
	EXPECT_EQ(dropped.changes[0].sql, "DROP USER MAPPING FOR \"r1\" SERVER \"s\";");
	EXPECT_TRUE(dropped.changes[0].destructive);
}

TEST(DiffUserMappings, ServerTheRemoteLacksGoesAfterItsMappings)
{
	CatalogBuilder from = Roles();
	from.Row(QueryId::kForeignServers, {"gone", "w", "\\N", "\\N", "{}", "true"});
	from.Row(QueryId::kUserMappings, {"gone", "public", "{}", "true"});
	const DiffResult r = DiffOf(from, Roles(), WithPrivileges());
	const int mapping = test::IndexOf(r, "DROP USER MAPPING FOR PUBLIC SERVER \"gone\";");
	ASSERT_GE(mapping, 0);
	EXPECT_GT(test::IndexOf(r, "DROP SERVER \"gone\";"), mapping);
	// Without with_privileges the server stays, as before (WARNING).
	const DiffResult kept = DiffOf(from, Roles(), [] {
		DiffOptions o;
		o.allow_drops = true;
		return o;
	}());
	EXPECT_TRUE(test::Sql(kept).empty());
	EXPECT_TRUE(Warned(kept, "was kept: it has user mappings"));
}

TEST(DiffUserMappings, PasswordsAndHiddenOptionsAreNeverCopied)
{
	CatalogBuilder to = WithServer("s");
	to.Row(QueryId::kUserMappings, {"s", "r1", "{user=reader,password=secret}", "true"});
	to.Row(QueryId::kUserMappings, {"s", "public", "{}", "false"});
	const DiffResult r = DiffOf(WithServer("s"), to, WithPrivileges());
	EXPECT_TRUE(test::Sql(r).empty());
	EXPECT_TRUE(Warned(r, "user mapping for \"r1\" server \"s\": it holds a password"));
	EXPECT_TRUE(Warned(r, "user mapping for PUBLIC server \"s\": its options are hidden"));
	for (const auto &d : r.diagnostics) {
		EXPECT_EQ(d.detail.find("secret"), std::string::npos);
	}
}

TEST(DiffSubscriptions, CreatedWithoutConnectingAndCommented)
{
	CatalogBuilder to;
	to.Row(QueryId::kSubscriptions, {"sub1", "dbname=elsewhere", "{pub1,\"Pub 2\"}", "sub1",
	                                 "{binary=true,synchronous_commit=remote_apply}", "a comment"});
	EXPECT_EQ(test::Sql(DiffOf(CatalogBuilder(), to)),
	          (Statements{"CREATE SUBSCRIPTION \"sub1\" CONNECTION 'dbname=elsewhere' PUBLICATION "
	                      "\"pub1\", \"Pub 2\" WITH (connect = false, slot_name = 'sub1', "
	                      "\"binary\" = 'true', \"synchronous_commit\" = 'remote_apply');",
	                      "COMMENT ON SUBSCRIPTION \"sub1\" IS 'a comment';"}));
	EXPECT_TRUE(test::Sql(DiffOf(to, to)).empty());
}

TEST(DiffSubscriptions, DroppedAfterItsSlotIsDetachedAndTheSlotNamed)
{
	CatalogBuilder from;
	from.Row(QueryId::kSubscriptions, {"sub1", "dbname=elsewhere", "{pub1}", "slot1", "{}", "\\N"});
	DiffOptions drops;
	drops.allow_drops = true;
	const DiffResult r = DiffOf(from, CatalogBuilder(), drops);
	EXPECT_EQ(test::Sql(r), (Statements{"ALTER SUBSCRIPTION \"sub1\" DISABLE;",
	                                    "ALTER SUBSCRIPTION \"sub1\" SET (slot_name = NONE);",
	                                    "DROP SUBSCRIPTION \"sub1\";"}));
	for (const auto &c : r.changes) {
		EXPECT_TRUE(c.destructive);
	}
	EXPECT_TRUE(Warned(r, "'slot1' (subscription \"sub1\")"));
}

TEST(DiffSubscriptions, ChangedInPlaceWithoutRefresh)
{
	CatalogBuilder from;
	from.Row(QueryId::kSubscriptions, {"s", "dbname=a", "{p1}", "s", "{binary=true}", "\\N"});
	CatalogBuilder to;
	to.Row(QueryId::kSubscriptions, {"s", "dbname=b", "{p1,p2}", "s", "{streaming=on}", "\\N"});
	EXPECT_EQ(test::Sql(DiffOf(from, to)),
	          (Statements{"ALTER SUBSCRIPTION \"s\" CONNECTION 'dbname=b';",
	                      "ALTER SUBSCRIPTION \"s\" SET PUBLICATION \"p1\", \"p2\" WITH (refresh "
	                      "= false);",
	                      "ALTER SUBSCRIPTION \"s\" SET (\"binary\" = 'false', \"streaming\" = "
	                      "'on');"}));
}

TEST(DiffSubscriptions, UnreadableOrPasswordHoldingConnectionIsNamed)
{
	CatalogBuilder to;
	to.Row(QueryId::kSubscriptions, {"hidden", "\\N", "{p}", "hidden", "{}", "\\N"});
	to.Row(QueryId::kSubscriptions,
	       {"secret", "host=h password=s3cret dbname=x", "{p}", "secret", "{}", "\\N"});
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_TRUE(test::Sql(r).empty());
	EXPECT_TRUE(Warned(r, "subscription hidden (only in remote): its connection string is "
	                      "readable only by superusers"));
	EXPECT_TRUE(Warned(r, "subscription secret (only in remote): its connection string holds a "
	                      "password"));
	// Counted as not migrated (schema_diff_unsupported, drift checks).
	EXPECT_EQ(UnsupportedDifferences(CatalogBuilder().Build(), to.Build()).size(), 2u);
	for (const auto &d : r.diagnostics) {
		EXPECT_EQ(d.detail.find("s3cret"), std::string::npos);
	}
}

} // namespace
} // namespace pgschemadiff
