// hazards_test.cpp — each hazard on a change that has it and on a close one
// that does not (diff/hazards.cpp, plan/hazard.cpp).
#include "core/diff/hazards.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

namespace pgschemadiff {
namespace {

using test::CatalogBuilder;
using test::DiffOf;

/// The change of that kind and action whose SQL contains `needle`.
const Change &
Find(const DiffResult &r, const std::string &kind, Action action, const std::string &needle = "")
{
	for (const auto &c : r.changes) {
		if (c.kind == kind && c.action == action && c.sql.find(needle) != std::string::npos) {
			return c;
		}
	}
	static const Change none;
	ADD_FAILURE() << "no " << kind << " change with " << needle;
	return none;
}

std::string
Hazards(const Change &c)
{
	return HazardsText(c.hazards);
}

/// public.t (id integer, c <type>), with rows for all we know.
CatalogBuilder
TableWithColumn(const std::string &type)
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "id", "integer").Column("public", "t", "c", type);
	return b;
}

std::string
RetypeHazards(const std::string &from, const std::string &to)
{
	const DiffResult r = DiffOf(TableWithColumn(from), TableWithColumn(to));
	return Hazards(Find(r, "column", Action::kAlter, "TYPE"));
}

TEST(HazardNames, RoundTripAndOrder)
{
	for (int i = 0; i < kHazardCount; i++) {
		const auto h = static_cast<Hazard>(i);
		EXPECT_EQ(ParseHazard(HazardName(h)), h);
	}
	EXPECT_FALSE(ParseHazard("rewrites"));
	HazardSet s;
	s.Add(Hazard::kScansTable);
	s.Add(Hazard::kDeletesData);
	EXPECT_EQ(HazardsText(s), "deletes_data,scans_table");
	EXPECT_EQ(HazardsText(HazardSet{}), "");
}

TEST(HazardRules, BinaryCoercibleTypeChanges)
{
	EXPECT_TRUE(BinaryCoercibleTypeChange("character varying(10)", "character varying(20)"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("character varying(10)", "character varying"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("character varying(10)", "text"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("character varying", "text"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("text", "character varying"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("numeric(10,2)", "numeric(12,2)"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("numeric(10,2)", "numeric"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("bit varying(5)", "bit varying(8)"));
	EXPECT_TRUE(
	    BinaryCoercibleTypeChange("timestamp(3) with time zone", "timestamp with time zone"));
	EXPECT_TRUE(BinaryCoercibleTypeChange("cidr", "inet"));

	EXPECT_FALSE(BinaryCoercibleTypeChange("character varying(20)", "character varying(10)"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("character varying", "character varying(10)"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("text", "character varying(10)"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("integer", "bigint"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("numeric(10,2)", "numeric(12,3)"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("numeric", "numeric(12,2)"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("character varying(10)[]", "character varying(20)[]"));
	EXPECT_FALSE(
	    BinaryCoercibleTypeChange("timestamp without time zone", "timestamp with time zone"));
	EXPECT_FALSE(BinaryCoercibleTypeChange("inet", "cidr"));
}

TEST(HazardRules, VarcharWideningDoesNotRewriteIntToBigintDoes)
{
	EXPECT_EQ(RetypeHazards("character varying(10)", "character varying(20)"),
	          "access_exclusive_lock");
	EXPECT_EQ(RetypeHazards("integer", "bigint"),
	          "rewrites_table,access_exclusive_lock,builds_index");
}

TEST(HazardRules, DefaultVolatility)
{
	EXPECT_FALSE(DefaultMayBeVolatile("0"));
	EXPECT_FALSE(DefaultMayBeVolatile("'x'::text"));
	EXPECT_FALSE(DefaultMayBeVolatile("now()"));
	EXPECT_FALSE(DefaultMayBeVolatile("CURRENT_TIMESTAMP"));
	EXPECT_FALSE(DefaultMayBeVolatile("'0.5'::numeric(10,2)"));
	EXPECT_FALSE(DefaultMayBeVolatile("'random()'::text")) << "a call inside a literal";
	EXPECT_FALSE(DefaultMayBeVolatile("upper('a'::text)"));
	EXPECT_TRUE(DefaultMayBeVolatile("random()"));
	EXPECT_TRUE(DefaultMayBeVolatile("nextval('t_id_seq'::regclass)"));
	EXPECT_TRUE(DefaultMayBeVolatile("gen_random_uuid()"));
	EXPECT_TRUE(DefaultMayBeVolatile("clock_timestamp()"));
	EXPECT_TRUE(DefaultMayBeVolatile("public.now()")) << "a user's function of that name";
}

TEST(HazardRules, AddColumnWithVolatileDefaultRewritesWithStableDefaultDoesNot)
{
	CatalogBuilder from;
	from.Table("public", "t").Column("public", "t", "id", "integer");
	CatalogBuilder stable;
	stable.Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "c", "timestamp with time zone", false, "now()");
	CatalogBuilder volatile_;
	volatile_.Table("public", "t")
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "c", "double precision", false, "random()");
	EXPECT_EQ(Hazards(Find(DiffOf(from, stable), "column", Action::kCreate)),
	          "access_exclusive_lock");
	EXPECT_EQ(Hazards(Find(DiffOf(from, volatile_), "column", Action::kCreate)),
	          "rewrites_table,access_exclusive_lock");
}

TEST(HazardRules, SetNotNullScansDropNotNullDoesNot)
{
	CatalogBuilder nullable;
	nullable.Table("public", "t").Column("public", "t", "c", "integer");
	CatalogBuilder not_null;
	not_null.Table("public", "t").Column("public", "t", "c", "integer", true);
	EXPECT_EQ(Hazards(Find(DiffOf(nullable, not_null), "column", Action::kAlter)),
	          "access_exclusive_lock,scans_table");
	EXPECT_EQ(Hazards(Find(DiffOf(not_null, nullable), "column", Action::kAlter)),
	          "access_exclusive_lock");
}

CatalogBuilder
WithCheck(const std::string &definition)
{
	CatalogBuilder b = TableWithColumn("integer");
	if (!definition.empty()) {
		b.Constraint("public", "t", "t_c_check", "c", definition, "{c}");
	}
	return b;
}

TEST(HazardRules, CheckAddedScansNotValidDoesNot)
{
	const DiffResult valid = DiffOf(WithCheck(""), WithCheck("CHECK ((c > 0))"));
	EXPECT_EQ(Hazards(Find(valid, "constraint", Action::kCreate)),
	          "access_exclusive_lock,scans_table");
	const DiffResult lazy = DiffOf(WithCheck(""), WithCheck("CHECK ((c > 0)) NOT VALID"));
	EXPECT_EQ(Hazards(Find(lazy, "constraint", Action::kCreate)), "access_exclusive_lock");
}

CatalogBuilder
ParentChild(bool with_fk, bool child_exists = true)
{
	CatalogBuilder b;
	b.Table("public", "parent")
	    .Column("public", "parent", "id", "integer", true)
	    .Constraint("public", "parent", "parent_pkey", "p", "PRIMARY KEY (id)", "{id}");
	if (child_exists) {
		b.Table("public", "child").Column("public", "child", "pid", "integer");
	}
	if (with_fk) {
		b.Constraint("public", "child", "child_pid_fkey", "f",
		             "FOREIGN KEY (pid) REFERENCES public.parent(id)", "{pid}", "public", "parent",
		             false, "{id}");
	}
	return b;
}

TEST(HazardRules, ForeignKeyTakesShareRowExclusiveAndScans)
{
	const DiffResult r = DiffOf(ParentChild(false), ParentChild(true));
	EXPECT_EQ(Hazards(Find(r, "constraint", Action::kCreate)),
	          "share_row_exclusive_lock,scans_table");
	// On a table the migration creates: no scan, the referenced table is still locked.
	const DiffResult fresh = DiffOf(ParentChild(false, false), ParentChild(true));
	EXPECT_EQ(Hazards(Find(fresh, "constraint", Action::kCreate)), "share_row_exclusive_lock");
	EXPECT_EQ(Hazards(Find(fresh, "table", Action::kCreate)), "");
}

TEST(HazardRules, CreateIndexBuildsUnderShareLockExceptOnANewTable)
{
	const std::string def = "CREATE INDEX t_c_idx ON public.t USING btree (c)";
	CatalogBuilder with = TableWithColumn("integer");
	with.Index("public", "t", "t_c_idx", def, "{c}");
	EXPECT_EQ(Hazards(Find(DiffOf(TableWithColumn("integer"), with), "index", Action::kCreate)),
	          "share_lock,builds_index");
	EXPECT_EQ(Hazards(Find(DiffOf(CatalogBuilder{}, with), "index", Action::kCreate)), "");
	EXPECT_EQ(Hazards(Find(DiffOf(with, TableWithColumn("integer")), "index", Action::kDrop)),
	          "access_exclusive_lock");
}

TEST(HazardRules, DropTableDeletesDataDropViewDoesNot)
{
	CatalogBuilder with;
	with.Table("public", "t").Column("public", "t", "c", "integer");
	with.View("public", "v", " SELECT 1 AS one;", "one integer");
	const DiffResult r = DiffOf(with, CatalogBuilder{}, DiffOptions{true});
	EXPECT_EQ(Hazards(Find(r, "table", Action::kDrop)), "deletes_data,access_exclusive_lock");
	EXPECT_EQ(Hazards(Find(r, "view", Action::kDrop)), "access_exclusive_lock");
}

const char *const kPlpgsql = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                             " LANGUAGE plpgsql\nAS $function$BEGIN RETURN 1; END$function$\n";
const char *const kStandard = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n"
                              " LANGUAGE sql\nRETURN 1\n";
const char *const kBigint = "CREATE OR REPLACE FUNCTION public.f()\n RETURNS bigint\n"
                            " LANGUAGE sql\nRETURN 1\n";

TEST(HazardRules, StringBodiesHaveUntrackedDependenciesStandardOnesDoNot)
{
	EXPECT_FALSE(RoutineBodyIsSqlStandard(kPlpgsql));
	EXPECT_TRUE(RoutineBodyIsSqlStandard(kStandard));
	CatalogBuilder a;
	a.Routine("public", "f", "", "integer", kPlpgsql);
	CatalogBuilder b;
	b.Routine("public", "f", "", "integer", kStandard);
	EXPECT_EQ(Hazards(Find(DiffOf(CatalogBuilder{}, a), "function", Action::kCreate)),
	          "untracked_dependencies");
	EXPECT_EQ(Hazards(Find(DiffOf(CatalogBuilder{}, b), "function", Action::kCreate)), "");
}

TEST(HazardRules, RoutineDroppedAndCreatedAgainBreaksDependentsReplacedOneDoesNot)
{
	CatalogBuilder v1;
	v1.Routine("public", "f", "", "integer", kStandard);
	CatalogBuilder v2;
	v2.Routine("public", "f", "", "bigint", kBigint); // a new result type: DROP + CREATE
	const DiffResult r = DiffOf(v1, v2);
	EXPECT_TRUE(Find(r, "function", Action::kDrop).hazards.Has(Hazard::kBreaksDependents));
	EXPECT_TRUE(Find(r, "function", Action::kCreate).hazards.Has(Hazard::kBreaksDependents));
	CatalogBuilder v3;
	v3.Routine(
	    "public", "f", "", "integer",
	    "CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\nRETURN 2\n");
	const DiffResult replaced = DiffOf(v1, v3);
	EXPECT_EQ(Hazards(Find(replaced, "function", Action::kAlter)), "");
}

TEST(HazardRules, ExtensionUpdateIsAnUpgradeCreateIsNot)
{
	CatalogBuilder old_version;
	old_version.Extension("hstore", "public", "1.7");
	CatalogBuilder new_version;
	new_version.Extension("hstore", "public", "1.8");
	EXPECT_EQ(Hazards(Find(DiffOf(old_version, new_version), "extension", Action::kAlter)),
	          "extension_upgrade");
	EXPECT_EQ(Hazards(Find(DiffOf(CatalogBuilder{}, new_version), "extension", Action::kCreate)),
	          "");
}

TEST(HazardRules, PoliciesAndRowSecurityChangeAuthorization)
{
	CatalogBuilder plain = TableWithColumn("integer");
	CatalogBuilder secured;
	secured.RowSecurity("public", "t", false)
	    .Column("public", "t", "id", "integer")
	    .Column("public", "t", "c", "integer")
	    .Policy("public", "t", "p", "*", "{public}", "(c > 0)");
	const DiffResult r = DiffOf(plain, secured);
	EXPECT_EQ(Hazards(Find(r, "policy", Action::kCreate)),
	          "access_exclusive_lock,changes_authorization");
	EXPECT_EQ(Hazards(Find(r, "table", Action::kAlter, "ROW LEVEL SECURITY")),
	          "access_exclusive_lock,changes_authorization");
}

TEST(HazardRules, DomainCheckAndNotNullValidateEveryColumnDroppingThemDoesNot)
{
	CatalogBuilder plain;
	plain.Domain("public", "d", "integer");
	CatalogBuilder checked;
	checked.Domain("public", "d", "integer", true, "\\N", "{d_check}", "{\"CHECK ((VALUE > 0))\"}");
	const DiffResult add = DiffOf(plain, checked);
	EXPECT_EQ(Hazards(Find(add, "type", Action::kCreate, "ADD CONSTRAINT")),
	          "share_lock,scans_table");
	EXPECT_EQ(Hazards(Find(add, "type", Action::kAlter, "SET NOT NULL")), "share_lock,scans_table");
	const DiffResult drop = DiffOf(checked, plain, DiffOptions{true});
	EXPECT_EQ(Hazards(Find(drop, "type", Action::kAlter, "DROP NOT NULL")), "");
	EXPECT_EQ(Hazards(Find(drop, "type", Action::kDrop, "DROP CONSTRAINT")), "");
}

/// public.person and, with `typed`, the typed table public.people OF it.
CatalogBuilder
Person(const std::string &age_type, bool typed)
{
	CatalogBuilder b;
	b.Composite("public", "person", {{"name", "text"}, {"age", age_type}});
	if (typed) {
		b.TypedTable("public", "people", "public", "person")
		    .Column("public", "people", "name", "text")
		    .Column("public", "people", "age", age_type);
	}
	return b;
}

TEST(HazardRules, AttributeRetypedWithCascadeRewritesTypedTablesAloneItDoesNot)
{
	const DiffResult typed = DiffOf(Person("integer", true), Person("bigint", true));
	EXPECT_EQ(Hazards(Find(typed, "type", Action::kAlter, "ALTER ATTRIBUTE")),
	          "rewrites_table,access_exclusive_lock,builds_index");
	const DiffResult widened =
	    DiffOf(Person("character varying(5)", true), Person("character varying(9)", true));
	EXPECT_EQ(Hazards(Find(widened, "type", Action::kAlter, "ALTER ATTRIBUTE")),
	          "access_exclusive_lock");
	const DiffResult alone = DiffOf(Person("integer", false), Person("bigint", false));
	EXPECT_EQ(Hazards(Find(alone, "type", Action::kAlter, "ALTER ATTRIBUTE")), "");
}

TEST(HazardRules, NothingIsNotTransactionalToday)
{
	// Reserved for CREATE INDEX CONCURRENTLY (online mode, issue #11).
	CatalogBuilder with = TableWithColumn("integer");
	with.Index("public", "t", "t_c_idx", "CREATE INDEX t_c_idx ON public.t USING btree (c)", "{c}");
	for (const auto &c : DiffOf(TableWithColumn("integer"), with).changes) {
		EXPECT_FALSE(c.hazards.Has(Hazard::kNotTransactional));
	}
}

} // namespace
} // namespace pgschemadiff
