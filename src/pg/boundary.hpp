// boundary.hpp — core status -> ereport, and the adapters' cancel check.
// Layer: pg. The only place that maps a core error kind to an SQLSTATE.
#pragma once

#include "core/api.hpp"

namespace pgschemadiff::pg {

/// ereport(ERROR) for a failed core call; does not return. On kCancelled it
/// first lets CHECK_FOR_INTERRUPTS report the real interrupt.
[[noreturn]] void ReportCoreStatus(const CoreStatus *status);

/// The SQLSTATE (as PostgreSQL's packed int) for a core status kind.
int SqlStateFor(StatusKind kind);

/// Polled by the core: true when a cancel or terminate request is pending.
/// Reads the interrupt flags only; never calls into PostgreSQL.
bool CancelPending();

} // namespace pgschemadiff::pg
