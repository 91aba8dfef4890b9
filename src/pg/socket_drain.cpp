// socket_drain.cpp — see socket_drain.hpp.
// Layer: pg, but no PostgreSQL server header: this code runs on a thread of
// its own and must not call into the backend.
#include "pg/socket_drain.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <new>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

namespace pgschemadiff::pg {

struct SocketDrain {
	PGconn *conn;
	pthread_t thread;
	std::atomic<bool> stop;
	int wake[2]; // a pipe: SocketDrainStop writes a byte, the thread's poll returns
};

namespace {

/// A safety net only: SocketDrainStop wakes the thread through the pipe.
constexpr int kPollMillis = 100;

void *
Run(void *arg)
{
	SocketDrain *d = static_cast<SocketDrain *>(arg);
	while (!d->stop.load(std::memory_order_acquire)) {
		// 1: more to send (non-blocking connection); -1: failed. A failure is
		// left in the connection's state for the owner to report.
		const int unsent = PQflush(d->conn);
		if (unsent < 0 || PQconsumeInput(d->conn) == 0) {
			break;
		}
		struct pollfd pfd[2];
		pfd[0].fd = PQsocket(d->conn);
		if (pfd[0].fd < 0) {
			break;
		}
		pfd[0].events = static_cast<short>(POLLIN | (unsent == 1 ? POLLOUT : 0));
		pfd[0].revents = 0;
		pfd[1].fd = d->wake[0];
		pfd[1].events = POLLIN;
		pfd[1].revents = 0;
		if (poll(pfd, 2, kPollMillis) < 0 && errno != EINTR) {
			break;
		}
	}
	return nullptr;
}

void
Free(SocketDrain *d)
{
	(void)close(d->wake[0]);
	(void)close(d->wake[1]);
	std::free(d);
}

} // namespace

SocketDrain *
SocketDrainStart(PGconn *conn)
{
	if (conn == nullptr || PQsocket(conn) < 0) {
		return nullptr;
	}
	SocketDrain *d = static_cast<SocketDrain *>(std::malloc(sizeof(SocketDrain)));
	if (d == nullptr) {
		return nullptr;
	}
	new (&d->stop) std::atomic<bool>(false);
	d->conn = conn;
	if (pipe(d->wake) != 0) {
		std::free(d);
		return nullptr;
	}
	(void)fcntl(d->wake[0], F_SETFD, FD_CLOEXEC);
	(void)fcntl(d->wake[1], F_SETFD, FD_CLOEXEC);
	// The thread inherits this mask: every signal stays with the backend's
	// thread, whose handlers set its latch and interrupt flags.
	sigset_t all, old;
	sigfillset(&all);
	if (pthread_sigmask(SIG_SETMASK, &all, &old) != 0) {
		Free(d);
		return nullptr;
	}
	const int rc = pthread_create(&d->thread, nullptr, Run, d);
	(void)pthread_sigmask(SIG_SETMASK, &old, nullptr);
	if (rc != 0) {
		Free(d);
		return nullptr;
	}
	return d;
}

void
SocketDrainStop(SocketDrain *drain)
{
	if (drain == nullptr) {
		return;
	}
	drain->stop.store(true, std::memory_order_release);
	const char byte = 0;
	ssize_t written;
	do {
		written = write(drain->wake[1], &byte, 1);
	} while (written < 0 && errno == EINTR);
	(void)pthread_join(drain->thread, nullptr);
	Free(drain);
}

} // namespace pgschemadiff::pg
