// renames.hpp — pairing what one side lost with what the other gained.
// Layer: core/diff. An object gone under one name and one added under
// another are the same object renamed when their definitions, the name left
// out (their signature), are equal and the pairing is unambiguous: no other
// gone or added object of the same scope shares that signature.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <map>
#include <string>

namespace pgschemadiff {

/// old name -> new name, for each signature held by exactly one gone and one
/// added object. Arguments: name -> signature.
std::map<std::string, std::string> PairRenames(const std::map<std::string, std::string> &gone,
                                               const std::map<std::string, std::string> &added);

/// pg_get_indexdef's text with the index's own name left out.
std::string IndexSignature(const std::string &definition);

} // namespace pgschemadiff
