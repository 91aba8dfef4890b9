// comments.cpp — SQL text for COMMENT ON (the target from plan/object_kind).
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
Comment(const ObjectRef &o, const std::optional<std::string> &text)
{
	return "COMMENT ON " + CommentTarget(o) + " IS " + (text ? QuoteLiteral(*text) : "NULL") + ";";
}

} // namespace render
} // namespace pgschemadiff
