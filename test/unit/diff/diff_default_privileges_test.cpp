// diff_default_privileges_test.cpp — ALTER DEFAULT PRIVILEGES under with_privileges.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

DiffOptions
WithPrivileges()
{
	DiffOptions o;
	o.with_privileges = true;
	return o;
}

CatalogBuilder
Roles()
{
	CatalogBuilder b;
	b.Role("alice").Role("bob");
	return b;
}

TEST(DiffDefaultPrivileges, GrantOnTablesInASchema)
{
	CatalogBuilder from = Roles();
	from.Schema("app");
	CatalogBuilder to = from;
	to.DefaultAcl("alice", "app", "r", "bob", "SELECT");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_EQ(Sql(r), Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" IN SCHEMA \"app\" "
	                             "GRANT SELECT ON TABLES TO \"bob\";"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(r.changes[0].kind, "default privilege");
	EXPECT_EQ(r.changes[0].identity, "SELECT on tables for \"alice\" in \"app\" to \"bob\"");
	EXPECT_EQ(r.changes[0].phase, Phase::kDefaultPrivileges);
	EXPECT_FALSE(r.changes[0].destructive);
}

TEST(DiffDefaultPrivileges, IgnoredWithoutTheOption)
{
	CatalogBuilder to = Roles();
	to.DefaultAcl("alice", "", "S", "bob", "USAGE");
	EXPECT_TRUE(DiffOf(Roles(), to).changes.empty());
}

TEST(DiffDefaultPrivileges, GlobalEntryIsComparedWithBuiltInDefaults)
{
	// The remote revoked EXECUTE from PUBLIC: its entry holds only the role's own.
	CatalogBuilder to = Roles();
	to.DefaultAcl("alice", "", "f", "alice", "EXECUTE");
	const DiffResult r = DiffOf(Roles(), to, WithPrivileges());
	EXPECT_EQ(Sql(r), Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" REVOKE EXECUTE ON "
	                             "FUNCTIONS FROM PUBLIC;"});
	// and back: the local entry goes when it matches the built-in defaults again
	const DiffResult back = DiffOf(to, Roles(), WithPrivileges());
	EXPECT_EQ(Sql(back), Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" GRANT EXECUTE ON "
	                                "FUNCTIONS TO PUBLIC;"});
}

TEST(DiffDefaultPrivileges, GlobalEntryAddsToBuiltInDefaults)
{
	CatalogBuilder to = Roles();
	for (const char *p : {"USAGE", "SELECT", "UPDATE"}) {
		to.DefaultAcl("alice", "", "S", "alice", p);
	}
	to.DefaultAcl("alice", "", "S", "bob", "USAGE", true);
	EXPECT_EQ(Sql(DiffOf(Roles(), to, WithPrivileges())),
	          Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" GRANT USAGE ON SEQUENCES TO "
	                     "\"bob\" WITH GRANT OPTION;"});
}

TEST(DiffDefaultPrivileges, EmptyGlobalEntryRevokesEvenTheRolesOwn)
{
	CatalogBuilder to = Roles();
	to.DefaultAcl("alice", "", "n", "\\N", "\\N");
	EXPECT_EQ(Sql(DiffOf(Roles(), to, WithPrivileges())),
	          (Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" REVOKE CREATE ON SCHEMAS "
	                      "FROM \"alice\";",
	                      "ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" REVOKE USAGE ON SCHEMAS "
	                      "FROM \"alice\";"}));
}

TEST(DiffDefaultPrivileges, SchemaEntryIsNotComparedWithBuiltInDefaults)
{
	CatalogBuilder from = Roles();
	from.Schema("app").DefaultAcl("alice", "app", "T", "bob", "USAGE");
	CatalogBuilder to = Roles();
	to.Schema("app");
	EXPECT_EQ(Sql(DiffOf(from, to, WithPrivileges())),
	          Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" IN SCHEMA \"app\" REVOKE "
	                     "USAGE ON TYPES FROM \"bob\";"});
}

TEST(DiffDefaultPrivileges, LostGrantOptionIsRevokedAlone)
{
	CatalogBuilder from = Roles();
	from.Schema("app").DefaultAcl("alice", "app", "r", "bob", "SELECT", true);
	CatalogBuilder to = Roles();
	to.Schema("app").DefaultAcl("alice", "app", "r", "bob", "SELECT", false);
	EXPECT_EQ(Sql(DiffOf(from, to, WithPrivileges())),
	          Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" IN SCHEMA \"app\" REVOKE "
	                     "GRANT OPTION FOR SELECT ON TABLES FROM \"bob\";"});
}

TEST(DiffDefaultPrivileges, RevokesComeFirst)
{
	CatalogBuilder from = Roles();
	from.Schema("app").DefaultAcl("bob", "app", "r", "alice", "SELECT");
	CatalogBuilder to = Roles();
	to.Schema("app").DefaultAcl("alice", "app", "r", "bob", "SELECT");
	EXPECT_EQ(Sql(DiffOf(from, to, WithPrivileges())),
	          (Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"bob\" IN SCHEMA \"app\" REVOKE "
	                      "SELECT ON TABLES FROM \"alice\";",
	                      "ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" IN SCHEMA \"app\" GRANT "
	                      "SELECT ON TABLES TO \"bob\";"}));
}

TEST(DiffDefaultPrivileges, RunBeforeTablesAreCreated)
{
	CatalogBuilder to = Roles();
	to.Schema("app")
	    .Table("app", "t")
	    .Column("app", "t", "id", "integer")
	    .DefaultAcl("alice", "app", "r", "bob", "SELECT");
	const DiffResult r = DiffOf(Roles(), to, WithPrivileges());
	ASSERT_EQ(r.changes.size(), 3u);
	EXPECT_EQ(r.changes[0].sql, "CREATE SCHEMA \"app\";");
	EXPECT_EQ(r.changes[1].kind, "default privilege");
	EXPECT_EQ(r.changes[2].kind, "table");
}

TEST(DiffDefaultPrivileges, EntriesOfADroppedSchemaGoWithIt)
{
	CatalogBuilder from = Roles();
	from.Schema("old").DefaultAcl("alice", "old", "r", "bob", "SELECT");
	const DiffResult r = DiffOf(from, Roles(), [] {
		DiffOptions o = WithPrivileges();
		o.allow_drops = true;
		return o;
	}());
	EXPECT_EQ(Sql(r), Statements{"DROP SCHEMA \"old\";"});
}

TEST(DiffDefaultPrivileges, MissingRoleIsLeftOutWithAWarning)
{
	CatalogBuilder to = Roles();
	to.Schema("app").Role("carol");
	to.DefaultAcl("carol", "", "r", "bob", "SELECT")
	    .DefaultAcl("alice", "", "r", "alice", "SELECT")
	    .DefaultAcl("alice", "", "r", "carol", "SELECT");
	CatalogBuilder from = Roles(); // carol exists only on the remote's cluster
	from.Schema("app");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	// alice's entry keeps SELECT only: the other built-in privileges are revoked,
	// the grant to carol is left out.
	for (const auto &sql : Sql(r)) {
		EXPECT_EQ(sql.find("carol"), std::string::npos) << sql;
		EXPECT_NE(sql.find("FOR ROLE \"alice\" REVOKE"), std::string::npos) << sql;
	}
	EXPECT_EQ(Sql(r).size(), 6u);
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_EQ(r.diagnostics[0].message, "role \"carol\" does not exist locally: default "
	                                    "privileges naming it were not migrated");
	EXPECT_EQ(r.diagnostics[0].detail,
	          "Left out: SELECT on tables for \"alice\" to \"carol\"; default privileges on "
	          "tables for \"carol\". Create the role and run schema_diff again.");
}

TEST(DiffDefaultPrivileges, SchemaFilterKeepsGlobalEntries)
{
	CatalogBuilder to = Roles();
	to.Schema("app").Schema("other");
	to.DefaultAcl("alice", "other", "r", "bob", "SELECT")
	    .DefaultAcl("alice", "", "T", "alice", "USAGE");
	CatalogBuilder from = Roles();
	from.Schema("app").Schema("other");
	DiffOptions o = WithPrivileges();
	o.include_schemas = {"app"};
	EXPECT_EQ(Sql(DiffOf(from, to, o)),
	          Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE \"alice\" REVOKE USAGE ON TYPES FROM "
	                     "PUBLIC;"});
}

// Objects the migration creates start with the default privileges of the role
// calling schema_diff (assumed to apply it), as the migration leaves them.

TEST(DiffDefaultPrivileges, CreatedFunctionGetsPublicExecuteTheDefaultsNoLongerGive)
{
	const char *def = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\n"
	                  "AS $function$select 1$function$\n";
	CatalogBuilder from;
	from.Role("deployer", true);
	CatalogBuilder to;
	to.Role("deployer")
	    .DefaultAcl("deployer", "", "f", "deployer", "EXECUTE") // no PUBLIC EXECUTE
	    .Routine("public", "f", "", "integer", def)             // created before that
	    .Grant({"function", "public", "f", ""}, "public", "EXECUTE");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	const int revoke = test::IndexOf(r, "REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC");
	ASSERT_GE(revoke, 0);
	EXPECT_LT(revoke, test::IndexOf(r, "CREATE OR REPLACE FUNCTION"));
	EXPECT_GE(test::IndexOf(r, "GRANT EXECUTE ON FUNCTION \"public\".\"f\"() TO PUBLIC;"), 0);
}

TEST(DiffDefaultPrivileges, CreatedTableLosesWhatTheDefaultsGiveButTheRemoteLacks)
{
	CatalogBuilder from = Roles();
	from.Role("deployer", true).Schema("app");
	CatalogBuilder to = Roles();
	to.Role("deployer")
	    .Schema("app")
	    .DefaultAcl("deployer", "app", "r", "bob", "SELECT")
	    .DefaultAcl("deployer", "app", "r", "alice", "SELECT")
	    .Table("app", "t")
	    .Column("app", "t", "id", "integer")
	    .Grant({"table", "app", "t", ""}, "alice", "SELECT");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_GE(test::IndexOf(r, "REVOKE SELECT ON TABLE \"app\".\"t\" FROM \"bob\";"), 0);
	EXPECT_EQ(test::IndexOf(r, "ON TABLE \"app\".\"t\" TO"), -1); // alice's came with it
}

TEST(DiffDefaultPrivileges, OtherRolesDefaultsDoNotApplyToCreatedObjects)
{
	CatalogBuilder from = Roles();
	from.Role("deployer", true);
	CatalogBuilder to = Roles();
	to.Role("deployer")
	    .DefaultAcl("alice", "", "r", "bob", "SELECT")
	    .Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Grant({"table", "public", "t", ""}, "bob", "SELECT");
	const DiffResult r = DiffOf(from, to, WithPrivileges());
	EXPECT_GE(test::IndexOf(r, "GRANT SELECT ON TABLE \"public\".\"t\" TO \"bob\";"), 0);
}

} // namespace
} // namespace pgschemadiff
