// rowset.cpp — column lookup and cell decoding for catalog rows.
// Layer: core/catalog.
#include "core/catalog/rowset.hpp"

#include <algorithm>
#include <cstdlib>

namespace pgschemadiff {

namespace {

/// Arena blocks grow from kFirstBlock to kMaxBlock bytes (a cell longer than
/// that gets a block of its own size).
constexpr std::size_t kFirstBlock = 4096;
constexpr std::size_t kMaxBlock = std::size_t{1} << 20;

} // namespace

RowSet::CellRef
RowSet::Store(const char *data, std::size_t length)
{
	if (length >= kNull) {
		throw Error(ErrorKind::kInternal, "catalog query result too large (a cell over 4 GiB)");
	}
	if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < length) {
		if (blocks_.size() >= kNull) {
			throw Error(ErrorKind::kInternal, "catalog query result too large");
		}
		const std::size_t grown =
		    blocks_.empty() ? kFirstBlock : std::min(kMaxBlock, 2 * blocks_.back().capacity());
		blocks_.emplace_back();
		blocks_.back().reserve(std::max(grown, length));
	}
	std::string &block = blocks_.back();
	const CellRef ref{static_cast<std::uint32_t>(blocks_.size() - 1),
	                  static_cast<std::uint32_t>(block.size()), static_cast<std::uint32_t>(length)};
	block.append(data, length);
	return ref;
}

void
RowSet::AddCell(const char *data, std::size_t length, bool is_null)
{
	if (is_null) {
		cells_.push_back({0, 0, kNull});
		return;
	}
	cells_.push_back(Store(data, length));
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
	return std::string(blocks_[c.block], c.offset, c.length);
}

void
RowSet::SetCell(std::size_t row, std::size_t column, const Cell &value)
{
	CellRef &c = cells_.at(row * columns_.size() + column);
	c = value ? Store(value->data(), value->size()) : CellRef{0, 0, kNull};
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
