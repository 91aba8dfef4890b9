// diff_extensions.cpp — CREATE / ALTER (version, schema) / DROP EXTENSION.
// Layer: core/diff. Members of an extension are never diffed: they follow it.
#include "core/diff/context.hpp"
#include "core/diff/hazards.hpp"
#include "core/util/quote.hpp"

namespace pgschemadiff {

void
DiffExtensions(DiffContext &ctx)
{
	const bool versions = !ctx.options.ignore_extension_versions;
	for (const auto &[name, want] : ctx.to.extensions) {
		const std::string id = QuoteIdent(name);
		auto it = ctx.from.extensions.find(name);
		if (it == ctx.from.extensions.end()) {
			ctx.Add(Phase::kCreateExtensions, "extension", id, Action::kCreate, false,
			        op::CreateExtension{want, versions});
			continue;
		}
		const Extension &have = it->second;
		if (versions && have.version != want.version) {
			ctx.Add(Phase::kCreateExtensions, "extension", id, Action::kAlter, false,
			        op::AlterExtensionUpdate{name, want.version})
			    .hazards.Add(Hazard::kExtensionUpgrade);
		}
		if (have.schema != want.schema) {
			if (have.relocatable) {
				ctx.Add(Phase::kCreateExtensions, "extension", id, Action::kAlter, false,
				        op::AlterExtensionSchema{name, want.schema});
			} else {
				ctx.Warn("extension " + id + " is in schema " + QuoteIdent(have.schema) +
				             " locally but in " + QuoteIdent(want.schema) + " remotely",
				         "The extension is not relocatable; move it by hand (drop and create it).");
			}
		}
	}
	for (const auto &[name, have] : ctx.from.extensions) {
		if (ctx.to.extensions.count(name) == 0) {
			ctx.Add(Phase::kDropExtensions, "extension", QuoteIdent(name), Action::kDrop, true,
			        op::DropExtension{name});
		}
	}
}

} // namespace pgschemadiff
