// digest.hpp — a digest of the catalog rows read for one side.
// Layer: core/catalog. The apply procedure compares two of them to know the
// schema did not change between its plan and each transaction it runs.
#pragma once

#include "core/catalog/builder.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {

/// 32 hex digits: two 64-bit FNV-1a hashes (different offset bases) of
/// every query's column names and cells (NULL told apart from ''), queries
/// in their fixed order; the follow-up query's rows (sequence values) are
/// left out. Equal rows give equal digests. A change detector, not a
/// cryptographic hash.
std::string RowsDigest(const CatalogRows &rows);

} // namespace pgschemadiff
