// rowset.cpp — column lookup and cell decoding for catalog rows.
// Layer: core/catalog.
#include "core/catalog/rowset.hpp"

#include <cstdlib>

namespace pgschemadiff {

void
RowSet::AddCell(const char *data, std::size_t length, bool is_null)
{
	if (is_null) {
		cells_.push_back({0, kNull});
		return;
	}
	if (arena_.size() + length >= kNull || length >= kNull) {
		throw Error(ErrorKind::kInternal, "catalog query result too large (over 4 GiB of text)");
	}
	cells_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(length)});
	arena_.append(data, length);
}

void
RowSet::AddRow(const std::vector<Cell> &row)
{
	if (row.size() != columns_.size()) {
		throw Error(ErrorKind::kCatalogDrift, "catalog row has the wrong number of cells");
	}
	for (const auto &cell : row) {
		AddCell(cell ? cell->data() : nullptr, cell ? cell->size() : 0, !cell);
	}
}

Cell
RowSet::CellAt(std::size_t row, std::size_t column) const
{
	const CellRef &c = cells_.at(row * columns_.size() + column);
	if (c.length == kNull) {
		return std::nullopt;
	}
	return std::string(arena_, c.offset, c.length);
}

void
RowSet::SetCell(std::size_t row, std::size_t column, const Cell &value)
{
	CellRef &c = cells_.at(row * columns_.size() + column);
	if (!value) {
		c = {0, kNull};
		return;
	}
	if (arena_.size() + value->size() >= kNull) {
		throw Error(ErrorKind::kInternal, "catalog query result too large (over 4 GiB of text)");
	}
	c = {static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(value->size())};
	arena_.append(*value);
}

bool
RowSet::IsNull(std::size_t row, std::size_t column) const
{
	return cells_.at(row * columns_.size() + column).length == kNull;
}

std::size_t
RowSet::ColumnIndex(const std::string &name) const
{
	for (std::size_t i = 0; i < columns_.size(); ++i) {
		if (columns_[i] == name) {
			return i;
		}
	}
	throw Error(ErrorKind::kCatalogDrift, "catalog query result lacks column \"" + name + "\"");
}

std::string
RowReader::Text(const std::string &column) const
{
	Cell c = Get(column);
	return c ? std::move(*c) : std::string();
}

bool
RowReader::Bool(const std::string &column) const
{
	const std::string v = Text(column);
	return v == "true" || v == "t";
}

int
RowReader::Int(const std::string &column) const
{
	const std::string v = Text(column);
	char *end = nullptr;
	long n = std::strtol(v.c_str(), &end, 10);
	if (v.empty() || end == nullptr || *end != '\0') {
		throw Error(ErrorKind::kCatalogDrift,
		            "catalog column \"" + column + "\" is not an integer: \"" + v + "\"");
	}
	return static_cast<int>(n);
}

std::optional<std::string>
RowReader::Optional(const std::string &column) const
{
	return Get(column);
}

std::vector<std::string>
ParseTextArray(const std::string &literal)
{
	std::vector<std::string> out;
	if (literal.size() < 2 || literal.front() != '{' || literal.back() != '}') {
		throw Error(ErrorKind::kCatalogDrift, "malformed array literal in catalog row: " + literal);
	}
	std::size_t i = 1;
	const std::size_t end = literal.size() - 1;
	if (i == end) {
		return out;
	}
	while (i <= end) {
		std::string item;
		bool quoted = false;
		if (literal[i] == '"') {
			quoted = true;
			++i;
			while (i < end && literal[i] != '"') {
				if (literal[i] == '\\' && i + 1 < end) {
					++i;
				}
				item.push_back(literal[i]);
				++i;
			}
			if (i >= end) {
				throw Error(ErrorKind::kCatalogDrift,
				            "unterminated quote in array literal: " + literal);
			}
			++i; // closing quote
		} else {
			while (i < end && literal[i] != ',') {
				item.push_back(literal[i]);
				++i;
			}
		}
		if (!quoted && item.empty()) {
			throw Error(ErrorKind::kCatalogDrift, "empty element in array literal: " + literal);
		}
		if (quoted || item != "NULL") {
			out.push_back(item);
		}
		if (i < end && literal[i] != ',') {
			throw Error(ErrorKind::kCatalogDrift,
			            "malformed array literal in catalog row: " + literal);
		}
		++i; // skip ',' (or step past end)
	}
	return out;
}

} // namespace pgschemadiff
