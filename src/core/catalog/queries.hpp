// queries.hpp — the catalog queries, kept as data.
// Layer: core/catalog. One query per object kind, never one per table. Each
// entry names the server versions it fits; both readers run exactly these.
// Every column is text, every query ends ORDER BY names (COLLATE "C").
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

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
	kViewColumnDefaults,  // ALTER VIEW ... ALTER COLUMN ... SET DEFAULT
	kCloneTriggerStates,  // a partition's trigger clone enabled otherwise than its parent
	kOwners,              // owners of the objects that have one (with_owners)
	kLongTail,            // base/shell types, operators, classes, casts, languages, ...
	kCastPaths,           // every cast the server knows (pg_cast), as pairs of type names
	kRelationColumnOptions, // column settings of materialized views, foreign tables, indexes
	kAccessMethods,       // tables and materialized views whose access method is not heap
	kSystemPrivileges,    // owners and ACLs of objects initdb made, where they depart from it
	kUserMappings,        // user mappings of the servers a user made (options when visible)
	kSubscriptions,       // subscriptions of the current database
	kCount,               // the queries every reader runs, in this order
	kSequenceValues,      // a follow-up query (SequenceValuesQuery), not in the list above
};

struct CatalogQuery {
	QueryId id;
	const char *name; // what is being read, for error contexts ("columns")
	int min_version;  // inclusive, PG_VERSION_NUM style (130000)
	int max_version;  // inclusive
	const char *text;
	bool paged = false; // takes $1 (the last page_key read); returns at most kPageSize rows
	// Run with enable_nestloop = off: its joins of computed sets (pg_depend
	// against the objects it names, by three columns) are estimated at one
	// row, and a nested loop over tens of thousands of rows is quadratic
	// (20,000 analyzed tables: more than 8 minutes instead of seconds).
	bool no_nestloop = false;
};

/// Rows per page of a paged query: each page is read in a subtransaction
/// that is rolled back, so the locks pg_get_viewdef/pg_get_ruledef take are
/// released page by page instead of piling up with the number of objects.
constexpr int kPageSize = 200;

/// Lowest and highest server versions the query table covers.
constexpr int kMinServerVersion = 130000;
constexpr int kMaxServerVersion = 189999;

/// The query for `id` on a server of `server_version`, or nullptr if none fits.
const CatalogQuery *FindQuery(QueryId id, int server_version);

/// The columns every version of query `id` returns, comma-separated, in order.
const char *ExpectedColumns(QueryId id);

/// The follow-up query kSequenceValues: oid and current value (NULL without
/// SELECT or USAGE privilege) of the sequences with these oids. Throws
/// kCatalogDrift unless each oid is a decimal number (they come from the
/// other server's rows, and are written into this query's text).
std::string SequenceValuesQuery(const std::vector<std::string> &oids);

/// Every entry, for tests that check the table's coverage.
const CatalogQuery *AllQueries(int *count);

} // namespace pgschemadiff
