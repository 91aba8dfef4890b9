// socket_drain.hpp — a thread that keeps a libpq connection's input flowing
// while the backend is busy with something else.
// Layer: pg. The thread calls nothing of PostgreSQL's (no palloc, no elog, no
// latch): only libpq's PQflush/PQconsumeInput, poll() and malloc, with every
// signal blocked, so the backend's signal handlers keep running on the
// backend's own thread. The owner never touches the connection while the
// thread runs: it starts the thread before its own work (the local catalog
// read), and stops it before it reads the connection's results again.
#pragma once

extern "C" {
#include "libpq-fe.h"
}

namespace pgschemadiff::pg {

struct SocketDrain;

/// Starts a thread that sends what `conn` still has to send and reads what
/// the server sends into libpq's input buffer (parsed later by the owner's
/// PQgetResult), so that the remote server never waits for a full socket
/// buffer to be read. NULL when no thread could be made: the caller goes on
/// without it (reading between its own steps, as before).
SocketDrain *SocketDrainStart(PGconn *conn);

/// Stops and joins the thread, and frees `drain`; NULL is a no-op. Returns
/// within the thread's poll interval (10 ms).
void SocketDrainStop(SocketDrain *drain);

} // namespace pgschemadiff::pg
