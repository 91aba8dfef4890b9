// objects.hpp — how changes name the catalog objects they act on.
// Layer: core/plan. The names are those of pg_depend's edges as the
// dependency query spells them (DependencyEdge), so that order/ can connect a
// change to the catalogs' dependency records.
#pragma once

#include "core/model/dependent.hpp"
#include "core/model/identity.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>

namespace pgschemadiff {

/// Any type a user schema holds: enum, domain, composite, range (a row type
/// stands for its relation, an array for its element type).
inline ObjectRef
TypeObject(const QualifiedName &id)
{
	return {ObjectKind::kType, id.schema, id.name, ""};
}

/// A type's shell (CREATE TYPE name;), made before the functions a base type
/// or a range's CANONICAL function needs, as pg_dump does.
inline ObjectRef
ShellTypeObject(const QualifiedName &id)
{
	return {ObjectKind::kShellType, id.schema, id.name, ""};
}

inline ObjectRef
SequenceObject(const QualifiedName &id)
{
	return {ObjectKind::kSequence, id.schema, id.name, ""};
}

inline ObjectRef
TableObject(const QualifiedName &id)
{
	return {ObjectKind::kTable, id.schema, id.name, ""};
}

/// A part of a relation (column, constraint, index, default, trigger, policy,
/// rule) or of a domain ("domain constraint"), named by its owner and name.
inline ObjectRef
PartObject(ObjectKind kind, const QualifiedName &owner, const std::string &name)
{
	return {kind, owner.schema, owner.name, name};
}

inline ObjectRef
ColumnObject(const QualifiedName &table, const std::string &column)
{
	return PartObject(ObjectKind::kColumn, table, column);
}

} // namespace pgschemadiff
