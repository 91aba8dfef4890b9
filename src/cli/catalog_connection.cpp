// catalog_connection.cpp — reads one catalog over libpq for the command.
// Layer: cli. The queries, their order, paging and session settings are the
// core's (the extension's remote reader runs the same ones).
#include "cli/catalog_connection.hpp"

#include <libpq-fe.h>

#include <cstring>
#include <memory>
#include <vector>

namespace pgschemadiff::cli {
namespace {

/// `text` with the passwords of `url` masked (the core's masking).
std::string
Masked(const std::string &text, const std::string &url)
{
	std::vector<char> out(text.size() * 8 + 16);
	MaskText(text.c_str(), url.c_str(), nullptr, 0, out.data(), out.size());
	return out.data();
}

struct ResultDeleter {
	void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string
Chomp(std::string s)
{
	while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) {
		s.pop_back();
	}
	return s;
}

} // namespace

CatalogConnection::CatalogConnection(const std::string &url, const std::string &what,
                                     const std::string &client_encoding)
    : url_(url), what_(what)
{
	std::vector<const char *> keys{"dbname", "fallback_application_name"};
	std::vector<const char *> values{url.c_str(), "pgschemadiff"};
	if (!client_encoding.empty()) {
		keys.push_back("client_encoding");
		values.push_back(client_encoding.c_str());
	}
	keys.push_back(nullptr);
	values.push_back(nullptr);
	conn_ = PQconnectdbParams(keys.data(), values.data(), 1);
	if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
		const std::string msg =
		    conn_ != nullptr ? Chomp(PQerrorMessage(conn_)) : std::string("out of memory");
		PQfinish(conn_);
		conn_ = nullptr;
		throw CliError("could not connect to " + what_ + ": " + Masked(msg, url_));
	}
	cancel_ = PQgetCancel(conn_);
	CoreStatus status;
	if (!CheckServerVersion(PQserverVersion(conn_), &status)) {
		const std::string msg = status.message;
		PQfreeCancel(cancel_);
		PQfinish(conn_);
		cancel_ = nullptr;
		conn_ = nullptr;
		throw CliError(what_ + ": " + msg);
	}
}

CatalogConnection::~CatalogConnection()
{
	if (cancel_ != nullptr) {
		PQfreeCancel(cancel_);
	}
	if (conn_ != nullptr) {
		PQfinish(conn_);
	}
}

std::string
CatalogConnection::ServerEncoding() const
{
	const char *e = PQparameterStatus(conn_, "server_encoding");
	return e != nullptr ? e : "";
}

void
CatalogConnection::Cancel()
{
	if (cancel_ != nullptr) {
		char err[256];
		PQcancel(cancel_, err, sizeof err);
	}
}

void
CatalogConnection::Abort()
{
	aborted_.store(true);
	Cancel();
}

void
CatalogConnection::CheckAborted() const
{
	if (aborted_.load()) {
		throw CliError(what_ + ": reading stopped because the other side failed");
	}
}

void
CatalogConnection::Fail(const std::string &context, void *result)
{
	auto *res = static_cast<PGresult *>(result);
	const char *primary = res != nullptr ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
	std::string msg = primary != nullptr ? primary : Chomp(PQerrorMessage(conn_));
	throw CliError(what_ + ": server error while reading " + context + ": " + Masked(msg, url_));
}

void
CatalogConnection::Exec(const char *sql, const char *what)
{
	Result r(PQexec(conn_, sql));
	if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
		Fail(what, r.get());
	}
}

void
CatalogConnection::Feed(Session *session, Side side, int query, void *result,
                        std::mutex *core_lock)
{
	auto *res = static_cast<PGresult *>(result);
	const int ncols = PQnfields(res);
	const int nrows = PQntuples(res);
	std::vector<const char *> names;
	for (int c = 0; c < ncols; ++c) {
		names.push_back(PQfname(res, c));
	}
	constexpr int kChunk = 2000;
	std::vector<CellView> cells;
	int row = 0;
	do {
		const int n = std::min(kChunk, nrows - row);
		cells.clear();
		for (int r = 0; r < n; ++r) {
			for (int c = 0; c < ncols; ++c) {
				const bool null = PQgetisnull(res, row + r, c);
				cells.push_back(CellView{null ? nullptr : PQgetvalue(res, row + r, c),
				                         null ? 0 : PQgetlength(res, row + r, c), null});
			}
		}
		CoreStatus status;
		bool added;
		{
			std::unique_lock<std::mutex> hold;
			if (core_lock != nullptr) {
				hold = std::unique_lock<std::mutex>(*core_lock);
			}
			added = SessionAddRows(session, side, query, ncols, names.data(), n, cells.data(),
			                       &status);
		}
		if (!added) {
			throw CliError(what_ + ": " + status.message);
		}
		row += n;
	} while (row < nrows);
}

void
CatalogConnection::Read(Session *session, Side side, const QueryDone &on_query_done,
                        std::mutex *core_lock)
{
	CoreStatus status;
	bool version_set;
	{
		std::unique_lock<std::mutex> hold;
		if (core_lock != nullptr) {
			hold = std::unique_lock<std::mutex>(*core_lock);
		}
		version_set = SessionSetServerVersion(session, side, PQserverVersion(conn_), &status);
	}
	if (!version_set) {
		throw CliError(status.message);
	}
	Exec(kReaderSessionSetup, "session settings");
	Exec(kReaderBegin, "a read-only snapshot");
	const int version = PQserverVersion(conn_);
	for (int q = 0; q < QueryCount(); ++q) {
		CheckAborted();
		const char *sql = QueryText(q, version);
		if (sql == nullptr) {
			throw CliError(std::string("no \"") + QueryName(q) + "\" query for server version " +
			               std::to_string(version));
		}
		const int page_size = QueryPageSize(q);
		if (page_size == 0) {
			if (QueryWithoutNestedLoops(q)) {
				Exec("SET enable_nestloop = off", QueryName(q));
			}
			Result r(PQexec(conn_, sql));
			if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
				Fail(QueryName(q), r.get());
			}
			Feed(session, side, q, r.get(), core_lock);
			if (QueryWithoutNestedLoops(q)) {
				Exec("RESET enable_nestloop", QueryName(q));
			}
			if (on_query_done) {
				on_query_done(q + 1, QueryCount());
			}
			continue;
		}
		// Page by page, each in a savepoint rolled back: pg_get_viewdef's
		// locks go with it (as in the extension's readers).
		std::string last = "0";
		for (;;) {
			CheckAborted();
			Exec("SAVEPOINT pgschemadiff_page", QueryName(q));
			const char *params[1] = {last.c_str()};
			Result r(PQexecParams(conn_, sql, 1, nullptr, params, nullptr, nullptr, 0));
			if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
				Fail(QueryName(q), r.get());
			}
			const int nrows = PQntuples(r.get());
			if (nrows > 0) {
				last = PQgetvalue(r.get(), nrows - 1, 0);
				if (last.empty() || last.find_first_not_of("0123456789") != std::string::npos) {
					throw CliError(what_ + ": invalid page key for " + QueryName(q));
				}
			}
			Feed(session, side, q, r.get(), core_lock);
			Exec("ROLLBACK TO SAVEPOINT pgschemadiff_page", QueryName(q));
			Exec("RELEASE SAVEPOINT pgschemadiff_page", QueryName(q));
			if (nrows < page_size) {
				break;
			}
		}
		if (on_query_done) {
			on_query_done(q + 1, QueryCount());
		}
	}
}

void
CatalogConnection::ReadFollowUp(Session *session, Side side)
{
	CoreStatus status;
	const char *sql = SessionFollowUpQuery(session, side, &status);
	if (sql == nullptr) {
		if (status.kind != StatusKind::kOk) {
			throw CliError(status.message);
		}
		return;
	}
	Result r(PQexec(conn_, sql));
	if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
		Fail("sequence values", r.get());
	}
	Feed(session, side, FollowUpQueryIndex(), r.get(), nullptr);
}

} // namespace pgschemadiff::cli
