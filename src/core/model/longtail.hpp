// longtail.hpp — the long tail of object kinds pg_dump prints: base and shell
// types, operators, operator families and classes (with their members),
// casts, conversions, procedural languages, transforms, access methods.
// Layer: core/model. One value type for all of them: the kinds differ in
// their attributes (kLongTail's "key=value" pairs), which render/ spells out.
#pragma once

#include "core/model/identity.hpp"
#include "core/model/object_kind.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <string>
#include <tuple>

namespace pgschemadiff {

using LongTailAttrs = std::map<std::string, std::string>;

struct LongTailObject {
	/// base type, shell type, operator, operator family, operator class,
	/// cast, conversion, language, transform, access method, text search
	/// parser or template
	ObjectKind kind = ObjectKind::kUnknown;
	/// schema and name; schema '' for objects outside schemas (a cast or a
	/// transform keeps its user type's schema here, for include_schemas, and
	/// its name is "source AS target" / the type)
	QualifiedName id;
	/// what tells apart objects of one name: an operator's "(left,right)", the
	/// access method of a family or class, a transform's language
	std::string args;
	LongTailAttrs attrs;
	/// Members by key ("operator 1 (bigint,bigint)", "function 2 (...)") of a
	/// family (those added loosely) or a class (those it was created with);
	/// for a base type, its I/O functions in user schemas ("input", ...), each
	/// with schema, name and args (identity arguments).
	std::map<std::string, LongTailAttrs> members;

	auto Key() const { return std::tie(kind, id, args); }
	auto Tie() const { return std::tie(kind, id, args, attrs, members); }
	bool operator==(const LongTailObject &o) const { return Tie() == o.Tie(); }
	bool operator!=(const LongTailObject &o) const { return !(*this == o); }
	/// The attribute, or "" when the object does not have it.
	const std::string &Attr(const std::string &key) const
	{
		static const std::string kNone;
		auto it = attrs.find(key);
		return it == attrs.end() ? kNone : it->second;
	}
};

/// kind, schema, name, args
using LongTailKey = std::tuple<ObjectKind, std::string, std::string, std::string>;

} // namespace pgschemadiff
