// diff_text_search.cpp — text search dictionaries and configurations.
// Layer: core/diff. Both are created before the tables (a generated column,
// an index, a default or a check may name a configuration, as in
// to_tsvector('s.cfg'::regconfig, body)) and dropped after what used them is
// gone: configurations first, then the dictionaries their mappings named.
// Options and mappings change in place (ALTER ... (option = value),
// ADD/ALTER/DROP MAPPING); a dictionary's template or a configuration's
// parser cannot, and is reported (as a domain's base type is) rather than
// dropped under the indexes and columns that use it.
#include "core/diff/context.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace pgschemadiff {
namespace {

ObjectRef
DictionaryObject(const QualifiedName &id)
{
	return {ObjectKind::kTextSearchDictionary, id.schema, id.name, ""};
}

ObjectRef
ConfigurationObject(const QualifiedName &id)
{
	return {ObjectKind::kTextSearchConfiguration, id.schema, id.name, ""};
}

const char *const kDictionary = "text search dictionary";
const char *const kConfiguration = "text search configuration";

using Mappings = std::map<std::string, std::vector<QualifiedName>>;
using Group = std::pair<std::vector<QualifiedName>, std::vector<std::string>>; // dicts, tokens

/// Tokens that map to the same dictionaries, so one statement names them all;
/// groups in the order of their first token.
std::vector<Group>
GroupByDictionaries(const Mappings &mappings)
{
	std::vector<Group> out;
	for (const auto &[token, dicts] : mappings) {
		auto it = std::find_if(out.begin(), out.end(),
		                       [&dicts = dicts](const Group &g) { return g.first == dicts; });
		if (it == out.end()) {
			out.push_back({dicts, {token}});
		} else {
			it->second.push_back(token);
		}
	}
	return out;
}

void
AlterDictionary(DiffContext &ctx, const TextSearchDictionary &have,
                const TextSearchDictionary &want)
{
	// Every option the remote has is set again, in its order (a set option
	// moves to the end), so the dictionary ends up exactly as the remote's.
	std::vector<std::string> removed;
	for (const auto &o : have.options) {
		const bool kept = std::any_of(want.options.begin(), want.options.end(),
		                              [&](const TextSearchOption &w) { return w.name == o.name; });
		if (!kept) {
			removed.push_back(o.name);
		}
	}
	ctx.Add(Phase::kCreateTextSearch, kDictionary, QuoteQualified(want.id), Action::kAlter, false,
	        op::AlterTextSearchDictionary{want.id, removed, want.options})
	    .object = DictionaryObject(want.id);
}

void
AddMappings(DiffContext &ctx, const QualifiedName &id, Action action, bool add,
            const Mappings &mappings)
{
	for (const auto &[dicts, tokens] : GroupByDictionaries(mappings)) {
		Change &c = ctx.Add(Phase::kCreateTextSearch, kConfiguration, QuoteQualified(id), action,
		                    false, op::TextSearchMapping{id, add, tokens, dicts});
		// Not the configuration's own statement (several map one new
		// configuration): it needs it and the dictionaries it names.
		c.needs.push_back(ConfigurationObject(id));
		for (const auto &dict : dicts) {
			c.needs.push_back(DictionaryObject(dict));
		}
	}
}

void
AlterConfiguration(DiffContext &ctx, const TextSearchConfiguration &have,
                   const TextSearchConfiguration &want)
{
	std::vector<std::string> dropped;
	Mappings changed;
	Mappings added;
	for (const auto &[token, dicts] : have.mappings) {
		auto it = want.mappings.find(token);
		if (it == want.mappings.end()) {
			dropped.push_back(token);
		} else if (it->second != dicts) {
			changed.emplace(token, it->second);
		}
	}
	for (const auto &[token, dicts] : want.mappings) {
		if (have.mappings.count(token) == 0) {
			added.emplace(token, dicts);
		}
	}
	if (!dropped.empty()) {
		ctx.Add(Phase::kCreateTextSearch, kConfiguration, QuoteQualified(want.id), Action::kDrop,
		        true, op::DropTextSearchMapping{want.id, dropped})
		    .object = ConfigurationObject(want.id);
	}
	AddMappings(ctx, want.id, Action::kAlter, false, changed);
	AddMappings(ctx, want.id, Action::kAlter, true, added);
}

} // namespace

void
DiffTextSearch(DiffContext &ctx)
{
	for (const auto &[id, want] : ctx.to.ts_dictionaries) {
		auto it = ctx.from.ts_dictionaries.find(id);
		if (it == ctx.from.ts_dictionaries.end()) {
			ctx.Add(Phase::kCreateTextSearch, kDictionary, QuoteQualified(id), Action::kCreate,
			        false, op::CreateTextSearchDictionary{want})
			    .object = DictionaryObject(id);
		} else if (it->second.template_name != want.template_name) {
			ctx.Warn("text search dictionary " + QuoteQualified(id) +
			             " has another template and was not changed",
			         "A dictionary's template cannot be altered in place. Remote definition: ", op::CreateTextSearchDictionary{want});
		} else if (!(it->second == want)) {
			AlterDictionary(ctx, it->second, want);
		}
	}
	for (const auto &[id, want] : ctx.to.ts_configurations) {
		auto it = ctx.from.ts_configurations.find(id);
		if (it == ctx.from.ts_configurations.end()) {
			ctx.Add(Phase::kCreateTextSearch, kConfiguration, QuoteQualified(id), Action::kCreate,
			        false, op::CreateTextSearchConfiguration{want})
			    .object = ConfigurationObject(id);
			AddMappings(ctx, id, Action::kCreate, true, want.mappings);
		} else if (it->second.parser != want.parser) {
			ctx.Warn("text search configuration " + QuoteQualified(id) +
			             " has another parser and was not changed",
			         "A configuration's parser cannot be altered in place. Remote definition: ", op::CreateTextSearchConfiguration{want});
		} else if (!(it->second == want)) {
			AlterConfiguration(ctx, it->second, want);
		}
	}
	for (const auto &[id, have] : ctx.from.ts_configurations) {
		if (ctx.to.ts_configurations.count(id) == 0) {
			ctx.Add(Phase::kDropTextSearch, kConfiguration, QuoteQualified(id), Action::kDrop, true,
			        op::DropTextSearchConfiguration{id})
			    .object = ConfigurationObject(id);
		}
	}
	for (const auto &[id, have] : ctx.from.ts_dictionaries) {
		if (ctx.to.ts_dictionaries.count(id) == 0) {
			ctx.Add(Phase::kDropTextSearch, kDictionary, QuoteQualified(id), Action::kDrop, true,
			        op::DropTextSearchDictionary{id})
			    .object = DictionaryObject(id);
		}
	}
}

} // namespace pgschemadiff
