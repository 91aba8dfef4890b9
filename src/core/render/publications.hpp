// publications.hpp — SQL text for publications.
// Layer: core/render. Every statement is complete and ends with ';';
// identifiers are always double-quoted (quote.hpp).
#pragma once

#include "core/model/publication.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// CREATE PUBLICATION name [FOR ALL TABLES | FOR TABLE ONLY t (cols) WHERE (...), ...,
/// TABLES IN SCHEMA s, ...] WITH (publish = '...'[, publish_via_partition_root = true])
std::string CreatePublication(const Publication &p);
std::string DropPublication(const std::string &name);
/// ALTER PUBLICATION name ADD TABLE ONLY t [(cols)] [WHERE (filter)]
std::string AddPublicationTable(const std::string &publication, const PublicationTable &t);
std::string DropPublicationTable(const std::string &publication, const QualifiedName &table);
/// ALTER PUBLICATION name ADD / DROP TABLES IN SCHEMA s
std::string AddPublicationSchema(const std::string &publication, const std::string &schema);
std::string DropPublicationSchema(const std::string &publication, const std::string &schema);
/// ALTER PUBLICATION name SET (...) with the options that differ; empty when none do.
std::string SetPublicationOptions(const std::string &publication, const PublicationOptions &have,
                                  const PublicationOptions &want);

} // namespace render
} // namespace pgschemadiff
