// print_queries.cpp — prints the catalog queries both readers run, as one psql
// script, for bench/bench_schema_diff.sh's reference time ("psql running our
// own queries"). A paged query is printed whole: its first page parameter
// ($1) as 0 and its page LIMIT lifted, so that it reads every row at once.
//
//   print_queries [server_version_num]      default 150000
#include "core/api.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void
ReplaceAll(std::string &text, const std::string &from, const std::string &to)
{
	for (std::size_t at = text.find(from); at != std::string::npos;
	     at = text.find(from, at + to.size())) {
		text.replace(at, from.size(), to);
	}
}

} // namespace

int
main(int argc, char **argv)
{
	using namespace pgschemadiff;
	const int version = argc > 1 ? std::atoi(argv[1]) : 150000;
	std::printf("%s;\n", kReaderSessionSetup);
	for (int q = 0; q < QueryCount(); ++q) {
		const char *text = QueryText(q, version);
		if (text == nullptr) {
			std::fprintf(stderr, "no \"%s\" query for server version %d\n", QueryName(q), version);
			return 1;
		}
		std::string sql = text;
		if (QueryPageSize(q) > 0) {
			ReplaceAll(sql, "$1", "0");
			ReplaceAll(sql, "LIMIT " + std::to_string(QueryPageSize(q)), "LIMIT ALL");
		}
		const bool no_nestloop = QueryWithoutNestedLoops(q);
		std::printf("-- %s\n%s%s;\n%s", QueryName(q), no_nestloop ? "SET enable_nestloop = off;\n" : "",
		            sql.c_str(), no_nestloop ? "RESET enable_nestloop;\n" : "");
	}
	return 0;
}
