// publication.hpp — logical replication publications (CREATE PUBLICATION).
// Layer: core/model. Pure data; equality through Tie(). Publications live
// outside schemas and are keyed by name; owners are in Catalog::owners.
#pragma once

#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pgschemadiff {

/// One table of a publication's list (pg_publication_rel).
struct PublicationTable {
	QualifiedName table;
	std::optional<std::vector<std::string>> columns; // column list (PG15+); none = every column
	std::optional<std::string> row_filter;           // pg_get_expr(prqual) (PG15+)
	auto Tie() const { return std::tie(table, columns, row_filter); }
	bool operator==(const PublicationTable &o) const { return Tie() == o.Tie(); }
	bool operator!=(const PublicationTable &o) const { return !(*this == o); }
};

/// What a publication publishes, and how (WITH (publish = ..., publish_via_partition_root)).
struct PublicationOptions {
	bool insert = true;
	bool update = true;
	bool del = true; // "delete" is a keyword
	bool truncate = true;
	bool via_root = false;
	auto Tie() const { return std::tie(insert, update, del, truncate, via_root); }
	bool operator==(const PublicationOptions &o) const { return Tie() == o.Tie(); }
	bool operator!=(const PublicationOptions &o) const { return !(*this == o); }
};

/// FOR ALL TABLES, or a list of tables and schemas (possibly empty).
struct Publication {
	std::string name;
	bool all_tables = false;
	PublicationOptions options;
	std::map<QualifiedName, PublicationTable> tables;
	std::set<std::string> schemas; // FOR TABLES IN SCHEMA (PG15+)
	auto Tie() const { return std::tie(name, all_tables, options, tables, schemas); }
	bool operator==(const Publication &o) const { return Tie() == o.Tie(); }
};

} // namespace pgschemadiff
