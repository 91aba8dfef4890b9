// online.hpp — online mode: the forms of a plan that keep a table in use
// available, and the transaction groups of every plan.
// Layer: core/plan. Works on the ordered plan, from each change's typed
// OnlineForm (set where the change was made), never from its SQL text.
#pragma once

#include "core/options.hpp"
#include "core/plan/change.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// The name of the temporary index a replaced index is built under, and of
/// the helper CHECK of an online SET NOT NULL: `name` truncated so that the
/// result fits in 63 bytes (NAMEDATALEN - 1), then the suffix.
std::string OnlineTemporaryName(const std::string &name, const std::string &suffix);

/// Online mode, on a plan in run order: each change with an OnlineForm is
/// replaced in place by its online statements (README "Online mode"):
///  - CREATE INDEX CONCURRENTLY (builds_index, not_transactional); an index
///    replaced (dropped and created again in the plan) is built under a
///    temporary name where it is created, then the old one is dropped
///    CONCURRENTLY and the new one renamed (its drop leaves its place);
///  - DROP INDEX CONCURRENTLY (not_transactional);
///  - ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT (scans_table)
///    in a transaction of its own;
///  - SET NOT NULL: ADD CONSTRAINT helper CHECK (col IS NOT NULL) NOT VALID,
///    VALIDATE it alone, SET NOT NULL (no scan: PostgreSQL 12+ sees the
///    validated check) and DROP CONSTRAINT helper in the next transaction.
/// Then SET lock_timeout = `lock_timeout` comes first, and SET LOCAL
/// check_function_bodies (when the plan has it) starts every transaction.
void MakeOnline(std::vector<Change> &changes, const std::string &lock_timeout);

/// Numbers the transaction groups (Change::transaction): everything 1 unless
/// `online`; online, a not_transactional or `alone` statement is a group of
/// its own and the statements between them share one.
void AssignTransactions(std::vector<Change> &changes, bool online);
/// SET LOCAL check_function_bodies lasts one transaction: repeated at the
/// start of each later one (a plan that is not online but has `commits`).
void RepeatSettingsPerTransaction(std::vector<Change> &changes);

} // namespace pgschemadiff
