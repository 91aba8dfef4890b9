// rowset.hpp — the text rows one catalog query returned, as the core keeps them.
// Layer: core/catalog. Both readers (SPI and libpq) hand the core this same
// shape; the core never knows which one ran.
#pragma once

#include "core/error.hpp"
#include "core/util/cpp_only_file.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {

using Cell = std::optional<std::string>;

/// Rows stored compactly: every cell's bytes in an arena of blocks, and per
/// cell its block, offset and length (a catalog of tens of thousands of
/// tables returns millions of cells; one std::string per cell cost several
/// times the text). Neither grows by reallocation: a vector doubled while
/// rows arrive holds up to three times its size at the moment it moves.
class RowSet {
public:
	RowSet() = default;
	explicit RowSet(std::vector<std::string> columns) : columns_(std::move(columns)) {}

	const std::vector<std::string> &Columns() const { return columns_; }
	std::size_t RowCount() const { return columns_.empty() ? 0 : cells_.size() / columns_.size(); }

	/// Appends one row; throws kCatalogDrift unless it has one cell per column.
	void AddRow(const std::vector<Cell> &row);
	/// Appends one cell (is_null, or `length` bytes at `data`); a row is
	/// complete after one cell per column.
	void AddCell(const char *data, std::size_t length, bool is_null);
	/// Whether the cells added so far make whole rows.
	bool Complete() const { return columns_.empty() || cells_.size() % columns_.size() == 0; }

	Cell CellAt(std::size_t row, std::size_t column) const;
	bool IsNull(std::size_t row, std::size_t column) const;
	/// For the cross-version step (cross_version.hpp), which rewrites or
	/// drops remote rows before the model is built: a cell's new value (the
	/// old bytes stay in the arena), and the rows kept (keep(row) is true).
	void SetCell(std::size_t row, std::size_t column, const Cell &value);
	template <typename Keep>
	void KeepRows(Keep keep)
	{
		const std::size_t width = columns_.size();
		std::deque<CellRef> kept;
		for (std::size_t r = 0; r < RowCount(); ++r) {
			if (keep(r)) {
				kept.insert(kept.end(), cells_.begin() + static_cast<std::ptrdiff_t>(r * width),
				            cells_.begin() + static_cast<std::ptrdiff_t>((r + 1) * width));
			}
		}
		cells_ = std::move(kept);
	}

	/// Index of a column; throws kCatalogDrift when the query did not return it.
	std::size_t ColumnIndex(const std::string &name) const;

private:
	struct CellRef {
		std::uint32_t block;
		std::uint32_t offset;
		std::uint32_t length; // kNull: NULL
	};
	static constexpr std::uint32_t kNull = 0xFFFFFFFFu;
	/// Appends `length` bytes to the arena; where they went.
	CellRef Store(const char *data, std::size_t length);
	std::vector<std::string> columns_;
	std::deque<CellRef> cells_;
	std::vector<std::string> blocks_; // each filled up to the capacity it was given
};

/// Reads one row by column name (checked once per RowSet through ColumnIndex).
class RowReader {
public:
	RowReader(const RowSet &set, std::size_t row) : set_(set), row_(row) {}
	Cell Get(const std::string &column) const { return set_.CellAt(row_, set_.ColumnIndex(column)); }
	std::string Text(const std::string &column) const; // NULL -> ""
	bool Bool(const std::string &column) const;        // "true"/"t"
	int Int(const std::string &column) const;
	std::optional<std::string> Optional(const std::string &column) const;

private:
	const RowSet &set_;
	std::size_t row_;
};

/// Parses a one-dimensional PostgreSQL array literal ({a,"b c",NULL}).
/// NULL elements are skipped. Throws kCatalogDrift on malformed input.
std::vector<std::string> ParseTextArray(const std::string &literal);

} // namespace pgschemadiff
