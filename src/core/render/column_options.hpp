// column_options.hpp — SQL text for per-column settings: statistics target,
// storage, compression, attribute options.
// Layer: core/render. Every statement is complete and ends with ';'. ONLY, as
// pg_dump writes them: each table's columns are set on their own (a partition
// or child keeps its own values).
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// ALTER <relation> ALTER COLUMN <column> SET STATISTICS n (-1: the default).
std::string SetColumnStatistics(const RelationColumn &column, const std::optional<std::string> &target);
/// ALTER <relation> ALTER COLUMN <column> SET STORAGE PLAIN | EXTERNAL | EXTENDED | MAIN.
std::string SetColumnStorage(const RelationColumn &column, char storage);
/// ALTER <relation> ALTER COLUMN <column> SET COMPRESSION method (DEFAULT when unset).
std::string SetColumnCompression(const RelationColumn &column, const std::optional<std::string> &method);
/// ALTER <relation> ALTER COLUMN <column> SET (name=value, ...), options as attoptions holds them.
std::string SetColumnOptions(const RelationColumn &column, const std::vector<std::string> &options);
/// ALTER <relation> ALTER COLUMN <column> RESET (name, ...)
std::string ResetColumnOptions(const RelationColumn &column, const std::vector<std::string> &names);

} // namespace render
} // namespace pgschemadiff
