// quote.cpp — identifier and literal quoting.
// Layer: core/render.
#include "core/util/quote.hpp"

namespace pgschemadiff {

std::string
QuoteIdent(const std::string &name)
{
	std::string out;
	out.reserve(name.size() + 2);
	out.push_back('"');
	for (char c : name) {
		if (c == '"') {
			out.push_back('"');
		}
		out.push_back(c);
	}
	out.push_back('"');
	return out;
}

std::string
QuoteQualified(const QualifiedName &id)
{
	return QuoteIdent(id.schema) + "." + QuoteIdent(id.name);
}

std::string
QuoteLiteral(const std::string &text)
{
	const bool has_backslash = text.find('\\') != std::string::npos;
	std::string out;
	out.reserve(text.size() + 3);
	if (has_backslash) {
		out.push_back('E');
	}
	out.push_back('\'');
	for (char c : text) {
		if (c == '\'' || c == '\\') {
			out.push_back(c);
		}
		out.push_back(c);
	}
	out.push_back('\'');
	return out;
}

} // namespace pgschemadiff
