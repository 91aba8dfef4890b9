// ranges.cpp — SQL text for range types.
// Layer: core/render.
#include "core/render/ddl.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
CreateRange(const RangeType &t)
{
	std::string out =
	    "CREATE TYPE " + QuoteQualified(t.id) + " AS RANGE (\n    SUBTYPE = " + t.subtype;
	if (t.subtype_opclass) {
		out += ",\n    SUBTYPE_OPCLASS = " + QuoteQualified(*t.subtype_opclass);
	}
	if (t.collation) {
		out += ",\n    COLLATION = " + QuoteQualified(*t.collation);
	}
	if (t.subtype_diff) {
		out += ",\n    SUBTYPE_DIFF = " + *t.subtype_diff;
	}
	if (t.canonical) {
		out += ",\n    CANONICAL = " + *t.canonical;
	}
	if (t.multirange) {
		out += ",\n    MULTIRANGE_TYPE_NAME = " + QuoteQualified(*t.multirange);
	}
	return out + "\n);";
}

} // namespace render
} // namespace pgschemadiff
