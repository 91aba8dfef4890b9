// schemas.cpp — SQL text for schemas, extensions and collations.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
CreateSchema(const std::string &name)
{
	return "CREATE SCHEMA " + QuoteIdent(name) + ";";
}

std::string
DropSchema(const std::string &name)
{
	return "DROP SCHEMA " + QuoteIdent(name) + ";";
}

std::string
CreateExtension(const Extension &e, bool with_version)
{
	std::string out = "CREATE EXTENSION IF NOT EXISTS " + QuoteIdent(e.name) + " WITH SCHEMA " +
	                  QuoteIdent(e.schema);
	if (with_version) {
		out += " VERSION " + QuoteLiteral(e.version);
	}
	return out + ";";
}

std::string
AlterExtensionUpdate(const std::string &name, const std::string &version)
{
	return "ALTER EXTENSION " + QuoteIdent(name) + " UPDATE TO " + QuoteLiteral(version) + ";";
}

std::string
AlterExtensionSchema(const std::string &name, const std::string &schema)
{
	return "ALTER EXTENSION " + QuoteIdent(name) + " SET SCHEMA " + QuoteIdent(schema) + ";";
}

std::string
DropExtension(const std::string &name)
{
	return "DROP EXTENSION " + QuoteIdent(name) + ";";
}

std::string
CreateCollation(const Collation &c)
{
	std::string out = "CREATE COLLATION " + QuoteQualified(c.id) + " (";
	if (c.provider == "i") {
		out += "provider = icu, locale = " + QuoteLiteral(c.locale.value_or(""));
		if (c.icu_rules) {
			out += ", rules = " + QuoteLiteral(*c.icu_rules);
		}
	} else if (c.provider == "b") {
		out += "provider = builtin, locale = " + QuoteLiteral(c.locale.value_or(""));
	} else {
		out += "provider = libc, lc_collate = " + QuoteLiteral(c.lc_collate.value_or("")) +
		       ", lc_ctype = " + QuoteLiteral(c.lc_ctype.value_or(""));
	}
	if (!c.deterministic) {
		out += ", deterministic = false";
	}
	return out + ");";
}

std::string
DropCollation(const QualifiedName &id)
{
	return "DROP COLLATION " + QuoteQualified(id) + ";";
}

} // namespace render
} // namespace pgschemadiff
