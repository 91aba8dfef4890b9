// differ_test.cpp — whole-catalog behaviour: filtering, no-op, determinism,
// unsupported objects and cancellation.
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;
using test::Sql;

/// A database with one of everything the core models.
CatalogBuilder
Rich()
{
	CatalogBuilder b;
	b.Schema("app")
	    .Extension("hstore", "public", "1.8")
	    .Collation("app", "ci", "i", "und-u-ks-level2")
	    .Enum("app", "mood", "{sad,happy}")
	    .Table("app", "parent")
	    .Column("app", "parent", "id", "bigint", true, "\\N", "a")
	    .Column("app", "parent", "name", "text", false, "\\N", "", "", "app", "ci")
	    .Column("app", "parent", "upper_name", "text", false, "upper(name)", "", "s")
	    .Constraint("app", "parent", "parent_pkey", "p", "PRIMARY KEY (id)", "{id}")
	    .Sequence("app", "parent_id_seq", "bigint", "i", "parent", "id")
	    .Table("app", "child", true)
	    .Column("app", "child", "id", "integer", true, "nextval('app.child_id_seq'::regclass)")
	    .Column("app", "child", "parent_id", "bigint")
	    .Column("app", "child", "mood", "app.mood")
	    .Constraint("app", "child", "child_parent_fkey", "f",
	                "FOREIGN KEY (parent_id) REFERENCES app.parent(id)", "{parent_id}", "app",
	                "parent")
	    .Index("app", "child", "child_mood_idx",
	           "CREATE INDEX child_mood_idx ON app.child USING btree (mood)", "{mood}")
	    .Sequence("app", "child_id_seq", "integer", "a", "child", "id", "2147483647")
	    .Unsupported("view", "app", "app.v", "md5-1");
	return b;
}

TEST(Differ, IdenticalCatalogsHaveNoChanges)
{
	const DiffResult r = DiffOf(Rich(), Rich());
	EXPECT_TRUE(r.changes.empty()) << (r.changes.empty() ? "" : r.changes[0].sql);
	EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Differ, SameInputsGiveTheSameStatements)
{
	CatalogBuilder empty;
	const DiffResult first = DiffOf(empty, Rich());
	const DiffResult second = DiffOf(empty, Rich());
	ASSERT_FALSE(first.changes.empty());
	EXPECT_EQ(Sql(first), Sql(second));
	const DiffResult back1 = DiffOf(Rich(), empty, {true});
	const DiffResult back2 = DiffOf(Rich(), empty, {true});
	EXPECT_EQ(Sql(back1), Sql(back2));
}

TEST(Differ, RowOrderOfObjectsDoesNotChangeTheOutput)
{
	CatalogBuilder ab;
	ab.Table("public", "a").Column("public", "a", "x", "integer");
	ab.Table("public", "b").Column("public", "b", "x", "integer");
	ab.Enum("public", "e1", "{a}").Enum("public", "e2", "{a}");
	CatalogBuilder ba;
	ba.Enum("public", "e2", "{a}").Enum("public", "e1", "{a}");
	ba.Table("public", "b").Column("public", "b", "x", "integer");
	ba.Table("public", "a").Column("public", "a", "x", "integer");
	CatalogBuilder empty;
	EXPECT_EQ(Sql(DiffOf(empty, ab)), Sql(DiffOf(empty, ba)));
}

TEST(Differ, IncludeAndExcludeSchemasFilterBothSides)
{
	CatalogBuilder from;
	from.Schema("old").Table("public", "gone").Column("public", "gone", "a", "integer");
	CatalogBuilder to;
	to.Schema("app")
	    .Table("app", "t")
	    .Column("app", "t", "a", "integer")
	    .Table("public", "new")
	    .Column("public", "new", "a", "integer");
	struct Case {
		const char *name;
		std::vector<std::string> include;
		std::vector<std::string> exclude;
		std::vector<std::string> expected;
	};
	const Case cases[] = {
	    {"include app",
	     {"app"},
	     {},
	     {"CREATE SCHEMA \"app\";", "CREATE TABLE \"app\".\"t\" (\n    \"a\" integer\n);"}},
	    {"exclude public and old",
	     {},
	     {"public", "old"},
	     {"CREATE SCHEMA \"app\";", "CREATE TABLE \"app\".\"t\" (\n    \"a\" integer\n);"}},
	    {"include public, exclude nothing",
	     {"public"},
	     {},
	     {"DROP TABLE \"public\".\"gone\";",
	      "CREATE TABLE \"public\".\"new\" (\n    \"a\" integer\n);"}},
	    {"include and exclude the same", {"app"}, {"app"}, {}},
	};
	for (const auto &c : cases) {
		DiffOptions o;
		o.include_schemas = c.include;
		o.exclude_schemas = c.exclude;
		o.detect_renames = false; // "gone" and "new" look alike: a rename otherwise
		EXPECT_EQ(Sql(DiffOf(from, to, o)), c.expected) << c.name;
	}
}

TEST(Differ, IncludedSchemaThatNeitherSideHasIsAnError)
{
	CatalogBuilder from;
	from.Schema("app");
	CatalogBuilder to;
	to.Schema("reports");
	DiffOptions o;
	o.include_schemas = {"app", "reports"}; // one side each: fine
	EXPECT_EQ(test::ThrownKind([&] { DiffOf(from, to, o); }), ErrorKind::kNone);
	o.include_schemas = {"app", "Reports", "nowhere"};
	try {
		DiffOf(from, to, o);
		FAIL() << "no error";
	} catch (const Error &e) {
		EXPECT_EQ(e.Kind(), ErrorKind::kInvalidArgument);
		EXPECT_EQ(std::string(e.what()),
		          "include_schemas names a schema that exists in neither database: \"Reports\", "
		          "\"nowhere\"");
		EXPECT_FALSE(e.Hint().empty());
	}
	// exclude_schemas naming nothing is harmless: nothing is left out.
	o.include_schemas.clear();
	o.exclude_schemas = {"nowhere"};
	EXPECT_EQ(test::ThrownKind([&] { DiffOf(from, to, o); }), ErrorKind::kNone);
}

TEST(Differ, UnsupportedDifferencesAreOneWarning)
{
	CatalogBuilder from;
	from.Unsupported("view", "public", "public.same", "s1")
	    .Unsupported("view", "public", "public.changed", "s1")
	    .Unsupported("function", "public", "public.local_only()", "s1");
	CatalogBuilder to;
	to.Unsupported("view", "public", "public.same", "s1")
	    .Unsupported("view", "public", "public.changed", "s2")
	    .Unsupported("trigger", "public", "trg on public.t", "s1");
	const DiffResult r = DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_EQ(r.diagnostics[0].message, "schema_diff left out 3 objects it cannot migrate yet");
	const std::string &d = r.diagnostics[0].detail;
	EXPECT_NE(d.find("view public.changed (differs)"), std::string::npos) << d;
	EXPECT_NE(d.find("trigger trg on public.t (only in remote)"), std::string::npos) << d;
	EXPECT_NE(d.find("function public.local_only() (only in local)"), std::string::npos) << d;
	EXPECT_EQ(d.find("public.same"), std::string::npos) << d;
}

bool
AlwaysCancel()
{
	return true;
}

TEST(Differ, CancelCheckStopsTheDiff)
{
	DiffOptions o;
	o.cancel_check = &AlwaysCancel;
	CatalogBuilder empty;
	EXPECT_EQ(test::ThrownKind([&] { DiffOf(empty, Rich(), o); }), ErrorKind::kCancelled);
}

TEST(Differ, DiffOfEmptyToRichCreatesBeforeUsing)
{
	CatalogBuilder empty;
	const DiffResult r = DiffOf(empty, Rich());
	const auto at = [&](const char *needle) { return test::IndexOf(r, needle); };
	ASSERT_GE(at("CREATE SCHEMA \"app\""), 0);
	EXPECT_LT(at("CREATE SCHEMA \"app\""), at("CREATE COLLATION \"app\".\"ci\""));
	EXPECT_LT(at("CREATE COLLATION"), at("CREATE TABLE \"app\".\"parent\""));
	EXPECT_LT(at("CREATE TYPE \"app\".\"mood\""), at("CREATE UNLOGGED TABLE \"app\".\"child\""));
	EXPECT_LT(at("CREATE SEQUENCE \"app\".\"child_id_seq\""), at("CREATE UNLOGGED TABLE"));
	EXPECT_LT(at("CREATE UNLOGGED TABLE"), at("CREATE INDEX child_mood_idx"));
	EXPECT_LT(at("ADD CONSTRAINT \"parent_pkey\""), at("ADD CONSTRAINT \"child_parent_fkey\""));
	EXPECT_EQ(at("CREATE SEQUENCE \"app\".\"parent_id_seq\""), -1) << "identity sequence";
	EXPECT_FALSE(test::AnyDestructive(r));
}

} // namespace
} // namespace pgschemadiff
