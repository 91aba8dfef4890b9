// identity.cpp — identities of changes (identity.hpp).
// Layer: core/plan.
#include "core/plan/identity.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {

std::string
RenameIdentity(const std::string &from, const std::string &to)
{
	return from + " \u2192 " + to;
}

std::string
OperatorName(const std::string &schema, const std::string &name)
{
	return QuoteIdent(schema) + "." + name;
}

std::string
OperatorFamilyName(const LongTailObject &o)
{
	return QuoteQualified(o.id) + " USING " + QuoteIdent(o.args);
}

std::string
LongTailIdentity(const LongTailObject &o)
{
	if (o.kind == ObjectKind::kOperator) {
		return OperatorName(o.id.schema, o.id.name) + o.args;
	}
	if (o.kind == ObjectKind::kOperatorFamily || o.kind == ObjectKind::kOperatorClass) {
		return OperatorFamilyName(o);
	}
	// casts and transforms as pg_identify_object names them
	if (o.kind == ObjectKind::kCast) {
		return "(" + o.Attr("source") + " AS " + o.Attr("target") + ")";
	}
	if (o.kind == ObjectKind::kTransform) {
		return "for " + o.id.name + " on language " + QuoteIdent(o.args);
	}
	if (o.kind == ObjectKind::kLanguage || o.kind == ObjectKind::kAccessMethod) {
		return QuoteIdent(o.id.name);
	}
	return QuoteQualified(o.id);
}

} // namespace pgschemadiff
