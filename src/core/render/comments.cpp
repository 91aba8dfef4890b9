// comments.cpp — SQL text for COMMENT ON.
// Layer: core/render.
#include "core/render/ddl.hpp"

#include "core/render/quote.hpp"

namespace pgschemadiff {
namespace render {

std::string
Comment(const ObjectRef &o, const std::optional<std::string> &text)
{
	const std::string name = QuoteQualified({o.schema, o.name});
	std::string target;
	if (o.kind == "schema") {
		target = "SCHEMA " + QuoteIdent(o.schema);
	} else if (o.kind == "column") {
		target = "COLUMN " + name + "." + QuoteIdent(o.sub);
	} else if (o.kind == "constraint") {
		target = "CONSTRAINT " + QuoteIdent(o.sub) + " ON " + name;
	} else if (o.kind == "function" || o.kind == "procedure") {
		target = (o.kind == "function" ? "FUNCTION " : "PROCEDURE ") + name + "(" + o.sub + ")";
	} else if (o.kind == "aggregate") {
		target = "AGGREGATE " + name + "(" + (o.sub.empty() ? "*" : o.sub) + ")";
	} else if (o.kind == "trigger" || o.kind == "policy" || o.kind == "rule") {
		target = (o.kind == "trigger"  ? "TRIGGER "
		          : o.kind == "policy" ? "POLICY "
		                               : "RULE ") +
		         QuoteIdent(o.sub) + " ON " + name;
	} else if (o.kind == "event trigger") {
		target = "EVENT TRIGGER " + QuoteIdent(o.name);
	} else if (o.kind == "collation") {
		target = "COLLATION " + name;
	} else if (o.kind == "view") {
		target = "VIEW " + name;
	} else if (o.kind == "materialized view") {
		target = "MATERIALIZED VIEW " + name;
	} else if (o.kind == "foreign table") {
		target = "FOREIGN TABLE " + name;
	} else if (o.kind == "sequence") {
		target = "SEQUENCE " + name;
	} else if (o.kind == "index") {
		target = "INDEX " + name;
	} else if (o.kind == "type") {
		target = "TYPE " + name;
	} else if (o.kind == "conversion") {
		target = "CONVERSION " + name;
	} else if (o.kind == "text search parser") {
		target = "TEXT SEARCH PARSER " + name;
	} else if (o.kind == "text search template") {
		target = "TEXT SEARCH TEMPLATE " + name;
	} else if (o.kind == "text search configuration") {
		target = "TEXT SEARCH CONFIGURATION " + name;
	} else if (o.kind == "text search dictionary") {
		target = "TEXT SEARCH DICTIONARY " + name;
	} else if (o.kind == "publication") {
		target = "PUBLICATION " + QuoteIdent(o.name);
	} else if (o.kind == "extension") {
		target = "EXTENSION " + QuoteIdent(o.name);
	} else if (o.kind == "statistics") {
		target = "STATISTICS " + name;
	} else if (o.kind == "domain constraint") {
		target = "CONSTRAINT " + QuoteIdent(o.sub) + " ON DOMAIN " + name;
	} else if (o.kind == "foreign-data wrapper") {
		target = "FOREIGN DATA WRAPPER " + QuoteIdent(o.name);
	} else if (o.kind == "server") {
		target = "SERVER " + QuoteIdent(o.name);
	} else {
		target = "TABLE " + name;
	}
	return "COMMENT ON " + target + " IS " + (text ? QuoteLiteral(*text) : "NULL") + ";";
}

} // namespace render
} // namespace pgschemadiff
