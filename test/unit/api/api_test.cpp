// api_test.cpp — the noexcept door: status kinds, messages, truncation, plan accessors.
#include "core/api.hpp"

#include "core/catalog/queries.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace pgschemadiff {
namespace {

using test::AddSide;
using test::CatalogBuilder;

struct SessionDeleter {
	void operator()(Session *s) const { SessionDestroy(s); }
};
using SessionPtr = std::unique_ptr<Session, SessionDeleter>;

SessionPtr
NewSession()
{
	CoreStatus st;
	SessionPtr s(SessionCreate(&st));
	EXPECT_EQ(st.kind, StatusKind::kOk);
	return s;
}


OptionsView
Options(bool allow_drops, bool (*cancel)() = nullptr)
{
	return OptionsView{allow_drops, false, false, false, true, nullptr, 0, nullptr, 0, cancel};
}

/// A session loaded with both sides, ready for SessionBuildPlan.
SessionPtr
Loaded(const CatalogBuilder &local, const CatalogBuilder &remote)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	EXPECT_TRUE(SessionSetServerVersion(s.get(), Side::kLocal, 160000, &st));
	EXPECT_TRUE(SessionSetServerVersion(s.get(), Side::kRemote, 150000, &st));
	EXPECT_TRUE(AddSide(s.get(), Side::kLocal, local.rows, &st)) << st.message;
	EXPECT_TRUE(AddSide(s.get(), Side::kRemote, remote.rows, &st)) << st.message;
	return s;
}

CatalogBuilder
OneTable()
{
	CatalogBuilder b;
	b.Table("public", "t").Column("public", "t", "a", "integer");
	return b;
}

bool
AlwaysCancel()
{
	return true;
}

bool
IsValidUtf8(const char *s)
{
	const auto *p = reinterpret_cast<const unsigned char *>(s);
	while (*p != 0) {
		int extra = 0;
		if (*p < 0x80) {
			extra = 0;
		} else if ((*p & 0xE0) == 0xC0) {
			extra = 1;
		} else if ((*p & 0xF0) == 0xE0) {
			extra = 2;
		} else if ((*p & 0xF8) == 0xF0) {
			extra = 3;
		} else {
			return false;
		}
		++p;
		for (int i = 0; i < extra; ++i, ++p) {
			if ((*p & 0xC0) != 0x80) {
				return false;
			}
		}
	}
	return true;
}

TEST(Api, CheckServerVersionCoversPostgres13To18)
{
	const std::pair<int, bool> cases[] = {
	    {120000, false}, {129999, false}, {130000, true},  {150004, true},
	    {170000, true},  {179999, true},  {180004, true},  {189999, true},
	    {190000, false}, {0, false},
	};
	for (const auto &[version, ok] : cases) {
		CoreStatus st;
		EXPECT_EQ(CheckServerVersion(version, &st), ok) << version;
		EXPECT_EQ(st.kind, ok ? StatusKind::kOk : StatusKind::kUnsupportedVersion) << version;
		if (!ok) {
			EXPECT_NE(std::strstr(st.message, std::to_string(version).c_str()), nullptr);
			EXPECT_STRNE(st.hint, "");
		}
	}
}

TEST(Api, QueriesByIndex)
{
	EXPECT_EQ(QueryCount(), static_cast<int>(QueryId::kCount));
	for (int i = 0; i < QueryCount(); ++i) {
		EXPECT_NE(QueryText(i, 160000), nullptr) << i;
		EXPECT_EQ(QueryText(i, 120000), nullptr) << i;
		EXPECT_STRNE(QueryName(i), "catalog") << i;
	}
	EXPECT_EQ(QueryText(-1, 160000), nullptr);
	EXPECT_EQ(QueryText(QueryCount(), 160000), nullptr);
	EXPECT_STREQ(QueryName(QueryCount()), "catalog");
	EXPECT_STREQ(QueryName(static_cast<int>(QueryId::kColumns)), "columns");
}

TEST(Api, QueryColumnsAreWhatSessionAddRowsAccepts)
{
	for (int i = 0; i < QueryCount(); ++i) {
		ASSERT_NE(QueryColumns(i), nullptr) << i;
		EXPECT_STREQ(QueryColumns(i), ExpectedColumns(static_cast<QueryId>(i))) << i;
	}
	EXPECT_STREQ(QueryColumns(FollowUpQueryIndex()), "oid,last_value");
	EXPECT_EQ(QueryColumns(-1), nullptr);
	EXPECT_EQ(QueryColumns(QueryCount()), nullptr);

	// A program building its rows itself: every query, no rows, the columns
	// QueryColumns names; both sides empty is no difference.
	SessionPtr s = NewSession();
	CoreStatus st;
	for (Side side : {Side::kLocal, Side::kRemote}) {
		ASSERT_TRUE(SessionSetServerVersion(s.get(), side, 150000, &st)) << st.message;
		for (int i = 0; i < QueryCount(); ++i) {
			std::vector<std::string> names(1);
			for (const char *c = QueryColumns(i); *c != '\0'; ++c) {
				if (*c == ',') {
					names.emplace_back();
				} else {
					names.back() += *c;
				}
			}
			std::vector<const char *> pointers;
			for (const auto &n : names) {
				pointers.push_back(n.c_str());
			}
			ASSERT_TRUE(SessionAddRows(s.get(), side, i, static_cast<int>(pointers.size()),
			                           pointers.data(), 0, nullptr, &st))
			    << QueryName(i) << ": " << st.message;
		}
	}
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
}

TEST(Api, StatusClearEmptiesEveryBuffer)
{
	CoreStatus st;
	std::memset(&st, 'x', sizeof st);
	StatusClear(&st);
	EXPECT_EQ(st.kind, StatusKind::kOk);
	EXPECT_STREQ(st.message, "");
	EXPECT_STREQ(st.detail, "");
	EXPECT_STREQ(st.hint, "");
}

TEST(Api, SuccessClearsAStaleStatus)
{
	CoreStatus st;
	std::memset(&st, 'x', sizeof st);
	st.kind = StatusKind::kInternal;
	EXPECT_TRUE(CheckServerVersion(160000, &st));
	EXPECT_EQ(st.kind, StatusKind::kOk);
	EXPECT_STREQ(st.message, "");
}

TEST(Api, AddRowsChangingShapeIsCatalogDrift)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const char *first[] = {"name"};
	const char *second[] = {"nspname"};
	const CellView cell{"public", 6, false};
	const int schemas = static_cast<int>(QueryId::kSchemas);
	ASSERT_TRUE(SessionAddRows(s.get(), Side::kLocal, schemas, 1, first, 1, &cell, &st));
	bool ok = true;
	EXPECT_NO_THROW(ok = SessionAddRows(s.get(), Side::kLocal, schemas, 1, second, 1, &cell, &st));
	EXPECT_FALSE(ok);
	EXPECT_EQ(st.kind, StatusKind::kCatalogDrift);
	EXPECT_STRNE(st.message, "");
}

TEST(Api, WrongColumnsAreRefusedWithBothListsInDetail)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const char *names[] = {"schema",      "relname",      "relkind",
	                       "persistence", "is_partition", "is_child"};
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kRemote, static_cast<int>(QueryId::kTables), 6,
	                            names, 0, nullptr, &st));
	EXPECT_EQ(st.kind, StatusKind::kCatalogDrift);
	EXPECT_NE(std::strstr(st.message, "tables"), nullptr) << st.message;
	EXPECT_NE(std::strstr(st.detail, "relname"), nullptr) << st.detail;
	EXPECT_NE(std::strstr(st.detail, "Expected schema,name,"), nullptr) << st.detail;
}

// The brief for the door: rows whose columns are not the ones the query
// promised are refused where they come in, with kCatalogDrift.
TEST(Api, AddRowsWithWrongColumnsIsCatalogDrift)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const char *names[] = {"nspname"};
	const CellView cell{"public", 6, false};
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kLocal, static_cast<int>(QueryId::kSchemas), 1,
	                            names, 1, &cell, &st));
	EXPECT_EQ(st.kind, StatusKind::kCatalogDrift);
}

TEST(Api, AddRowsWithBadArgumentsFailsWithoutThrowing)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const char *names[] = {"name"};
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kLocal, -1, 1, names, 0, nullptr, &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kLocal, QueryCount(), 1, names, 0, nullptr, &st));
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kLocal, 0, 1, names, 1, nullptr, &st));
	EXPECT_FALSE(SessionAddRows(nullptr, Side::kLocal, 0, 1, names, 0, nullptr, &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
}

// ncols > 0 with no column names dereferences a null pointer (crash) instead
// of failing like the other bad arguments.
TEST(Api, AddRowsWithoutColumnNamesFailsWithoutCrashing)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	EXPECT_FALSE(SessionAddRows(s.get(), Side::kLocal, 0, 1, nullptr, 0, nullptr, &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
}

TEST(Api, RowsArriveInChunks)
{
	SessionPtr s = Loaded(CatalogBuilder(), CatalogBuilder());
	CoreStatus st;
	const int tables = static_cast<int>(QueryId::kTables);
	const char *names[] = {"schema",         "name",
	                       "relkind",        "persistence",
	                       "is_partition",   "is_child",
	                       "row_security",   "force_row_security",
	                       "partition_key",  "partition_bound",
	                       "parent_schemas", "parent_names",
	                       "of_type_schema", "of_type_name"};
	for (const char *table : {"a", "b"}) {
		const CellView row[] = {{"public", 6, false}, {table, 1, false},   {"r", 1, false},
		                        {"p", 1, false},      {"false", 5, false}, {"false", 5, false},
		                        {"false", 5, false},  {"false", 5, false}, {nullptr, 0, true},
		                        {nullptr, 0, true},   {"{}", 2, false},    {"{}", 2, false},
		                        {nullptr, 0, true},   {nullptr, 0, true}};
		ASSERT_TRUE(SessionAddRows(s.get(), Side::kRemote, tables, 14, names, 1, row, &st))
		    << st.message;
	}
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	ASSERT_EQ(PlanStatementCount(s.get()), 2);
	EXPECT_STREQ(PlanStatementIdentity(s.get(), 0), "\"public\".\"a\"");
	EXPECT_STREQ(PlanStatementIdentity(s.get(), 1), "\"public\".\"b\"");
}

TEST(Api, NegativeCellLengthFailsWithoutThrowing)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const char *names[] = {"name"};
	const CellView cell{"public", -1, false};
	bool ok = true;
	EXPECT_NO_THROW(ok = SessionAddRows(s.get(), Side::kLocal, 0, 1, names, 1, &cell, &st));
	EXPECT_FALSE(ok);
	EXPECT_NE(st.kind, StatusKind::kOk);
}

// After a failed SessionBuildPlan the accessors must not serve the plan of
// an earlier, successful call as if it were current.
TEST(Api, FailedRebuildDoesNotServeTheStalePlan)
{
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	const OptionsView allow = Options(true);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &allow, &st));
	ASSERT_EQ(PlanStatementCount(s.get()), 1);
	const OptionsView refuse = Options(false);
	EXPECT_FALSE(SessionBuildPlan(s.get(), &refuse, &st));
	EXPECT_EQ(st.kind, StatusKind::kDropsRefused);
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	EXPECT_EQ(PlanStatementSql(s.get(), 0), nullptr);
}

TEST(Api, MissingQueryRowsFailWithoutThrowing)
{
	SessionPtr s = NewSession();
	CoreStatus st;
	const OptionsView o = Options(true);
	bool ok = true;
	EXPECT_NO_THROW(ok = SessionBuildPlan(s.get(), &o, &st));
	EXPECT_FALSE(ok);
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	EXPECT_STRNE(st.message, "");
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
}

TEST(Api, HazardsThroughTheDoor)
{
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	const OptionsView o = Options(true);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	ASSERT_EQ(PlanStatementCount(s.get()), 1);
	EXPECT_STREQ(PlanStatementHazards(s.get(), 0), "deletes_data,access_exclusive_lock");
	EXPECT_EQ(PlanStatementHazards(s.get(), 1), nullptr);
	ASSERT_EQ(HazardVocabularyCount(), 12);
	EXPECT_STREQ(HazardVocabularyName(0), "deletes_data");
	EXPECT_EQ(HazardVocabularyName(12), nullptr);
}

TEST(Api, AllowHazardsRefusesUnlistedAndRejectsUnknownNames)
{
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	OptionsView o = Options(true);
	const char *lock_only[] = {"access_exclusive_lock"};
	o.allow_hazards = lock_only;
	o.allow_hazards_count = 1;
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kHazardsRefused);
	EXPECT_STREQ(st.detail, "statement 1 (drop table \"public\".\"t\"): deletes_data");
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	const char *both[] = {"access_exclusive_lock", "deletes_data"};
	o.allow_hazards = both;
	o.allow_hazards_count = 2;
	EXPECT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	const char *unknown[] = {"rewrites"};
	o.allow_hazards = unknown;
	o.allow_hazards_count = 1;
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kInvalidArgument);
}

TEST(Api, DropsRefusedWithoutAllowDrops)
{
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	const OptionsView o = Options(false);
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kDropsRefused);
	EXPECT_STREQ(st.message, "migration would drop 1 object");
	EXPECT_STREQ(st.detail, "drop table \"public\".\"t\"");
	EXPECT_NE(std::strstr(st.hint, "allow_drops => true"), nullptr) << st.hint;
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	EXPECT_EQ(PlanStatementSql(s.get(), 0), nullptr);
}

TEST(Api, NonDestructivePlanNeedsNoAllowDrops)
{
	SessionPtr s = Loaded(CatalogBuilder(), OneTable());
	CoreStatus st;
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 1);
	EXPECT_FALSE(PlanStatementDestructive(s.get(), 0));
	EXPECT_STREQ(PlanStatementAction(s.get(), 0), "create");
}

TEST(Api, AllowDropsGivesStatementsThroughAccessors)
{
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	const OptionsView o = Options(true);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(st.kind, StatusKind::kOk);
	ASSERT_EQ(PlanStatementCount(s.get()), 1);
	EXPECT_STREQ(PlanStatementSql(s.get(), 0), "DROP TABLE \"public\".\"t\";");
	EXPECT_STREQ(PlanStatementKind(s.get(), 0), "table");
	EXPECT_STREQ(PlanStatementIdentity(s.get(), 0), "\"public\".\"t\"");
	EXPECT_STREQ(PlanStatementAction(s.get(), 0), "drop");
	EXPECT_TRUE(PlanStatementDestructive(s.get(), 0));
	EXPECT_EQ(PlanStatementSql(s.get(), 1), nullptr);
	EXPECT_EQ(PlanStatementSql(s.get(), -1), nullptr);
	EXPECT_EQ(PlanStatementKind(s.get(), 1), nullptr);
	EXPECT_FALSE(PlanStatementDestructive(s.get(), 1));
	EXPECT_EQ(PlanStatementCount(nullptr), 0);
}

TEST(Api, SwappedSidesGiveTheOtherDirection)
{
	// loaded as local = one table, remote = empty: a DROP; swapped: a CREATE
	SessionPtr s = Loaded(OneTable(), CatalogBuilder());
	CoreStatus st;
	ASSERT_TRUE(SessionSwapSides(s.get(), &st)) << st.message;
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	ASSERT_EQ(PlanStatementCount(s.get()), 1);
	EXPECT_STREQ(PlanStatementAction(s.get(), 0), "create");
	EXPECT_FALSE(PlanStatementDestructive(s.get(), 0));
}

TEST(Api, SwapAfterBuildOrWithoutSessionFailsWithoutThrowing)
{
	SessionPtr s = Loaded(CatalogBuilder(), OneTable());
	CoreStatus st;
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_FALSE(SessionSwapSides(s.get(), &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	EXPECT_FALSE(SessionSwapSides(nullptr, &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
}

TEST(Api, SchemaOptionsReachTheDiff)
{
	CatalogBuilder remote = OneTable();
	remote.Schema("app").Table("app", "u").Column("app", "u", "a", "integer");
	SessionPtr s = Loaded(CatalogBuilder(), remote);
	CoreStatus st;
	const char *include[] = {"app"};
	const OptionsView o{false, false, false, false, true, include, 1, nullptr, 0, nullptr};
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	ASSERT_EQ(PlanStatementCount(s.get()), 2);
	EXPECT_STREQ(PlanStatementSql(s.get(), 0), "CREATE SCHEMA \"app\";");
	EXPECT_STREQ(PlanStatementIdentity(s.get(), 1), "\"app\".\"u\"");
}

TEST(Api, DiagnosticsThroughAccessors)
{
	// A collation whose definition changed is reported, not migrated.
	CatalogBuilder local;
	local.Collation("public", "c", "i", "und");
	CatalogBuilder remote;
	remote.Collation("public", "c", "i", "de");
	SessionPtr s = Loaded(local, remote);
	CoreStatus st;
	const OptionsView o = Options(false);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	ASSERT_EQ(PlanDiagnosticCount(s.get()), 1);
	EXPECT_EQ(PlanDiagnosticLevel(s.get(), 0), 1);
	EXPECT_NE(std::strstr(PlanDiagnosticMessage(s.get(), 0), "\"public\".\"c\""), nullptr);
	EXPECT_NE(PlanDiagnosticDetail(s.get(), 0), nullptr);
	EXPECT_EQ(PlanDiagnosticMessage(s.get(), 1), nullptr);
}

TEST(Api, CancelCheckIsCancelled)
{
	SessionPtr s = Loaded(CatalogBuilder(), OneTable());
	CoreStatus st;
	const OptionsView o = Options(true, &AlwaysCancel);
	bool ok = true;
	EXPECT_NO_THROW(ok = SessionBuildPlan(s.get(), &o, &st));
	EXPECT_FALSE(ok);
	EXPECT_EQ(st.kind, StatusKind::kCancelled);
	EXPECT_STRNE(st.message, "");
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
}

TEST(Api, LongMessageIsTruncatedOnACharacterBoundary)
{
	// An enum label literal of 1000 two-byte characters, malformed (no
	// closing brace): the error message quotes it and must be cut safely.
	std::string literal = "{";
	for (int i = 0; i < 1000; ++i) {
		literal += "\xC3\xA9"; // é
	}
	CatalogBuilder local;
	test::AppendNamed(local.rows, QueryId::kEnums,
	                  {{"schema", "public"}, {"name", "e"}, {"labels", literal}});
	SessionPtr s = Loaded(local, CatalogBuilder());
	struct Guarded {
		CoreStatus status;
		char canary[64];
	} g;
	std::memset(g.canary, 0x5A, sizeof g.canary);
	const OptionsView o = Options(true);
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &g.status));
	EXPECT_EQ(g.status.kind, StatusKind::kCatalogDrift);
	const std::size_t len = strnlen(g.status.message, sizeof g.status.message);
	EXPECT_LT(len, sizeof g.status.message) << "NUL-terminated";
	EXPECT_GT(len, sizeof g.status.message - 8) << "filled, not emptied";
	EXPECT_TRUE(IsValidUtf8(g.status.message));
	for (char c : g.canary) {
		ASSERT_EQ(c, 0x5A) << "wrote past the status";
	}
}

/// `count` tables with long names and one empty schema, all dropped.
SessionPtr
ManyDrops(int count)
{
	CatalogBuilder local;
	for (int i = 0; i < count; ++i) {
		const std::string name = std::string(74, 'n') + std::to_string(1000 + i);
		local.Table("public", name).Column("public", name, "a", "integer");
	}
	local.Schema("s");
	return Loaded(local, CatalogBuilder());
}

TEST(Api, LongDetailIsTruncatedAndCountStaysExact)
{
	SessionPtr s = ManyDrops(200);
	CoreStatus st;
	const OptionsView o = Options(false);
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kDropsRefused);
	EXPECT_STREQ(st.message, "migration would drop 201 objects");
	const std::size_t len = strnlen(st.detail, sizeof st.detail);
	EXPECT_LT(len, sizeof st.detail);
	EXPECT_NE(std::strstr(st.detail, "\n..."), nullptr);
	EXPECT_NE(std::strstr(st.detail, std::string(74, 'n').c_str()), nullptr);
}

// Once the list is cut with "...", nothing may follow it: a shorter line
// that still fits (here the schema) is appended after the ellipsis.
TEST(Api, TruncatedDetailEndsWithEllipsis)
{
	SessionPtr s = ManyDrops(200);
	CoreStatus st;
	const OptionsView o = Options(false);
	EXPECT_FALSE(SessionBuildPlan(s.get(), &o, &st));
	const std::string detail = st.detail;
	ASSERT_GE(detail.size(), 4u);
	EXPECT_EQ(detail.substr(detail.size() - 4), "\n...") << detail.substr(detail.size() - 80);
}

} // namespace
} // namespace pgschemadiff

namespace pgschemadiff {
namespace {

TEST(Api, ReparseThroughTheDoor)
{
	// Loaded() gives the two sides different majors (16 and 15).
	CatalogBuilder local = OneTable();
	local.View("public", "v", " SELECT a\n   FROM public.t;", "a integer");
	CatalogBuilder remote = OneTable();
	remote.View("public", "v", " SELECT t.a\n   FROM public.t;", "a integer");
	SessionPtr s = Loaded(local, remote);
	CoreStatus st;
	int count = -1;
	ASSERT_TRUE(SessionFindReparse(s.get(), &count, &st)) << st.message;
	ASSERT_EQ(count, 1);
	EXPECT_EQ(ReparseKindOf(s.get(), 0), 0);
	EXPECT_STREQ(ReparseDefinition(s.get(), 0), " SELECT t.a\n   FROM public.t;");
	EXPECT_EQ(ReparseKindOf(s.get(), 1), -1);
	EXPECT_EQ(ReparseDefinition(s.get(), 1), nullptr);
	EXPECT_EQ(ReparseTableName(s.get(), -1), nullptr);
	// The adapter could not print it: nothing changes, no error.
	EXPECT_TRUE(SessionSetReparsed(s.get(), 0, nullptr, &st));
	OptionsView o = Options(true);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 1);
	// Once compared, the rows are gone: too late to print again.
	EXPECT_FALSE(SessionSetReparsed(s.get(), 0, " SELECT a\n   FROM public.t;", &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	// Printed here as the local view reads: the same view, no statement.
	s = Loaded(local, remote);
	ASSERT_TRUE(SessionFindReparse(s.get(), &count, &st)) << st.message;
	EXPECT_TRUE(SessionSetReparsed(s.get(), 0, " SELECT a\n   FROM public.t;", &st));
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	// A bad index is a status, not an exception.
	bool ok = true;
	EXPECT_NO_THROW(ok = SessionSetReparsed(s.get(), 5, "x", &st));
	EXPECT_FALSE(ok);
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	EXPECT_FALSE(SessionFindReparse(nullptr, &count, &st));
}

TEST(Api, CrossVersionWarningsReachThePlan)
{
	CatalogBuilder local = OneTable();
	local.Column("public", "t", "b", "integer", false, "(a * 2)", "", "s");
	CatalogBuilder remote = OneTable();
	remote.Column("public", "t", "b", "integer", false, "(a * 2)", "", "v");
	SessionPtr s = NewSession();
	CoreStatus st;
	ASSERT_TRUE(SessionSetServerVersion(s.get(), Side::kLocal, 150000, &st));
	ASSERT_TRUE(SessionSetServerVersion(s.get(), Side::kRemote, 180000, &st));
	ASSERT_TRUE(AddSide(s.get(), Side::kLocal, local.rows, &st)) << st.message;
	ASSERT_TRUE(AddSide(s.get(), Side::kRemote, remote.rows, &st)) << st.message;
	OptionsView o = Options(true);
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanStatementCount(s.get()), 0);
	ASSERT_EQ(PlanDiagnosticCount(s.get()), 1);
	EXPECT_EQ(PlanDiagnosticLevel(s.get(), 0), 1);
	EXPECT_NE(std::strstr(PlanDiagnosticMessage(s.get(), 0), "virtual generated column"), nullptr);
	// Built again: reported once, not once per build.
	ASSERT_TRUE(SessionBuildPlan(s.get(), &o, &st)) << st.message;
	EXPECT_EQ(PlanDiagnosticCount(s.get()), 1);
}

} // namespace
} // namespace pgschemadiff
