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
#include <string_view>
#include <vector>

namespace pgschemadiff {

using Cell = std::optional<std::string>;

/// Rows stored compactly: each row's cells encoded one after the other in an
/// arena of blocks (a varint of length + 1, 0 for NULL, then the bytes), and
/// per row only where it starts. A catalog of tens of thousands of tables
/// returns millions of cells averaging under ten bytes: one std::string per
/// cell cost several times the text, and even a 12-byte reference per cell
/// cost more than the text. A cell is found by skipping the ones before it in
/// its row (rows have a few dozen cells at most). Neither the arena nor the
/// row list grows by reallocation: a vector doubled while rows arrive holds up
/// to three times its size at the moment it moves.
class RowSet {
public:
	RowSet() = default;
	explicit RowSet(std::vector<std::string> columns) : columns_(std::move(columns)) {}

	const std::vector<std::string> &Columns() const { return columns_; }
	std::size_t RowCount() const { return rows_.size(); }

	/// Appends one row; throws kCatalogDrift unless it has one cell per column.
	void AddRow(const std::vector<Cell> &row);
	/// Appends one cell (is_null, or `length` bytes at `data`); a row is
	/// complete after one cell per column.
	void AddCell(const char *data, std::size_t length, bool is_null);
	/// Whether the cells added so far make whole rows.
	bool Complete() const { return pending_cells_ == 0; }

	Cell CellAt(std::size_t row, std::size_t column) const;
	bool IsNull(std::size_t row, std::size_t column) const;
	/// For the cross-version step (cross_version.hpp), which rewrites or
	/// drops remote rows before the model is built: a cell's new value (the
	/// row is stored again with it; the old bytes stay in the arena), and the
	/// rows kept (keep(row) is true).
	void SetCell(std::size_t row, std::size_t column, const Cell &value);
	template <typename Keep>
	void KeepRows(Keep keep)
	{
		std::deque<RowRef> kept;
		for (std::size_t r = 0; r < RowCount(); ++r) {
			if (keep(r)) {
				kept.push_back(rows_[r]);
			}
		}
		rows_ = std::move(kept);
	}

	/// Index of a column; throws kCatalogDrift when the query did not return it.
	/// A binary search of the names, sorted once per result.
	std::size_t ColumnIndex(std::string_view name) const;
	/// Where each cell of `row` starts: `starts` receives one entry per column
	/// (nullptr for NULL) and `lengths` its length. One pass over the row.
	void LocateAll(std::size_t row, const char **starts, std::size_t *lengths) const;

private:
	struct RowRef {
		std::uint32_t block;
		std::uint32_t offset;
	};
	/// Appends `length` bytes to the arena, contiguously; where they went.
	RowRef Store(const char *data, std::size_t length);
	/// Cell `column` of row `row`: its bytes (nullptr when NULL) and length.
	const char *Locate(std::size_t row, std::size_t column, std::size_t *length) const;
	/// Encodes one cell at the end of `out`.
	static void Encode(std::string &out, const char *data, std::size_t length, bool is_null);
	std::vector<std::string> columns_;
	std::deque<RowRef> rows_;
	std::vector<std::string> blocks_; // each filled up to the capacity it was given
	std::string pending_;             // the row being added, encoded
	std::size_t pending_cells_ = 0;
	/// Column positions sorted by name; built on the first ColumnIndex.
	mutable std::vector<std::size_t> by_name_;
};

/// Reads one row by column name: the row's cells are located once, when the
/// reader is made (one pass), and a name becomes a position through the
/// result's sorted index (RowSet::ColumnIndex), so reading a cell neither
/// allocates for the name nor decodes the cells before it.
class RowReader {
public:
	RowReader(const RowSet &set, std::size_t row);
	Cell Get(std::string_view column) const;
	std::string Text(std::string_view column) const; // NULL -> ""
	bool Bool(std::string_view column) const;        // "true"/"t"
	int Int(std::string_view column) const;
	std::optional<std::string> Optional(std::string_view column) const;

private:
	/// Rows with more cells than this locate each cell on demand.
	static constexpr std::size_t kInlineCells = 48;
	const char *Cell_(std::string_view column, std::size_t *length) const;
	const RowSet &set_;
	std::size_t row_;
	bool located_ = false;
	const char *starts_[kInlineCells];
	std::size_t lengths_[kInlineCells];
};

/// Parses a one-dimensional PostgreSQL array literal ({a,"b c",NULL}).
/// NULL elements are skipped. Throws kCatalogDrift on malformed input.
std::vector<std::string> ParseTextArray(const std::string &literal);

} // namespace pgschemadiff
