// error.hpp — the one exception type of the core.
// Layer: core. Thrown only for what ends a run; api.cpp's Capture turns it into
// a CoreStatus, and src/pg/boundary.cpp maps its kind to an SQLSTATE.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <stdexcept>
#include <string>

namespace pgschemadiff {

/// What went wrong; each kind maps to one SQLSTATE in src/pg/boundary.cpp.
enum class ErrorKind : int {
	kNone = 0,
	kInvalidArgument,    // a bad option value
	kCatalogDrift,       // catalog rows do not have the columns a query promised
	kUnsupportedVersion, // remote server major version not covered by the queries
	kDropsRefused,       // allow_drops => false and the plan drops something
	kCancelled,          // the adapter's cancel check fired
	kDependencyCycle,    // statements that need each other: no order can run them
	kOutOfMemory,
	kInternal,
	kHazardsRefused, // allow_hazards given and a statement has a hazard it does not list
};

class Error : public std::runtime_error {
public:
	Error(ErrorKind kind, const std::string &message, std::string detail = {},
	      std::string hint = {})
	    : std::runtime_error(message), kind_(kind), detail_(std::move(detail)),
	      hint_(std::move(hint))
	{
	}

	ErrorKind Kind() const { return kind_; }
	const std::string &Detail() const { return detail_; }
	const std::string &Hint() const { return hint_; }

private:
	ErrorKind kind_;
	std::string detail_;
	std::string hint_;
};

} // namespace pgschemadiff
