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

/// "ALTER TABLE ONLY t ALTER COLUMN c": what a table column's statements start with.
std::string TableColumnHead(const QualifiedName &table, const std::string &column);
/// The same for a column of a materialized view (relkind 'm': ALTER
/// MATERIALIZED VIEW), a foreign table ('f': ALTER FOREIGN TABLE) or an index
/// ('i', 'I': ALTER INDEX ... ALTER COLUMN <attnum>, indexes' columns go by number).
std::string RelationColumnHead(char relkind, const QualifiedName &relation,
                               const std::string &column, const std::string &attnum);

/// <head> SET STATISTICS n (-1: the default).
std::string SetColumnStatistics(const std::string &head, const std::optional<std::string> &target);
/// <head> SET STORAGE PLAIN | EXTERNAL | EXTENDED | MAIN.
std::string SetColumnStorage(const std::string &head, char storage);
/// <head> SET COMPRESSION method (DEFAULT when unset).
std::string SetColumnCompression(const std::string &head, const std::optional<std::string> &method);
/// <head> SET (name=value, ...), options as attoptions holds them.
std::string SetColumnOptions(const std::string &head, const std::vector<std::string> &options);
/// <head> RESET (name, ...)
std::string ResetColumnOptions(const std::string &head, const std::vector<std::string> &names);

} // namespace render
} // namespace pgschemadiff
