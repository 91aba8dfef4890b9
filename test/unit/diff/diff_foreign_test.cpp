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

namespace pgschemadiff {
namespace {

void
Wrapper(test::CatalogBuilder &b, const std::string &name, const std::string &handler,
        const std::string &options)
{
	if (handler.empty()) {
		b.Row(QueryId::kForeignDataWrappers,
		      {name, "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", "\\N", options});
	} else {
		b.Row(QueryId::kForeignDataWrappers, {name, "public." + handler, "public", handler, "",
		                                      "\\N", "\\N", "\\N", "\\N", options});
	}
}

TEST(DiffWrappers, CreatedAfterTheHandlerAndBeforeTheServer)
{
	test::CatalogBuilder to;
	to.Routine("public", "h", "", "fdw_handler",
	           "CREATE OR REPLACE FUNCTION public.h()\n RETURNS fdw_handler\n LANGUAGE c\nAS "
	           "'$libdir/postgres_fdw', $function$postgres_fdw_handler$function$\n");
	Wrapper(to, "w", "h", "{debug=1}");
	to.Row(QueryId::kForeignServers, {"srv", "w", "\\N", "\\N", "{}", "false"});
	const DiffResult r = test::DiffOf(test::CatalogBuilder(), to);
	const int function = test::IndexOf(r, "FUNCTION public.h()");
	const int wrapper = test::IndexOf(
	    r, "CREATE FOREIGN DATA WRAPPER \"w\" HANDLER public.h OPTIONS (\"debug\" '1');");
	const int server = test::IndexOf(r, "CREATE SERVER \"srv\"");
	ASSERT_GE(function, 0);
	EXPECT_LT(function, wrapper);
	EXPECT_LT(wrapper, server);
}

TEST(DiffWrappers, ChangedInPlaceAndDroppedAfterTheirServers)
{
	test::CatalogBuilder from;
	Wrapper(from, "w", "", "{a=1,gone=x}");
	Wrapper(from, "old", "", "{}");
	from.Row(QueryId::kForeignServers, {"old_srv", "old", "\\N", "\\N", "{}", "false"});
	test::CatalogBuilder to;
	Wrapper(to, "w", "", "{a=2,b=3}");
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = test::DiffOf(from, to, o);
	EXPECT_GE(test::IndexOf(r, "ALTER FOREIGN DATA WRAPPER \"w\" OPTIONS (DROP \"gone\", SET \"a\" "
	                           "'2', ADD \"b\" '3');"),
	          0);
	EXPECT_LT(test::IndexOf(r, "DROP SERVER \"old_srv\""),
	          test::IndexOf(r, "DROP FOREIGN DATA WRAPPER \"old\""));
	EXPECT_TRUE(r.changes[test::IndexOf(r, "DROP FOREIGN DATA WRAPPER")].destructive);
}

TEST(DiffWrappers, AWrapperAServerStillUsesIsKept)
{
	test::CatalogBuilder from;
	Wrapper(from, "old", "", "{}");
	from.Row(QueryId::kForeignServers, {"kept", "old", "\\N", "\\N", "{}", "true"});
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = test::DiffOf(from, test::CatalogBuilder(), o);
	EXPECT_EQ(test::IndexOf(r, "DROP FOREIGN DATA WRAPPER"), -1);
	ASSERT_FALSE(r.diagnostics.empty());
}

} // namespace
} // namespace pgschemadiff
