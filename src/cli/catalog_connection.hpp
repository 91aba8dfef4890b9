// catalog_connection.hpp — one side of a comparison read over libpq, outside
// the server (the `pgschemadiff` command).
// Layer: cli. Plain libpq and the core's C API: the same queries, paging,
// session settings and snapshot as the extension's remote reader. Errors are
// thrown as CliError with passwords masked.
#pragma once

#include "core/api.hpp"

#include <atomic>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>

struct pg_conn;
struct pg_cancel;

namespace pgschemadiff::cli {

/// A failure the command reports on stderr (exit status 1).
class CliError : public std::runtime_error {
public:
	using std::runtime_error::runtime_error;
};

class CatalogConnection {
public:
	/// Connects to `url` (URI or key=value; PG* variables and ~/.pgpass as
	/// for every client); `what` names the side in messages ("FROM").
	/// `client_encoding` may be empty (then the server's encoding is used).
	CatalogConnection(const std::string &url, const std::string &what,
	                  const std::string &client_encoding);
	~CatalogConnection();
	CatalogConnection(const CatalogConnection &) = delete;
	CatalogConnection &operator=(const CatalogConnection &) = delete;

	/// The server's encoding (for the other side's client_encoding).
	std::string ServerEncoding() const;

	/// Called after each catalog query with how many are done and their total.
	using QueryDone = std::function<void(int done, int total)>;

	/// Runs every catalog query in one REPEATABLE READ READ ONLY snapshot,
	/// paged ones page by page in rolled-back savepoints, into `side`. With
	/// `core_lock`, every call into the session holds it: both sides are read
	/// at once, each on its own thread (the servers work in parallel; the
	/// core's session is not shared unguarded).
	void Read(Session *session, Side side, const QueryDone &on_query_done = nullptr,
	          std::mutex *core_lock = nullptr);

	/// Stops a Read running on another thread: cancels the query in progress
	/// and refuses the next one (Read then throws). For when the other side
	/// failed.
	void Abort();

	/// The core's follow-up query for `side`, if it has one (sequence values).
	void ReadFollowUp(Session *session, Side side);

	/// Asks the server to cancel what it runs; async-signal-safe.
	void Cancel();

private:
	void Exec(const char *sql, const char *what);
	void Feed(Session *session, Side side, int query, void *result, std::mutex *core_lock);
	void CheckAborted() const;
	[[noreturn]] void Fail(const std::string &message, void *result);

	std::string url_;
	std::string what_;
	pg_conn *conn_ = nullptr;
	pg_cancel *cancel_ = nullptr;
	std::atomic<bool> aborted_{false};
};

} // namespace pgschemadiff::cli
