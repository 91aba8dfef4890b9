// diff_ordering_test.cpp — orders that only the dependency graph gets right:
// defaults and checks calling a re-created function on columns and tables
// that go, domains calling functions, enum labels used in the migration that
// adds them, and objects dropped and created again getting their grants and
// row security back.
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <functional>

#include <algorithm>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::ChangeWith;
using test::DiffOf;
using test::PositionOf;
using Statements = std::vector<std::string>;

const char *const kF1 = "CREATE OR REPLACE FUNCTION public.f(integer)\n RETURNS integer\n"
                        " LANGUAGE sql\nAS $function$select $1$function$\n";
const char *const kF8 = "CREATE OR REPLACE FUNCTION public.f(bigint)\n RETURNS integer\n"
                        " LANGUAGE sql\nAS $function$select 1$function$\n";

DiffOptions
WithPrivileges()
{
	DiffOptions o;
	o.with_privileges = true;
	return o;
}

/// Local: f(integer) and table t whose column c defaults to f(1) and whose
/// check calls it.
CatalogBuilder
LocalWithDefault()
{
	CatalogBuilder b;
	b.Routine("public", "f", "integer", "integer", kF1)
	    .Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "c", "integer", false, "public.f(1)")
	    .Constraint("public", "t", "pos", "c", "CHECK ((c > public.f(0)))", "{c}")
	    .Depends({"default", "public", "t", "c"}, {"function", "public", "f", "integer"})
	    .Depends({"constraint", "public", "t", "pos"}, {"function", "public", "f", "integer"});
	return b;
}

TEST(DiffOrdering, DefaultOfADroppedColumnGoesBeforeItsFunction)
{
	CatalogBuilder to;
	to.Routine("public", "f", "bigint", "integer", kF8)
	    .Table("public", "t")
	    .Column("public", "t", "id", "integer");
	const DiffResult r = DiffOf(LocalWithDefault(), to);
	const std::size_t drop_default = PositionOf(r, "ALTER COLUMN \"c\" DROP DEFAULT");
	const std::size_t drop_check = PositionOf(r, "DROP CONSTRAINT \"pos\"");
	const std::size_t drop_function = PositionOf(r, "DROP FUNCTION");
	ASSERT_LT(drop_function, r.changes.size());
	EXPECT_LT(drop_default, drop_function);
	EXPECT_LT(drop_check, drop_function);
	EXPECT_LT(PositionOf(r, "DROP COLUMN \"c\""), r.changes.size()); // before or after: both apply
}

TEST(DiffOrdering, DefaultOfADroppedTableGoesBeforeItsFunction)
{
	CatalogBuilder to;
	to.Routine("public", "f", "bigint", "integer", kF8);
	const DiffResult r = DiffOf(LocalWithDefault(), to);
	const std::size_t drop_function = PositionOf(r, "DROP FUNCTION");
	ASSERT_LT(drop_function, r.changes.size());
	EXPECT_LT(PositionOf(r, "ALTER COLUMN \"c\" DROP DEFAULT"), drop_function);
	EXPECT_LT(PositionOf(r, "DROP CONSTRAINT \"pos\""), drop_function);
	// DROP TABLE takes the default with it: before or after DROP FUNCTION, both run.
	EXPECT_LT(PositionOf(r, "DROP TABLE"), r.changes.size());
}

TEST(DiffOrdering, DomainCallingAFunctionWaitsForItAndSoDoesAFunctionTakingTheDomain)
{
	const char *const even =
	    "CREATE OR REPLACE FUNCTION public.is_even(integer)\n"
	    " RETURNS boolean\n LANGUAGE sql\nAS $function$select true$function$\n";
	const char *const half = "CREATE OR REPLACE FUNCTION public.half(public.even)\n"
	                         " RETURNS integer\n LANGUAGE sql\nAS $function$select 1$function$\n";
	CatalogBuilder to;
	to.Routine("public", "is_even", "integer", "boolean", even)
	    .Routine("public", "half", "public.even", "integer", half)
	    .Domain("public", "even", "integer", false, "\\N", "{even_check}",
	            "{\"CHECK (public.is_even(VALUE))\"}")
	    .Depends({"domain constraint", "public", "even", "even_check"},
	             {"function", "public", "is_even", "integer"})
	    .Depends({"function", "public", "half", "public.even"}, {"type", "public", "even", ""});
	const DiffResult r = DiffOf(CatalogBuilder(), to);
	const std::size_t is_even = PositionOf(r, "FUNCTION public.is_even");
	const std::size_t domain = PositionOf(r, "CREATE DOMAIN");
	const std::size_t half_fn = PositionOf(r, "FUNCTION public.half");
	ASSERT_LT(half_fn, r.changes.size());
	EXPECT_LT(is_even, domain);
	EXPECT_LT(domain, half_fn);
	EXPECT_EQ(r.changes[domain].phase, Phase::kCreateLateTypes);
}

TEST(DiffOrdering, DomainCheckCallingARecreatedFunctionIsDroppedAndAddedAgain)
{
	const auto side = [](const char *fn, const std::string &args) {
		CatalogBuilder b;
		b.Routine("public", "f", args, "integer", fn)
		    .Domain("public", "d", "integer", false, "\\N", "{d_check}",
		            "{\"CHECK ((public.f(VALUE) > 0))\"}")
		    .Depends({"domain constraint", "public", "d", "d_check"},
		             {"function", "public", "f", args});
		return b;
	};
	const DiffResult r = DiffOf(side(kF1, "integer"), side(kF8, "bigint"));
	const std::size_t drop_check = PositionOf(r, "DROP CONSTRAINT \"d_check\"");
	const std::size_t drop_function = PositionOf(r, "DROP FUNCTION");
	const std::size_t create_function = PositionOf(r, "FUNCTION public.f(bigint)");
	const std::size_t add_check = PositionOf(r, "ADD CONSTRAINT \"d_check\"");
	ASSERT_LT(add_check, r.changes.size());
	EXPECT_LT(drop_check, drop_function);
	EXPECT_LT(drop_function, create_function);
	EXPECT_LT(create_function, add_check);
	EXPECT_FALSE(r.changes[drop_check].destructive);
}

TEST(DiffOrdering, EnumLabelUsedByTheMigrationIsNotAddedInPlace)
{
	CatalogBuilder from;
	from.Enum("public", "mood", "{a,b}")
	    .Table("public", "m")
	    .Column("public", "m", "x", "public.mood");
	CatalogBuilder to;
	to.Enum("public", "mood", "{a,b,c}")
	    .Table("public", "m")
	    .Column("public", "m", "x", "public.mood", false, "'c'::public.mood");
	const DiffResult r = DiffOf(from, to);
	EXPECT_EQ(PositionOf(r, "ADD VALUE"), r.changes.size());
	EXPECT_LT(PositionOf(r, "RENAME TO"), PositionOf(r, "CREATE TYPE \"public\".\"mood\""));
	EXPECT_LT(PositionOf(r, "SET DEFAULT 'c'::public.mood"), r.changes.size());

	// Without a use, the label is added in place.
	CatalogBuilder plain;
	plain.Enum("public", "mood", "{a,b,c}")
	    .Table("public", "m")
	    .Column("public", "m", "x", "public.mood");
	const DiffResult in_place = DiffOf(from, plain);
	EXPECT_EQ(test::Sql(in_place),
	          Statements{"ALTER TYPE \"public\".\"mood\" ADD VALUE 'c' AFTER 'b';"});
}

TEST(DiffOrdering, NewLabelUsesAreFoundByTheirCastWhereverTheyAre)
{
	// Each remote expression kind that may use a new label, the label and the
	// type spelled as format_type and ruleutils print them (quotes doubled, a
	// quoted type name); the label is then not added in place.
	struct Case {
		std::string what;
		std::function<void(CatalogBuilder &)> use;
	};
	const std::vector<Case> uses = {
	    {"check", [](CatalogBuilder &b) {
		     b.Constraint("public", "m", "m_ck", "c", "CHECK ((x <> 'it''s'::public.\"Mood\"))", "{x}");
	     }},
	    {"index predicate", [](CatalogBuilder &b) {
		     b.Index("public", "m", "m_ix",
		             "CREATE INDEX m_ix ON public.m USING btree (x) WHERE (x = 'it''s'::public.\"Mood\")",
		             "{x}");
	     }},
	    {"view", [](CatalogBuilder &b) {
		     b.View("public", "v", " SELECT 'it''s'::public.\"Mood\" AS x;", "x \"Mood\"");
	     }},
	};
	for (const auto &c : uses) {
		CatalogBuilder from;
		from.Enum("public", "Mood", "{a}").Table("public", "m").Column("public", "m", "x", "public.\"Mood\"");
		CatalogBuilder to;
		to.Enum("public", "Mood", "{a,\"it's\"}")
		    .Table("public", "m")
		    .Column("public", "m", "x", "public.\"Mood\"");
		c.use(to);
		const DiffResult r = DiffOf(from, to);
		EXPECT_EQ(PositionOf(r, "ADD VALUE"), r.changes.size()) << c.what;
		EXPECT_LT(PositionOf(r, "RENAME TO"), r.changes.size()) << c.what;
	}
	// Not uses: the label inside a longer literal, the same label of another
	// type, a type whose name only starts like it.
	CatalogBuilder from;
	from.Enum("public", "mood", "{a}").Enum("public", "other", "{c}");
	from.Table("public", "m").Column("public", "m", "x", "public.mood");
	CatalogBuilder to;
	to.Enum("public", "mood", "{a,c}").Enum("public", "other", "{c}");
	to.Table("public", "m").Column("public", "m", "x", "public.mood");
	to.Column("public", "m", "y", "text", false, "'xc'::public.mood::text");
	to.Column("public", "m", "z", "public.other", false, "'c'::public.other");
	to.Column("public", "m", "w", "text", false, "'c'::public.moodier::text");
	const DiffResult r = DiffOf(from, to);
	EXPECT_LT(PositionOf(r, "ADD VALUE 'c' AFTER 'a'"), r.changes.size());
	EXPECT_EQ(PositionOf(r, "RENAME TO"), r.changes.size());
}

TEST(DiffOrdering, TableCreatedAgainGetsItsGrantsAndRowSecurityBack)
{
	const std::vector<std::string> table = {"table", "public", "t", ""};
	CatalogBuilder from;
	from.RowSecurity("public", "t", false).Column("public", "t", "id", "integer");
	from.Grant(table, "public", "SELECT");
	CatalogBuilder to;
	to.Partitioned("public", "t", "RANGE (id)").Column("public", "t", "id", "integer");
	to.Grant(table, "public", "SELECT");
	// The partitioned table has row security too.
	Catalog want = to.Build();
	want.tables.at({"public", "t"}).row_security = true;
	const DiffResult r = Diff(from.Build(), want, WithPrivileges());
	EXPECT_LT(PositionOf(r, "DROP TABLE"), PositionOf(r, "CREATE TABLE"));
	EXPECT_LT(PositionOf(r, "CREATE TABLE"), PositionOf(r, "ENABLE ROW LEVEL SECURITY"));
	EXPECT_LT(PositionOf(r, "ENABLE ROW LEVEL SECURITY"), r.changes.size());
	EXPECT_LT(PositionOf(r, "GRANT SELECT ON TABLE \"public\".\"t\" TO PUBLIC"), r.changes.size());
}

TEST(DiffOrdering, NewFunctionWhosePublicExecuteIsRevokedRemotelyIsRevoked)
{
	CatalogBuilder to;
	to.Routine("public", "f", "integer", "integer", kF1); // no privilege rows: PUBLIC revoked
	const DiffResult r = DiffOf(CatalogBuilder(), to, WithPrivileges());
	EXPECT_LT(PositionOf(r, "REVOKE EXECUTE ON FUNCTION \"public\".\"f\"(integer) FROM PUBLIC;"),
	          r.changes.size());
}

TEST(DiffOrdering, DefaultCallingAFunctionThatNeedsATableIsSetAfterTheFunction)
{
	// next_code() reads table codes (a BEGIN ATOMIC body records that in
	// pg_depend): it is created after the tables, so the defaults and checks
	// calling it wait for it.
	const char *const next = "CREATE OR REPLACE FUNCTION public.next_code()\n RETURNS integer\n"
	                         " LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1 FROM public.codes;\nEND\n";
	CatalogBuilder from;
	from.Table("public", "keep").Column("public", "keep", "id", "integer");
	CatalogBuilder to;
	to.Table("public", "codes")
	    .Column("public", "codes", "code", "integer")
	    .Routine("public", "next_code", "", "integer", next)
	    .Depends({"function", "public", "next_code", ""}, {"table", "public", "codes", ""})
	    .Table("public", "orders")
	    .Column("public", "orders", "code", "integer", false, "public.next_code()")
	    .Constraint("public", "orders", "c", "c", "CHECK ((code < public.next_code()))", "{code}")
	    .Depends({"default", "public", "orders", "code"}, {"function", "public", "next_code", ""})
	    .Depends({"constraint", "public", "orders", "c"}, {"function", "public", "next_code", ""})
	    .Table("public", "keep")
	    .Column("public", "keep", "id", "integer")
	    .Column("public", "keep", "code", "integer", false, "public.next_code()")
	    .Depends({"default", "public", "keep", "code"}, {"function", "public", "next_code", ""});
	const DiffResult r = DiffOf(from, to);
	const std::size_t function = PositionOf(r, "FUNCTION public.next_code");
	const std::size_t create_orders = PositionOf(r, "CREATE TABLE \"public\".\"orders\"");
	const std::size_t add_keep = PositionOf(r, "ADD COLUMN \"code\"");
	ASSERT_LT(function, r.changes.size());
	EXPECT_LT(create_orders, function);
	EXPECT_LT(add_keep, function);
	EXPECT_EQ(r.changes[create_orders].sql.find("DEFAULT"), std::string::npos);
	EXPECT_EQ(r.changes[add_keep].sql.find("DEFAULT"), std::string::npos);
	EXPECT_LT(function, PositionOf(r, "\"orders\" ALTER COLUMN \"code\" SET DEFAULT"));
	EXPECT_LT(function, PositionOf(r, "\"keep\" ALTER COLUMN \"code\" SET DEFAULT"));
	const std::size_t check = PositionOf(r, "ADD CONSTRAINT \"c\"");
	EXPECT_LT(function, check);
	EXPECT_LT(check, r.changes.size());
	// Existing rows of keep get NULL, not the default: said in a WARNING.
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_NE(r.diagnostics[0].detail.find("hold NULL"), std::string::npos);
}

TEST(DiffOrdering, IndexAndGeneratedColumnCallingARecreatedFunctionAreRebuiltAroundIt)
{
	const auto side = [](const char *fn, const std::string &args) {
		CatalogBuilder b;
		b.Routine("public", "f", args, "integer", fn)
		    .Table("public", "t")
		    .Column("public", "t", "id", "integer")
		    .Column("public", "t", "g", "integer", false, "public.f(id)", "", "s")
		    .Index("public", "t", "t_f", "CREATE INDEX t_f ON public.t USING btree (public.f(id))",
		           "{id}")
		    .Depends({"default", "public", "t", "g"}, {"function", "public", "f", args})
		    .Depends({"index", "public", "t", "t_f"}, {"function", "public", "f", args});
		return b;
	};
	const DiffResult r = DiffOf(side(kF1, "integer"), side(kF8, "bigint"));
	const std::size_t drop_expression = PositionOf(r, "DROP EXPRESSION");
	const std::size_t drop_index = PositionOf(r, "DROP INDEX");
	const std::size_t drop_function = PositionOf(r, "DROP FUNCTION");
	const std::size_t create_function = PositionOf(r, "FUNCTION public.f(bigint)");
	const std::size_t add_column = PositionOf(r, "ADD COLUMN \"g\"");
	const std::size_t create_index = PositionOf(r, "CREATE INDEX");
	ASSERT_LT(create_index, r.changes.size());
	EXPECT_LT(drop_expression, drop_function);
	EXPECT_LT(drop_index, drop_function);
	EXPECT_LT(drop_function, create_function);
	EXPECT_LT(create_function, add_column);
	EXPECT_LT(add_column, create_index);
	// The generated values are recomputed: nothing is lost.
	EXPECT_FALSE(r.changes[PositionOf(r, "DROP COLUMN \"g\"")].destructive);
}

TEST(DiffOrdering, DomainOverARecreatedEnumIsRecreatedAndItsColumnsConverted)
{
	const auto side = [](const std::string &labels) {
		CatalogBuilder b;
		b.Enum("public", "mood", labels)
		    .Domain("public", "good", "public.mood")
		    .Table("public", "t")
		    .Column("public", "t", "g", "public.good");
		return b;
	};
	const DiffResult r = DiffOf(side("{sad,ok}"), side("{ok,sad}"));
	const std::size_t new_enum = PositionOf(r, "CREATE TYPE \"public\".\"mood\"");
	const std::size_t rename = PositionOf(r, "ALTER DOMAIN \"public\".\"good\" RENAME TO");
	const std::size_t create = PositionOf(r, "CREATE DOMAIN \"public\".\"good\"");
	const std::size_t convert = PositionOf(r, "USING \"g\"::text::public.mood");
	const std::size_t drop_old_domain =
	    PositionOf(r, "DROP DOMAIN \"public\".\"good__pgschemadiff_old\"");
	const std::size_t drop_old_enum =
	    PositionOf(r, "DROP TYPE \"public\".\"mood__pgschemadiff_old\"");
	ASSERT_LT(drop_old_enum, r.changes.size());
	EXPECT_LT(new_enum, rename);
	EXPECT_LT(rename, create);
	EXPECT_LT(create, convert);
	EXPECT_LT(convert, drop_old_domain);
	EXPECT_LT(drop_old_domain, drop_old_enum);
}

TEST(DiffOrdering, GeneratedColumnOverARetypedColumnIsDroppedFirstAndAddedAfter)
{
	const auto side = [](const std::string &type) {
		CatalogBuilder b;
		b.Table("public", "t")
		    .Column("public", "t", "amount", type)
		    .Column("public", "t", "doubled", type, false, "(amount * 2)", "", "s");
		return b;
	};
	const DiffResult r = DiffOf(side("integer"), side("bigint"));
	const std::size_t drop = PositionOf(r, "DROP COLUMN \"doubled\"");
	const std::size_t retype = PositionOf(r, "ALTER COLUMN \"amount\" SET DATA TYPE bigint");
	const std::size_t add = PositionOf(r, "ADD COLUMN \"doubled\"");
	ASSERT_LT(add, r.changes.size());
	EXPECT_LT(drop, retype);
	EXPECT_LT(retype, add);
	EXPECT_FALSE(r.changes[drop].destructive); // recomputed
}

TEST(DiffOrdering, ForeignKeyToARecreatedTableIsDroppedBeforeAndAddedAfter)
{
	const auto side = [](bool partitioned) {
		CatalogBuilder b;
		if (partitioned) {
			b.Partitioned("public", "ev", "RANGE (id)");
		} else {
			b.Table("public", "ev");
		}
		b.Column("public", "ev", "id", "integer", true)
		    .Constraint("public", "ev", "ev_pkey", "p", "PRIMARY KEY (id)", "{id}")
		    .Table("public", "ref")
		    .Column("public", "ref", "ev_id", "integer")
		    .Constraint("public", "ref", "ref_fk", "f",
		                "FOREIGN KEY (ev_id) REFERENCES public.ev(id)", "{ev_id}", "public", "ev");
		return b;
	};
	const DiffResult r = DiffOf(side(false), side(true));
	const std::size_t drop_fk = PositionOf(r, "DROP CONSTRAINT \"ref_fk\"");
	const std::size_t drop_table = PositionOf(r, "DROP TABLE \"public\".\"ev\"");
	const std::size_t create_table = PositionOf(r, "CREATE TABLE \"public\".\"ev\"");
	const std::size_t add_fk = PositionOf(r, "ADD CONSTRAINT \"ref_fk\"");
	ASSERT_LT(add_fk, r.changes.size());
	EXPECT_LT(drop_fk, drop_table);
	EXPECT_LT(drop_table, create_table);
	EXPECT_LT(create_table, add_fk);
	EXPECT_EQ(std::count_if(
	              r.changes.begin(), r.changes.end(),
	              [](const Change &c) { return c.sql.find("\"ref_fk\"") != std::string::npos; }),
	          2);
}

} // namespace
} // namespace pgschemadiff
