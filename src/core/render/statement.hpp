// statement.hpp — a statement's SQL text.
// Layer: core/render. Called once the plan is ordered (core/migration.cpp).
#pragma once

#include "core/plan/statement.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {
namespace render {

/// One complete statement ending with ';' ("" for an empty Statement).
std::string Render(const Statement &s);

} // namespace render
} // namespace pgschemadiff
