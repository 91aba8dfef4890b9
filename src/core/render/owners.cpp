// owners.cpp — SQL text for ALTER … OWNER TO (with_owners).
// Layer: core/render. The keyword comes from the catalog (sql_kind of the
// owners query), the object's name from the kinds table (plan/object_kind).
#include "core/render/ddl.hpp"

#include "core/plan/object_kind.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
Owner(const ObjectRef &o, const std::string &sql_kind, const std::string &role)
{
	return "ALTER " + sql_kind + " " + OwnerTarget(o) + " OWNER TO " + QuoteIdent(role) + ";";
}

} // namespace render
} // namespace pgschemadiff
