// diff_publications_test.cpp — CREATE / ALTER / DROP PUBLICATION, and when
// they run relative to the tables and columns they name.
#include "core/catalog/queries.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::AppendNamed;
using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// A publication; `publish` lists the actions (i u d t), `via_root` its option.
void
Pub(CatalogBuilder &b, const std::string &name, bool all_tables = false,
    const std::string &publish = "iudt", bool via_root = false)
{
	const auto has = [&](char c) {
		return publish.find(c) != std::string::npos ? "true" : "false";
	};
	AppendNamed(b.rows, QueryId::kPublications,
	            {{"name", name},
	             {"all_tables", all_tables ? "true" : "false"},
	             {"publish_insert", has('i')},
	             {"publish_update", has('u')},
	             {"publish_delete", has('d')},
	             {"publish_truncate", has('t')},
	             {"via_root", via_root ? "true" : "false"}});
}

/// A table of publication `pub`; columns as an array literal ("\\N": every column).
void
PubTable(CatalogBuilder &b, const std::string &pub, const std::string &schema,
         const std::string &table, const std::string &columns = "\\N",
         const std::string &row_filter = "\\N")
{
	AppendNamed(b.rows, QueryId::kPublicationObjects,
	            {{"publication", pub},
	             {"kind", "table"},
	             {"schema", schema},
	             {"name", table},
	             {"columns", columns},
	             {"row_filter", row_filter}});
}

void
PubSchema(CatalogBuilder &b, const std::string &pub, const std::string &schema)
{
	AppendNamed(b.rows, QueryId::kPublicationObjects,
	            {{"publication", pub}, {"kind", "schema"}, {"schema", schema}, {"name", ""}});
}

CatalogBuilder
TwoTables()
{
	CatalogBuilder b;
	b.Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "a", "text")
	    .Table("public", "u")
	    .Column("public", "u", "id", "integer");
	return b;
}

TEST(DiffPublications, NewPublicationListsTablesColumnsFiltersAndSchemasAfterTheTables)
{
	CatalogBuilder to;
	to.Schema("s")
	    .Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "a", "text");
	Pub(to, "p", false, "iu", true);
	PubTable(to, "p", "public", "t", "{id,a}", "(id > 0)");
	PubSchema(to, "p", "s");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	const std::string create =
	    "CREATE PUBLICATION \"p\" FOR TABLE ONLY \"public\".\"t\" (\"id\", \"a\") WHERE ((id > "
	    "0)), TABLES IN SCHEMA \"s\" WITH (publish = 'insert, update', "
	    "publish_via_partition_root = true);";
	ASSERT_EQ(r.changes.back().sql, create);
	EXPECT_EQ(r.changes.back().phase, Phase::kPublications);
	EXPECT_EQ(r.changes.back().kind, "publication");
	EXPECT_EQ(r.changes.back().identity, "\"p\"");
	EXPECT_LT(test::IndexOf(r, "CREATE TABLE \"public\".\"t\""), test::IndexOf(r, create));
	EXPECT_LT(test::IndexOf(r, "CREATE SCHEMA \"s\""), test::IndexOf(r, create));
}

TEST(DiffPublications, AllTablesAndEmptyPublications)
{
	CatalogBuilder to;
	Pub(to, "everything", true);
	Pub(to, "nothing_yet", false, "");
	EXPECT_EQ(Sql(DiffOf(CatalogBuilder(), to)),
	          (Statements{
	              "CREATE PUBLICATION \"everything\" FOR ALL TABLES WITH (publish = 'insert, "
	              "update, delete, truncate');",
	              "CREATE PUBLICATION \"nothing_yet\" WITH (publish = '');",
	          }));
}

TEST(DiffPublications, IdenticalPublicationsGiveNothing)
{
	CatalogBuilder a = TwoTables();
	Pub(a, "p");
	PubTable(a, "p", "public", "t", "{id}", "(id > 0)");
	CatalogBuilder b = TwoTables();
	Pub(b, "p");
	PubTable(b, "p", "public", "t", "{id}", "(id > 0)");
	EXPECT_TRUE(DiffOf(a, b).changes.empty());
}

TEST(DiffPublications, TablesAndOptionsChangeInPlace)
{
	CatalogBuilder from = TwoTables();
	from.Schema("s").Schema("x");
	Pub(from, "p");
	PubTable(from, "p", "public", "t", "{id}");
	PubTable(from, "p", "public", "u");
	PubSchema(from, "p", "x");
	CatalogBuilder to = TwoTables();
	to.Schema("s").Schema("x");
	Pub(to, "p", false, "it", true);
	PubTable(to, "p", "public", "t", "{id,a}", "(a <> ''::text)");
	PubSchema(to, "p", "s");
	const DiffResult r = DiffOf(from, to);
	const std::string p = "ALTER PUBLICATION \"p\" ";
	EXPECT_EQ(Sql(r), (Statements{
	                      p + "DROP TABLE ONLY \"public\".\"t\";",
	                      p + "DROP TABLE ONLY \"public\".\"u\";",
	                      p + "DROP TABLES IN SCHEMA \"x\";",
	                      p + "SET (publish = 'insert, truncate', publish_via_partition_root = "
	                          "true);",
	                      p + "ADD TABLE ONLY \"public\".\"t\" (\"id\", \"a\") WHERE ((a <> "
	                          "''::text));",
	                      p + "ADD TABLES IN SCHEMA \"s\";",
	                  }));
	EXPECT_FALSE(r.changes[0].destructive) << "t is added again";
	EXPECT_TRUE(r.changes[1].destructive) << "u leaves the publication";
	EXPECT_TRUE(r.changes[2].destructive) << "schema x leaves the publication";
	EXPECT_EQ(r.changes[0].phase, Phase::kDropPublications);
	EXPECT_EQ(r.changes[3].phase, Phase::kPublications);
	// allow_drops names what leaves, not the publication.
	EXPECT_EQ(r.changes[1].kind, "publication table");
	EXPECT_EQ(r.changes[1].identity, "\"public\".\"u\" in \"p\"");
	EXPECT_EQ(r.changes[1].action, Action::kDrop);
	EXPECT_EQ(r.changes[2].kind, "publication schema");
	EXPECT_EQ(r.changes[2].identity, "\"x\" in \"p\"");
	EXPECT_EQ(r.changes[3].kind, "publication");
	EXPECT_EQ(r.changes[3].action, Action::kAlter);
	EXPECT_EQ(r.changes[4].kind, "publication table");
	EXPECT_EQ(r.changes[4].action, Action::kCreate);
}

TEST(DiffPublications, OnlyTheOptionThatDiffersIsSet)
{
	CatalogBuilder from;
	Pub(from, "p", true, "iudt", false);
	CatalogBuilder to;
	Pub(to, "p", true, "iudt", true);
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{"ALTER PUBLICATION \"p\" SET (publish_via_partition_root = true);"}));
}

TEST(DiffPublications, SwitchingToOrFromAllTablesIsDropAndCreate)
{
	CatalogBuilder from = TwoTables();
	Pub(from, "p");
	PubTable(from, "p", "public", "t");
	CatalogBuilder to = TwoTables();
	Pub(to, "p", true);
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "DROP PUBLICATION \"p\";",
	                      "CREATE PUBLICATION \"p\" FOR ALL TABLES WITH (publish = 'insert, "
	                      "update, delete, truncate');",
	                  }));
	EXPECT_FALSE(test::AnyDestructive(r)) << "the publication is created again";
	EXPECT_EQ(Sql(DiffOf(to, from)).size(), 2u);
}

TEST(DiffPublications, DroppedPublicationIsDestructiveAndRefusedWithoutAllowDrops)
{
	CatalogBuilder from;
	Pub(from, "old");
	const DiffResult r = DiffOf(from, CatalogBuilder());
	EXPECT_EQ(Sql(r), (Statements{"DROP PUBLICATION \"old\";"}));
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_EQ(r.changes[0].action, Action::kDrop);
	EXPECT_TRUE(r.diagnostics.empty()) << "publications are no longer reported as unsupported";
}

TEST(DiffPublications, TableLeavesThePublicationBeforeItIsDropped)
{
	CatalogBuilder from = TwoTables();
	Pub(from, "p");
	PubTable(from, "p", "public", "t");
	PubTable(from, "p", "public", "u");
	CatalogBuilder to;
	to.Table("public", "u").Column("public", "u", "id", "integer");
	Pub(to, "p");
	PubTable(to, "p", "public", "u");
	const DiffResult r = DiffOf(from, to);
	const int leave = test::IndexOf(r, "DROP TABLE ONLY \"public\".\"t\"");
	ASSERT_GE(leave, 0);
	EXPECT_LT(leave, test::IndexOf(r, "DROP TABLE \"public\".\"t\""));
	EXPECT_EQ(test::CountOf(r, "ALTER PUBLICATION"), 1);
}

TEST(DiffPublications, ColumnListAndFilterLeaveBeforeTheirColumnGoesAndComeBackAfter)
{
	// PostgreSQL refuses to drop a column a column list or row filter uses.
	CatalogBuilder from = TwoTables();
	from.Column("public", "t", "gone", "integer");
	Pub(from, "p");
	PubTable(from, "p", "public", "t", "{id,a}", "(id > 0)");
	PubTable(from, "p", "public", "u");
	CatalogBuilder to = TwoTables();
	Pub(to, "p");
	PubTable(to, "p", "public", "t", "{id,a}", "(id > 0)");
	PubTable(to, "p", "public", "u");
	const DiffResult r = DiffOf(from, to);
	const int leave = test::IndexOf(r, "DROP TABLE ONLY \"public\".\"t\"");
	const int drop = test::IndexOf(r, "DROP COLUMN \"gone\"");
	const int back = test::IndexOf(r, "ADD TABLE ONLY \"public\".\"t\" (\"id\", \"a\")");
	ASSERT_GE(leave, 0);
	EXPECT_LT(leave, drop);
	EXPECT_LT(drop, back);
	EXPECT_FALSE(r.changes[leave].destructive);
	EXPECT_EQ(test::CountOf(r, "\"public\".\"u\""), 0) << "u has no list or filter";
}

TEST(DiffPublications, RetypedColumnAlsoTakesTheFilteredTableOutAndBack)
{
	CatalogBuilder from = TwoTables();
	Pub(from, "p");
	PubTable(from, "p", "public", "t", "\\N", "(a <> ''::text)");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "a", "character varying(10)")
	    .Table("public", "u")
	    .Column("public", "u", "id", "integer");
	Pub(to, "p");
	PubTable(to, "p", "public", "t", "\\N", "((a)::text <> ''::text)");
	const DiffResult r = DiffOf(from, to);
	const int retype = test::IndexOf(r, "SET DATA TYPE character varying(10)");
	ASSERT_GE(retype, 0);
	EXPECT_LT(test::IndexOf(r, "DROP TABLE ONLY \"public\".\"t\""), retype);
	EXPECT_GT(test::IndexOf(r, "ADD TABLE ONLY \"public\".\"t\" WHERE"), retype);
}

TEST(DiffPublications, RecreatedTableIsAddedBackAfterItIsCreatedAgain)
{
	// Plain -> partitioned is a drop and a create, which takes the table out
	// of its publications.
	CatalogBuilder from = TwoTables();
	Pub(from, "p");
	PubTable(from, "p", "public", "u");
	CatalogBuilder to;
	to.Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "a", "text")
	    .Partitioned("public", "u", "RANGE (id)")
	    .Column("public", "u", "id", "integer");
	Pub(to, "p");
	PubTable(to, "p", "public", "u");
	const DiffResult r = DiffOf(from, to);
	const int create = test::IndexOf(r, "CREATE TABLE \"public\".\"u\"");
	const int add = test::IndexOf(r, "ALTER PUBLICATION \"p\" ADD TABLE ONLY \"public\".\"u\";");
	ASSERT_GE(create, 0);
	EXPECT_LT(create, add);
}

TEST(DiffPublications, SchemaFilterKeepsThePublicationWithItsSelectedTables)
{
	CatalogBuilder from = TwoTables();
	from.Schema("other").Table("other", "o").Column("other", "o", "id", "integer");
	Pub(from, "p");
	PubTable(from, "p", "other", "o");
	PubSchema(from, "p", "other");
	CatalogBuilder to = TwoTables();
	Pub(to, "p");
	PubTable(to, "p", "public", "t");
	DiffOptions o;
	o.include_schemas = {"public"};
	EXPECT_EQ(Sql(DiffOf(from, to, o)),
	          (Statements{"ALTER PUBLICATION \"p\" ADD TABLE ONLY \"public\".\"t\";"}));
}

TEST(DiffPublications, CommentsFollowNewRecreatedAndKeptPublications)
{
	CatalogBuilder from;
	Pub(from, "kept");
	Pub(from, "switched");
	from.Comment({"publication", "", "kept", ""}, "old")
	    .Comment({"publication", "", "switched", ""}, "same");
	CatalogBuilder to;
	Pub(to, "kept");
	Pub(to, "switched", true);
	Pub(to, "new");
	to.Comment({"publication", "", "switched", ""}, "same")
	    .Comment({"publication", "", "new", ""}, "it's new");
	DiffOptions o;
	o.include_schemas = {"public"}; // publications are in no schema: still compared
	const DiffResult r = DiffOf(from, to, o);
	const Statements sql = Sql(r);
	ASSERT_GE(sql.size(), 3u);
	EXPECT_EQ(Statements(sql.end() - 3, sql.end()),
	          (Statements{
	              "COMMENT ON PUBLICATION \"new\" IS 'it''s new';",
	              "COMMENT ON PUBLICATION \"switched\" IS 'same';",
	              "COMMENT ON PUBLICATION \"kept\" IS NULL;",
	          }));
	EXPECT_EQ(r.changes.back().identity, "\"kept\"");
}

TEST(PublicationRows, UnknownObjectKindIsCatalogDrift)
{
	CatalogBuilder b;
	Pub(b, "p");
	AppendNamed(b.rows, QueryId::kPublicationObjects,
	            {{"publication", "p"}, {"kind", "sequence"}, {"schema", "public"}, {"name", "s"}});
	EXPECT_EQ(test::ThrownKind([&] { b.Build(); }), ErrorKind::kCatalogDrift);
}

TEST(DiffPublications, PostgreSQL14RowsHaveNoListsOrFilters)
{
	CatalogBuilder to = TwoTables();
	Pub(to, "p");
	PubTable(to, "p", "public", "t");
	const Catalog cat = BuildCatalog(to.rows, 140000);
	const Publication &p = cat.publications.at("p");
	ASSERT_EQ(p.tables.size(), 1u);
	EXPECT_FALSE(p.tables.begin()->second.columns.has_value());
	EXPECT_FALSE(p.tables.begin()->second.row_filter.has_value());
	EXPECT_NE(std::string(FindQuery(QueryId::kPublicationObjects, 140000)->text).find("NULL::text"),
	          std::string::npos);
	for (const char *absent : {"prattrs", "prqual", "pg_publication_namespace"}) {
		EXPECT_EQ(std::string(FindQuery(QueryId::kPublicationObjects, 140000)->text).find(absent),
		          std::string::npos)
		    << absent;
		EXPECT_NE(std::string(FindQuery(QueryId::kPublicationObjects, 150000)->text).find(absent),
		          std::string::npos)
		    << absent;
	}
}

} // namespace
} // namespace pgschemadiff
