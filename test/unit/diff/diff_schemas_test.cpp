// diff_schemas_test.cpp — CREATE / DROP SCHEMA.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;

TEST(DiffSchemas, NewSchemaIsCreatedFirst)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Schema("app").Table("app", "t").Column("app", "t", "a", "integer");
	const DiffResult r = DiffOf(from, to);
	ASSERT_FALSE(r.changes.empty());
	EXPECT_EQ(r.changes[0].sql, "CREATE SCHEMA \"app\";");
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateSchemas);
	EXPECT_EQ(r.changes[0].action, Action::kCreate);
	EXPECT_FALSE(r.changes[0].destructive);
}

TEST(DiffSchemas, DroppedSchemaIsDestructiveAndLast)
{
	CatalogBuilder from;
	from.Schema("old").Table("old", "t").Column("old", "t", "a", "integer");
	CatalogBuilder to;
	const DiffResult r = DiffOf(from, to);
	ASSERT_EQ(Sql(r),
	          (std::vector<std::string>{"DROP TABLE \"old\".\"t\";", "DROP SCHEMA \"old\";"}));
	EXPECT_EQ(r.changes[1].phase, Phase::kDropSchemas);
	EXPECT_EQ(r.changes[1].kind, "schema");
	EXPECT_EQ(r.changes[1].identity, "\"old\"");
	EXPECT_TRUE(r.changes[1].destructive);
}

TEST(DiffSchemas, SchemaNameIsQuoted)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Schema("My \"Schema\"");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (std::vector<std::string>{"CREATE SCHEMA \"My \"\"Schema\"\"\";"}));
}

} // namespace
} // namespace pgschemadiff
