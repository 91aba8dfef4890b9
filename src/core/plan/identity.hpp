// identity.hpp — how a change names its object in the `identity` column.
// Layer: core/plan. Shared by diff/ (which sets identities) and render/
// (whose statements name objects the same way).
#pragma once

#include "core/model/longtail.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {

/// The identity column of a rename: "old → new".
std::string RenameIdentity(const std::string &from, const std::string &to);

/// "s".op: an operator name is not an identifier and is never quoted.
std::string OperatorName(const std::string &schema, const std::string &name);
/// "s"."family" USING "method": an operator family or class.
std::string OperatorFamilyName(const LongTailObject &o);
/// How a long-tail object (operator, class, family, cast, conversion,
/// language, transform, access method…) is named, as pg_identify_object
/// names it.
std::string LongTailIdentity(const LongTailObject &o);

} // namespace pgschemadiff
