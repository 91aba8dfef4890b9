// cross_version.hpp — what makes two majors' catalogs comparable.
// Layer: core/catalog. Runs on the remote's rows after both sides are read
// and before the models are built, only when the two servers' majors differ:
//   * printed definitions: PostgreSQL 16 stopped qualifying the columns of a
//     single-relation view (pg_get_viewdef), so the same view reads
//     differently on 15 and 16+. The adapter prints the remote's definition
//     again on the local server (src/pg/reparse.cpp); when that equals the
//     local definition, the two define the same view and the remote row
//     takes the local text. Otherwise the remote's own text stays: a real
//     difference is never hidden. Index definitions likewise (13 quotes a
//     function named like a keyword, "normalize"(...), 14+ does not): the
//     part from USING on is created on an empty copy of the table.
//   * virtual generated columns (18) are compared as stored ones, with a
//     WARNING naming each when the local major has none;
//   * privileges the local major does not have (MAINTAIN, new in 17) leave
//     the remote's rows: the owner's own and the built-in defaults silently
//     (17's acldefault adds it), grants to anybody else with a WARNING.
#pragma once

#include "core/catalog/builder.hpp"
#include "core/plan/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pgschemadiff {

/// What the adapter creates to print a definition again.
enum class ReparseKind : int {
	kView = 0,  // CREATE TEMPORARY VIEW ... AS <text>; pg_get_viewdef
	kIndex = 1, // a temporary copy of table, CREATE INDEX ... USING <text>; pg_get_indexdef
	// an expression on table_schema.table_name (a column default or
	// generation expression, a CHECK's condition, a policy's USING or WITH
	// CHECK): only compared with SQL-standard syntax spelled as plain calls
	kExpression = 2,
};

/// A remote definition the local server should print again.
struct ReparseItem {
	ReparseKind kind = ReparseKind::kView;
	QueryId query = QueryId::kViews;
	std::size_t row = 0;      // index in the remote RowSet of `query`
	std::string text;         // what the adapter creates: a view's query, an index's USING part
	std::string table_schema; // kIndex: the table the index is on
	std::string table_name;
	std::size_t tail = 0;         // kIndex: where `text` starts in both definitions
	std::string definition;       // the remote row's definition
	std::string local_definition; // what the local server prints for its object
	std::string column = "definition"; // the remote row's cell that holds `definition`
	/// The remote is older than 14, which prints SQL-standard syntax
	/// (SUBSTRING(x FROM 2), x AT TIME ZONE 'UTC', TRIM(...), ...) as plain
	/// calls and keeps no trace of how it was written: the adapter also
	/// prints `text` and `local_text` with every such call spelled as a
	/// plain one (SessionSetNormalized).
	bool without_sql_syntax = false;
	std::string local_text; // the local's counterpart of `text`
};

/// True when a remote of `remote_version` keeps no SQL-standard call syntax
/// (before 14) while the local server does.
bool LosesSqlSyntax(int local_version, int remote_version);

/// The part of a pg_get_indexdef text after the " USING " that `prefix_end`
/// (exclusive) ends in, or after the first one when prefix_end is npos;
/// npos when there is none.
std::size_t IndexTailStart(const std::string &definition, std::size_t prefix_end);

/// True when the two servers' majors differ (versions as PG_VERSION_NUM).
bool MajorsDiffer(int local_version, int remote_version);

/// Views and materialized views both sides have (same schema, name and
/// kind), and indexes (same schema, table and name, same text up to USING),
/// whose printed definitions differ, when the majors differ; views first,
/// each in remote row order. When the remote LosesSqlSyntax, also the
/// column defaults, CHECK conditions and policy expressions both sides have
/// and print differently (kExpression), and every item is marked
/// without_sql_syntax. Empty when the majors are the same.
std::vector<ReparseItem> FindReparseItems(const CatalogRows &local, const CatalogRows &remote,
                                          int local_version, int remote_version);

/// `reparsed` is what the local server printed for the item (a view's
/// query; a whole index definition on the temporary table). When it matches
/// the local definition (for an index: from USING on) the remote row takes
/// the local definition and true is returned; otherwise nothing changes.
bool ApplyReparsed(CatalogRows &remote, const ReparseItem &item, const std::string &reparsed);

/// `remote_text` and `local_text` are the item's two texts as the local
/// server prints them with SQL-standard syntax spelled as plain calls. When
/// they are equal the remote row takes the local definition and true is
/// returned; otherwise nothing changes (a real difference stays).
bool ApplyNormalized(CatalogRows &remote, const ReparseItem &item, const std::string &remote_text,
                     const std::string &local_text);

/// Removes from the remote's privilege and default-privilege rows the
/// privileges the local major does not have; a WARNING for each grant that
/// is not the owner's own or a built-in default.
std::vector<Diagnostic> DropPrivilegesUnknownLocally(CatalogRows &remote, int local_version,
                                                     int remote_version);

/// WARNINGs for what the remote has and the local major cannot represent,
/// which the model reads as the nearest local form: virtual generated
/// columns (18) are compared and created as STORED ones.
std::vector<Diagnostic> NoteFeaturesUnknownLocally(const CatalogRows &remote, int local_version,
                                                   int remote_version);

} // namespace pgschemadiff
