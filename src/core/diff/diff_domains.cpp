// diff_domains.cpp — CREATE / ALTER / DROP DOMAIN.
// Layer: core/diff. Default, NOT NULL and check constraints change in place
// (ALTER DOMAIN); a changed base type or collation cannot, and is reported
// rather than dropped under the columns that use the domain.
#include "core/diff/context.hpp"
#include "core/render/ddl.hpp"
#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace {

void
AlterDomain(DiffContext &ctx, const Domain &have, const Domain &want)
{
	const QualifiedName &id = want.id;
	const auto alter = [&](Action action, bool destructive, std::string sql) {
		ctx.Add(Phase::kCreateDomains, "type", QuoteQualified(id), action, destructive,
		        std::move(sql));
	};
	for (const auto &[name, definition] : have.checks) {
		auto it = want.checks.find(name);
		if (it == want.checks.end() || it->second != definition) {
			alter(Action::kDrop, it == want.checks.end(), render::DropDomainConstraint(id, name));
		}
	}
	if (have.default_expr != want.default_expr) {
		alter(Action::kAlter, false, render::AlterDomainDefault(id, want.default_expr));
	}
	if (have.not_null != want.not_null) {
		alter(Action::kAlter, false, render::AlterDomainNotNull(id, want.not_null));
	}
	for (const auto &[name, definition] : want.checks) {
		auto it = have.checks.find(name);
		if (it == have.checks.end() || it->second != definition) {
			alter(Action::kCreate, false, render::AddDomainConstraint(id, name, definition));
		}
	}
}

} // namespace

void
DiffDomains(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.domains) {
		auto it = ctx.from.domains.find(id);
		if (it == ctx.from.domains.end()) {
			ctx.Add(Phase::kCreateDomains, "type", QuoteQualified(id), Action::kCreate, false,
			        render::CreateDomain(want));
			continue;
		}
		const Domain &have = it->second;
		if (have == want) {
			continue;
		}
		if (have.base_type != want.base_type || have.collation != want.collation) {
			ctx.Warn("domain " + QuoteQualified(id) +
			             " has another base type or collation and was not changed",
			         "A domain's base type cannot be altered in place. Remote definition: " +
			             render::CreateDomain(want));
			continue;
		}
		AlterDomain(ctx, have, want);
	}
	for (const auto &[id, have] : ctx.from.domains) {
		if (ctx.to.domains.count(id) == 0) {
			ctx.Add(Phase::kDropDomains, "type", QuoteQualified(id), Action::kDrop, true,
			        render::DropDomain(id));
		}
	}
}

} // namespace pgschemadiff
