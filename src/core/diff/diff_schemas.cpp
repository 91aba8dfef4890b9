// diff_schemas.cpp — CREATE / DROP SCHEMA.
// Layer: core/diff.
#include "core/diff/context.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {

void
DiffSchemas(DiffContext &ctx)
{
	for (const auto &[name, schema] : ctx.to.schemas) {
		if (ctx.from.schemas.count(name) == 0) {
			// Named so that an object moved into it (SET SCHEMA) can wait for it.
			ctx.Add(Phase::kCreateSchemas, "schema", QuoteIdent(name), Action::kCreate, false,
			        op::CreateSchema{name})
			    .object = {ObjectKind::kSchema, name, "", ""};
		}
	}
	for (const auto &[name, schema] : ctx.from.schemas) {
		if (ctx.to.schemas.count(name) == 0) {
			ctx.Add(Phase::kDropSchemas, "schema", QuoteIdent(name), Action::kDrop, true,
			        op::DropSchema{name})
			    .object = {ObjectKind::kSchema, name, "", ""};
		}
	}
}

} // namespace pgschemadiff
