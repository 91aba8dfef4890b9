// diff_owners_test.cpp — ALTER … OWNER TO (with_owners).
#include "core/diff/context.hpp"
#include "core/render/statement.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

DiffOptions
WithOwners()
{
	DiffOptions o;
	o.with_owners = true;
	return o;
}

/// A side with roles postgres (the one reading, i.e. applying), alice, bob.
CatalogBuilder
Side()
{
	CatalogBuilder b;
	b.Role("postgres", true).Role("alice").Role("bob");
	b.Schema("app").Table("app", "t").Column("app", "t", "id", "integer", true);
	return b;
}

CatalogBuilder &
Owner(CatalogBuilder &b, const std::vector<std::string> &object, const std::string &sql_kind,
      const std::string &role, bool linked = false)
{
	return b.Row(QueryId::kOwners, {object[0], object[1], object[2], object[3], sql_kind, role,
	                                linked ? "true" : "false"});
}

TEST(DiffOwners, DifferentOwnerIsAlteredWithItsKeyword)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	Owner(from, {"table", "app", "t", ""}, "TABLE", "alice");
	Owner(to, {"table", "app", "t", ""}, "TABLE", "bob");
	Owner(from, {"schema", "app", "", ""}, "SCHEMA", "alice");
	Owner(to, {"schema", "app", "", ""}, "SCHEMA", "bob");
	const DiffResult r = DiffOf(from, to, WithOwners());
	EXPECT_EQ(Sql(r), (Statements{"ALTER SCHEMA \"app\" OWNER TO \"bob\";",
	                              "ALTER TABLE \"app\".\"t\" OWNER TO \"bob\";"}));
	ASSERT_EQ(r.changes.size(), 2u);
	for (const auto &c : r.changes) {
		EXPECT_EQ(c.kind, "owner");
		EXPECT_EQ(c.action, Action::kAlter);
		EXPECT_EQ(c.phase, Phase::kOwners);
		EXPECT_FALSE(c.destructive);
		EXPECT_TRUE(c.hazards.Has(Hazard::kChangesAuthorization));
	}
	EXPECT_TRUE(r.changes[1].hazards.Has(Hazard::kAccessExclusiveLock)); // the table's
	EXPECT_FALSE(r.changes[0].hazards.Has(Hazard::kAccessExclusiveLock));
	// without the option: nothing
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
}

TEST(DiffOwners, SameOwnerIsNoChange)
{
	CatalogBuilder a = Side();
	Owner(a, {"table", "app", "t", ""}, "TABLE", "alice");
	EXPECT_TRUE(DiffOf(a, a, WithOwners()).changes.empty());
}

TEST(DiffOwners, RoutinesAndDomainsAreNamedAsAlterWantsThem)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	from.Routine("app", "f", "a integer", "integer", "CREATE FUNCTION app.f(a integer) ...");
	to.Routine("app", "f", "a integer", "integer", "CREATE FUNCTION app.f(a integer) ...");
	from.Domain("app", "d", "integer");
	to.Domain("app", "d", "integer");
	Owner(from, {"function", "app", "f", "a integer"}, "FUNCTION", "alice");
	Owner(to, {"function", "app", "f", "a integer"}, "FUNCTION", "bob");
	Owner(from, {"type", "app", "d", ""}, "DOMAIN", "alice");
	Owner(to, {"type", "app", "d", ""}, "DOMAIN", "bob");
	Owner(from, {"publication", "", "pub", ""}, "PUBLICATION", "alice");
	Owner(to, {"publication", "", "pub", ""}, "PUBLICATION", "bob");
	Statements sql = Sql(DiffOf(from, to, WithOwners()));
	std::sort(sql.begin(), sql.end());
	EXPECT_EQ(sql, (Statements{"ALTER DOMAIN \"app\".\"d\" OWNER TO \"bob\";",
	                           "ALTER FUNCTION \"app\".\"f\"(a integer) OWNER TO \"bob\";",
	                           "ALTER PUBLICATION \"pub\" OWNER TO \"bob\";"}));
}

TEST(DiffOwners, RoleMissingLocallyIsAWarningAndNoStatement)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	to.Role("carol");
	Owner(from, {"table", "app", "t", ""}, "TABLE", "alice");
	Owner(to, {"table", "app", "t", ""}, "TABLE", "carol");
	const DiffResult r = DiffOf(from, to, WithOwners());
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_NE(r.diagnostics[0].message.find("\"carol\" does not exist locally"), std::string::npos);
	EXPECT_NE(r.diagnostics[0].detail.find("table \"app\".\"t\""), std::string::npos);
}

TEST(DiffOwners, CreatedObjectGetsItsOwnerAfterItUnlessTheApplierOwnsIt)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	to.Table("app", "n").Column("app", "n", "id", "integer", true);
	to.Table("app", "mine").Column("app", "mine", "id", "integer", true);
	Owner(to, {"table", "app", "n", ""}, "TABLE", "bob");
	Owner(to, {"table", "app", "mine", ""}, "TABLE", "postgres");
	const DiffResult r = DiffOf(from, to, WithOwners());
	const Statements sql = Sql(r);
	auto create = std::find_if(sql.begin(), sql.end(), [](const std::string &s) {
		return s.rfind("CREATE TABLE \"app\".\"n\"", 0) == 0;
	});
	auto owner = std::find(sql.begin(), sql.end(), "ALTER TABLE \"app\".\"n\" OWNER TO \"bob\";");
	ASSERT_NE(create, sql.end());
	ASSERT_NE(owner, sql.end());
	EXPECT_LT(create - sql.begin(), owner - sql.begin());
	EXPECT_EQ(
	    std::count_if(sql.begin(), sql.end(),
	                  [](const std::string &s) { return s.find("OWNER TO") != std::string::npos; }),
	    1);
	for (const auto &c : r.changes) {
		if (c.kind == "owner") {
			EXPECT_FALSE(c.hazards.Has(Hazard::kAccessExclusiveLock)); // a new, empty table
		}
	}
}

TEST(DiffOwners, SequenceOwnedByAColumnFollowsItsTable)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	for (CatalogBuilder *b : {&from, &to}) {
		b->Sequence("app", "t_id_seq", "integer", "a", "t", "id");
	}
	Owner(from, {"table", "app", "t", ""}, "TABLE", "alice");
	Owner(to, {"table", "app", "t", ""}, "TABLE", "bob");
	Owner(from, {"sequence", "app", "t_id_seq", ""}, "SEQUENCE", "alice", true);
	Owner(to, {"sequence", "app", "t_id_seq", ""}, "SEQUENCE", "bob", true);
	EXPECT_EQ(Sql(DiffOf(from, to, WithOwners())),
	          Statements{"ALTER TABLE \"app\".\"t\" OWNER TO \"bob\";"});
}

TEST(DiffOwners, RenamedObjectIsComparedWithItsOwnerUnderTheOldName)
{
	CatalogBuilder from = Side();
	CatalogBuilder to = Side();
	Owner(from, {"table", "app", "old", ""}, "TABLE", "alice");
	for (const char *role : {"alice", "bob"}) {
		CatalogBuilder remote = to;
		Owner(remote, {"table", "app", "new", ""}, "TABLE", role);
		const Catalog f = from.Build();
		const Catalog t = remote.Build();
		const DiffOptions o = WithOwners();
		DiffContext ctx(f, t, o);
		Change &r = ctx.Add(Phase::kAlterTables, "table", "\"app\".\"new\"", Action::kRename, false,
		                    op::RenameObject{"TABLE", {"app", "old"}, "new"});
		r.object = {ObjectKind::kTable, "app", "new", ""};
		r.previous = {ObjectKind::kTable, "app", "old", ""};
		DiffOwners(ctx);
		if (std::string(role) == "alice") {
			EXPECT_EQ(ctx.changes.size(), 1u); // same owner: nothing
		} else {
			ASSERT_EQ(ctx.changes.size(), 2u);
			EXPECT_EQ(render::Render(ctx.changes[1].statement),
			          "ALTER TABLE \"app\".\"new\" OWNER TO \"bob\";");
		}
	}
}

} // namespace
} // namespace pgschemadiff
