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

} // namespace pgschemadiff
