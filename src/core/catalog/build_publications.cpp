// build_publications.cpp — rows of the publication queries -> Publication.
// Layer: core/catalog.
#include "core/catalog/build_kinds.hpp"

namespace pgschemadiff {
void
BuildPublications(const RowSet &publications, const RowSet &objects, Catalog &cat)
{
	EachRow(publications, [&](const RowReader &r) {
		Publication p;
		p.name = r.Text("name");
		p.all_tables = r.Bool("all_tables");
		p.options.insert = r.Bool("publish_insert");
		p.options.update = r.Bool("publish_update");
		p.options.del = r.Bool("publish_delete");
		p.options.truncate = r.Bool("publish_truncate");
		p.options.via_root = r.Bool("via_root");
		cat.publications.emplace(p.name, std::move(p));
	});
	EachRow(objects, [&](const RowReader &r) {
		auto it = cat.publications.find(r.Text("publication"));
		if (it == cat.publications.end()) {
			return; // a publication of an extension
		}
		Publication &p = it->second;
		const std::string kind = r.Text("kind");
		if (kind == "schema") {
			p.schemas.insert(r.Text("schema"));
			return;
		}
		if (kind != "table") {
			throw Error(ErrorKind::kCatalogDrift, "unknown publication object kind " + kind);
		}
		PublicationTable t;
		t.table = {r.Text("schema"), r.Text("name")};
		if (r.Get("columns")) {
			t.columns = ParseTextArray(r.Text("columns"));
		}
		t.row_filter = r.Optional("row_filter");
		p.tables.emplace(t.table, std::move(t));
	});
}

} // namespace pgschemadiff
