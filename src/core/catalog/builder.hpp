// builder.hpp — catalog rows -> model.
// Layer: core/catalog. Checks that each result has the columns its query
// promised (typed kCatalogDrift error otherwise) and builds one Catalog.
#pragma once

#include "core/catalog/queries.hpp"
#include "core/catalog/rowset.hpp"
#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>

namespace pgschemadiff {

/// The results of every query for one side, by query id.
using CatalogRows = std::map<QueryId, RowSet>;

/// Throws kCatalogDrift unless `names` are exactly the columns query `id`
/// promises (ExpectedColumns), naming the query and the first difference.
void CheckColumns(QueryId id, const std::vector<std::string> &names);

/// Oids (as text) of the sequences of `have` whose bounds differ from the
/// sequence of the same name in `want`: the only ones whose current value the
/// diff needs (kSequenceValues). Both must hold kSequences.
std::vector<std::string> SequencesWithNewBounds(const CatalogRows &have, const CatalogRows &want);

/// Builds the model of one database. Every query must be present.
Catalog BuildCatalog(const CatalogRows &rows, int server_version);
/// The same, freeing each query's rows once its part of the model is built;
/// `rows` is left empty.
Catalog BuildCatalogConsuming(CatalogRows &rows, int server_version);

} // namespace pgschemadiff
