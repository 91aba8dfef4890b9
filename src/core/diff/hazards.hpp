// hazards.hpp — the rules that decide each change's hazards.
// Layer: core/diff. DiffContext::Add gives every change the hazards its kind
// and action always carry (BaseHazards); the per-kind differs add those that
// depend on the model (a type change that is not binary-coercible, a volatile
// default, a constraint that is validated, a routine body kept as a string).
// The core cannot ask the server, so each rule is a conservative, documented
// table written from the PostgreSQL 15 documentation (README "Hazards").
#pragma once

#include "core/plan/change.hpp"
#include "core/plan/hazard.hpp"
#include "core/util/cpp_only_file.hpp"

#include <string>
#include <vector>

namespace pgschemadiff {

/// Hazards a change of this kind and action has whatever the details:
/// the lock its command takes on an existing relation, deletes_data for a
/// destructive drop of a table, column or sequence, changes_authorization
/// for privileges and policies, extension_upgrade for ALTER EXTENSION.
HazardSet BaseHazards(const std::string &kind, Action action, bool destructive);

/// True when ALTER COLUMN ... TYPE from `from` to `to` (format_type text)
/// keeps the stored values as they are, so the table is not rewritten: the
/// same type, varchar(n) to varchar(m >= n) or varchar, varchar to text,
/// text to varchar, numeric(p,s) to numeric(p2 >= p, s) or numeric, bit
/// varying(n) to bit varying(m >= n) or bit varying, timestamp[tz](p) and
/// time(p) to a greater or no precision, cidr to inet. Anything else
/// (arrays included) is taken to rewrite the table.
bool BinaryCoercibleTypeChange(const std::string &from, const std::string &to);

/// True unless the default (pg_get_expr text) surely is not volatile: it
/// calls no function but those of a short list of stable or immutable ones
/// (now(), CURRENT_TIMESTAMP, lower(), ...). The model does not record
/// volatility, so a call to any other function (nextval(), random(), a
/// user's function) counts as volatile: ADD COLUMN with it rewrites.
bool DefaultMayBeVolatile(const std::string &expr);

/// True when pg_get_functiondef text shows a SQL-standard body (BEGIN
/// ATOMIC or RETURN), whose dependencies PostgreSQL records; false for a
/// body kept as a string (AS $$...$$: plpgsql, sql, C, ...).
bool RoutineBodyIsSqlStandard(const std::string &definition);

/// Adds breaks_dependents to a view, materialized view, routine, trigger,
/// rule or policy dropped and created again by the same migration (both
/// statements): between them, what uses it fails.
void MarkRecreatedDependents(std::vector<Change> &changes);

} // namespace pgschemadiff
