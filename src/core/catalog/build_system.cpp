// build_system.cpp — kSystemPrivileges rows -> Catalog::system_acls.
// Layer: core/catalog. Each object comes as an 'owner' and an 'initdb owner'
// row, then its ACL items ('current') and its initial ones ('initial').
#include "core/catalog/build_kinds.hpp"

namespace pgschemadiff {

void
BuildSystemPrivileges(const RowSet &rows, Catalog &cat)
{
	EachRow(rows, [&](const RowReader &r) {
		const ObjectRef object{r.Text("kind"), r.Text("schema"), r.Text("name"), r.Text("sub")};
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

} // namespace pgschemadiff
