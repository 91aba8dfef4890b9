// queries.hpp — the catalog queries, kept as data.
// Layer: core/catalog. One query per object kind, never one per table. Each
// entry names the server versions it fits; both readers run exactly these.
// Every column is text, every query ends ORDER BY names (COLLATE "C").
#pragma once

#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

enum class QueryId : int {
	kSchemas = 0,
	kExtensions,
	kCollations,
	kTables,
	kColumns,
	kConstraints,
	kIndexes,
	kSequences,
	kEnums,
	kViews,
	kRoutines,
	kTriggers,
	kPolicies,
	kDependencies,
	kPrivileges,
	kUnsupported,
	kComments,
	kDomains,
	kComposites,
	kAggregates,
	kRules,
	kEventTriggers,
	kRanges,
	kPublications,
	kPublicationObjects,
	kTextSearchDictionaries,
	kTextSearchConfigurations,
	kTableOptions,      // storage parameters and replica identity of tables
	kDefaultPrivileges, // pg_default_acl, and acldefault per object type
	kRoles,
	kForeignServers,
	kForeignTables,
	kColumnOptions,       // per-column statistics target, storage, compression, attribute options
	kUnsupportedSettings, // settings of migrated objects the migration does not carry over
	kStatistics,          // extended statistics (CREATE STATISTICS)
	kForeignDataWrappers, // foreign-data wrappers a user made
	kCount,
};

struct CatalogQuery {
	QueryId id;
	const char *name; // what is being read, for error contexts ("columns")
	int min_version;  // inclusive, PG_VERSION_NUM style (130000)
	int max_version;  // inclusive
	const char *text;
};

/// Lowest and highest server versions the query table covers.
constexpr int kMinServerVersion = 130000;
constexpr int kMaxServerVersion = 189999;

/// The query for `id` on a server of `server_version`, or nullptr if none fits.
const CatalogQuery *FindQuery(QueryId id, int server_version);

/// The columns every version of query `id` returns, comma-separated, in order.
const char *ExpectedColumns(QueryId id);

/// Every entry, for tests that check the table's coverage.
const CatalogQuery *AllQueries(int *count);

} // namespace pgschemadiff
