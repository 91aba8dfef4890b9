// text_search.hpp — text search dictionaries and configurations.
// Layer: core/model. Pure data; equality through Tie(). Parsers and templates
// are C-level objects: built-in ones are referenced by name, user-defined ones
// are reported, not migrated.
#pragma once

#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pgschemadiff {

/// One option of a dictionary (pg_ts_dict.dictinitoption), in the order the
/// dictionary keeps them: a string (`stopwords = 'english'`) or a number.
struct TextSearchOption {
	std::string name;
	std::string value; // unquoted text of a string; a number as written
	bool is_string = true;
	auto Tie() const { return std::tie(name, value, is_string); }
	bool operator==(const TextSearchOption &o) const { return Tie() == o.Tie(); }
};

/// CREATE TEXT SEARCH DICTIONARY id (TEMPLATE = tmpl, options)
struct TextSearchDictionary {
	QualifiedName id;
	QualifiedName template_name;
	std::vector<TextSearchOption> options;
	auto Tie() const { return std::tie(id, template_name, options); }
	bool operator==(const TextSearchDictionary &o) const { return Tie() == o.Tie(); }
};

/// CREATE TEXT SEARCH CONFIGURATION id (PARSER = parser) and its mappings:
/// token type alias -> dictionaries, in the order they are tried.
struct TextSearchConfiguration {
	QualifiedName id;
	QualifiedName parser;
	std::map<std::string, std::vector<QualifiedName>> mappings;
	auto Tie() const { return std::tie(id, parser, mappings); }
	bool operator==(const TextSearchConfiguration &o) const { return Tie() == o.Tie(); }
};

} // namespace pgschemadiff
