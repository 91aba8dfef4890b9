// diff_foreign_test.cpp — foreign servers and foreign tables.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::ChangeWith;
using test::DiffOf;
using test::PositionOf;
using test::Sql;
using Statements = std::vector<std::string>;

CatalogBuilder &
Server(CatalogBuilder &b, const std::string &name, const std::string &options)
{
	return b.Row(QueryId::kForeignServers, {name, "postgres_fdw", "\\N", "\\N", options, "false"});
}

/// One column row of a foreign table.
CatalogBuilder &
Column(CatalogBuilder &b, const std::string &table, const std::string &server,
       const std::string &column, const std::string &type, const std::string &options = "{}",
       const std::string &table_options = "{}")
{
	return b.Row(QueryId::kForeignTables,
	             {"public", table, server, table_options, column, type, "false", "\\N", options});
}

TEST(DiffForeign, ServerAndTableAreCreatedWithQuotedOptions)
{
	CatalogBuilder to;
	Server(to, "S 1", "{host=db.example,\"dbname=it's\"}");
	Column(to, "ft", "S 1", "id", "integer", "{column_name=ID}", "{table_name=t}");
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	EXPECT_EQ(
	    Sql(r),
	    (Statements{"CREATE SERVER \"S 1\" FOREIGN DATA WRAPPER \"postgres_fdw\" OPTIONS "
	                "(\"host\" 'db.example', \"dbname\" 'it''s');",
	                "CREATE FOREIGN TABLE \"public\".\"ft\" (\n    \"id\" integer OPTIONS "
	                "(\"column_name\" 'ID')\n) SERVER \"S 1\" OPTIONS (\"table_name\" 't');"}));
	EXPECT_EQ(r.changes[0].phase, Phase::kCreateServers);
	EXPECT_EQ(r.changes[1].phase, Phase::kCreateTables);
}

TEST(DiffForeign, OptionsChangeInPlace)
{
	CatalogBuilder from;
	Server(from, "s", "{host=a,dbname=x}");
	Column(from, "ft", "s", "id", "integer", "{column_name=a}", "{table_name=t}");
	CatalogBuilder to;
	Server(to, "s", "{host=b,port=5433}");
	Column(to, "ft", "s", "id", "bigint", "{column_name=b}", "{table_name=t,schema_name=r}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(
	    Sql(r),
	    (Statements{"ALTER SERVER \"s\" OPTIONS (DROP \"dbname\", SET \"host\" 'b', ADD "
	                "\"port\" '5433');",
	                "ALTER FOREIGN TABLE \"public\".\"ft\" ALTER COLUMN \"id\" TYPE bigint;",
	                "ALTER FOREIGN TABLE \"public\".\"ft\" ALTER COLUMN \"id\" OPTIONS (SET "
	                "\"column_name\" 'b');",
	                "ALTER FOREIGN TABLE \"public\".\"ft\" OPTIONS (ADD \"schema_name\" 'r');"}));
	for (const auto &c : r.changes) {
		EXPECT_FALSE(c.destructive) << c.sql;
	}
}

TEST(DiffForeign, TableMovingToAnotherServerIsRecreatedWithItsViews)
{
	const auto side = [](const std::string &server) {
		CatalogBuilder b;
		Server(b, "a", "{}");
		Server(b, "b", "{}");
		Column(b, "ft", server, "id", "integer");
		b.View("public", "v", " SELECT ft.id\n   FROM public.ft;", "id integer")
		    .Depends({"view", "public", "v", ""}, {"column", "public", "ft", "id"});
		return b;
	};
	const DiffResult r = DiffOf(side("a"), side("b"));
	const std::size_t drop_view = PositionOf(r, "DROP VIEW");
	const std::size_t drop = PositionOf(r, "DROP FOREIGN TABLE");
	const std::size_t create = PositionOf(r, "CREATE FOREIGN TABLE");
	const std::size_t create_view = PositionOf(r, "CREATE VIEW");
	ASSERT_LT(create_view, r.changes.size());
	EXPECT_LT(drop_view, drop);
	EXPECT_LT(drop, create);
	EXPECT_LT(create, create_view);
	EXPECT_FALSE(r.changes[drop].destructive);
}

TEST(DiffForeign, DroppedServerAndTableAreDestructiveAndTheServerGoesLast)
{
	CatalogBuilder from;
	Server(from, "s", "{}");
	Column(from, "ft", "s", "id", "integer");
	const DiffResult r = DiffOf(from, CatalogBuilder());
	EXPECT_EQ(Sql(r), (Statements{"DROP FOREIGN TABLE \"public\".\"ft\";", "DROP SERVER \"s\";"}));
	EXPECT_TRUE(r.changes[0].destructive);
	EXPECT_TRUE(r.changes[1].destructive);
}

TEST(DiffForeign, ChangedWrapperIsReportedNotChanged)
{
	CatalogBuilder from;
	from.Row(QueryId::kForeignServers, {"s", "file_fdw", "\\N", "\\N", "{}", "false"});
	CatalogBuilder to;
	Server(to, "s", "{}");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("another wrapper"), std::string::npos);
}

TEST(DiffForeign, MalformedOptionIsCatalogDrift)
{
	CatalogBuilder b;
	b.Row(QueryId::kForeignServers, {"s", "postgres_fdw", "\\N", "\\N", "{novalue}", "false"});
	try {
		b.Build();
		FAIL() << "expected kCatalogDrift";
	} catch (const Error &e) {
		EXPECT_EQ(e.Kind(), ErrorKind::kCatalogDrift);
	}
}

TEST(DiffForeign, ServerWithUserMappingsIsKeptAndReported)
{
	CatalogBuilder from;
	from.Row(QueryId::kForeignServers, {"reach", "postgres_fdw", "\\N", "\\N", "{}", "true"});
	const DiffResult r = DiffOf(from, CatalogBuilder());
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].message.find("user mappings"), std::string::npos);
}

TEST(DiffForeign, SchemaFilterKeepsOnlyServersOfSelectedForeignTables)
{
	CatalogBuilder to;
	Server(to, "used", "{}");
	Server(to, "unused", "{}");
	Column(to, "ft", "used", "id", "integer");
	DiffOptions o;
	o.include_schemas = {"public"};
	const DiffResult r = DiffOf(CatalogBuilder(), to, o);
	EXPECT_NE(PositionOf(r, "CREATE SERVER \"used\""), r.changes.size());
	EXPECT_EQ(PositionOf(r, "CREATE SERVER \"unused\""), r.changes.size());
}

} // namespace
} // namespace pgschemadiff
