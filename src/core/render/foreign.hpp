// foreign.hpp — SQL text for foreign servers and foreign tables.
// Layer: core/render. Every statement is complete and ends with ';'.
#pragma once

#include "core/model/foreign.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {
namespace render {

/// CREATE FOREIGN DATA WRAPPER name [HANDLER f] [VALIDATOR f] [OPTIONS (..)]
std::string CreateForeignDataWrapper(const ForeignDataWrapper &w);
/// ALTER FOREIGN DATA WRAPPER name [NO] HANDLER .. [NO] VALIDATOR .. OPTIONS (..); the caller checked that something differs.
std::string AlterForeignDataWrapper(const ForeignDataWrapper &have, const ForeignDataWrapper &want);
std::string DropForeignDataWrapper(const std::string &name);
/// CREATE SERVER name [TYPE '..'] [VERSION '..'] FOREIGN DATA WRAPPER w [OPTIONS (..)]
std::string CreateServer(const ForeignServer &s);
/// ALTER SERVER name [VERSION '..'] [OPTIONS (SET/ADD/DROP ..)]; empty when nothing differs.
std::string AlterServer(const ForeignServer &have, const ForeignServer &want);
std::string DropServer(const std::string &name);

std::string CreateUserMapping(const UserMapping &m);
/// ALTER USER MAPPING … OPTIONS (SET/ADD/DROP …); empty when the options are equal.
std::string AlterUserMapping(const UserMapping &have, const UserMapping &want);
std::string DropUserMapping(const UserMapping &m);
/// CREATE FOREIGN TABLE s.t (columns) SERVER srv [OPTIONS (..)]
std::string CreateForeignTable(const ForeignTable &t);
std::string DropForeignTable(const QualifiedName &id);
/// ALTER FOREIGN TABLE s.t OPTIONS (SET/ADD/DROP ..); the lists differ (SameOptions).
std::string AlterForeignTableOptions(const QualifiedName &id, const FdwOptions &have,
                                     const FdwOptions &want);
std::string AddForeignColumn(const QualifiedName &id, const ForeignColumn &c);
std::string DropForeignColumn(const QualifiedName &id, const std::string &column);
/// ALTER FOREIGN TABLE ... ALTER COLUMN: the `part` of `want` that differs from `have`.
std::string AlterForeignColumn(const QualifiedName &id, const ForeignColumn &have,
                               const ForeignColumn &want, ForeignColumnPart part);

} // namespace render
} // namespace pgschemadiff
