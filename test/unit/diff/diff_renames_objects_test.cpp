// diff_renames_objects_test.cpp — tables, sequences, views, types, routines,
// triggers, policies and enum labels renamed or moved instead of dropped and
// created (DetectRenames), only when the pairing is certain; and the close
// cases that stay drops and creates.
#include "core/render/statement.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;
using Statements = std::vector<std::string>;

/// CREATE TABLE schema.name (id serial PRIMARY KEY, note text) as the
/// catalog reads it; `pkey` and `seq` name the constraint and the sequence.
void
SerialTable(CatalogBuilder &b, const std::string &schema, const std::string &name,
            const std::string &pkey, const std::string &seq, const std::string &note = "text")
{
	b.Table(schema, name)
	    .Column(schema, name, "id", "integer", true,
	            "nextval('" + schema + "." + seq + "'::regclass)")
	    .Column(schema, name, "note", note)
	    .Constraint(schema, name, pkey, "p", "PRIMARY KEY (id)", "{id}")
	    .Sequence(schema, seq, "integer", "a", name, "id", "2147483647");
}

DiffOptions
NoRenames()
{
	DiffOptions o;
	o.detect_renames = false;
	return o;
}

TEST(DiffRenamesObjects, SerialTableRenamedKeepsItsRowsAndSequence)
{
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	SerialTable(to, "public", "accounts", "accounts_pkey", "accounts_id_seq");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"users\" RENAME TO \"accounts\";",
	                      "ALTER SEQUENCE \"public\".\"users_id_seq\" RENAME TO "
	                      "\"accounts_id_seq\";",
	                      "ALTER TABLE \"public\".\"accounts\" RENAME CONSTRAINT \"users_pkey\" "
	                      "TO \"accounts_pkey\";",
	                  }));
	ASSERT_EQ(r.changes.size(), 3u);
	EXPECT_EQ(r.changes[0].action, Action::kRename);
	EXPECT_EQ(r.changes[0].kind, "table");
	EXPECT_EQ(r.changes[0].identity, "\"public\".\"users\" \u2192 \"public\".\"accounts\"");
	EXPECT_TRUE(r.changes[0].hazards.Has(Hazard::kAccessExclusiveLock));
	EXPECT_FALSE(r.changes[0].hazards.Has(Hazard::kDeletesData));
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffRenamesObjects, RenamedOnTheRemoteWithAlterTableKeepsTheOldPartNames)
{
	// ALTER TABLE users RENAME TO accounts leaves users_pkey, users_id_seq.
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	to.Table("public", "accounts")
	    .Column("public", "accounts", "id", "integer", true,
	            "nextval('public.users_id_seq'::regclass)")
	    .Column("public", "accounts", "note", "text")
	    .Constraint("public", "accounts", "users_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Sequence("public", "users_id_seq", "integer", "a", "accounts", "id", "2147483647");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{"ALTER TABLE \"public\".\"users\" RENAME TO \"accounts\";"}));
}

TEST(DiffRenamesObjects, TableMovedToASchemaTheMigrationCreates)
{
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	to.Schema("app");
	SerialTable(to, "app", "users", "users_pkey", "users_id_seq");
	const DiffResult r = DiffOf(from, to);
	// SET SCHEMA moves the owned sequence and the constraint's index too.
	EXPECT_EQ(Sql(r), (Statements{
	                      "CREATE SCHEMA \"app\";",
	                      "ALTER TABLE \"public\".\"users\" SET SCHEMA \"app\";",
	                  }));
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffRenamesObjects, MovedAndRenamedIsTwoStatements)
{
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	to.Schema("app");
	SerialTable(to, "app", "accounts", "users_pkey", "users_id_seq");
	EXPECT_EQ(Sql(DiffOf(from, to)), (Statements{
	                                     "CREATE SCHEMA \"app\";",
	                                     "ALTER TABLE \"public\".\"users\" SET SCHEMA \"app\";",
	                                     "ALTER TABLE \"app\".\"users\" RENAME TO \"accounts\";",
	                                 }));
}

TEST(DiffRenamesObjects, TwoLookAlikesAreNotGuessed)
{
	CatalogBuilder from;
	SerialTable(from, "public", "a", "a_pkey", "a_id_seq");
	SerialTable(from, "public", "b", "b_pkey", "b_id_seq");
	CatalogBuilder to;
	SerialTable(to, "public", "c", "c_pkey", "c_id_seq");
	SerialTable(to, "public", "d", "d_pkey", "d_id_seq");
	const DiffResult r = DiffOf(from, to);
	for (const auto &c : r.changes) {
		EXPECT_NE(c.action, Action::kRename) << render::Render(c.statement);
	}
	EXPECT_EQ(test::CountOf(r, "DROP TABLE"), 2);
	EXPECT_EQ(test::CountOf(r, "CREATE TABLE"), 2);
}

TEST(DiffRenamesObjects, RenamedAndAlteredIsADropAndACreate)
{
	// Not identical but for the name: which table it became is not known.
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	SerialTable(to, "public", "accounts", "accounts_pkey", "accounts_id_seq", "varchar(10)");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(test::IndexOf(r, "RENAME"), -1);
	EXPECT_GE(test::IndexOf(r, "DROP TABLE \"public\".\"users\""), 0);
	EXPECT_TRUE(test::AnyDestructive(r));
}

TEST(DiffRenamesObjects, TurnedOffIsADropAndACreate)
{
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	SerialTable(to, "public", "accounts", "accounts_pkey", "accounts_id_seq");
	const DiffResult r = DiffOf(from, to, NoRenames());
	EXPECT_EQ(test::IndexOf(r, "RENAME"), -1);
	EXPECT_GE(test::IndexOf(r, "DROP TABLE \"public\".\"users\""), 0);
}

TEST(DiffRenamesObjects, ForeignKeysAndIndexesFollowTheRenamedTable)
{
	const auto side = [](const std::string &name) {
		CatalogBuilder b;
		b.Table("public", name)
		    .Column("public", name, "id", "integer", true)
		    .Constraint("public", name, name + "_pkey", "p", "PRIMARY KEY (id)", "{id}")
		    .Index("public", name, "by_id",
		           "CREATE INDEX by_id ON public." + name + " USING btree (id DESC)", "{id}")
		    .Table("public", "member")
		    .Column("public", "member", "ref", "integer")
		    .Constraint("public", "member", "member_ref_fkey", "f",
		                "FOREIGN KEY (ref) REFERENCES public." + name + "(id)", "{ref}", "public",
		                name, false, "{id}");
		return b;
	};
	EXPECT_EQ(Sql(DiffOf(side("team"), side("squad"))),
	          (Statements{
	              "ALTER TABLE \"public\".\"team\" RENAME TO \"squad\";",
	              "ALTER TABLE \"public\".\"squad\" RENAME CONSTRAINT \"team_pkey\" TO "
	              "\"squad_pkey\";",
	          }));
}

TEST(DiffRenamesObjects, PartitionedTableRenamedWithItsPartitions)
{
	const auto side = [](const std::string &parent) {
		CatalogBuilder b;
		b.Partitioned("public", parent, "RANGE (at)")
		    .Column("public", parent, "at", "date", true)
		    .Partition("public", "events_2024", parent,
		               "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
		    .InheritedColumn("public", "events_2024", "at", "date", true);
		return b;
	};
	EXPECT_EQ(Sql(DiffOf(side("events"), side("happenings"))),
	          (Statements{"ALTER TABLE \"public\".\"events\" RENAME TO \"happenings\";"}));
}

TEST(DiffRenamesObjects, AViewOverARenamedTableIsReplacedNotDropped)
{
	// ruleutils prints "FROM public.b a" after the rename: the text differs.
	CatalogBuilder from;
	from.Table("public", "a")
	    .Column("public", "a", "x", "integer")
	    .View("public", "v", " SELECT a.x\n   FROM public.a;", "x integer")
	    .Depends({"view", "public", "v", ""}, {"table", "public", "a", ""});
	CatalogBuilder to;
	to.Table("public", "b")
	    .Column("public", "b", "x", "integer")
	    .View("public", "v", " SELECT b.x\n   FROM public.b;", "x integer")
	    .Depends({"view", "public", "v", ""}, {"table", "public", "b", ""});
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TABLE \"public\".\"a\" RENAME TO \"b\";",
	                      "CREATE OR REPLACE VIEW \"public\".\"v\" AS\n SELECT b.x\n   FROM "
	                      "public.b;",
	                  }));
	EXPECT_FALSE(test::AnyDestructive(r));
}

TEST(DiffRenamesObjects, ViewsAndSequencesRenamed)
{
	CatalogBuilder from;
	from.View("public", "old_v", " SELECT 1 AS one;", "one integer").Sequence("public", "counter");
	CatalogBuilder to;
	to.View("public", "new_v", " SELECT 1 AS one;", "one integer").Sequence("public", "tally");
	EXPECT_EQ(Sql(DiffOf(from, to)),
	          (Statements{
	              "ALTER SEQUENCE \"public\".\"counter\" RENAME TO \"tally\";",
	              "ALTER VIEW \"public\".\"old_v\" RENAME TO \"new_v\";",
	          }));
}

TEST(DiffRenamesObjects, TypesRenamedAndColumnsFollow)
{
	CatalogBuilder from;
	from.Enum("public", "mood", "{happy,sad}")
	    .Domain("public", "posint", "integer", false, "\\N", "{posint_check}",
	            "{\"CHECK ((VALUE > 0))\"}")
	    .Table("public", "t")
	    .Column("public", "t", "m", "public.mood", false, "'happy'::public.mood")
	    .Column("public", "t", "n", "public.posint");
	CatalogBuilder to;
	to.Schema("app")
	    .Enum("public", "feeling", "{happy,sad}")
	    .Domain("app", "posint", "integer", false, "\\N", "{posint_check}",
	            "{\"CHECK ((VALUE > 0))\"}")
	    .Table("public", "t")
	    .Column("public", "t", "m", "public.feeling", false, "'happy'::public.feeling")
	    .Column("public", "t", "n", "app.posint");
	EXPECT_EQ(Sql(DiffOf(from, to)), (Statements{
	                                     "ALTER TYPE \"public\".\"mood\" RENAME TO \"feeling\";",
	                                     "CREATE SCHEMA \"app\";",
	                                     "ALTER DOMAIN \"public\".\"posint\" SET SCHEMA \"app\";",
	                                 }));
}

TEST(DiffRenamesObjects, EnumLabelRenamedInPlace)
{
	CatalogBuilder from;
	from.Enum("public", "mood", "{happy,sad}")
	    .Table("public", "t")
	    .Column("public", "t", "m", "public.mood", false, "'sad'::public.mood");
	CatalogBuilder to;
	to.Enum("public", "mood", "{happy,unhappy}")
	    .Table("public", "t")
	    .Column("public", "t", "m", "public.mood", false, "'unhappy'::public.mood");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TYPE \"public\".\"mood\" RENAME VALUE 'sad' TO 'unhappy';",
	                  }));
	EXPECT_EQ(r.changes[0].identity, "\"public\".\"mood\" 'sad' \u2192 'unhappy'");
	EXPECT_FALSE(test::AnyDestructive(r));
	// Two labels changed, or one moved: not a rename; the type is re-created.
	CatalogBuilder two;
	two.Enum("public", "mood", "{glad,unhappy}");
	CatalogBuilder plain;
	plain.Enum("public", "mood", "{happy,sad}");
	EXPECT_EQ(test::IndexOf(DiffOf(plain, two), "RENAME VALUE"), -1);
	CatalogBuilder swapped;
	swapped.Enum("public", "mood", "{sad,happy}");
	EXPECT_EQ(test::IndexOf(DiffOf(plain, swapped), "RENAME VALUE"), -1);
	CatalogBuilder longer;
	longer.Enum("public", "mood", "{happy,unhappy,meh}");
	EXPECT_EQ(test::IndexOf(DiffOf(plain, longer), "RENAME VALUE"), -1);
}

TEST(DiffRenamesObjects, RoutinesMovedAndRenamed)
{
	const std::string body = "\n RETURNS integer\n LANGUAGE sql\nAS $function$select 1$function$\n";
	CatalogBuilder from;
	from.Routine("public", "one", "", "integer", "CREATE OR REPLACE FUNCTION public.one()" + body);
	CatalogBuilder to;
	to.Schema("util").Routine("util", "uno", "", "integer",
	                          "CREATE OR REPLACE FUNCTION util.uno()" + body);
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(Sql(r), (Statements{
	                      "CREATE SCHEMA \"util\";",
	                      "ALTER FUNCTION \"public\".\"one\"() SET SCHEMA \"util\";",
	                      "ALTER FUNCTION \"util\".\"one\"() RENAME TO \"uno\";",
	                  }));
	EXPECT_FALSE(test::AnyDestructive(r));
	// Another body: not the same function.
	CatalogBuilder other;
	other.Routine("public", "uno", "", "integer",
	              "CREATE OR REPLACE FUNCTION public.uno()\n RETURNS integer\n LANGUAGE sql\nAS "
	              "$function$select 2$function$\n");
	EXPECT_EQ(test::IndexOf(DiffOf(from, other), "RENAME"), -1);
}

TEST(DiffRenamesObjects, TriggersAndPoliciesRenamedOnTheirTable)
{
	const auto side = [](const std::string &trigger, const std::string &policy) {
		CatalogBuilder b;
		b.Table("public", "t")
		    .Column("public", "t", "x", "integer")
		    .Trigger("public", "t", trigger,
		             "CREATE TRIGGER " + trigger +
		                 " BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()")
		    .Policy("public", "t", policy, "r", "{}", "(x > 0)");
		return b;
	};
	const DiffResult r = DiffOf(side("t_audit", "own_rows"), side("audit", "Own rows"));
	EXPECT_EQ(Sql(r), (Statements{
	                      "ALTER TRIGGER \"t_audit\" ON \"public\".\"t\" RENAME TO \"audit\";",
	                      "ALTER POLICY \"own_rows\" ON \"public\".\"t\" RENAME TO "
	                      "\"Own rows\";",
	                  }));
	const DiffResult off = DiffOf(side("t_audit", "own_rows"), side("audit", "p"), NoRenames());
	EXPECT_EQ(test::IndexOf(off, "RENAME"), -1);
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

TEST(DiffRenamesObjects, ANameHeldByAnotherRelationIsFreedFirst)
{
	// The view "accounts" goes; the table "users" takes its name.
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	from.View("public", "accounts", " SELECT 1 AS one;", "one integer");
	CatalogBuilder to;
	SerialTable(to, "public", "accounts", "users_pkey", "users_id_seq");
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = DiffOf(from, to, o);
	EXPECT_LT(test::PositionOf(r, "DROP VIEW \"public\".\"accounts\""),
	          test::PositionOf(r, "ALTER TABLE \"public\".\"users\" RENAME TO \"accounts\""));
	EXPECT_EQ(r.changes.size(), 2u);
}

TEST(DiffRenamesObjects, ASerialSequenceWithOtherOptionsIsNotPaired)
{
	// The table is the same but for its name; its sequence is not the same.
	CatalogBuilder from;
	SerialTable(from, "public", "users", "users_pkey", "users_id_seq");
	CatalogBuilder to;
	to.Table("public", "accounts")
	    .Column("public", "accounts", "id", "integer", true,
	            "nextval('public.accounts_id_seq'::regclass)")
	    .Column("public", "accounts", "note", "text")
	    .Constraint("public", "accounts", "accounts_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Sequence("public", "accounts_id_seq", "bigint", "a", "accounts", "id");
	DiffOptions o;
	o.allow_drops = true;
	const DiffResult r = DiffOf(from, to, o);
	EXPECT_EQ(test::IndexOf(r, "ALTER TABLE \"public\".\"users\" RENAME TO \"accounts\""), 0);
	EXPECT_EQ(test::IndexOf(r, "ALTER SEQUENCE \"public\".\"users_id_seq\" RENAME"), -1);
	EXPECT_GE(test::IndexOf(r, "DROP SEQUENCE \"public\".\"users_id_seq\""), 0);
	EXPECT_GE(test::IndexOf(r, "SET DEFAULT nextval('public.accounts_id_seq'::regclass)"), 0);
}

} // namespace
} // namespace pgschemadiff

#include "core/diff/renames.hpp"

namespace pgschemadiff {
namespace {

CatalogBuilder
People(const std::string &column, const std::string &table = "users")
{
	CatalogBuilder b;
	b.Table("public", table)
	    .Column("public", table, "id", "integer", true)
	    .Column("public", table, column, "text")
	    .Constraint("public", table, table + "_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Constraint("public", table, "named", "c", "CHECK ((length(" + column + ") > 0))",
	                "{" + column + "}")
	    .Index("public", table, "by_name",
	           "CREATE INDEX by_name ON public." + table + " USING btree (lower(" + column + "))",
	           "{" + column + "}");
	return b;
}

TEST(ColumnHints, ARenamedColumnKeepsItsIndexesAndChecks)
{
	const Catalog from = People("name").Build();
	const Catalog to = People("full_name").Build();
	const RenameResult r = DetectRenames(from, to, false, {"public.users.name=full_name"});
	ASSERT_EQ(r.changes.size(), 1u);
	EXPECT_EQ(render::Render(r.changes[0].statement),
	          "ALTER TABLE \"public\".\"users\" RENAME COLUMN \"name\" TO \"full_name\";");
	EXPECT_EQ(r.changes[0].kind, "column");
	EXPECT_EQ(r.changes[0].identity,
	          "\"public\".\"users\".\"name\" \u2192 \"public\".\"users\".\"full_name\"");
	ASSERT_TRUE(r.catalog.has_value());
	// The rest of the diff sees the column under its new name everywhere.
	const Table &t = r.catalog->tables.at({"public", "users"});
	const Table &want = to.tables.at({"public", "users"});
	EXPECT_EQ(t.constraints.at("named"), want.constraints.at("named"));
	EXPECT_EQ(t.indexes.at("by_name"), want.indexes.at("by_name"));
	EXPECT_TRUE(t.FindColumn("full_name") != nullptr);
}

TEST(ColumnHints, AndTheTableRenamedToo)
{
	const Catalog from = People("name").Build();
	const Catalog to = People("full_name", "people").Build();
	const RenameResult r = DetectRenames(from, to, true, {"public.users.name=full_name"});
	std::vector<std::string> sql;
	for (const auto &c : r.changes) {
		sql.push_back(render::Render(c.statement));
	}
	EXPECT_EQ(sql, (Statements{
	                   "ALTER TABLE \"public\".\"users\" RENAME COLUMN \"name\" TO \"full_name\";",
	                   "ALTER TABLE \"public\".\"users\" RENAME TO \"people\";",
	               }));
}

TEST(ColumnHints, AHintThatNamesNothingIsAnError)
{
	const Catalog from = People("name").Build();
	const Catalog to = People("full_name").Build();
	for (const char *hint : {"public.users.nope=full_name", "public.nobody.name=full_name",
	                         "users.name=full_name", "public.users.name", "public.users.name=id",
	                         "public.users.name=name", "public.users.name=other"}) {
		EXPECT_EQ(test::ThrownKind([&] { DetectRenames(from, to, true, {hint}); }),
		          ErrorKind::kInvalidArgument)
		    << hint;
	}
	EXPECT_EQ(test::ThrownKind(
	              [&] { DetectRenames(from, to, true, {"\"public\".\"users\".\"name\"=full_name"}); }),
	          ErrorKind::kNone);
	// Bare names fold to lower case, quoted ones are taken as written.
	EXPECT_EQ(test::ThrownKind([&] { DetectRenames(from, to, true, {"Public.USERS.Name=Full_Name"}); }),
	          ErrorKind::kNone);
	EXPECT_EQ(test::ThrownKind([&] { DetectRenames(from, to, true, {"public.\"USERS\".name=full_name"}); }),
	          ErrorKind::kInvalidArgument);
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

TEST(DiffRenamesObjects, ADroppedRoutineNamesAMovedTypeAfterTheMove)
{
	CatalogBuilder from;
	from.Enum("public", "mood", "{happy,sad}")
	    .Routine("public", "cheer", "m public.mood", "integer",
	             "CREATE OR REPLACE FUNCTION public.cheer(m public.mood)\n RETURNS integer\n "
	             "LANGUAGE sql\nAS $function$select 1$function$\n")
	    .Depends({"function", "public", "cheer", "m public.mood"}, {"type", "public", "mood", ""});
	CatalogBuilder to;
	to.Schema("app").Enum("app", "mood", "{happy,sad}");
	DiffOptions o;
	o.allow_drops = true;
	EXPECT_EQ(Sql(DiffOf(from, to, o)),
	          (Statements{
	              "CREATE SCHEMA \"app\";",
	              "ALTER TYPE \"public\".\"mood\" SET SCHEMA \"app\";",
	              "DROP FUNCTION \"public\".\"cheer\"(m app.mood);",
	          }));
}

} // namespace
} // namespace pgschemadiff
