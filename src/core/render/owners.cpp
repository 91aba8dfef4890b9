// owners.cpp — SQL text for ALTER … OWNER TO (with_owners).
// Layer: core/render. The keyword comes from the catalog (sql_kind of the
// owners query), so a kind gets its statement without a branch here; only
// how the object is named differs: a schema by its own name, objects outside
// schemas by their name, routines with their identity arguments.
#include "core/render/ddl.hpp"

#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
Owner(const ObjectRef &o, const std::string &sql_kind, const std::string &role)
{
	std::string target;
	if (o.kind == "schema") {
		target = QuoteIdent(o.schema);
	} else if (o.schema.empty() || o.kind == "event trigger") {
		target = QuoteIdent(o.name);
	} else {
		target = QuoteQualified({o.schema, o.name});
	}
	if (o.kind == "function" || o.kind == "procedure") {
		target += "(" + o.sub + ")";
	} else if (o.kind == "aggregate") {
		target += "(" + (o.sub.empty() ? std::string("*") : o.sub) + ")";
	}
	return "ALTER " + sql_kind + " " + target + " OWNER TO " + QuoteIdent(role) + ";";
}

} // namespace render
} // namespace pgschemadiff
