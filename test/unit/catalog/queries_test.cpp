// queries_test.cpp — coverage and shape of the version-guarded catalog queries.
#include "core/api.hpp"
#include "core/catalog/queries.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pgschemadiff {
namespace {

constexpr int kSupported[] = {130000, 140000, 150000, 160000, 170000, 180000};

std::string
Name(QueryId id)
{
	return std::to_string(static_cast<int>(id));
}

QueryId
IdAt(int i)
{
	return static_cast<QueryId>(i);
}

constexpr int kKinds = static_cast<int>(QueryId::kCount);

/// The text after the last ORDER BY, or "" when there is none.
std::string
OrderByTail(const std::string &text)
{
	const auto pos = text.rfind("ORDER BY");
	return pos == std::string::npos ? std::string() : text.substr(pos);
}

TEST(CatalogQueries, ExactlyOneQueryPerKindForEachSupportedVersion)
{
	int count = 0;
	const CatalogQuery *all = AllQueries(&count);
	ASSERT_GT(count, 0);
	for (int k = 0; k < kKinds; ++k) {
		for (int version : kSupported) {
			int matches = 0;
			for (int i = 0; i < count; ++i) {
				if (all[i].id == IdAt(k) && version >= all[i].min_version &&
				    version <= all[i].max_version) {
					++matches;
				}
			}
			EXPECT_EQ(matches, 1) << "query " << Name(IdAt(k)) << " on " << version;
			const CatalogQuery *q = FindQuery(IdAt(k), version);
			ASSERT_NE(q, nullptr) << "query " << Name(IdAt(k)) << " on " << version;
			EXPECT_EQ(q->id, IdAt(k));
			EXPECT_NE(q->text, nullptr);
			EXPECT_NE(q->name, nullptr);
		}
	}
}

TEST(CatalogQueries, NoQueryOutsideSupportedVersions)
{
	const int unsupported[] = {0, 90600, 120000, 129999, 190000, 200000};
	for (int k = 0; k < kKinds; ++k) {
		for (int version : unsupported) {
			EXPECT_EQ(FindQuery(IdAt(k), version), nullptr)
			    << "query " << Name(IdAt(k)) << " on " << version;
		}
	}
}

TEST(CatalogQueries, MinorReleasesUseTheirMajorsQuery)
{
	const std::pair<int, int> cases[] = {
	    {130018, 130000}, {149999, 140000}, {150007, 150000}, {160004, 160000}, {179999, 170000},
	    {180004, 180000}, {189999, 180000},
	};
	for (int k = 0; k < kKinds; ++k) {
		for (const auto &[minor, major] : cases) {
			EXPECT_EQ(FindQuery(IdAt(k), minor), FindQuery(IdAt(k), major))
			    << "query " << Name(IdAt(k)) << " on " << minor;
		}
	}
}

TEST(CatalogQueries, EveryQueryEndsWithOrderByOnCollatedNames)
{
	int count = 0;
	const CatalogQuery *all = AllQueries(&count);
	for (int i = 0; i < count; ++i) {
		const std::string tail = OrderByTail(all[i].text);
		ASSERT_FALSE(tail.empty()) << all[i].name << " has no ORDER BY";
		if (all[i].paged) {
			continue; // ordered by page_key: PagedQueriesTakeTheLastKeyAndStopAtAPage
		}
		// Nothing after the outer ORDER BY but its keys: no closing
		// parenthesis (it would be a subquery's) and no further clause.
		EXPECT_EQ(tail.find(')'), std::string::npos) << all[i].name << ": " << tail;
		EXPECT_EQ(tail.find("LIMIT"), std::string::npos) << all[i].name;
		EXPECT_EQ(tail.find("UNION"), std::string::npos) << all[i].name;
		EXPECT_NE(tail.find("COLLATE \"C\""), std::string::npos) << all[i].name << ": " << tail;
	}
}

TEST(CatalogQueries, PagedQueriesTakeTheLastKeyAndStopAtAPage)
{
	int count = 0;
	int paged = 0;
	const CatalogQuery *all = AllQueries(&count);
	for (int i = 0; i < count; ++i) {
		const std::string text = all[i].text;
		const bool uses_parameter = text.find("$1") != std::string::npos;
		EXPECT_EQ(uses_parameter, all[i].paged) << all[i].name;
		if (!all[i].paged) {
			continue;
		}
		++paged;
		EXPECT_EQ(std::string(ExpectedColumns(all[i].id)).rfind("page_key,", 0), 0u)
		    << all[i].name << " returns its page key first";
		EXPECT_NE(text.find("LIMIT " + std::to_string(kPageSize) + ")"), std::string::npos)
		    << all[i].name << ": the page is limited inside a subquery, so that the functions "
		    << "that lock run only for the rows of the page";
		const std::string tail = OrderByTail(all[i].text);
		EXPECT_NE(tail.find(".oid"), std::string::npos) << all[i].name << ": " << tail;
		EXPECT_EQ(tail.find(')'), std::string::npos) << all[i].name << ": " << tail;
	}
	EXPECT_GE(paged, 2) << "views and rules are paged";
}

TEST(CatalogQueries, DependenciesRunWithoutNestedLoops)
{
	// Its joins of computed sets are estimated at one row; with statistics
	// (ANALYZE) at 20,000 tables the planner then nested-looped a CTE scan
	// over every pg_depend row: minutes. The readers turn nested loops off
	// for it, and only for it.
	int flagged = 0;
	for (int q = 0; q < QueryCount(); ++q) {
		if (QueryWithoutNestedLoops(q)) {
			++flagged;
			EXPECT_EQ(q, static_cast<int>(QueryId::kDependencies)) << QueryName(q);
		}
	}
	EXPECT_EQ(flagged, 1);
	EXPECT_FALSE(QueryWithoutNestedLoops(-1));
	EXPECT_FALSE(QueryWithoutNestedLoops(QueryCount()));
}

TEST(CatalogQueries, NoQueryReadsSequenceValuesOfEverySequence)
{
	// pg_sequence_last_value locks the sequence it reads: reading it for every
	// sequence fills the lock table with tens of thousands of sequences.
	int count = 0;
	const CatalogQuery *all = AllQueries(&count);
	for (int i = 0; i < count; ++i) {
		EXPECT_EQ(std::string(all[i].text).find("pg_sequence_last_value"), std::string::npos)
		    << all[i].name;
		EXPECT_EQ(std::string(all[i].text).find("pg_sequences"), std::string::npos)
		    << all[i].name;
	}
}

TEST(CatalogQueries, SequenceValuesQueryListsOnlyTheOidsGiven)
{
	const std::string q = SequenceValuesQuery({"16390", "4294967295"});
	EXPECT_NE(q.find("IN (16390, 4294967295)"), std::string::npos) << q;
	EXPECT_NE(q.find("pg_sequence_last_value"), std::string::npos);
	for (const char *bad : {"", "1; DROP TABLE t", "12a", "-1", "12345678901"}) {
		EXPECT_EQ(test::ThrownKind([&] { SequenceValuesQuery({"1", bad}); }),
		          ErrorKind::kCatalogDrift)
		    << bad;
	}
}

TEST(CatalogQueries, CollationLocaleColumnFollowsServerVersion)
{
	struct Case {
		int version;
		const char *locale_source;
		std::vector<const char *> absent;
	};
	const Case cases[] = {
	    {130000, "NULL::text AS locale", {"colliculocale", "colllocale"}},
	    {140000, "NULL::text AS locale", {"colliculocale", "colllocale"}},
	    {150000, "c.colliculocale::text AS locale", {"colllocale", "collicurules"}},
	    {160000, "c.colliculocale::text AS locale", {"colllocale"}},
	    {170000, "c.colllocale::text AS locale", {"colliculocale"}},
	};
	for (const auto &c : cases) {
		const CatalogQuery *q = FindQuery(QueryId::kCollations, c.version);
		ASSERT_NE(q, nullptr) << c.version;
		const std::string text = q->text;
		EXPECT_NE(text.find(c.locale_source), std::string::npos) << c.version;
		for (const char *absent : c.absent) {
			EXPECT_EQ(text.find(absent), std::string::npos) << c.version << " uses " << absent;
		}
	}
	EXPECT_NE(std::string(FindQuery(QueryId::kCollations, 160000)->text).find("collicurules"),
	          std::string::npos);
}

TEST(CatalogQueries, SelectEveryColumnTheBuilderReads)
{
	// The recorded-row shapes of test_helpers mirror what BuildCatalog reads;
	// each of those columns must be an output column of the query.
	const CatalogRows shapes = test::EmptyRows();
	for (int version : kSupported) {
		for (const auto &[id, set] : shapes) {
			const CatalogQuery *q = FindQuery(id, version);
			ASSERT_NE(q, nullptr);
			const std::string text = q->text;
			for (const auto &column : set.Columns()) {
				const bool aliased = text.find("AS " + column + ",") != std::string::npos ||
				                     text.find("AS " + column + "\n") != std::string::npos ||
				                     text.find("AS " + column + " ") != std::string::npos ||
				                     text.find("u." + column) != std::string::npos;
				EXPECT_TRUE(aliased) << q->name << " on " << version << " lacks " << column;
			}
		}
	}
}

TEST(CatalogQueries, ColumnCompressionIsReadFrom14Only)
{
	// PostgreSQL 13 has no pg_attribute.attcompression.
	const std::string v13 = FindQuery(QueryId::kRelationColumnOptions, 130000)->text;
	EXPECT_EQ(v13.find("attcompression"), std::string::npos);
	for (int version : {140000, 150000, 160000, 170000, 180000}) {
		const std::string text = FindQuery(QueryId::kRelationColumnOptions, version)->text;
		EXPECT_NE(text.find("a.attcompression"), std::string::npos) << version;
	}
}

TEST(CatalogQueries, StatisticsTargetsReadTheSameOnEveryVersion)
{
	// -1 up to 16, NULL from 17: both mean "the default" and give no row.
	for (int version : kSupported) {
		const std::string settings = FindQuery(QueryId::kRelationColumnOptions, version)->text;
		EXPECT_NE(settings.find("NULLIF(a.attstattarget, -1)"), std::string::npos) << version;
		const std::string statistics = FindQuery(QueryId::kStatistics, version)->text;
		EXPECT_NE(statistics.find("NULLIF(s.stxstattarget, -1)"), std::string::npos) << version;
		const std::string columns = FindQuery(QueryId::kColumnOptions, version)->text;
		EXPECT_NE(columns.find("NULLIF(a.attstattarget, -1)"), std::string::npos) << version;
	}
}

} // namespace
} // namespace pgschemadiff
