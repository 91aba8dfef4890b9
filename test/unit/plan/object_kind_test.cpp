// object_kind_test.cpp — the kinds table: consistent, and naming objects as
// the identity column, COMMENT ON, GRANT and ALTER … OWNER TO need them.
#include "core/plan/object_kind.hpp"

#include <gtest/gtest.h>

#include <set>

namespace pgschemadiff {
namespace {

TEST(ObjectKindTraits, EachRowIsFoundByItsKind)
{
	std::set<ObjectKind> kinds;
	for (const KindTraits &t : AllTraits()) {
		EXPECT_EQ(&Traits(t.kind), &t) << KindName(t.kind);
		EXPECT_TRUE(kinds.insert(t.kind).second) << "duplicate " << KindName(t.kind);
		if (t.kind != ObjectKind::kUnknown) {
			EXPECT_STRNE(t.keyword, "") << KindName(t.kind);
		}
	}
	EXPECT_EQ(Traits(ObjectKind::kOperatorClass).kind, ObjectKind::kUnknown);
}

TEST(ObjectKind, NamesAreSortedSoObjectsSortAsTheirNames)
{
	// ObjectRef's order (and so the order of ties in a migration) is the
	// order of the kinds' names, as when kinds were strings.
	for (std::size_t i = 1; i < kObjectKindCount; ++i) {
		EXPECT_LT(std::string(kObjectKindNames[i - 1]), std::string(kObjectKindNames[i]))
		    << kObjectKindNames[i];
	}
	for (std::size_t i = 0; i < kObjectKindCount; ++i) {
		const auto kind = static_cast<ObjectKind>(i);
		EXPECT_EQ(KindFromName(KindName(kind)), kind) << KindName(kind);
	}
	EXPECT_EQ(KindFromName("materialized view"), ObjectKind::kMaterializedView);
	EXPECT_EQ(KindFromName("foreign-data wrapper"), ObjectKind::kForeignDataWrapper);
	EXPECT_EQ(KindFromName("no such kind"), ObjectKind::kUnknown);
	EXPECT_EQ(KindFromName(""), ObjectKind::kUnknown);
	EXPECT_EQ(KindFromName("zzz"), ObjectKind::kUnknown);
}

TEST(ObjectKindTraits, IdentityFollowsTheNaming)
{
	EXPECT_EQ(ObjectIdentity({ObjectKind::kSchema, "Ap p", "", ""}), "\"Ap p\"");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kServer, "", "s1", ""}), "\"s1\"");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kView, "s", "v", ""}), "\"s\".\"v\"");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kFunction, "s", "f", "integer, text"}),
	          "\"s\".\"f\"(integer, text)");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kAggregate, "s", "n", ""}), "\"s\".\"n\"(*)");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kColumn, "s", "t", "c"}), "\"s\".\"t\".\"c\"");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kTrigger, "s", "t", "g"}), "\"g\" on \"s\".\"t\"");
	// kinds outside the table: by schema when they have one
	EXPECT_EQ(ObjectIdentity({ObjectKind::kOperatorFamily, "s", "f", ""}), "\"s\".\"f\"");
	EXPECT_EQ(ObjectIdentity({ObjectKind::kLanguage, "", "plperl", ""}), "\"plperl\"");
	EXPECT_TRUE(InNoSchema({ObjectKind::kLanguage, "", "plperl", ""}));
	EXPECT_TRUE(InNoSchema({ObjectKind::kPublication, "", "p", ""}));
	EXPECT_FALSE(InNoSchema({ObjectKind::kTable, "s", "t", ""}));
}

TEST(ObjectKindTraits, TargetsOfCommentsGrantsAndOwners)
{
	EXPECT_EQ(CommentTarget({ObjectKind::kDomainConstraint, "s", "d", "positive"}),
	          "CONSTRAINT \"positive\" ON DOMAIN \"s\".\"d\"");
	EXPECT_EQ(CommentTarget({ObjectKind::kConstraint, "s", "t", "k"}),
	          "CONSTRAINT \"k\" ON \"s\".\"t\"");
	EXPECT_EQ(CommentTarget({ObjectKind::kMaterializedView, "s", "m", ""}),
	          "MATERIALIZED VIEW \"s\".\"m\"");
	EXPECT_EQ(CommentTarget({ObjectKind::kForeignDataWrapper, "", "w", ""}),
	          "FOREIGN DATA WRAPPER \"w\"");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kColumn, "s", "t", "c"}), "TABLE \"s\".\"t\"");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kMaterializedView, "s", "m", ""}), "TABLE \"s\".\"m\"");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kServer, "", "s1", ""}), "FOREIGN SERVER \"s1\"");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kLanguage, "", "plpgsql", ""}), "LANGUAGE \"plpgsql\"");
	EXPECT_EQ(PrivilegeTarget({ObjectKind::kAggregate, "s", "a", "numeric ORDER BY numeric"}),
	          "FUNCTION \"s\".\"a\"(numeric, numeric)");
	EXPECT_EQ(OwnerTarget({ObjectKind::kProcedure, "s", "p", "integer"}), "\"s\".\"p\"(integer)");
	EXPECT_EQ(OwnerTarget({ObjectKind::kEventTrigger, "", "e", ""}), "\"e\"");
}

} // namespace
} // namespace pgschemadiff
