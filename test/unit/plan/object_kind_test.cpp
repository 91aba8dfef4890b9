// object_kind_test.cpp — the kinds table: consistent, and naming objects as
// the identity column, COMMENT ON, GRANT and ALTER … OWNER TO need them.
#include "core/plan/object_kind.hpp"

#include <gtest/gtest.h>

#include <set>

namespace pgschemadiff {
namespace {

TEST(ObjectKindTraits, EachRowIsFoundByItsNameAndByItsKind)
{
	std::set<std::string> names;
	for (std::size_t i = 0; i < AllTraits().size(); ++i) {
		const KindTraits &t = AllTraits()[i];
		EXPECT_EQ(static_cast<std::size_t>(t.kind), i) << t.name;
		EXPECT_EQ(&Traits(t.kind), &t) << t.name;
		if (t.kind == ObjectKind::kUnknown) {
			continue;
		}
		EXPECT_TRUE(names.insert(t.name).second) << "duplicate " << t.name;
		EXPECT_EQ(&Traits(std::string(t.name)), &t) << t.name;
		EXPECT_STRNE(t.keyword, "") << t.name;
	}
	EXPECT_EQ(Traits("operator class").kind, ObjectKind::kUnknown);
}

TEST(ObjectKindTraits, IdentityFollowsTheNaming)
{
	EXPECT_EQ(ObjectIdentity({"schema", "Ap p", "", ""}), "\"Ap p\"");
	EXPECT_EQ(ObjectIdentity({"server", "", "s1", ""}), "\"s1\"");
	EXPECT_EQ(ObjectIdentity({"view", "s", "v", ""}), "\"s\".\"v\"");
	EXPECT_EQ(ObjectIdentity({"function", "s", "f", "integer, text"}), "\"s\".\"f\"(integer, text)");
	EXPECT_EQ(ObjectIdentity({"aggregate", "s", "n", ""}), "\"s\".\"n\"(*)");
	EXPECT_EQ(ObjectIdentity({"column", "s", "t", "c"}), "\"s\".\"t\".\"c\"");
	EXPECT_EQ(ObjectIdentity({"trigger", "s", "t", "g"}), "\"g\" on \"s\".\"t\"");
	// kinds outside the table: by schema when they have one
	EXPECT_EQ(ObjectIdentity({"operator family", "s", "f", ""}), "\"s\".\"f\"");
	EXPECT_EQ(ObjectIdentity({"language", "", "plperl", ""}), "\"plperl\"");
	EXPECT_TRUE(InNoSchema({"language", "", "plperl", ""}));
	EXPECT_TRUE(InNoSchema({"publication", "", "p", ""}));
	EXPECT_FALSE(InNoSchema({"table", "s", "t", ""}));
}

TEST(ObjectKindTraits, TargetsOfCommentsGrantsAndOwners)
{
	EXPECT_EQ(CommentTarget({"domain constraint", "s", "d", "positive"}),
	          "CONSTRAINT \"positive\" ON DOMAIN \"s\".\"d\"");
	EXPECT_EQ(CommentTarget({"constraint", "s", "t", "k"}), "CONSTRAINT \"k\" ON \"s\".\"t\"");
	EXPECT_EQ(CommentTarget({"materialized view", "s", "m", ""}), "MATERIALIZED VIEW \"s\".\"m\"");
	EXPECT_EQ(CommentTarget({"foreign-data wrapper", "", "w", ""}), "FOREIGN DATA WRAPPER \"w\"");
	EXPECT_EQ(PrivilegeTarget({"column", "s", "t", "c"}), "TABLE \"s\".\"t\"");
	EXPECT_EQ(PrivilegeTarget({"materialized view", "s", "m", ""}), "TABLE \"s\".\"m\"");
	EXPECT_EQ(PrivilegeTarget({"server", "", "s1", ""}), "FOREIGN SERVER \"s1\"");
	EXPECT_EQ(PrivilegeTarget({"language", "", "plpgsql", ""}), "LANGUAGE \"plpgsql\"");
	EXPECT_EQ(PrivilegeTarget({"aggregate", "s", "a", "numeric ORDER BY numeric"}),
	          "FUNCTION \"s\".\"a\"(numeric, numeric)");
	EXPECT_EQ(OwnerTarget({"procedure", "s", "p", "integer"}), "\"s\".\"p\"(integer)");
	EXPECT_EQ(OwnerTarget({"event trigger", "", "e", ""}), "\"e\"");
}

} // namespace
} // namespace pgschemadiff
