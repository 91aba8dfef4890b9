// renames.hpp — pairing what one side lost with what the other gained.
// Layer: core/diff. An object gone under one name and one added under
// another are the same object renamed when their definitions, the name left
// out (their signature), are equal and the pairing is unambiguous: no other
// gone or added object of the same scope shares that signature.
#pragma once

#include "core/model/catalog.hpp"
#include "core/plan/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {

/// old name -> new name, for each signature held by exactly one gone and one
/// added object. Arguments: name -> signature.
std::map<std::string, std::string> PairRenames(const std::map<std::string, std::string> &gone,
                                               const std::map<std::string, std::string> &added);

/// pg_get_indexdef's text with the index's own name left out.
std::string IndexSignature(const std::string &definition);

/// What DetectRenames found: the rename statements (phase kRenames, action
/// kRename), and the local catalog as it will be once they ran (nothing when
/// no object was renamed).
struct RenameResult {
	std::vector<Change> changes;
	std::optional<Catalog> catalog;
};

/// `automatic` (detect_renames): tables, views, materialized views,
/// sequences, types, routines moved or renamed, triggers and policies renamed
/// on their table, enum labels renamed in place. `column_hints`: columns
/// renamed because the caller says so ('schema.table.column=new_name', the
/// local table); a hint that names nothing throws Error{kInvalidArgument}
/// (renames_objects.cpp).
RenameResult DetectRenames(const Catalog &from, const Catalog &to, bool automatic = true,
                           const std::vector<std::string> &column_hints = {});

} // namespace pgschemadiff
