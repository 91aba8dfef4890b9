// diff_table_options_test.cpp — storage parameters and replica identity of tables.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::IndexOf;
using test::Sql;
using Statements = std::vector<std::string>;

CatalogBuilder
TableT()
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "id", "integer", true);
	return b;
}

TEST(DiffTableOptions, NewTableGetsWith)
{
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{fillfactor=70}", "{toast.autovacuum_enabled=false}");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(Sql(r),
	          Statements{"CREATE TABLE \"public\".\"t\" (\n"
	                     "    \"id\" integer NOT NULL\n"
	                     ") WITH (\"fillfactor\" = '70', \"toast\".\"autovacuum_enabled\" = "
	                     "'false');"});
}

TEST(DiffTableOptions, NewPartitionGetsWithAfterItsBound)
{
	CatalogBuilder from;
	from.Partitioned("public", "p", "RANGE (id)").Column("public", "p", "id", "integer");
	CatalogBuilder to = from;
	to.Partition("public", "p1", "p", "FOR VALUES FROM (1) TO (10)")
	    .InheritedColumn("public", "p1", "id", "integer")
	    .TableOptions("public", "p1", "{fillfactor=50}");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          Statements{"CREATE TABLE \"public\".\"p1\" PARTITION OF \"public\".\"p\" FOR VALUES "
	                     "FROM (1) TO (10) WITH (\"fillfactor\" = '50');"});
}

TEST(DiffTableOptions, ChangedOptionsAreSetAndResetInPlace)
{
	CatalogBuilder from = TableT();
	from.TableOptions("public", "t", "{fillfactor=70,autovacuum_enabled=false}",
	                  "{toast.autovacuum_enabled=false}");
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{fillfactor=80,parallel_workers=2}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{"ALTER TABLE \"public\".\"t\" RESET (\"autovacuum_enabled\", "
	                              "\"toast\".\"autovacuum_enabled\");",
	                              "ALTER TABLE \"public\".\"t\" SET (\"fillfactor\" = '80', "
	                              "\"parallel_workers\" = '2');"}));
	for (const auto &c : r.changes) {
		EXPECT_EQ(c.phase, Phase::kAlterTables);
		EXPECT_EQ(c.action, Action::kAlter);
		EXPECT_FALSE(c.destructive);
	}
}

TEST(DiffTableOptions, SameOptionsInAnyOrderAreNoChange)
{
	CatalogBuilder from = TableT();
	from.TableOptions("public", "t", "{fillfactor=70,autovacuum_enabled=false}");
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{autovacuum_enabled=false,fillfactor=70}");
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
}

TEST(DiffTableOptions, OptionsFollowTheColumnsAdded)
{
	// A toast table only exists once a toastable column does.
	CatalogBuilder from = TableT();
	CatalogBuilder to = TableT();
	to.Column("public", "t", "body", "text")
	    .TableOptions("public", "t", "{}", "{toast.autovacuum_enabled=false}");
	const DiffResult r = DiffOf(from, to);
	const int add = IndexOf(r, "ADD COLUMN");
	const int set = IndexOf(r, "SET (\"toast\"");
	ASSERT_GE(add, 0);
	EXPECT_GT(set, add);
}

TEST(DiffTableOptions, ValueIsQuotedAsALiteral)
{
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{\"x=it's\"}");
	EXPECT_EQ(Sql(DiffOf(TableT(), to)),
	          Statements{"ALTER TABLE \"public\".\"t\" SET (\"x\" = 'it''s');"});
}

TEST(DiffReplicaIdentity, NewTableWithDefaultNeedsNothing)
{
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{}", "{}", "d");
	EXPECT_EQ(Sql(DiffOf(CatalogBuilder(), to)).size(), 1u);
}

TEST(DiffReplicaIdentity, NewTableFullIsSetAfterCreate)
{
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{}", "{}", "f");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	ASSERT_EQ(r.changes.size(), 2u);
	EXPECT_EQ(r.changes[1].sql, "ALTER TABLE \"public\".\"t\" REPLICA IDENTITY FULL;");
	EXPECT_EQ(r.changes[1].phase, Phase::kReplicaIdentity);
}

TEST(DiffReplicaIdentity, ChangedInPlace)
{
	const std::pair<const char *, const char *> cases[] = {
	    {"n", "NOTHING"}, {"f", "FULL"}, {"d", "DEFAULT"}};
	for (const auto &[code, word] : cases) {
		CatalogBuilder from = TableT();
		from.TableOptions("public", "t", "{}", "{}", code == std::string("f") ? "n" : "f");
		CatalogBuilder to = TableT();
		to.TableOptions("public", "t", "{}", "{}", code);
		EXPECT_EQ(
		    Sql(DiffOf(from, to)),
		    Statements{std::string("ALTER TABLE \"public\".\"t\" REPLICA IDENTITY ") + word + ";"})
		    << code;
	}
}

TEST(DiffReplicaIdentity, UsingIndexComesAfterTheIndexIsCreated)
{
	const char *def = "CREATE UNIQUE INDEX t_id ON public.t USING btree (id)";
	CatalogBuilder to = TableT();
	to.Index("public", "t", "t_id", def, "{id}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_id");
	const DiffResult r = DiffOf(TableT(), to);
	EXPECT_EQ(Sql(r), (Statements{std::string(def) + ";",
	                              "ALTER TABLE \"public\".\"t\" REPLICA IDENTITY USING INDEX "
	                              "\"t_id\";"}));
}

TEST(DiffReplicaIdentity, RecreatedIdentityIndexIsSetAgain)
{
	CatalogBuilder from = TableT();
	from.Index("public", "t", "t_id", "CREATE UNIQUE INDEX t_id ON public.t USING btree (id)",
	           "{id}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_id");
	CatalogBuilder to = TableT();
	to.Index("public", "t", "t_id", "CREATE UNIQUE INDEX t_id ON public.t USING btree (id DESC)",
	         "{id}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_id");
	const DiffResult r = DiffOf(from, to);
	const int create = IndexOf(r, "CREATE UNIQUE INDEX");
	const int identity = IndexOf(r, "REPLICA IDENTITY USING INDEX \"t_id\"");
	ASSERT_GE(create, 0);
	EXPECT_GT(identity, create);
}

TEST(DiffReplicaIdentity, RecreatedPrimaryKeyIsSetAgain)
{
	CatalogBuilder from = TableT();
	from.Constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_pkey");
	CatalogBuilder to = TableT();
	to.Column("public", "t", "k", "integer", true)
	    .Constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id, k)", "{id,k}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_pkey");
	const DiffResult r = DiffOf(from, to);
	const int add = IndexOf(r, "ADD CONSTRAINT \"t_pkey\"");
	const int identity = IndexOf(r, "REPLICA IDENTITY USING INDEX \"t_pkey\"");
	ASSERT_GE(add, 0);
	EXPECT_GT(identity, add);
}

TEST(DiffReplicaIdentity, KeptIndexNeedsNothing)
{
	CatalogBuilder from = TableT();
	from.Constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .TableOptions("public", "t", "{}", "{}", "i", "t_pkey");
	CatalogBuilder to = from;
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
}

TEST(DiffReplicaIdentity, DroppedIdentityIndexReadsAsNothing)
{
	CatalogBuilder from = TableT();
	from.TableOptions("public", "t", "{}", "{}", "n");
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{}", "{}", "i"); // USING INDEX of an index dropped since
	EXPECT_TRUE(DiffOf(from, to).changes.empty());
	EXPECT_EQ(Sql(DiffOf(TableT(), to)),
	          Statements{"ALTER TABLE \"public\".\"t\" REPLICA IDENTITY NOTHING;"});
}

TEST(DiffTableOptions, OptionsAreSetInTheRemotesOrder)
{
	// pg_dump prints reloptions in stored order; SET stores them as listed.
	CatalogBuilder to = TableT();
	to.TableOptions("public", "t", "{fillfactor=50,autovacuum_enabled=false}", "{}");
	const DiffResult r = DiffOf(TableT(), to);
	EXPECT_EQ(Sql(r), Statements{"ALTER TABLE \"public\".\"t\" SET (\"fillfactor\" = '50', "
	                             "\"autovacuum_enabled\" = 'false');"});
}

TEST(DiffTableOptions, NotNullOfAPartitionAloneIsSetOnThePartition)
{
	const auto side = [](bool partition_not_null) {
		CatalogBuilder b;
		b.Partitioned("public", "m", "RANGE (id)").Column("public", "m", "id", "integer");
		b.Partition("public", "m1", "m", "FOR VALUES FROM (0) TO (10)")
		    .InheritedColumn("public", "m1", "id", "integer", partition_not_null);
		return b;
	};
	const DiffResult r = DiffOf(side(false), side(true));
	EXPECT_EQ(Sql(r),
	          Statements{"ALTER TABLE \"public\".\"m1\" ALTER COLUMN \"id\" SET NOT NULL;"});
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

test::CatalogBuilder
Clustered(const std::string &index)
{
	test::CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "id", "integer", true)
	    .Column("public", "t", "at", "date")
	    .Index("public", "t", "t_at", "CREATE INDEX t_at ON public.t USING btree (at)", "{at}")
	    .Constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}");
	if (!index.empty()) {
		b.Row(QueryId::kTableOptions, {"public", "t", "{}", "{}", "d", "", index});
	}
	return b;
}

TEST(DiffClusterOn, ChangedMarkIsSetAndClearedInPlace)
{
	EXPECT_EQ(test::Sql(test::DiffOf(Clustered(""), Clustered("t_at"))),
	          std::vector<std::string>{"ALTER TABLE \"public\".\"t\" CLUSTER ON \"t_at\";"});
	EXPECT_EQ(test::Sql(test::DiffOf(Clustered("t_at"), Clustered("t_pkey"))),
	          std::vector<std::string>{"ALTER TABLE \"public\".\"t\" CLUSTER ON \"t_pkey\";"});
	EXPECT_EQ(test::Sql(test::DiffOf(Clustered("t_at"), Clustered(""))),
	          std::vector<std::string>{"ALTER TABLE \"public\".\"t\" SET WITHOUT CLUSTER;"});
	EXPECT_TRUE(test::DiffOf(Clustered("t_at"), Clustered("t_at")).changes.empty());
}

TEST(DiffClusterOn, ANewTableIsClusteredAfterItsIndexExists)
{
	const DiffResult r = test::DiffOf(test::CatalogBuilder(), Clustered("t_at"));
	EXPECT_LT(test::IndexOf(r, "CREATE INDEX t_at"), test::IndexOf(r, "CLUSTER ON \"t_at\""));
	EXPECT_GE(test::IndexOf(r, "CREATE INDEX t_at"), 0);
}

TEST(DiffClusterOn, AnIndexBuiltAgainIsMarkedAgain)
{
	test::CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer", true)
	    .Column("public", "t", "at", "date")
	    .Index("public", "t", "t_at", "CREATE INDEX t_at ON public.t USING btree (at DESC)", "{at}")
	    .Constraint("public", "t", "t_pkey", "p", "PRIMARY KEY (id)", "{id}");
	to.Row(QueryId::kTableOptions, {"public", "t", "{}", "{}", "d", "", "t_at"});
	const DiffResult r = test::DiffOf(Clustered("t_at"), to);
	EXPECT_LT(test::IndexOf(r, "CREATE INDEX t_at"), test::IndexOf(r, "CLUSTER ON \"t_at\""));
	EXPECT_GE(test::IndexOf(r, "DROP INDEX"), 0);
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

test::CatalogBuilder
WithStatistics(const std::string &definition, const std::string &target)
{
	test::CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "a", "integer")
	    .Column("public", "t", "b", "integer");
	if (!definition.empty()) {
		b.Row(QueryId::kStatistics, {"public", "s", "public", "t", definition, target});
	}
	return b;
}

const char *const kNdistinct = "CREATE STATISTICS public.s (ndistinct) ON a, b FROM public.t";
const char *const kBoth = "CREATE STATISTICS public.s ON a, b FROM public.t";

TEST(DiffStatistics, CreatedAfterTheTableWithItsTarget)
{
	test::CatalogBuilder to = WithStatistics(kNdistinct, "500");
	const DiffResult r = test::DiffOf(test::CatalogBuilder(), to);
	EXPECT_LT(test::IndexOf(r, "CREATE TABLE"), test::IndexOf(r, kNdistinct));
	EXPECT_LT(test::IndexOf(r, kNdistinct), test::IndexOf(r, "SET STATISTICS 500"));
	EXPECT_GE(test::IndexOf(r, "ALTER STATISTICS \"public\".\"s\" SET STATISTICS 500;"), 0);
}

TEST(DiffStatistics, ChangedDefinitionIsDropAndCreateTargetInPlace)
{
	EXPECT_EQ(
	    test::Sql(test::DiffOf(WithStatistics(kNdistinct, "\\N"), WithStatistics(kBoth, "\\N"))),
	    (std::vector<std::string>{"DROP STATISTICS IF EXISTS \"public\".\"s\";",
	                              std::string(kBoth) + ";"}));
	EXPECT_EQ(test::Sql(test::DiffOf(WithStatistics(kBoth, "100"), WithStatistics(kBoth, "\\N"))),
	          std::vector<std::string>{"ALTER STATISTICS \"public\".\"s\" SET STATISTICS -1;"});
	const DiffResult gone =
	    test::DiffOf(WithStatistics(kBoth, "\\N"), WithStatistics("", ""), DiffOptions{true});
	ASSERT_EQ(gone.changes.size(), 1u);
	EXPECT_TRUE(gone.changes[0].destructive);
	EXPECT_TRUE(
	    test::DiffOf(WithStatistics(kBoth, "7"), WithStatistics(kBoth, "7")).changes.empty());
}

TEST(DiffStatistics, ATableLosingAColumnGetsItsStatisticsBack)
{
	// PostgreSQL drops statistics with a column they use (also one dropped to
	// be added again, e.g. when it becomes generated): built again after.
	test::CatalogBuilder from = WithStatistics(kBoth, "\\N");
	from.Column("public", "t", "gone", "integer");
	const DiffResult r = test::DiffOf(from, WithStatistics(kBoth, "\\N"), DiffOptions{true});
	const int drop_column = test::IndexOf(r, "DROP COLUMN \"gone\"");
	ASSERT_GE(drop_column, 0);
	EXPECT_LT(test::IndexOf(r, "DROP STATISTICS IF EXISTS"), drop_column);
	EXPECT_GT(test::IndexOf(r, kBoth), drop_column);
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

TEST(DiffTableOptions, AccessMethodsAreSetAfterTheRelationExists)
{
	CatalogBuilder have;
	have.Table("public", "t").Column("public", "t", "a", "integer");
	CatalogBuilder want;
	want.Table("public", "t").Column("public", "t", "a", "integer");
	want.Table("public", "u").Column("public", "u", "a", "integer");
	want.Row(QueryId::kAccessMethods, {"public", "t", "r", "my_am"});
	want.Row(QueryId::kAccessMethods, {"public", "u", "r", "my_am"});
	const DiffResult r = test::DiffOf(have, want);
	const std::string set_t = "ALTER TABLE \"public\".\"t\" SET ACCESS METHOD \"my_am\";";
	const std::string set_u = "ALTER TABLE \"public\".\"u\" SET ACCESS METHOD \"my_am\";";
	ASSERT_GE(test::IndexOf(r, set_t), 0);
	EXPECT_GT(test::IndexOf(r, set_u), test::IndexOf(r, "CREATE TABLE \"public\".\"u\""));
	// Back to heap when the remote has the default; nothing when both agree.
	EXPECT_EQ(test::Sql(test::DiffOf(want, have)),
	          (Statements{"DROP TABLE \"public\".\"u\";",
	                      "ALTER TABLE \"public\".\"t\" SET ACCESS METHOD \"heap\";"}));
	EXPECT_TRUE(test::Sql(test::DiffOf(want, want)).empty());
}

} // namespace
} // namespace pgschemadiff
