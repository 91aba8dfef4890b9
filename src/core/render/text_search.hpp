// text_search.hpp — SQL text for text search dictionaries and configurations.
// Layer: core/render. Every statement is complete and ends with ';';
// identifiers are always double-quoted (quote.hpp).
#pragma once

#include "core/model/text_search.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = t, option = value, ...)
std::string CreateTextSearchDictionary(const TextSearchDictionary &d);
/// ALTER TEXT SEARCH DICTIONARY d (removed, ..., option = value, ...): names
/// alone are removed; the others are set (and move to the end, in this order).
std::string AlterTextSearchDictionary(const QualifiedName &id,
                                      const std::vector<std::string> &removed,
                                      const std::vector<TextSearchOption> &set);
std::string DropTextSearchDictionary(const QualifiedName &id);

/// CREATE TEXT SEARCH CONFIGURATION c (PARSER = p); mappings are added apart.
std::string CreateTextSearchConfiguration(const TextSearchConfiguration &c);
/// ALTER TEXT SEARCH CONFIGURATION c {ADD|ALTER} MAPPING FOR tokens WITH dicts
std::string TextSearchMapping(const QualifiedName &id, bool add,
                              const std::vector<std::string> &tokens,
                              const std::vector<QualifiedName> &dictionaries);
/// ALTER TEXT SEARCH CONFIGURATION c DROP MAPPING FOR tokens
std::string DropTextSearchMapping(const QualifiedName &id, const std::vector<std::string> &tokens);
std::string DropTextSearchConfiguration(const QualifiedName &id);

} // namespace render
} // namespace pgschemadiff
