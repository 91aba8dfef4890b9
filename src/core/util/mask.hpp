// mask.hpp — keeps passwords out of every message.
// Layer: core/util. The adapters pass libpq's and the remote's messages
// through MaskSecrets before they reach ereport, so that a password written
// in a connection string never shows in an error, detail, context or log line.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// Passwords written in a conninfo string or URI, as written and, for URIs,
/// percent-decoded. Works on malformed strings too (best effort).
std::vector<std::string> FindSecrets(const std::string &conninfo);

/// `text` with every occurrence of each non-empty secret replaced by ********.
std::string MaskSecrets(const std::string &text, const std::vector<std::string> &secrets);

} // namespace pgschemadiff
