// owners_test.cpp — ALTER … OWNER TO as render::Owner spells it per kind.
#include "core/render/ddl.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

TEST(RenderOwner, EachKindIsNamedAsAlterWantsIt)
{
	struct Case {
		ObjectRef object;
		const char *sql_kind;
		const char *sql;
	};
	const Case cases[] = {
	    {{"schema", "My Schema", "", ""}, "SCHEMA", "ALTER SCHEMA \"My Schema\" OWNER TO \"r\";"},
	    {{"table", "s", "t", ""}, "TABLE", "ALTER TABLE \"s\".\"t\" OWNER TO \"r\";"},
	    {{"function", "s", "f", "a integer, text"},
	     "FUNCTION",
	     "ALTER FUNCTION \"s\".\"f\"(a integer, text) OWNER TO \"r\";"},
	    {{"procedure", "s", "p", ""}, "PROCEDURE", "ALTER PROCEDURE \"s\".\"p\"() OWNER TO \"r\";"},
	    {{"aggregate", "s", "cnt", ""},
	     "AGGREGATE",
	     "ALTER AGGREGATE \"s\".\"cnt\"(*) OWNER TO \"r\";"},
	    {{"publication", "", "Pub", ""},
	     "PUBLICATION",
	     "ALTER PUBLICATION \"Pub\" OWNER TO \"r\";"},
	    {{"server", "", "srv", ""}, "SERVER", "ALTER SERVER \"srv\" OWNER TO \"r\";"},
	    {{"foreign-data wrapper", "", "w", ""},
	     "FOREIGN DATA WRAPPER",
	     "ALTER FOREIGN DATA WRAPPER \"w\" OWNER TO \"r\";"},
	    // an event trigger carries its function's schema (for the schema filter)
	    {{"event trigger", "s", "et", ""},
	     "EVENT TRIGGER",
	     "ALTER EVENT TRIGGER \"et\" OWNER TO \"r\";"},
	};
	for (const auto &c : cases) {
		EXPECT_EQ(render::Owner(c.object, c.sql_kind, "r"), c.sql) << c.object.kind;
	}
	EXPECT_EQ(render::Owner({"type", "s", "d", ""}, "DOMAIN", "we\"ird"),
	          "ALTER DOMAIN \"s\".\"d\" OWNER TO \"we\"\"ird\";");
}

} // namespace
} // namespace pgschemadiff
