// build_kinds.hpp — rows -> model for the kinds kept out of builder.cpp:
// publications.
// Layer: core/catalog. BuildCatalog checks each RowSet's columns first.
#pragma once

#include "core/catalog/rowset.hpp"
#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

namespace pgschemadiff {

void BuildPublications(const RowSet &publications, const RowSet &objects, Catalog &cat);

} // namespace pgschemadiff
