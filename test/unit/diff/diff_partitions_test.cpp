// diff_partitions_test.cpp — partitioned tables, partitions and inheritance children.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

const char *const kFeb = "FOR VALUES FROM ('2006-02-01') TO ('2006-03-01')";
const char *const kMar = "FOR VALUES FROM ('2006-03-01') TO ('2006-04-01')";

/// measurement (partitioned by logdate) with the given partitions.
CatalogBuilder
Measurement(const std::vector<std::pair<std::string, std::string>> &partitions)
{
	CatalogBuilder b;
	b.Partitioned("public", "m", "RANGE (logdate)").Column("public", "m", "logdate", "date", true);
	for (const auto &[name, bound] : partitions) {
		b.Partition("public", name, "m", bound)
		    .InheritedColumn("public", name, "logdate", "date", true);
	}
	return b;
}

TEST(DiffPartitions, NewPartitionedTableAndPartitionsParentFirst)
{
	const DiffResult r = DiffOf(CatalogBuilder(), Measurement({{"m_a", kMar}, {"a_m", kFeb}}));
	EXPECT_EQ(Sql(r),
	          (Statements{
	              "CREATE TABLE \"public\".\"m\" (\n    \"logdate\" date NOT NULL\n) "
	              "PARTITION BY RANGE (logdate);",
	              std::string("CREATE TABLE \"public\".\"a_m\" PARTITION OF \"public\".\"m\" ") +
	                  kFeb + ";",
	              std::string("CREATE TABLE \"public\".\"m_a\" PARTITION OF \"public\".\"m\" ") +
	                  kMar + ";",
	          }));
}

TEST(DiffPartitions, DefaultPartition)
{
	const DiffResult r = DiffOf(Measurement({}), Measurement({{"m_other", "DEFAULT"}}));
	EXPECT_EQ(Sql(r),
	          Statements{"CREATE TABLE \"public\".\"m_other\" PARTITION OF \"public\".\"m\" "
	                     "DEFAULT;"});
}

TEST(DiffPartitions, ColumnAddedToParentOnlyOnce)
{
	CatalogBuilder from = Measurement({{"m_feb", kFeb}});
	CatalogBuilder to = Measurement({{"m_feb", kFeb}});
	to.Column("public", "m", "extra", "text").InheritedColumn("public", "m_feb", "extra", "text");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"ALTER TABLE \"public\".\"m\" ADD COLUMN \"extra\" text;"});
}

TEST(DiffPartitions, InheritedColumnChangesOnlyOnTheParent)
{
	CatalogBuilder from = Measurement({{"m_feb", kFeb}});
	from.Column("public", "m", "v", "integer").InheritedColumn("public", "m_feb", "v", "integer");
	CatalogBuilder to = Measurement({{"m_feb", kFeb}});
	to.Column("public", "m", "v", "bigint").InheritedColumn("public", "m_feb", "v", "bigint");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"ALTER TABLE \"public\".\"m\" ALTER COLUMN \"v\" SET DATA TYPE bigint "
	                     "USING \"v\"::bigint;"});
	// ... and a column dropped from the parent goes from the partitions with it.
	EXPECT_EQ(Sql(DiffOf(from, Measurement({{"m_feb", kFeb}}), {})).size(), 1u);
}

TEST(DiffPartitions, BoundChangeIsDetachThenAttach)
{
	const DiffResult r = DiffOf(Measurement({{"m_x", kFeb}}), Measurement({{"m_x", kMar}}));
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"m\" DETACH PARTITION \"public\".\"m_x\";",
	                      std::string("ALTER TABLE \"public\".\"m\" ATTACH PARTITION "
	                                  "\"public\".\"m_x\" ") +
	                          kMar + ";",
	                  }));
	for (const auto &c : r.changes) {
		EXPECT_FALSE(c.destructive) << c.sql;
	}
	EXPECT_EQ(r.changes[0].phase, Phase::kDetachTables);
	EXPECT_EQ(r.changes[1].phase, Phase::kAttachTables);
}

TEST(DiffPartitions, PartitionBecomesPlainTableKeepsItsColumns)
{
	CatalogBuilder to = Measurement({});
	to.Table("public", "m_feb").Column("public", "m_feb", "logdate", "date", true);
	const DiffResult r = DiffOf(Measurement({{"m_feb", kFeb}}), to);
	EXPECT_EQ(Sql(r), Statements{"ALTER TABLE \"public\".\"m\" DETACH PARTITION "
	                             "\"public\".\"m_feb\";"});
}

TEST(DiffPartitions, DetachedPartitionDropsWhatItInheritedButTheRemoteLacks)
{
	CatalogBuilder from = Measurement({{"m_feb", kFeb}});
	from.Index("public", "m_feb", "m_feb_logdate_idx",
	           "CREATE INDEX m_feb_logdate_idx ON public.m_feb USING btree (logdate)", "{logdate}",
	           true);
	CatalogBuilder to = Measurement({});
	to.Table("public", "m_feb").Column("public", "m_feb", "logdate", "date", true);
	const DiffResult r = DiffOf(from, to);
	// After the DETACH: PostgreSQL refuses to drop an index attached to the
	// parent's ("index m_logdate_idx requires it").
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"m\" DETACH PARTITION \"public\".\"m_feb\";",
	                      "DROP INDEX \"public\".\"m_feb_logdate_idx\";",
	                  }));
}

TEST(DiffPartitions, PlainTableBecomesPartitionIsAttached)
{
	CatalogBuilder from = Measurement({});
	from.Table("public", "m_feb").Column("public", "m_feb", "logdate", "date", true);
	const DiffResult r = DiffOf(from, Measurement({{"m_feb", kFeb}}));
	EXPECT_EQ(Sql(r), Statements{std::string("ALTER TABLE \"public\".\"m\" ATTACH PARTITION "
	                                         "\"public\".\"m_feb\" ") +
	                             kFeb + ";"});
}

TEST(DiffPartitions, PlainToPartitionedIsDropAndCreate)
{
	CatalogBuilder from;
	from.Table("public", "m").Column("public", "m", "logdate", "date", true);
	const DiffResult r = DiffOf(from, Measurement({}));
	EXPECT_EQ(Sql(r), (Statements{
	                      "DROP TABLE \"public\".\"m\";",
	                      "CREATE TABLE \"public\".\"m\" (\n    \"logdate\" date NOT NULL\n) "
	                      "PARTITION BY RANGE (logdate);",
	                  }));
	EXPECT_TRUE(r.changes[0].destructive);
	// and back
	EXPECT_EQ(Sql(DiffOf(Measurement({}), from)),
	          (Statements{"DROP TABLE \"public\".\"m\";",
	                      "CREATE TABLE \"public\".\"m\" (\n    \"logdate\" date NOT NULL\n);"}));
}

TEST(DiffPartitions, RecreatedParentDetachesAndReattachesItsPartitions)
{
	CatalogBuilder from = Measurement({{"m_feb", kFeb}});
	CatalogBuilder to;
	to.Partitioned("public", "m", "LIST (logdate)")
	    .Column("public", "m", "logdate", "date", true)
	    .Partition("public", "m_feb", "m", "FOR VALUES IN ('2006-02-01')")
	    .InheritedColumn("public", "m_feb", "logdate", "date", true);
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{
	              "ALTER TABLE \"public\".\"m\" DETACH PARTITION \"public\".\"m_feb\";",
	              "DROP TABLE \"public\".\"m\";",
	              "CREATE TABLE \"public\".\"m\" (\n    \"logdate\" date NOT NULL\n) "
	              "PARTITION BY LIST (logdate);",
	              "ALTER TABLE \"public\".\"m\" ATTACH PARTITION \"public\".\"m_feb\" FOR VALUES "
	              "IN ('2006-02-01');",
	          }));
}

TEST(DiffPartitions, DroppedPartitionedTableDropsPartitionsFirst)
{
	const DiffResult r = DiffOf(Measurement({{"a_feb", kFeb}}), CatalogBuilder());
	EXPECT_EQ(Sql(r),
	          (Statements{"DROP TABLE \"public\".\"a_feb\";", "DROP TABLE \"public\".\"m\";"}));
}

TEST(DiffPartitions, ParentIndexCreatedWithoutOnlyAndNotRepeatedOnPartitions)
{
	CatalogBuilder from = Measurement({{"m_feb", kFeb}});
	CatalogBuilder to = Measurement({{"m_feb", kFeb}});
	to.Index("public", "m", "m_logdate_idx",
	         "CREATE INDEX m_logdate_idx ON ONLY public.m USING btree (logdate)", "{logdate}")
	    .Index("public", "m_feb", "m_feb_logdate_idx",
	           "CREATE INDEX m_feb_logdate_idx ON public.m_feb USING btree (logdate)", "{logdate}",
	           true)
	    .Constraint("public", "m", "m_pkey", "p", "PRIMARY KEY (logdate)", "{logdate}")
	    .Constraint("public", "m_feb", "m_feb_pkey", "p", "PRIMARY KEY (logdate)", "{logdate}",
	                "\\N", "\\N", true);
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{"CREATE INDEX m_logdate_idx ON public.m USING btree (logdate);",
	                      "ALTER TABLE \"public\".\"m\" ADD CONSTRAINT \"m_pkey\" PRIMARY KEY "
	                      "(logdate);"}));
	EXPECT_EQ(Sql(DiffOf(to, from)), (Statements{"ALTER TABLE \"public\".\"m\" DROP CONSTRAINT "
	                                             "\"m_pkey\";",
	                                             "DROP INDEX \"public\".\"m_logdate_idx\";"}));
}

TEST(DiffInheritance, ChildDeclaresOnlyItsOwnColumns)
{
	CatalogBuilder to;
	to.Table("public", "base")
	    .Column("public", "base", "id", "bigint", true)
	    .Child("public", "kid", {"base"})
	    .InheritedColumn("public", "kid", "id", "bigint")
	    .Column("public", "kid", "extra", "text")
	    .Constraint("public", "kid", "kid_ck", "c", "CHECK ((extra <> ''::text))", "{extra}")
	    .Constraint("public", "kid", "base_ck", "c", "CHECK ((id > 0))", "{id}", "\\N", "\\N",
	                true);
	CatalogBuilder base;
	base.Table("public", "base")
	    .Column("public", "base", "id", "bigint", true)
	    .Constraint("public", "base", "base_ck", "c", "CHECK ((id > 0))", "{id}");
	to.Constraint("public", "base", "base_ck", "c", "CHECK ((id > 0))", "{id}");
	const DiffResult r = DiffOf(base, to);
	EXPECT_EQ(Sql(r),
	          (Statements{
	              "CREATE TABLE \"public\".\"kid\" (\n    \"extra\" text\n) INHERITS "
	              "(\"public\".\"base\");",
	              "ALTER TABLE \"public\".\"kid\" ADD CONSTRAINT \"kid_ck\" CHECK ((extra <> "
	              "''::text));",
	          }));
}

TEST(DiffInheritance, ChildWithoutOwnColumns)
{
	CatalogBuilder from;
	from.Table("public", "a").Table("public", "b");
	CatalogBuilder to = from;
	to.Child("public", "kid", {"b", "a"});
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"CREATE TABLE \"public\".\"kid\" () INHERITS (\"public\".\"b\", "
	                     "\"public\".\"a\");"});
}

TEST(DiffInheritance, ParentDropsColumnTheChildKeepsAsItsOwn)
{
	// migra's inherit2: the parent loses "e", the child has its own "e".
	CatalogBuilder from;
	from.Table("public", "base")
	    .Column("public", "base", "e", "integer")
	    .Child("public", "a", {"base"})
	    .InheritedColumn("public", "a", "e", "integer")
	    .Column("public", "a", "a2", "integer");
	CatalogBuilder to;
	to.Table("public", "base").Child("public", "a", {"base"}).Column("public", "a", "e", "integer");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"base\" DROP COLUMN \"e\";",
	                      "ALTER TABLE \"public\".\"a\" DROP COLUMN \"a2\";",
	                      "ALTER TABLE \"public\".\"a\" ADD COLUMN \"e\" integer;",
	                  }));
}

TEST(DiffInheritance, ParentChangeIsNoInheritThenInherit)
{
	CatalogBuilder from;
	from.Table("public", "p1").Table("public", "p2").Child("public", "kid", {"p1"});
	CatalogBuilder to;
	to.Table("public", "p1").Table("public", "p2").Child("public", "kid", {"p2"});
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{
	              "ALTER TABLE \"public\".\"kid\" NO INHERIT \"public\".\"p1\";",
	              "ALTER TABLE \"public\".\"kid\" INHERIT \"public\".\"p2\";",
	          }));
}

TEST(DiffInheritance, DroppedParentOfKeptChild)
{
	CatalogBuilder from;
	from.Table("public", "p1").Child("public", "kid", {"p1"});
	CatalogBuilder to;
	to.Table("public", "kid");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{
	              "ALTER TABLE \"public\".\"kid\" NO INHERIT \"public\".\"p1\";",
	              "DROP TABLE \"public\".\"p1\";",
	          }));
}

} // namespace
} // namespace pgschemadiff
