// longtail.hpp — SQL text for the long-tail kinds (model/longtail.hpp).
// Layer: core/render. Spelled as pg_dump spells them (dumpBaseType,
// dumpShellType, dumpOpr, dumpOpfamily, dumpOpclass, dumpCast,
// dumpConversion, dumpProcLang, dumpTransform, dumpAccessMethod).
#pragma once

#include "core/model/longtail.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// CREATE statement; for a base type its full definition (after the shell).
std::string CreateLongTail(const LongTailObject &o);
/// CREATE TYPE s.t; (a shell, as pg_dump's dumpShellType)
std::string CreateShellType(const QualifiedName &id);
/// DROP TYPE s.t CASCADE; (a range with a CANONICAL function, which goes with it)
std::string DropTypeCascade(const QualifiedName &id);
/// DROP statement (a base type: DROP TYPE ... CASCADE, its I/O functions go with it).
std::string DropLongTail(const LongTailObject &o);
/// CREATE OR REPLACE, for languages and transforms.
std::string ReplaceLongTail(const LongTailObject &o);
/// ALTER TYPE s.t SET (key = value, ...) for the attributes named in `keys`.
std::string AlterBaseType(const LongTailObject &o, const std::vector<std::string> &keys);
/// ALTER OPERATOR s.op (l, r) SET (RESTRICT = ..., JOIN = ...)
std::string AlterOperatorEstimators(const LongTailObject &o);
/// ALTER OPERATOR FAMILY s.f USING am ADD / DROP one member.
std::string AddFamilyMember(const LongTailObject &family, const LongTailAttrs &member);
std::string DropFamilyMember(const LongTailObject &family, const LongTailAttrs &member);

} // namespace render
} // namespace pgschemadiff
