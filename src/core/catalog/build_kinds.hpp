// build_kinds.hpp — rows -> model for the kinds kept out of builder.cpp:
// publications, text search dictionaries and configurations.
// Layer: core/catalog. BuildCatalog checks each RowSet's columns first.
#pragma once

#include "core/catalog/rowset.hpp"
#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

void BuildPublications(const RowSet &publications, const RowSet &objects, Catalog &cat);
void BuildTextSearch(const RowSet &dictionaries, const RowSet &configurations, Catalog &cat);

/// Parses pg_ts_dict.dictinitoption as PostgreSQL's serialize_deflist writes
/// it (`name = 'value', other = 1`; names as quote_identifier gives them,
/// strings as [E]'...' with quotes doubled). Names and strings come back
/// unquoted. Throws kCatalogDrift on anything else.
std::vector<TextSearchOption> ParseDictionaryOptions(const std::string &text);

} // namespace pgschemadiff
