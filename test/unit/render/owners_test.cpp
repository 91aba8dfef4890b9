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
	    {{ObjectKind::kSchema, "My Schema", "", ""},
	     "SCHEMA",
	     "ALTER SCHEMA \"My Schema\" OWNER TO \"r\";"},
	    {{ObjectKind::kTable, "s", "t", ""}, "TABLE", "ALTER TABLE \"s\".\"t\" OWNER TO \"r\";"},
	    {{ObjectKind::kFunction, "s", "f", "a integer, text"},
	     "FUNCTION",
	     "ALTER FUNCTION \"s\".\"f\"(a integer, text) OWNER TO \"r\";"},
	    {{ObjectKind::kProcedure, "s", "p", ""},
	     "PROCEDURE",
	     "ALTER PROCEDURE \"s\".\"p\"() OWNER TO \"r\";"},
	    {{ObjectKind::kAggregate, "s", "cnt", ""},
	     "AGGREGATE",
	     "ALTER AGGREGATE \"s\".\"cnt\"(*) OWNER TO \"r\";"},
	    {{ObjectKind::kPublication, "", "Pub", ""},
	     "PUBLICATION",
	     "ALTER PUBLICATION \"Pub\" OWNER TO \"r\";"},
	    {{ObjectKind::kServer, "", "srv", ""}, "SERVER", "ALTER SERVER \"srv\" OWNER TO \"r\";"},
	    {{ObjectKind::kForeignDataWrapper, "", "w", ""},
	     "FOREIGN DATA WRAPPER",
	     "ALTER FOREIGN DATA WRAPPER \"w\" OWNER TO \"r\";"},
	    // an event trigger carries its function's schema (for the schema filter)
	    {{ObjectKind::kEventTrigger, "s", "et", ""},
	     "EVENT TRIGGER",
	     "ALTER EVENT TRIGGER \"et\" OWNER TO \"r\";"},
	};
	for (const auto &c : cases) {
		EXPECT_EQ(render::Owner(c.object, c.sql_kind, "r"), c.sql) << KindName(c.object.kind);
	}
	EXPECT_EQ(render::Owner({ObjectKind::kType, "s", "d", ""}, "DOMAIN", "we\"ird"),
	          "ALTER DOMAIN \"s\".\"d\" OWNER TO \"we\"\"ird\";");
}

} // namespace
} // namespace pgschemadiff
