// build_text_search.cpp — rows of the text search queries -> dictionaries and
// configurations; parses a dictionary's stored options.
// Layer: core/catalog.
#include "core/catalog/build_kinds.hpp"

#include <cctype>

namespace pgschemadiff {
namespace {

[[noreturn]] void
BadOptions(const std::string &text)
{
	throw Error(ErrorKind::kCatalogDrift, "text search dictionary options cannot be read",
	            "Options: " + text);
}

/// Reads serialize_deflist's output (tsearchcmds.c) one token at a time.
class OptionReader {
public:
	explicit OptionReader(const std::string &text) : text_(text) {}

	bool AtEnd()
	{
		SkipSpaces();
		return pos_ >= text_.size();
	}

	/// quote_identifier output: "..." with "" doubled, or a bare word.
	std::string Name()
	{
		SkipSpaces();
		if (Peek() == '"') {
			return Quoted('"', false);
		}
		const std::size_t start = pos_;
		while (pos_ < text_.size() && text_[pos_] != ' ' && text_[pos_] != '=') {
			++pos_;
		}
		if (pos_ == start) {
			BadOptions(text_);
		}
		return text_.substr(start, pos_ - start);
	}

	void Expect(char c)
	{
		SkipSpaces();
		if (Peek() != c) {
			BadOptions(text_);
		}
		++pos_;
	}

	/// A string ('...' or E'...', unquoted here) or a number (as written).
	std::string Value(bool *is_string)
	{
		SkipSpaces();
		*is_string = true;
		if (Peek() == '\'') {
			return Quoted('\'', false);
		}
		if (Peek() == 'E' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'') {
			++pos_;
			return Quoted('\'', true);
		}
		*is_string = false;
		const std::size_t start = pos_;
		while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != ' ') {
			const char c = text_[pos_];
			if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '+' && c != '.' &&
			    c != 'e' && c != 'E') {
				BadOptions(text_);
			}
			++pos_;
		}
		if (pos_ == start) {
			BadOptions(text_);
		}
		return text_.substr(start, pos_ - start);
	}

private:
	char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

	void SkipSpaces()
	{
		while (pos_ < text_.size() && text_[pos_] == ' ') {
			++pos_;
		}
	}

	/// Text between `quote`s, the quote doubled inside; with `backslashes`,
	/// a doubled backslash stands for one.
	std::string Quoted(char quote, bool backslashes)
	{
		++pos_;
		std::string out;
		while (pos_ < text_.size()) {
			const char c = text_[pos_++];
			if (c == quote) {
				if (Peek() != quote) {
					return out;
				}
				++pos_;
			} else if (backslashes && c == '\\') {
				if (Peek() != '\\') {
					BadOptions(text_);
				}
				++pos_;
			}
			out.push_back(c);
		}
		BadOptions(text_);
	}

	const std::string &text_;
	std::size_t pos_ = 0;
};

} // namespace

std::vector<TextSearchOption>
ParseDictionaryOptions(const std::string &text)
{
	std::vector<TextSearchOption> out;
	OptionReader reader(text);
	while (!reader.AtEnd()) {
		if (!out.empty()) {
			reader.Expect(',');
		}
		TextSearchOption o;
		o.name = reader.Name();
		reader.Expect('=');
		o.value = reader.Value(&o.is_string);
		out.push_back(std::move(o));
	}
	return out;
}

void
BuildTextSearch(const RowSet &dictionaries, const RowSet &configurations, Catalog &cat)
{
	EachRow(dictionaries, [&](const RowReader &r) {
		TextSearchDictionary d;
		d.id = {r.Text("schema"), r.Text("name")};
		d.template_name = {r.Text("template_schema"), r.Text("template_name")};
		d.options = ParseDictionaryOptions(r.Text("options"));
		cat.ts_dictionaries.emplace(d.id, std::move(d));
	});
	EachRow(configurations, [&](const RowReader &r) {
		const QualifiedName id{r.Text("schema"), r.Text("name")};
		TextSearchConfiguration &c = cat.ts_configurations[id];
		c.id = id;
		c.parser = {r.Text("parser_schema"), r.Text("parser_name")};
		if (!r.Get("token")) {
			return; // no mappings
		}
		const std::vector<std::string> schemas = ParseTextArray(r.Text("dict_schemas"));
		const std::vector<std::string> names = ParseTextArray(r.Text("dict_names"));
		if (schemas.size() != names.size()) {
			throw Error(ErrorKind::kCatalogDrift,
			            "text search mapping has mismatched dictionary schemas and names");
		}
		std::vector<QualifiedName> &dicts = c.mappings[r.Text("token")];
		for (std::size_t i = 0; i < names.size(); ++i) {
			dicts.push_back({schemas[i], names[i]});
		}
	});
}

} // namespace pgschemadiff
