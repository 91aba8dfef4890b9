// publications.cpp — renders publication changes (CREATE / ALTER / DROP PUBLICATION).
// Layer: core/render. Mirrors pg_dump's dumpPublication and
// dumpPublicationTable: every table is named with ONLY (children of an
// inheritance parent are listed on their own), a row filter inside
// parentheses, publish_via_partition_root only when true.
#include "core/render/publications.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
AlterPublication(const std::string &name)
{
	return "ALTER PUBLICATION " + QuoteIdent(name) + " ";
}

std::string
TableObject(const PublicationTable &t)
{
	std::string out = "TABLE ONLY " + QuoteQualified(t.table);
	if (t.columns) {
		out += " (";
		for (std::size_t i = 0; i < t.columns->size(); ++i) {
			out += (i > 0 ? ", " : "") + QuoteIdent((*t.columns)[i]);
		}
		out += ")";
	}
	if (t.row_filter) {
		out += " WHERE (" + *t.row_filter + ")";
	}
	return out;
}

std::string
PublishList(const PublicationOptions &o)
{
	std::string out;
	const std::pair<bool, const char *> actions[] = {
	    {o.insert, "insert"}, {o.update, "update"}, {o.del, "delete"}, {o.truncate, "truncate"}};
	for (const auto &[on, name] : actions) {
		if (on) {
			out += (out.empty() ? "" : ", ") + std::string(name);
		}
	}
	return "publish = " + QuoteLiteral(out);
}

std::string
ViaRoot(bool via_root)
{
	return std::string("publish_via_partition_root = ") + (via_root ? "true" : "false");
}

} // namespace

std::string
CreatePublication(const Publication &p)
{
	std::string out = "CREATE PUBLICATION " + QuoteIdent(p.name);
	if (p.all_tables) {
		out += " FOR ALL TABLES";
	} else {
		std::string objects;
		for (const auto &[id, t] : p.tables) {
			objects += (objects.empty() ? "" : ", ") + TableObject(t);
		}
		for (const auto &schema : p.schemas) {
			objects += (objects.empty() ? "" : ", ") + ("TABLES IN SCHEMA " + QuoteIdent(schema));
		}
		if (!objects.empty()) {
			out += " FOR " + objects;
		}
	}
	out += " WITH (" + PublishList(p.options);
	if (p.options.via_root) {
		out += ", " + ViaRoot(true);
	}
	return out + ");";
}

std::string
DropPublication(const std::string &name)
{
	return "DROP PUBLICATION " + QuoteIdent(name) + ";";
}

std::string
AddPublicationTable(const std::string &publication, const PublicationTable &t)
{
	return AlterPublication(publication) + "ADD " + TableObject(t) + ";";
}

std::string
DropPublicationTable(const std::string &publication, const QualifiedName &table)
{
	return AlterPublication(publication) + "DROP TABLE ONLY " + QuoteQualified(table) + ";";
}

std::string
AddPublicationSchema(const std::string &publication, const std::string &schema)
{
	return AlterPublication(publication) + "ADD TABLES IN SCHEMA " + QuoteIdent(schema) + ";";
}

std::string
DropPublicationSchema(const std::string &publication, const std::string &schema)
{
	return AlterPublication(publication) + "DROP TABLES IN SCHEMA " + QuoteIdent(schema) + ";";
}

std::string
SetPublicationOptions(const std::string &publication, const PublicationOptions &have,
                      const PublicationOptions &want)
{
	std::string options;
	if (std::tie(have.insert, have.update, have.del, have.truncate) !=
	    std::tie(want.insert, want.update, want.del, want.truncate)) {
		options = PublishList(want);
	}
	if (have.via_root != want.via_root) {
		options += (options.empty() ? "" : ", ") + ViaRoot(want.via_root);
	}
	if (options.empty()) {
		return "";
	}
	return AlterPublication(publication) + "SET (" + options + ");";
}

} // namespace render
} // namespace pgschemadiff
