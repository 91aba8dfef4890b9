// identity.hpp — how objects are named in the model.
// Layer: core/model. Objects are keyed by schema-qualified name, never by OID.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <string>
#include <tuple>

namespace pgschemadiff {

/// A schema-qualified name; unquoted text as stored in the catalog.
struct QualifiedName {
	std::string schema;
	std::string name;

	auto Tie() const { return std::tie(schema, name); }
	bool operator==(const QualifiedName &o) const { return Tie() == o.Tie(); }
	bool operator!=(const QualifiedName &o) const { return !(*this == o); }
	bool operator<(const QualifiedName &o) const { return Tie() < o.Tie(); }
};

/// A column of a relation as ALTER ... ALTER COLUMN names it: a table's
/// ('r', 'p'), a materialized view's ('m'), a foreign table's ('f') by name,
/// an index's ('i', 'I') by number (`attnum`).
struct RelationColumn {
	char relkind = 'r';
	QualifiedName relation;
	std::string column;
	std::string attnum;
};

} // namespace pgschemadiff
