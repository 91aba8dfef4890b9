// diff_foreign_key_rebuild_test.cpp — foreign keys that stay as they are but
// must be dropped before and added again after a change PostgreSQL refuses
// while they exist: a column at either end changes type, the referenced
// partitioned table loses a partition (DETACH or DROP).
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::CountOf;
using test::DiffOf;
using test::PositionOf;

const char *const kFk = "FOREIGN KEY (parent_id) REFERENCES public.parent(id)";

/// public.parent(id key_type PRIMARY KEY), public.child(parent_id fk_type)
/// with a foreign key to it.
CatalogBuilder
Keyed(const std::string &key_type, const std::string &fk_type)
{
	CatalogBuilder b;
	b.Table("public", "parent")
	    .Column("public", "parent", "id", key_type, true)
	    .Constraint("public", "parent", "parent_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Table("public", "child")
	    .Column("public", "child", "parent_id", fk_type)
	    .Constraint("public", "child", "child_parent_fkey", "f", kFk, "{parent_id}", "public",
	                "parent", false, "{id}");
	return b;
}

TEST(DiffForeignKeyRebuild, KeyAndReferencingColumnChangeTypeBetweenDropAndAdd)
{
	const DiffResult r = DiffOf(Keyed("integer", "integer"), Keyed("text", "text"));
	const std::size_t drop = PositionOf(r, "DROP CONSTRAINT \"child_parent_fkey\"");
	const std::size_t key = PositionOf(r, "\"parent\" ALTER COLUMN \"id\" SET DATA TYPE text");
	const std::size_t ref = PositionOf(r, "\"child\" ALTER COLUMN \"parent_id\" SET DATA TYPE");
	const std::size_t add = PositionOf(r, "ADD CONSTRAINT \"child_parent_fkey\"");
	ASSERT_LT(add, r.changes.size());
	EXPECT_LT(drop, key);
	EXPECT_LT(drop, ref);
	EXPECT_LT(key, add);
	EXPECT_LT(ref, add);
	EXPECT_EQ(r.changes[drop].phase, Phase::kDropForeignKeys);
	EXPECT_EQ(r.changes[add].phase, Phase::kAddForeignKeys);
	EXPECT_FALSE(r.changes[drop].destructive); // it comes back unchanged
	EXPECT_EQ(CountOf(r, "DROP CONSTRAINT"), 1);
}

TEST(DiffForeignKeyRebuild, OnlyTheKeyChangesType)
{
	const DiffResult r = DiffOf(Keyed("integer", "bigint"), Keyed("bigint", "bigint"));
	EXPECT_LT(PositionOf(r, "DROP CONSTRAINT \"child_parent_fkey\""),
	          PositionOf(r, "ALTER COLUMN \"id\" SET DATA TYPE bigint"));
	EXPECT_LT(PositionOf(r, "ALTER COLUMN \"id\" SET DATA TYPE bigint"),
	          PositionOf(r, "ADD CONSTRAINT \"child_parent_fkey\""));
}

TEST(DiffForeignKeyRebuild, OnlyTheReferencingColumnChangesType)
{
	const DiffResult r = DiffOf(Keyed("bigint", "integer"), Keyed("bigint", "bigint"));
	EXPECT_LT(PositionOf(r, "DROP CONSTRAINT \"child_parent_fkey\""),
	          PositionOf(r, "ALTER COLUMN \"parent_id\" SET DATA TYPE bigint"));
	EXPECT_LT(PositionOf(r, "ALTER COLUMN \"parent_id\" SET DATA TYPE bigint"),
	          PositionOf(r, "ADD CONSTRAINT \"child_parent_fkey\""));
}

TEST(DiffForeignKeyRebuild, UntouchedWhenNoColumnOfItChangesType)
{
	CatalogBuilder from = Keyed("integer", "integer");
	from.Column("public", "parent", "note", "text");
	CatalogBuilder to = Keyed("integer", "integer");
	to.Column("public", "parent", "note", "varchar(10)");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(CountOf(r, "child_parent_fkey"), 0);
	EXPECT_EQ(CountOf(r, "SET DATA TYPE"), 1);
}

TEST(DiffForeignKeyRebuild, ChangedForeignKeyIsNotDroppedTwice)
{
	CatalogBuilder to;
	to.Table("public", "parent")
	    .Column("public", "parent", "id", "text", true)
	    .Constraint("public", "parent", "parent_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Table("public", "child")
	    .Column("public", "child", "parent_id", "text")
	    .Constraint("public", "child", "child_parent_fkey", "f",
	                std::string(kFk) + " ON DELETE CASCADE", "{parent_id}", "public", "parent",
	                false, "{id}");
	const DiffResult r = DiffOf(Keyed("integer", "integer"), to);
	EXPECT_EQ(CountOf(r, "DROP CONSTRAINT \"child_parent_fkey\""), 1);
	EXPECT_EQ(CountOf(r, "ADD CONSTRAINT \"child_parent_fkey\""), 1);
	EXPECT_LT(PositionOf(r, "ALTER COLUMN \"id\" SET DATA TYPE text"),
	          PositionOf(r, "ON DELETE CASCADE"));
}

const char *const kLow = "FOR VALUES FROM (1) TO (10)";
const char *const kWide = "FOR VALUES FROM (1) TO (20)";
const char *const kHigh = "FOR VALUES FROM (10) TO (20)";

/// public.pp partitioned by id with partitions pp_low (`low_bound`) and,
/// when `with_high`, pp_high; public.r references pp.
CatalogBuilder
Referenced(const std::string &low_bound, bool with_high)
{
	CatalogBuilder b;
	b.Partitioned("public", "pp", "RANGE (id)")
	    .Column("public", "pp", "id", "integer", true)
	    .Constraint("public", "pp", "pp_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Partition("public", "pp_low", "pp", low_bound)
	    .InheritedColumn("public", "pp_low", "id", "integer", true)
	    .Constraint("public", "pp_low", "pp_low_pkey", "p", "PRIMARY KEY (id)", "{id}", "\\N",
	                "\\N", true);
	if (with_high) {
		b.Partition("public", "pp_high", "pp", kHigh)
		    .InheritedColumn("public", "pp_high", "id", "integer", true)
		    .Constraint("public", "pp_high", "pp_high_pkey", "p", "PRIMARY KEY (id)", "{id}", "\\N",
		                "\\N", true);
	}
	b.Table("public", "r")
	    .Column("public", "r", "pid", "integer")
	    .Constraint("public", "r", "r_pid_fkey", "f", "FOREIGN KEY (pid) REFERENCES public.pp(id)",
	                "{pid}", "public", "pp", false, "{id}")
	    // The copy PostgreSQL keeps per partition of the referenced table.
	    .Constraint("public", "r", "r_pid_fkey1", "f",
	                "FOREIGN KEY (pid) REFERENCES public.pp_low(id)", "{pid}", "public", "pp_low",
	                true, "{id}");
	return b;
}

TEST(DiffForeignKeyRebuild, ReferencingKeysDroppedAroundDetachAndAttach)
{
	const DiffResult r = DiffOf(Referenced(kLow, false), Referenced(kWide, false));
	const std::size_t drop = PositionOf(r, "DROP CONSTRAINT \"r_pid_fkey\"");
	const std::size_t detach = PositionOf(r, "DETACH PARTITION \"public\".\"pp_low\"");
	const std::size_t attach = PositionOf(r, "ATTACH PARTITION \"public\".\"pp_low\"");
	const std::size_t add = PositionOf(r, "ADD CONSTRAINT \"r_pid_fkey\"");
	ASSERT_LT(add, r.changes.size());
	EXPECT_LT(drop, detach);
	EXPECT_LT(detach, attach);
	EXPECT_LT(attach, add);
	// The per-partition copy goes and comes with the parent's foreign key.
	EXPECT_EQ(CountOf(r, "r_pid_fkey1"), 0);
}

TEST(DiffForeignKeyRebuild, ReferencingKeysDroppedBeforeADroppedPartition)
{
	const DiffResult r = DiffOf(Referenced(kLow, true), Referenced(kLow, false));
	const std::size_t drop_fk = PositionOf(r, "DROP CONSTRAINT \"r_pid_fkey\"");
	const std::size_t drop_table = PositionOf(r, "DROP TABLE \"public\".\"pp_high\"");
	ASSERT_LT(drop_table, r.changes.size());
	EXPECT_LT(drop_fk, drop_table);
	EXPECT_LT(drop_table, PositionOf(r, "ADD CONSTRAINT \"r_pid_fkey\""));
}

TEST(DiffForeignKeyRebuild, NewPartitionLeavesReferencingKeysAlone)
{
	const DiffResult r = DiffOf(Referenced(kLow, false), Referenced(kLow, true));
	EXPECT_EQ(CountOf(r, "r_pid_fkey"), 0);
	EXPECT_EQ(CountOf(r, "PARTITION OF \"public\".\"pp\""), 1);
}

} // namespace
} // namespace pgschemadiff
