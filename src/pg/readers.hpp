// readers.hpp — the two catalog readers. Both run the core's queries and hand
// the rows to the core in the same shape.
// Layer: pg. Both ereport(ERROR) on failure and hold no C++ objects.
#pragma once

#include "core/api.hpp"

namespace pgschemadiff::pg {

/// Reads this database through SPI, in one snapshot, with the session
/// settings of the comparison set in a GUC nest level.
void ReadLocalCatalog(Session *session, CoreStatus *status);

/// Connects with libpq to `conninfo` (URI or key=value), reads the remote
/// catalog in one REPEATABLE READ READ ONLY transaction, disconnects on every
/// path.
void ReadRemoteCatalog(Session *session, const char *conninfo, CoreStatus *status);

/// Sets the settings both sides are read under (search_path = pg_catalog,
/// DateStyle ISO, ...) with GUC_ACTION_SAVE: call inside a GUC nest level.
void SetComparisonSettings();

/// When the remote's major differs from ours: prints again, on this server,
/// the remote's definitions that read differently (views), each inside a
/// subtransaction that is always rolled back (src/pg/reparse.cpp).
void ReparseRemoteDefinitions(Session *session, CoreStatus *status);

/// Rows handed to the core per call, so memory stays bounded.
constexpr int kRowsPerChunk = 2000;

} // namespace pgschemadiff::pg
