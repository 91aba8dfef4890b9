// readers.hpp — the two catalog readers. Both run the core's queries and hand
// the rows to the core in the same shape.
// Layer: pg. Both ereport(ERROR) on failure and hold no C++ objects.
#pragma once

#include "core/api.hpp"

namespace pgschemadiff::pg {

/// Reads this database through SPI, in one snapshot, with the session
/// settings of the comparison set in a GUC nest level.
void ReadLocalCatalog(Session *session, CoreStatus *status);

/// Once both sides are read: the local rows of the core's follow-up query
/// (SessionFollowUpQuery), if it has one.
void ReadLocalFollowUp(Session *session, CoreStatus *status);

/// Connects with libpq to `conninfo` (URI or key=value), reads the remote
/// catalog in one REPEATABLE READ READ ONLY transaction, disconnects on every
/// path.
void ReadRemoteCatalog(Session *session, const char *conninfo, CoreStatus *status);

/// Rows handed to the core per call, so memory stays bounded.
constexpr int kRowsPerChunk = 2000;

} // namespace pgschemadiff::pg
