// index_definition.hpp — reading pg_get_indexdef's text.
// Layer: core/util. Used by plan/ (can an index be built concurrently?) and
// render/ (CREATE INDEX CONCURRENTLY under another name).
#pragma once

#include "core/util/cpp_only_file.hpp"
#include "core/util/quote.hpp"

#include <optional>
#include <string>
#include <utility>

namespace pgschemadiff {

/// pg_get_indexdef's "CREATE [UNIQUE] INDEX <name> ON <rest>" split into
/// ("CREATE [UNIQUE] INDEX ", "<rest>"); nullopt when the text does not have
/// that shape for `name` (pg_get_indexdef quotes the name only when it must).
inline std::optional<std::pair<std::string, std::string>>
SplitIndexDefinition(const std::string &definition, const std::string &name)
{
	for (const std::string prefix : {"CREATE INDEX ", "CREATE UNIQUE INDEX "}) {
		for (const std::string &printed : {QuoteIdent(name), name}) {
			const std::string head = prefix + printed + " ON ";
			if (definition.compare(0, head.size(), head) == 0) {
				return std::make_pair(prefix, definition.substr(head.size()));
			}
		}
	}
	return std::nullopt;
}

} // namespace pgschemadiff
