// build_system.cpp — kSystemPrivileges rows -> Catalog::system_acls;
// kUserMappings rows -> Catalog::user_mappings; kSubscriptions rows ->
// Catalog::subscriptions.
// Layer: core/catalog. Each object comes as an 'owner' and an 'initdb owner'
// row, then its ACL items ('current') and its initial ones ('initial').
#include "core/catalog/build_kinds.hpp"

namespace pgschemadiff {

void
BuildSystemPrivileges(const RowSet &rows, Catalog &cat)
{
	EachRow(rows, [&](const RowReader &r) {
		const ObjectRef object{KindFromName(r.Text("kind")), r.Text("schema"), r.Text("name"),
		                       r.Text("sub")};
		SystemAcl &acl = cat.system_acls[object];
		const std::string state = r.Text("state");
		const std::string role = r.Text("role");
		if (state == "owner") {
			acl.owner = role;
		} else if (state == "initdb owner") {
			acl.initdb_owner = role;
		} else if (state == "current" || state == "initial") {
			(state == "current" ? acl.current : acl.initial)
			    .emplace(role, r.Text("privilege"), r.Bool("grantable"));
		} else {
			throw Error(ErrorKind::kCatalogDrift, "unknown privilege state \"" + state + "\"");
		}
	});
}

void
BuildUserMappings(const RowSet &rows, Catalog &cat)
{
	EachRow(rows, [&](const RowReader &r) {
		UserMapping m;
		m.server = r.Text("server");
		m.user = r.Text("user_name");
		m.visible = r.Bool("visible");
		m.options = ParseFdwOptions(r.Text("options"));
		cat.user_mappings.emplace(std::make_pair(m.server, m.user), std::move(m));
	});
}

void
BuildSubscriptions(const RowSet &rows, Catalog &cat)
{
	EachRow(rows, [&](const RowReader &r) {
		Subscription s;
		s.name = r.Text("name");
		s.conninfo = r.Optional("conninfo");
		s.publications = ParseTextArray(r.Text("publications"));
		s.slot_name = r.Optional("slot_name");
		s.options = ParseTextArray(r.Text("options"));
		s.comment = r.Optional("comment");
		cat.subscriptions.emplace(s.name, std::move(s));
	});
}

} // namespace pgschemadiff
