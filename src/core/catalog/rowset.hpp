// rowset.hpp — the text rows one catalog query returned, as the core keeps them.
// Layer: core/catalog. Both readers (SPI and libpq) hand the core this same
// shape; the core never knows which one ran.
#pragma once

#include "core/error.hpp"
#include "core/util/cpp_only_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pgschemadiff {

using Cell = std::optional<std::string>;

class RowSet {
public:
	RowSet() = default;
	explicit RowSet(std::vector<std::string> columns) : columns_(std::move(columns)) {}

	const std::vector<std::string> &Columns() const { return columns_; }
	const std::vector<std::vector<Cell>> &Rows() const { return rows_; }
	void AddRow(std::vector<Cell> row) { rows_.push_back(std::move(row)); }
	/// For the cross-version step (cross_version.hpp), which rewrites or
	/// drops remote rows before the model is built.
	std::vector<std::vector<Cell>> &MutableRows() { return rows_; }

	/// Index of a column; throws kCatalogDrift when the query did not return it.
	std::size_t ColumnIndex(const std::string &name) const;

private:
	std::vector<std::string> columns_;
	std::vector<std::vector<Cell>> rows_;
};

/// Reads one row by column name (checked once per RowSet through ColumnIndex).
class RowReader {
public:
	RowReader(const RowSet &set, const std::vector<Cell> &row) : set_(set), row_(row) {}
	const Cell &Get(const std::string &column) const { return row_.at(set_.ColumnIndex(column)); }
	std::string Text(const std::string &column) const; // NULL -> ""
	bool Bool(const std::string &column) const;        // "true"/"t"
	int Int(const std::string &column) const;
	std::optional<std::string> Optional(const std::string &column) const;

private:
	const RowSet &set_;
	const std::vector<Cell> &row_;
};

/// Parses a one-dimensional PostgreSQL array literal ({a,"b c",NULL}).
/// NULL elements are skipped. Throws kCatalogDrift on malformed input.
std::vector<std::string> ParseTextArray(const std::string &literal);

} // namespace pgschemadiff
