// build_longtail.cpp — kLongTail rows -> LongTailObject.
// Layer: core/catalog. Rows of kind "<owner kind> member" are attached to
// their owner (the query sorts owners before their members' kind names do
// not matter: owners are looked up, a member row of an owner not read is
// catalog drift).
#include "core/catalog/build_kinds.hpp"

namespace pgschemadiff {
namespace {

LongTailAttrs
ParseAttrs(const std::string &literal)
{
	LongTailAttrs out;
	for (const std::string &item : ParseTextArray(literal)) {
		const std::size_t eq = item.find('=');
		if (eq == std::string::npos) {
			throw Error(ErrorKind::kCatalogDrift, "malformed attribute \"" + item + "\"");
		}
		out[item.substr(0, eq)] = item.substr(eq + 1);
	}
	return out;
}

const std::string kMemberSuffix = " member";

} // namespace

void
BuildLongTail(const RowSet &rows, Catalog &cat)
{
	std::vector<std::pair<LongTailKey, LongTailAttrs>> members;
	EachRow(rows, [&](const RowReader &r) {
		std::string kind = r.Text("kind");
		LongTailAttrs attrs = ParseAttrs(r.Text("attrs"));
		const std::string schema = r.Text("schema");
		const std::string name = r.Text("name");
		const std::string args = r.Text("args");
		if (kind.size() > kMemberSuffix.size() &&
		    kind.compare(kind.size() - kMemberSuffix.size(), kMemberSuffix.size(), kMemberSuffix) ==
		        0) {
			kind.erase(kind.size() - kMemberSuffix.size());
			members.emplace_back(LongTailKey{KindFromName(kind), schema, name, args},
			                     std::move(attrs));
			return;
		}
		LongTailObject o;
		o.kind = KindFromName(kind);
		o.id = {schema, name};
		o.args = args;
		o.attrs = std::move(attrs);
		cat.longtail.emplace(LongTailKey{o.kind, schema, name, args}, std::move(o));
	});
	for (auto &[owner, attrs] : members) {
		auto it = cat.longtail.find(owner);
		if (it == cat.longtail.end()) {
			continue; // an owner of an extension, or in a system schema
		}
		const std::string key = attrs["key"];
		attrs.erase("key");
		it->second.members[key] = std::move(attrs);
	}
}

} // namespace pgschemadiff
