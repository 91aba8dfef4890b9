// hazard.hpp — what running one statement of the migration risks, typed.
// Layer: core/plan. Hazards are decided where a change is made (diff/), from
// the model and the change's kind and action — never by reading SQL text —
// and handed out by api.cpp, which also enforces allow_hazards from them.
// The vocabulary (README "Hazards") and each name are fixed: pg_regress and
// users' allow_hazards lists depend on them.
#pragma once

#include "core/util/cpp_only_file.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace pgschemadiff {

/// In the order they are reported. Locks are the table-level lock the
/// statement takes on an existing relation (PostgreSQL documentation,
/// "Explicit Locking" and each command's page), when it blocks reads or
/// writes: weaker ones (SHARE UPDATE EXCLUSIVE and below) are not reported.
enum class Hazard : int {
	kDeletesData = 0,       // rows or values are lost (DROP TABLE / COLUMN / SEQUENCE)
	kRewritesTable,         // the table and its indexes are written anew
	kAccessExclusiveLock,   // blocks every read and write of the relation
	kShareLock,             // blocks writes (CREATE INDEX)
	kShareRowExclusiveLock, // blocks writes (ADD FOREIGN KEY, CREATE TRIGGER)
	kScansTable,            // reads every row to validate (NOT NULL, CHECK, FK)
	kBuildsIndex,           // builds an index (CREATE INDEX, UNIQUE / PRIMARY KEY)
	kNotTransactional,      // cannot run inside a transaction block
	kBreaksDependents,      // a view or routine dropped and created again
	kChangesAuthorization,  // grants, default privileges, row security, policies
	kExtensionUpgrade,      // ALTER EXTENSION ... UPDATE runs the extension's script
	kUntrackedDependencies, // a routine body PostgreSQL does not parse for dependencies
};
constexpr int kHazardCount = static_cast<int>(Hazard::kUntrackedDependencies) + 1;

/// A set of hazards; bit i is Hazard(i).
class HazardSet {
public:
	void Add(Hazard h) { bits_ |= Bit(h); }
	void Remove(Hazard h) { bits_ &= ~Bit(h); }
	bool Has(Hazard h) const { return (bits_ & Bit(h)) != 0; }
	bool Empty() const { return bits_ == 0; }
	std::uint32_t Bits() const { return bits_; }
	bool operator==(const HazardSet &o) const { return bits_ == o.bits_; }

private:
	static std::uint32_t Bit(Hazard h) { return std::uint32_t{1} << static_cast<int>(h); }
	std::uint32_t bits_ = 0;
};

/// "deletes_data", "rewrites_table", ...
const char *HazardName(Hazard h);
/// The hazard with that name, or nothing.
std::optional<Hazard> ParseHazard(const std::string &name);
/// The names of the set, in vocabulary order, joined by ',' ("" for none).
std::string HazardsText(const HazardSet &set);

} // namespace pgschemadiff
