// renames.cpp — unambiguous one-to-one pairing by signature.
// Layer: core/diff.
#include "core/diff/renames.hpp"

namespace pgschemadiff {

std::map<std::string, std::string>
PairRenames(const std::map<std::string, std::string> &gone,
            const std::map<std::string, std::string> &added)
{
	std::map<std::string, int> gone_count;
	std::map<std::string, int> added_count;
	std::map<std::string, std::string> added_by_signature;
	for (const auto &[name, signature] : gone) {
		++gone_count[signature];
	}
	for (const auto &[name, signature] : added) {
		++added_count[signature];
		added_by_signature[signature] = name;
	}
	std::map<std::string, std::string> out;
	for (const auto &[name, signature] : gone) {
		if (gone_count[signature] == 1 && added_count[signature] == 1) {
			out[name] = added_by_signature[signature];
		}
	}
	return out;
}

std::string
IndexSignature(const std::string &definition)
{
	// "CREATE [UNIQUE] INDEX name ON [ONLY] table USING ...": the name is the
	// token between "INDEX " and the first " ON " after it.
	const std::size_t index = definition.find("INDEX ");
	if (index == std::string::npos) {
		return definition;
	}
	const std::size_t start = index + 6;
	const std::size_t on = definition.find(" ON ", start);
	if (on == std::string::npos) {
		return definition;
	}
	return definition.substr(0, start) + definition.substr(on);
}

} // namespace pgschemadiff
