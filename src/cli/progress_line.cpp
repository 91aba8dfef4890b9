// progress_line.cpp — see progress_line.hpp. Layer: cli.
#include "cli/progress_line.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace pgschemadiff::cli {
namespace {

// Reads faster than this leave no trace on a terminal.
constexpr std::chrono::seconds kShowAfter{1};

} // namespace

ProgressLine::ProgressLine(Mode mode)
    : enabled_(mode == Mode::kOn || (mode == Mode::kAuto && isatty(STDERR_FILENO) == 1)),
      delayed_(mode == Mode::kAuto), start_(std::chrono::steady_clock::now())
{
}

ProgressLine::~ProgressLine()
{
	Clear();
}

void
ProgressLine::Update(int side, int done, int total)
{
	if (side < 0 || side > 1) {
		return;
	}
	done_[side] = done;
	total_ = total;
	if (!enabled_ || (delayed_ && std::chrono::steady_clock::now() - start_ < kShowAfter)) {
		return;
	}
	std::string line = "reading catalogs: FROM " + std::to_string(done_[0]) + "/" +
	                   std::to_string(total_) + " queries, TO " + std::to_string(done_[1]) + "/" +
	                   std::to_string(total_);
	const std::size_t width = line.size();
	if (width < width_) {
		line.append(width_ - width, ' '); // over what the last line left
	}
	std::fprintf(stderr, "\r%s", line.c_str());
	std::fflush(stderr);
	width_ = width;
}

void
ProgressLine::Clear()
{
	if (width_ == 0) {
		return;
	}
	std::fprintf(stderr, "\r%s\r", std::string(width_, ' ').c_str());
	std::fflush(stderr);
	width_ = 0;
}

} // namespace pgschemadiff::cli
