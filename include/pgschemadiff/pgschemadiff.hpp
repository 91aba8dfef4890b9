// pgschemadiff.hpp — the public header of the pgschemadiff library: the
// engine of the extension and of the `pgschemadiff` command, for a C++
// program that reads two catalogs itself and wants the migration between
// them.
//
//   find_package(pgschemadiff REQUIRED)
//   target_link_libraries(app PRIVATE pgschemadiff::core)
//   #include <pgschemadiff/pgschemadiff.hpp>
//
// It is the core's one door (core/api.hpp, installed next to this file):
// noexcept functions, plain data in and out, failures as a CoreStatus. A
// program runs each query (QueryText: the catalog queries, one per object
// kind, for a server version; every column text) on both databases, or
// builds the rows itself with the columns QueryColumns names, hands them to
// a Session (SessionAddRows), builds the plan and reads the statements.
// examples/diff_two_catalogs/ shows it. Layer: library (public).
#pragma once

#include "core/api.hpp"

#include <memory>

namespace pgschemadiff {

/// Destroys a Session when its owner goes: std::unique_ptr<Session, SessionDeleter>.
struct SessionDeleter {
	void operator()(Session *s) const noexcept { SessionDestroy(s); }
};
using SessionPtr = std::unique_ptr<Session, SessionDeleter>;

} // namespace pgschemadiff
