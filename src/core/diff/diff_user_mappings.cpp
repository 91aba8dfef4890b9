// diff_user_mappings.cpp — CREATE / ALTER / DROP USER MAPPING (option
// with_privileges: a mapping says who may use a server as whom).
// Layer: core/diff. A mapping is made after its server and dropped before it
// (a server the remote lacks then goes too). Credentials are never copied:
// a mapping to create or change whose options, on either side, hold a
// password, or that the reading role may not see (pg_user_mappings hides
// them), is named in a WARNING and left as it is — never made without its
// options. Dropping needs no options.
#include "core/diff/context.hpp"
#include "core/util/quote.hpp"

#include <algorithm>

namespace pgschemadiff {
namespace {

std::string
Identity(const UserMapping &m)
{
	return "for " + (m.user == "public" ? std::string("PUBLIC") : QuoteIdent(m.user)) + " server " +
	       QuoteIdent(m.server);
}

bool
HoldsPassword(const UserMapping &m)
{
	return std::any_of(m.options.begin(), m.options.end(),
	                   [](const auto &o) { return o.first == "password"; });
}

ObjectRef
Server(const std::string &name)
{
	return {ObjectKind::kServer, "", name, ""};
}

} // namespace

void
DiffUserMappings(DiffContext &ctx)
{
	std::vector<std::string> left_out;
	for (const auto &[key, want] : ctx.to.user_mappings) {
		if (ctx.to.foreign_servers.count(want.server) == 0) {
			continue; // a server not compared (include_schemas)
		}
		auto it = ctx.from.user_mappings.find(key);
		const UserMapping *have = it == ctx.from.user_mappings.end() ? nullptr : &it->second;
		if (have != nullptr && *have == want) {
			continue;
		}
		if (!want.visible || (have != nullptr && !have->visible)) {
			left_out.push_back("user mapping " + Identity(want) +
			                   ": its options are hidden from the role reading the catalog");
			continue;
		}
		if (HoldsPassword(want) || (have != nullptr && HoldsPassword(*have))) {
			left_out.push_back("user mapping " + Identity(want) + ": it holds a password");
			continue;
		}
		if (want.user != "public" && ctx.from.roles.count(want.user) == 0) {
			left_out.push_back("user mapping " + Identity(want) + ": role " +
			                   QuoteIdent(want.user) + " does not exist locally");
			continue;
		}
		if (have == nullptr) {
			ctx.Add(Phase::kCreateServers, "user mapping", Identity(want), Action::kCreate, false,
			        op::CreateUserMapping{want})
			    .needs.push_back(Server(want.server));
			continue;
		}
		if (!SameOptions(have->options, want.options)) {
			ctx.Add(Phase::kCreateServers, "user mapping", Identity(want), Action::kAlter, false,
			        op::AlterUserMapping{*have, want})
			    .needs.push_back(Server(want.server));
		}
	}
	for (const auto &[key, have] : ctx.from.user_mappings) {
		if (ctx.to.user_mappings.count(key) > 0 ||
		    (ctx.to.foreign_servers.count(have.server) > 0 &&
		     ctx.from.foreign_servers.count(have.server) == 0)) {
			continue;
		}
		if (ctx.from.foreign_servers.count(have.server) == 0) {
			continue; // a server not compared (include_schemas)
		}
		ctx.Add(Phase::kDropDependents, "user mapping", Identity(have), Action::kDrop, true,
		        op::DropUserMapping{have});
	}
	if (!left_out.empty()) {
		std::string detail;
		for (const auto &w : left_out) {
			detail += (detail.empty() ? "" : "\n") + w;
		}
		ctx.Warn("schema_diff left out " + std::to_string(left_out.size()) +
		             (left_out.size() == 1 ? " user mapping" : " user mappings") +
		             ": pgschemadiff never copies credentials",
		         detail + "\nCreate or change them yourself (as a superuser, or as the mapped "
		                  "user with USAGE on the server, to read them).");
	}
}

} // namespace pgschemadiff
