// options.cpp — the syntax of option values the core checks (rename hints).
// Layer: core.
#include "core/options.hpp"

#include <cstddef>

namespace pgschemadiff {
namespace {

/// One identifier starting at text[*pos], as the SQL scanner reads it:
/// "quoted" (with "" for a quote) or unquoted up to the next '.' or '='
/// (ASCII letters folded to lower case). Advances *pos past it.
bool
ReadIdentifier(const std::string &text, std::size_t *pos, std::string *out)
{
	out->clear();
	std::size_t i = *pos;
	if (i < text.size() && text[i] == '"') {
		++i;
		for (;;) {
			if (i >= text.size()) {
				return false; // unterminated quote
			}
			if (text[i] == '"') {
				if (i + 1 < text.size() && text[i + 1] == '"') {
					out->push_back('"');
					i += 2;
					continue;
				}
				++i;
				break;
			}
			out->push_back(text[i++]);
		}
	} else {
		while (i < text.size() && text[i] != '.' && text[i] != '=' && text[i] != '"') {
			char c = text[i++];
			if (c == ' ' || c == '\t' || c == '\n') {
				return false;
			}
			out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
		}
	}
	*pos = i;
	return !out->empty();
}

} // namespace

bool
ParseColumnRenameHint(const std::string &text, ColumnRenameHint *out)
{
	std::size_t pos = 0;
	ColumnRenameHint hint;
	std::string *const names[] = {&hint.schema, &hint.table, &hint.column, &hint.new_name};
	const char separators[] = {'.', '.', '=', '\0'};
	for (std::size_t k = 0; k < 4; ++k) {
		if (!ReadIdentifier(text, &pos, names[k])) {
			return false;
		}
		if (separators[k] == '\0') {
			if (pos != text.size()) {
				return false;
			}
		} else if (pos >= text.size() || text[pos] != separators[k]) {
			return false;
		} else {
			++pos;
		}
	}
	if (out != nullptr) {
		*out = hint;
	}
	return true;
}

} // namespace pgschemadiff
