// progress_line.hpp — the command's progress line on stderr while it reads
// the two catalogs: "reading catalogs: FROM 12/40 queries, TO 0/40",
// rewritten in place with \r and erased when reading ends (or fails, before
// the error is printed).
// Layer: cli. By default it shows only when stderr is a terminal and reading
// has taken more than a second; --progress shows it at once on any stderr,
// --no-progress never.
#pragma once

#include <chrono>
#include <cstddef>

namespace pgschemadiff::cli {

class ProgressLine {
public:
	enum class Mode { kAuto, kOn, kOff };

	/// The clock for kAuto's delay starts here.
	explicit ProgressLine(Mode mode);
	~ProgressLine();
	ProgressLine(const ProgressLine &) = delete;
	ProgressLine &operator=(const ProgressLine &) = delete;

	/// Side 0 (FROM) or 1 (TO) has read `done` of its `total` queries.
	void Update(int side, int done, int total);
	/// Erases the line, if one was written.
	void Clear();

private:
	bool enabled_;
	bool delayed_;
	std::chrono::steady_clock::time_point start_;
	int done_[2] = {0, 0};
	int total_ = 0;
	std::size_t width_ = 0; // of the line on screen; 0 = none
};

} // namespace pgschemadiff::cli
