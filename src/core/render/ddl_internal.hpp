// ddl_internal.hpp — clause helpers shared by the files that implement ddl.hpp.
// Layer: core/render. Private to render/: only render/*.cpp include it; the
// public header is ddl.hpp.
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {
namespace render {

/// ALTER TABLE "s"."t" , with a trailing space (tables.cpp).
std::string AlterTable(const QualifiedName &table);

/// START WITH .. INCREMENT BY .. MINVALUE .. MAXVALUE .. CACHE .. [NO] CYCLE,
/// for sequences and identity columns alike (sequences.cpp).
std::string SequenceClauses(const std::string &start, const std::string &increment,
                            const std::string &min_value, const std::string &max_value,
                            const std::string &cache, bool cycle);

} // namespace render
} // namespace pgschemadiff
