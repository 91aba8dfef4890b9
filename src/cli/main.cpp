// main.cpp — the `pgschemadiff` command: the extension's engine outside the
// server, migra-compatible.
//
//   pgschemadiff [options] FROM_URL TO_URL > migration.sql
//   psql FROM_URL --single-transaction -f migration.sql
//
// Reads both catalogs over libpq with the core's queries (one REPEATABLE
// READ READ ONLY snapshot per side) and prints the statements that make
// FROM's schema match TO's. Exit status as migra's: 0 no differences, 2
// differences found, 1 error. Layer: cli.
#include "cli/catalog_connection.hpp"
#include "cli/progress_line.hpp"
#include "core/api.hpp"

#include <getopt.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pgschemadiff::cli {
namespace {

// The extension's default_version (CMakeLists.txt reads the control file).
#ifndef PSD_VERSION
#error "PSD_VERSION must be defined (CMakeLists.txt: the control file's default_version)"
#endif
constexpr const char *kVersion = PSD_VERSION;

const char *const kUsage =
    "pgschemadiff compares two PostgreSQL databases and prints the SQL that makes\n"
    "the first one's schema match the second's.\n"
    "\n"
    "Usage:\n"
    "  pgschemadiff [OPTION]... FROM_URL TO_URL\n"
    "\n"
    "FROM_URL and TO_URL are libpq connection strings (postgresql://... URIs or\n"
    "key=value); PG* environment variables and ~/.pgpass apply as for psql.\n"
    "\n"
    "Options (the SQL function schema_diff's, same defaults):\n"
    "      --unsafe                     allow statements that drop objects (allow_drops)\n"
    "      --schema=NAME                compare only this schema (repeatable; include_schemas)\n"
    "      --exclude-schema=NAME        leave this schema out (repeatable; exclude_schemas)\n"
    "      --with-privileges            compare GRANT/REVOKE too\n"
    "      --with-owners                compare owners too (ALTER ... OWNER TO; with_owners)\n"
    "      --ignore-extension-versions  do not upgrade extensions\n"
    "      --create-extensions-only     only CREATE EXTENSION for missing extensions\n"
    "      --no-detect-renames          drop and create instead of renaming indexes/constraints\n"
    "      --rename=SCHEMA.TABLE.OLD=NEW  a column-rename hint (repeatable; renames)\n"
    "      --allow-hazards=LIST         refuse a plan with a hazard not in LIST (comma separated;\n"
    "                                   \"\" refuses every hazard; allow_hazards)\n"
    "      --online                     forms that keep tables available (CONCURRENTLY,\n"
    "                                   NOT VALID + VALIDATE); BEGIN/COMMIT per transaction group\n"
    "      --lock-timeout=VALUE         the online plan's SET lock_timeout (default 5s)\n"
    "      --format=sql|json            statements (default), or every row as JSON\n"
    "      --single-transaction         wrap the statements in BEGIN; ... COMMIT; (not --online)\n"
    "      --progress, --no-progress    show (or not) how far reading is, on stderr; by\n"
    "                                   default only on a terminal, after 1 s\n"
    "  -h, --help                       show this help, then exit\n"
    "  -V, --version                    output version information, then exit\n"
    "\n"
    "Exit status: 0 no differences, 2 differences found, 1 error.\n";

// The connections Ctrl-C cancels (PQcancel is async-signal-safe).
CatalogConnection *volatile g_active[2] = {nullptr, nullptr};

extern "C" void
OnInterrupt(int)
{
	for (auto *c : g_active) {
		if (c != nullptr) {
			c->Cancel();
		}
	}
}

struct SessionDeleter {
	void operator()(Session *s) const { SessionDestroy(s); }
};

std::string
JsonString(const char *text)
{
	std::string out = "\"";
	for (const char *p = text; p != nullptr && *p != '\0'; ++p) {
		const unsigned char c = static_cast<unsigned char>(*p);
		switch (c) {
		case '"':
			out += "\\\"";
			break;
		case '\\':
			out += "\\\\";
			break;
		case '\n':
			out += "\\n";
			break;
		case '\t':
			out += "\\t";
			break;
		case '\r':
			out += "\\r";
			break;
		default:
			if (c < 0x20) {
				char buf[8];
				std::snprintf(buf, sizeof buf, "\\u%04x", c);
				out += buf;
			} else {
				out += static_cast<char>(c);
			}
		}
	}
	return out + "\"";
}

[[noreturn]] void
FailStatus(const CoreStatus &st)
{
	std::string msg = std::string("pgschemadiff: error: ") + st.message;
	if (st.detail[0] != '\0') {
		msg += std::string("\nDETAIL:  ") + st.detail;
	}
	if (st.hint[0] != '\0') {
		msg += std::string("\nHINT:  ") + st.hint;
	}
	throw CliError(msg);
}

struct Args {
	bool allow_drops = false;
	bool ignore_extension_versions = false;
	bool with_privileges = false;
	bool with_owners = false;
	bool create_extensions_only = false;
	bool detect_renames = true;
	bool json = false;
	bool single_transaction = false;
	bool check_hazards = false;
	ProgressLine::Mode progress = ProgressLine::Mode::kAuto;
	bool online = false;
	std::string lock_timeout = "5s";
	/// PGSCHEMADIFF_REVERSE_TIES=1: the ordering check of the tests
	/// (DiffOptions::reverse_ties), as the extension's GUC of that name.
	bool reverse_ties = false;
	std::vector<std::string> include, exclude, hazards, renames;
	std::string from, to;
};

/// 0 = run, otherwise the exit status to return at once.
int
Parse(int argc, char **argv, Args &a)
{
	enum {
		kUnsafe = 1000,
		kSchema,
		kExclude,
		kPrivileges,
		kIgnoreVersions,
		kCreateOnly,
		kNoRenames,
		kFormat,
		kSingle,
		kHazards,
		kOwners,
		kRename,
		kProgress,
		kNoProgress,
		kOnline,
		kLockTimeout,
	};
	static const option kOptions[] = {
	    {"unsafe", no_argument, nullptr, kUnsafe},
	    {"schema", required_argument, nullptr, kSchema},
	    {"exclude-schema", required_argument, nullptr, kExclude},
	    {"exclude_schema", required_argument, nullptr, kExclude},
	    {"with-privileges", no_argument, nullptr, kPrivileges},
	    {"ignore-extension-versions", no_argument, nullptr, kIgnoreVersions},
	    {"create-extensions-only", no_argument, nullptr, kCreateOnly},
	    {"no-detect-renames", no_argument, nullptr, kNoRenames},
	    {"format", required_argument, nullptr, kFormat},
	    {"single-transaction", no_argument, nullptr, kSingle},
	    {"allow-hazards", required_argument, nullptr, kHazards},
	    {"with-owners", no_argument, nullptr, kOwners},
	    {"rename", required_argument, nullptr, kRename},
	    {"progress", no_argument, nullptr, kProgress},
	    {"no-progress", no_argument, nullptr, kNoProgress},
	    {"online", no_argument, nullptr, kOnline},
	    {"lock-timeout", required_argument, nullptr, kLockTimeout},
	    {"help", no_argument, nullptr, 'h'},
	    {"version", no_argument, nullptr, 'V'},
	    {nullptr, 0, nullptr, 0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "hV", kOptions, nullptr)) != -1) {
		switch (c) {
		case kUnsafe:
			a.allow_drops = true;
			break;
		case kSchema:
			a.include.emplace_back(optarg);
			break;
		case kExclude:
			a.exclude.emplace_back(optarg);
			break;
		case kPrivileges:
			a.with_privileges = true;
			break;
		case kOwners:
			a.with_owners = true;
			break;
		case kRename:
			a.renames.emplace_back(optarg);
			break;
		case kProgress:
			a.progress = ProgressLine::Mode::kOn;
			break;
		case kNoProgress:
			a.progress = ProgressLine::Mode::kOff;
			break;
		case kOnline:
			a.online = true;
			break;
		case kLockTimeout:
			a.lock_timeout = optarg;
			break;
		case kIgnoreVersions:
			a.ignore_extension_versions = true;
			break;
		case kCreateOnly:
			a.create_extensions_only = true;
			break;
		case kNoRenames:
			a.detect_renames = false;
			break;
		case kFormat:
			if (std::strcmp(optarg, "json") == 0) {
				a.json = true;
			} else if (std::strcmp(optarg, "sql") != 0) {
				std::cerr << "pgschemadiff: --format must be sql or json\n";
				return 1;
			}
			break;
		case kSingle:
			a.single_transaction = true;
			break;
		case kHazards: {
			a.check_hazards = true;
			std::string item;
			for (const char *p = optarg;; ++p) {
				if (*p == ',' || *p == '\0') {
					if (!item.empty()) {
						a.hazards.push_back(item);
					}
					item.clear();
					if (*p == '\0') {
						break;
					}
				} else if (*p != ' ') {
					item.push_back(*p);
				}
			}
			break;
		}
		case 'h':
			std::cout << kUsage;
			return -1;
		case 'V':
			std::cout << "pgschemadiff " << kVersion << "\n";
			return -1;
		default:
			std::cerr << "Try \"pgschemadiff --help\" for more information.\n";
			return 1;
		}
	}
	if (argc - optind != 2) {
		std::cerr << "pgschemadiff: expected FROM_URL and TO_URL\n"
		          << "Try \"pgschemadiff --help\" for more information.\n";
		return 1;
	}
	if (a.online && a.single_transaction) {
		std::cerr << "pgschemadiff: --single-transaction cannot be used with --online\n"
		          << "An online plan has statements that cannot run in a transaction block "
		             "(CREATE INDEX CONCURRENTLY); its script has BEGIN/COMMIT per group.\n";
		return 1;
	}
	a.from = argv[optind];
	a.to = argv[optind + 1];
	return 0;
}

/// Whether the comma-separated list (PlanStatementHazards) names `hazard`.
bool
HasHazard(const char *list, const std::string &hazard)
{
	const std::string text = std::string(",") + (list != nullptr ? list : "") + ",";
	return text.find("," + hazard + ",") != std::string::npos;
}

int
Run(const Args &a)
{
	CoreStatus st;
	std::unique_ptr<Session, SessionDeleter> session(SessionCreate(&st));
	if (!session) {
		FailStatus(st);
	}
	// Declared before the connections: on an error it is erased (destroyed)
	// after they are closed and before main prints the message.
	ProgressLine progress(a.progress);
	// FROM is the database to migrate: the core's local side; TO the remote.
	CatalogConnection from(a.from, "FROM", "");
	g_active[0] = &from;
	CatalogConnection to(a.to, "TO", from.ServerEncoding());
	g_active[1] = &to;
	// Both sides at once: TO on a thread of its own, FROM here; the two
	// servers run their queries in parallel. Every call into the session and
	// the progress line holds core_lock. Whichever side fails stops the other
	// (Abort) and its own error is the one reported.
	std::mutex core_lock;
	std::exception_ptr to_failed;
	std::atomic<bool> to_failed_first{false};
	std::thread to_reader([&] {
		try {
			to.Read(
			    session.get(), Side::kRemote,
			    [&](int done, int total) {
				    std::lock_guard<std::mutex> hold(core_lock);
				    progress.Update(1, done, total);
			    },
			    &core_lock);
		} catch (...) {
			to_failed = std::current_exception();
			to_failed_first.store(true);
			from.Abort();
		}
	});
	try {
		from.Read(
		    session.get(), Side::kLocal,
		    [&](int done, int total) {
			    std::lock_guard<std::mutex> hold(core_lock);
			    progress.Update(0, done, total);
		    },
		    &core_lock);
	} catch (...) {
		if (!to_failed_first.load()) {
			to.Abort();
		}
		to_reader.join();
		if (to_failed_first.load() && to_failed) {
			std::rethrow_exception(to_failed); // FROM stopped because TO failed
		}
		throw;
	}
	to_reader.join();
	if (to_failed) {
		std::rethrow_exception(to_failed);
	}
	from.ReadFollowUp(session.get(), Side::kLocal);
	g_active[0] = g_active[1] = nullptr;
	progress.Clear();

	std::vector<const char *> include, exclude;
	for (const auto &s : a.include) {
		include.push_back(s.c_str());
	}
	for (const auto &s : a.exclude) {
		exclude.push_back(s.c_str());
	}
	OptionsView o{};
	o.allow_drops = a.allow_drops;
	o.ignore_extension_versions = a.ignore_extension_versions;
	o.with_privileges = a.with_privileges;
	o.create_extensions_only = a.create_extensions_only;
	o.detect_renames = a.detect_renames;
	o.with_owners = a.with_owners;
	std::vector<const char *> renames;
	for (const auto &r : a.renames) {
		renames.push_back(r.c_str());
	}
	o.renames = renames.data();
	o.renames_count = static_cast<int>(renames.size());
	o.include_schemas = include.data();
	o.include_count = static_cast<int>(include.size());
	o.exclude_schemas = exclude.data();
	o.exclude_count = static_cast<int>(exclude.size());
	o.cancel_check = nullptr;
	o.online = a.online;
	const char *reverse = std::getenv("PGSCHEMADIFF_REVERSE_TIES");
	o.reverse_ties = a.reverse_ties || (reverse != nullptr && std::string(reverse) == "1");
	o.lock_timeout = a.lock_timeout.c_str();
	std::vector<const char *> hazards;
	for (const auto &h : a.hazards) {
		hazards.push_back(h.c_str());
	}
	static const char *const kNone[] = {nullptr};
	o.allow_hazards = a.check_hazards ? (hazards.empty() ? kNone : hazards.data()) : nullptr;
	o.allow_hazards_count = static_cast<int>(hazards.size());
	if (!SessionBuildPlan(session.get(), &o, &st)) {
		FailStatus(st);
	}
	const Session *s = session.get();
	for (int i = 0; i < PlanDiagnosticCount(s); ++i) {
		std::cerr << (PlanDiagnosticLevel(s, i) == 1 ? "WARNING:  " : "NOTICE:  ")
		          << PlanDiagnosticMessage(s, i) << "\n";
		const char *detail = PlanDiagnosticDetail(s, i);
		if (detail != nullptr && detail[0] != '\0') {
			std::cerr << "DETAIL:  " << detail << "\n";
		}
	}
	const int n = PlanStatementCount(s);
	if (a.json) {
		std::cout << "[";
		for (int i = 0; i < n; ++i) {
			std::cout << (i > 0 ? ",\n " : "\n ") << "{\"ordinal\": " << i + 1
			          << ", \"kind\": " << JsonString(PlanStatementKind(s, i))
			          << ", \"identity\": " << JsonString(PlanStatementIdentity(s, i))
			          << ", \"action\": " << JsonString(PlanStatementAction(s, i))
			          << ", \"destructive\": "
			          << (PlanStatementDestructive(s, i) ? "true" : "false")
			          << ", \"hazards\": [";
			std::string list = PlanStatementHazards(s, i) != nullptr ? PlanStatementHazards(s, i) : "";
			std::string item;
			bool first = true;
			for (std::size_t k = 0; k <= list.size(); ++k) {
				if (k == list.size() || list[k] == ',') {
					if (!item.empty()) {
						std::cout << (first ? "" : ", ") << JsonString(item.c_str());
						first = false;
					}
					item.clear();
				} else {
					item.push_back(list[k]);
				}
			}
			std::cout << "], \"sql\": " << JsonString(PlanStatementSql(s, i))
			          << ", \"transaction\": " << PlanStatementTransaction(s, i) << "}";
		}
		std::cout << (n > 0 ? "\n]\n" : "]\n");
	} else {
		if (a.single_transaction && n > 0) {
			std::cout << "BEGIN;\n\n";
		}
		for (int i = 0; i < n; ++i) {
			// --online: each transaction group in BEGIN/COMMIT, but for a
			// not_transactional statement, which is a group of its own.
			const int group = PlanStatementTransaction(s, i);
			const bool first = i == 0 || PlanStatementTransaction(s, i - 1) != group;
			const bool last = i + 1 == n || PlanStatementTransaction(s, i + 1) != group;
			const bool wrap =
			    a.online && !HasHazard(PlanStatementHazards(s, i), "not_transactional");
			if (wrap && first) {
				std::cout << "BEGIN;\n\n";
			}
			std::cout << PlanStatementSql(s, i) << "\n\n";
			if (wrap && last) {
				std::cout << "COMMIT;\n\n";
			}
		}
		if (a.single_transaction && n > 0) {
			std::cout << "COMMIT;\n";
		}
	}
	std::cout.flush();
	return n > 0 ? 2 : 0;
}

} // namespace
} // namespace pgschemadiff::cli

int
main(int argc, char **argv)
{
	using namespace pgschemadiff::cli;
	Args args;
	const int parsed = Parse(argc, argv, args);
	if (parsed != 0) {
		return parsed < 0 ? 0 : parsed;
	}
	std::signal(SIGINT, OnInterrupt);
	std::signal(SIGTERM, OnInterrupt);
	try {
		return Run(args);
	} catch (const CliError &e) {
		std::cerr << (std::strncmp(e.what(), "pgschemadiff:", 13) == 0 ? "" : "pgschemadiff: error: ")
		          << e.what() << "\n";
	} catch (const std::exception &e) {
		std::cerr << "pgschemadiff: error: " << e.what() << "\n";
	}
	return 1;
}
