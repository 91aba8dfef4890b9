// build_kinds.hpp — rows -> model for the kinds kept out of builder.cpp:
// publications, text search dictionaries and configurations, foreign
// servers and foreign tables.
// Layer: core/catalog. BuildCatalog checks each RowSet's columns first.
#pragma once

#include "core/catalog/rowset.hpp"
#include "core/error.hpp"
#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// Calls fn(RowReader) for each row; cells that do not make whole rows are
/// catalog drift.
template <typename Fn>
void
EachRow(const RowSet &set, Fn fn)
{
	if (!set.Complete()) {
		throw Error(ErrorKind::kCatalogDrift, "catalog row has the wrong number of cells");
	}
	for (std::size_t row = 0; row < set.RowCount(); ++row) {
		fn(RowReader(set, row));
	}
}

void BuildPublications(const RowSet &publications, const RowSet &objects, Catalog &cat);
void BuildTextSearch(const RowSet &dictionaries, const RowSet &configurations, Catalog &cat);
void BuildForeign(const RowSet &servers, const RowSet &tables, Catalog &cat);
/// kLongTail rows: objects, and the members of their owners.
void BuildLongTail(const RowSet &rows, Catalog &cat);
void BuildForeignDataWrappers(const RowSet &wrappers, Catalog &cat);
/// kSystemPrivileges rows: owner markers and exploded ACL items per object.
void BuildSystemPrivileges(const RowSet &rows, Catalog &cat);
void BuildUserMappings(const RowSet &rows, Catalog &cat);
/// {"name=value", ...} as srvoptions, umoptions and friends store them.
FdwOptions ParseFdwOptions(const std::string &literal);
void BuildSubscriptions(const RowSet &rows, Catalog &cat);

/// Parses pg_ts_dict.dictinitoption as PostgreSQL's serialize_deflist writes
/// it (`name = 'value', other = 1`; names as quote_identifier gives them,
/// strings as [E]'...' with quotes doubled). Names and strings come back
/// unquoted. Throws kCatalogDrift on anything else.
std::vector<TextSearchOption> ParseDictionaryOptions(const std::string &text);

} // namespace pgschemadiff
