// table_options.hpp — SQL text for table storage parameters and replica
// identity.
// Layer: core/render. Every statement is complete and ends with ';'.
#pragma once

#include "core/model/catalog.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pgschemadiff {
namespace render {

/// ("name" = 'value', "toast"."name" = 'value'): values are quoted literals,
/// which PostgreSQL stores with the same text (pg_dump's fmtReloptionsArray).
std::string StorageOptionList(const std::vector<std::pair<std::string, std::string>> &options);
/// CreateTable, with WITH (storage parameters) when the table has some.
std::string CreateTableWithOptions(const Table &t);
/// ALTER TABLE ... SET (name = 'value', ...)
std::string SetStorageOptions(const QualifiedName &table,
                              const std::vector<std::pair<std::string, std::string>> &options);
/// ALTER TABLE ... RESET (name, ...)
std::string ResetStorageOptions(const QualifiedName &table, const std::set<std::string> &names);
/// ALTER TABLE ... REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX "index"
std::string ReplicaIdentity(const QualifiedName &table, char identity, const std::string &index);
/// ALTER TABLE | MATERIALIZED VIEW (relkind 'm') ... SET ACCESS METHOD am (PostgreSQL 15).
std::string SetAccessMethod(char relkind, const QualifiedName &relation, const std::string &method);
/// ALTER TABLE ... CLUSTER ON "index", or SET WITHOUT CLUSTER when `index` is empty.
std::string ClusterOn(const QualifiedName &table, const std::string &index);

} // namespace render
} // namespace pgschemadiff
