// quote.hpp — all quoting of identifiers and literals.
// Layer: core/util (used by diff/ for identities, by render/ for SQL). Identifiers are always double-quoted: that is correct
// for every name (mixed case, spaces, quotes, unicode, reserved words) and
// reads the same as migra's output.
#pragma once

#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {

/// "name" with embedded double quotes doubled.
std::string QuoteIdent(const std::string &name);
/// "schema"."name"
std::string QuoteQualified(const QualifiedName &id);
/// 'text' with quotes doubled; E'...' with backslashes doubled when the text
/// has a backslash (as PostgreSQL's quote_literal does), so the result is the
/// same whatever standard_conforming_strings says.
std::string QuoteLiteral(const std::string &text);

} // namespace pgschemadiff
