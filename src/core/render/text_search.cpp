// text_search.cpp — renders text search dictionary and configuration changes.
// Layer: core/render. Mirrors pg_dump's dumpTSDictionary and dumpTSConfig;
// template, parser and dictionaries are always schema-qualified.
#include "core/render/text_search.hpp"

#include "core/util/quote.hpp"

namespace pgschemadiff {
namespace render {
namespace {

std::string
Option(const TextSearchOption &o)
{
	return QuoteIdent(o.name) + " = " + (o.is_string ? QuoteLiteral(o.value) : o.value);
}

std::string
AlterConfiguration(const QualifiedName &id)
{
	return "ALTER TEXT SEARCH CONFIGURATION " + QuoteQualified(id) + " ";
}

std::string
TokenList(const std::vector<std::string> &tokens)
{
	std::string out;
	for (const auto &t : tokens) {
		out += (out.empty() ? "" : ", ") + QuoteIdent(t);
	}
	return out;
}

} // namespace

std::string
CreateTextSearchDictionary(const TextSearchDictionary &d)
{
	std::string out = "CREATE TEXT SEARCH DICTIONARY " + QuoteQualified(d.id) +
	                  " (TEMPLATE = " + QuoteQualified(d.template_name);
	for (const auto &o : d.options) {
		out += ", " + Option(o);
	}
	return out + ");";
}

std::string
AlterTextSearchDictionary(const QualifiedName &id, const std::vector<std::string> &removed,
                          const std::vector<TextSearchOption> &set)
{
	std::string items;
	for (const auto &name : removed) {
		items += (items.empty() ? "" : ", ") + QuoteIdent(name);
	}
	for (const auto &o : set) {
		items += (items.empty() ? "" : ", ") + Option(o);
	}
	return "ALTER TEXT SEARCH DICTIONARY " + QuoteQualified(id) + " (" + items + ");";
}

std::string
DropTextSearchDictionary(const QualifiedName &id)
{
	return "DROP TEXT SEARCH DICTIONARY " + QuoteQualified(id) + ";";
}

std::string
CreateTextSearchConfiguration(const TextSearchConfiguration &c)
{
	return "CREATE TEXT SEARCH CONFIGURATION " + QuoteQualified(c.id) +
	       " (PARSER = " + QuoteQualified(c.parser) + ");";
}

std::string
TextSearchMapping(const QualifiedName &id, bool add, const std::vector<std::string> &tokens,
                  const std::vector<QualifiedName> &dictionaries)
{
	std::string dicts;
	for (const auto &d : dictionaries) {
		dicts += (dicts.empty() ? "" : ", ") + QuoteQualified(d);
	}
	return AlterConfiguration(id) + (add ? "ADD" : "ALTER") + " MAPPING FOR " + TokenList(tokens) +
	       " WITH " + dicts + ";";
}

std::string
DropTextSearchMapping(const QualifiedName &id, const std::vector<std::string> &tokens)
{
	return AlterConfiguration(id) + "DROP MAPPING FOR " + TokenList(tokens) + ";";
}

std::string
DropTextSearchConfiguration(const QualifiedName &id)
{
	return "DROP TEXT SEARCH CONFIGURATION " + QuoteQualified(id) + ";";
}

} // namespace render
} // namespace pgschemadiff
