// diff_unsupported_test.cpp — objects and settings pgschemadiff cannot
// migrate: which differ, how they are named, what the schema filters keep,
// and the rows schema_diff_unsupported() gets through the door.
#include "core/api.hpp"
#include "core/catalog/builder.hpp"
#include "core/diff/unsupported.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace pgschemadiff {
namespace {

using test::AddSide;
using test::CatalogBuilder;

/// A row of kUnsupportedSettings (same shape as kUnsupported).
void
Setting(CatalogBuilder &b, const std::string &kind, const std::string &schema,
        const std::string &identity, const std::string &value)
{
	b.rows.at(QueryId::kUnsupportedSettings).AddRow({kind, schema, identity, value});
}

std::vector<std::string>
Lines(const std::vector<UnsupportedDifference> &diffs)
{
	std::vector<std::string> out;
	for (const auto &d : diffs) {
		out.push_back(d.kind + " " + d.identity + " (" + UnsupportedStatusName(d.status) + ")");
	}
	return out;
}

std::vector<UnsupportedDifference>
DifferencesOf(const CatalogBuilder &from, const CatalogBuilder &to)
{
	return UnsupportedDifferences(BuildCatalog(from.rows, 150000), BuildCatalog(to.rows, 150000));
}

TEST(DiffUnsupported, EachStatusAndIdenticalObjectsAreSilent)
{
	CatalogBuilder from;
	from.Unsupported("operator", "app", "app.===(integer,integer)", "same")
	    .Unsupported("conversion", "app", "app.conv", "latin1")
	    .Unsupported("language", "", "pl_local", "h");
	CatalogBuilder to;
	to.Unsupported("operator", "app", "app.===(integer,integer)", "same")
	    .Unsupported("conversion", "app", "app.conv", "utf8")
	    .Unsupported("cast", "app", "(app.e AS app.c)", "f");
	const std::vector<std::string> expected = {
	    "cast (app.e AS app.c) (only in remote)",
	    "conversion app.conv (differs)",
	    "language pl_local (only in local)",
	};
	EXPECT_EQ(Lines(DifferencesOf(from, to)), expected);
}

TEST(DiffUnsupported, SameIdentityOfAnotherKindIsAnotherObject)
{
	// A table can have a CLUSTER ON and a table access method at once.
	CatalogBuilder from;
	CatalogBuilder to;
	Setting(to, "cluster on", "app", "app.t", "t_pkey");
	Setting(to, "table access method", "app", "app.t", "myam");
	const std::vector<std::string> expected = {
	    "cluster on app.t (only in remote)",
	    "table access method app.t (only in remote)",
	};
	EXPECT_EQ(Lines(DifferencesOf(from, to)), expected);
}

TEST(DiffUnsupported, SettingsAreReportedLikeObjects)
{
	CatalogBuilder from;
	Setting(from, "column storage", "app", "app.t.b", "m");
	Setting(from, "column statistics target", "app", "app.t.d", "100");
	CatalogBuilder to;
	Setting(to, "column storage", "app", "app.t.b", "e");
	Setting(to, "column statistics target", "app", "app.t.d", "100");
	Setting(to, "column compression", "app", "app.t.c", "l");
	to.Unsupported("statistics object", "app", "app.st", "d1");
	const DiffResult r = test::DiffOf(from, to);
	EXPECT_TRUE(r.changes.empty());
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].level, Diagnostic::Level::kWarning);
	EXPECT_EQ(r.diagnostics[0].message, "schema_diff left out 3 objects it cannot migrate yet");
	EXPECT_EQ(r.diagnostics[0].detail, "column compression app.t.c (only in remote)\n"
	                                   "column storage app.t.b (differs)\n"
	                                   "statistics object app.st (only in remote)");
}

TEST(DiffUnsupported, OneObjectIsSingular)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Unsupported("access method", "", "myam", "t heap_tableam_handler");
	const DiffResult r = test::DiffOf(from, to);
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].message, "schema_diff left out 1 object it cannot migrate yet");
	EXPECT_EQ(r.diagnostics[0].detail, "access method myam (only in remote)");
}

TEST(DiffUnsupported, SchemaFiltersKeepObjectsOutsideSchemas)
{
	CatalogBuilder from;
	CatalogBuilder to;
	to.Unsupported("operator", "app", "app.===(integer,integer)", "x")
	    .Unsupported("operator", "other", "other.===(integer,integer)", "x")
	    .Unsupported("language", "", "pl_x", "h");
	DiffOptions o;
	o.exclude_schemas = {"other"};
	const DiffResult r = test::DiffOf(from, to, o);
	ASSERT_EQ(r.diagnostics.size(), 1u);
	EXPECT_EQ(r.diagnostics[0].detail, "language pl_x (only in remote)\n"
	                                   "operator app.===(integer,integer) (only in remote)");
}

TEST(DiffUnsupported, NothingDifferentIsNoWarning)
{
	CatalogBuilder from;
	from.Unsupported("operator class", "app", "app.opc USING btree", "x");
	CatalogBuilder to;
	to.Unsupported("operator class", "app", "app.opc USING btree", "x");
	EXPECT_TRUE(test::DiffOf(from, to).diagnostics.empty());
	EXPECT_TRUE(DifferencesOf(from, to).empty());
}

// ---- through the door (schema_diff_unsupported) ------------------------------

struct SessionDeleter {
	void operator()(Session *s) const { SessionDestroy(s); }
};
using SessionPtr = std::unique_ptr<Session, SessionDeleter>;


SessionPtr
Loaded(const CatalogBuilder &local, const CatalogBuilder &remote)
{
	CoreStatus st;
	SessionPtr s(SessionCreate(&st));
	EXPECT_TRUE(SessionSetServerVersion(s.get(), Side::kLocal, 150000, &st));
	EXPECT_TRUE(SessionSetServerVersion(s.get(), Side::kRemote, 130000, &st));
	EXPECT_TRUE(AddSide(s.get(), Side::kLocal, local.rows, &st)) << st.message;
	EXPECT_TRUE(AddSide(s.get(), Side::kRemote, remote.rows, &st)) << st.message;
	return s;
}

TEST(DiffUnsupported, DoorListsRowsWithoutAllowDropsCheck)
{
	// The local side has a table the remote lacks: schema_diff would refuse
	// without allow_drops; the list of objects left out is still given.
	CatalogBuilder local;
	local.Table("public", "gone").Unsupported("conversion", "public", "public.c", "a");
	CatalogBuilder remote;
	remote.Unsupported("conversion", "public", "public.c", "b")
	    .Unsupported("transform", "public", "for public.e on language pl", "f");
	SessionPtr s = Loaded(local, remote);
	const OptionsView refuse_drops{false,   false, false,   false, true,
	                               nullptr, 0,     nullptr, 0,     nullptr};
	CoreStatus st;
	EXPECT_FALSE(SessionBuildPlan(s.get(), &refuse_drops, &st));
	EXPECT_EQ(st.kind, StatusKind::kDropsRefused);
	ASSERT_TRUE(SessionListUnsupported(s.get(), &refuse_drops, &st)) << st.message;
	ASSERT_EQ(UnsupportedCount(s.get()), 2);
	EXPECT_STREQ(UnsupportedKind(s.get(), 0), "conversion");
	EXPECT_STREQ(UnsupportedIdentity(s.get(), 0), "public.c");
	EXPECT_STREQ(UnsupportedStatusText(s.get(), 0), "differs");
	EXPECT_STREQ(UnsupportedKind(s.get(), 1), "transform");
	EXPECT_STREQ(UnsupportedStatusText(s.get(), 1), "only in remote");
	EXPECT_EQ(UnsupportedKind(s.get(), 2), nullptr);
	EXPECT_EQ(UnsupportedIdentity(s.get(), -1), nullptr);
}

TEST(DiffUnsupported, DoorAppliesSchemaFilters)
{
	CatalogBuilder local;
	CatalogBuilder remote;
	remote.Unsupported("operator", "app", "app.===(integer,integer)", "x")
	    .Unsupported("access method", "", "myam", "i bthandler");
	SessionPtr s = Loaded(local, remote);
	const char *exclude[] = {"app"};
	const OptionsView o{false, false, false, false, true, nullptr, 0, exclude, 1, nullptr};
	CoreStatus st;
	ASSERT_TRUE(SessionListUnsupported(s.get(), &o, &st)) << st.message;
	ASSERT_EQ(UnsupportedCount(s.get()), 1);
	EXPECT_STREQ(UnsupportedIdentity(s.get(), 0), "myam");
}

TEST(DiffUnsupported, DoorRefusesAnIncludedSchemaNeitherSideHas)
{
	// As schema_diff: a typo must not read as "nothing left out".
	CatalogBuilder local;
	CatalogBuilder remote;
	remote.Unsupported("operator", "app", "app.===(integer,integer)", "x");
	SessionPtr s = Loaded(local, remote);
	const char *include[] = {"ap"};
	const OptionsView o{false, false, false, false, true, include, 1, nullptr, 0, nullptr};
	CoreStatus st;
	EXPECT_FALSE(SessionListUnsupported(s.get(), &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kInvalidArgument);
	EXPECT_NE(std::string(st.message).find("\"ap\""), std::string::npos);
	EXPECT_EQ(UnsupportedCount(s.get()), 0);
}

TEST(DiffUnsupported, DoorWithoutSessionFailsWithoutThrowing)
{
	const OptionsView o{false, false, false, false, true, nullptr, 0, nullptr, 0, nullptr};
	CoreStatus st;
	EXPECT_FALSE(SessionListUnsupported(nullptr, &o, &st));
	EXPECT_EQ(st.kind, StatusKind::kInternal);
	EXPECT_EQ(UnsupportedCount(nullptr), 0);
	EXPECT_EQ(UnsupportedStatusText(nullptr, 0), nullptr);
}

} // namespace
} // namespace pgschemadiff
