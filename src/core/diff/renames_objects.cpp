// renames_objects.cpp — tables, views, sequences, types, routines, triggers,
// policies and enum labels renamed or moved to another schema.
// Layer: core/diff. Runs before every other kind (DetectRenames): an object
// gone under one name and present under another, with the same definition
// but for its name and schema, and no look-alike on either side, is renamed
// (ALTER ... SET SCHEMA and/or RENAME TO), never dropped and created: rows,
// sequence values and everything bound by OID stay. The rest of the diff
// then compares the local catalog as it will be once the renames ran: every
// reference to a renamed object (foreign keys, index and trigger
// definitions, defaults, view texts, pg_depend edges, comments, grants) is
// rewritten to the new name, as PostgreSQL prints it after the rename.
// Routine bodies that are not parsed (plpgsql, SQL functions without BEGIN
// ATOMIC) keep their text: they name objects by name, so the remote's body
// differs and the routine is replaced.
#include "core/diff/renames.hpp"

#include "core/diff/context.hpp"
#include "core/error.hpp"
#include "core/plan/objects.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <functional>

namespace pgschemadiff {
namespace {

constexpr char kSep = '\x1f';
const char *const kSelf = "\x01self";
const char *const kSequenceRef = "\x01seq";
constexpr int kMaxTableRounds = 8; // partitions of a renamed parent, FKs between renamed tables

bool
IdentChar(char c)
{
	const auto u = static_cast<unsigned char>(c);
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '$' || u >= 0x80;
}

/// Spellings of one name, each replaced by `with` where it stands alone.
struct Replacement {
	std::vector<std::string> needles;
	std::string with;
};

bool
StandsAlone(const std::string &text, std::size_t at, const std::string &needle)
{
	if (at > 0 && IdentChar(needle.front())) {
		const char prev = text[at - 1];
		if (IdentChar(prev) || prev == '"' || prev == '.') {
			return false;
		}
	}
	const std::size_t end = at + needle.size();
	if (end < text.size()) {
		const char next = text[end];
		if (IdentChar(needle.back()) && (IdentChar(next) || next == '"')) {
			return false;
		}
		if (needle.back() == '"' && next == '"') {
			return false;
		}
	}
	return true;
}

std::string
Replace(const std::string &text, const Replacement &r)
{
	bool any = false;
	for (const auto &n : r.needles) {
		any = any || text.find(n) != std::string::npos;
	}
	if (!any) {
		return text;
	}
	std::string out;
	out.reserve(text.size());
	std::size_t i = 0;
	while (i < text.size()) {
		bool matched = false;
		for (const auto &n : r.needles) {
			if (text.compare(i, n.size(), n) == 0 && StandsAlone(text, i, n)) {
				out += r.with;
				i += n.size();
				matched = true;
				break;
			}
		}
		if (!matched) {
			out.push_back(text[i]);
			++i;
		}
	}
	return out;
}

/// The spellings PostgreSQL may print for a qualified name, longest first
/// (quoted parts before bare ones, so a quoted name is not cut short).
std::vector<std::string>
Spellings(const QualifiedName &id)
{
	std::vector<std::string> s = TypeSpellings(id);
	std::stable_sort(s.begin(), s.end(), [](const std::string &a, const std::string &b) {
		return a.size() > b.size();
	});
	return s;
}

/// How ruleutils prints it: each part bare when it is a plain lower-case
/// identifier, else quoted (keywords, which it also quotes, are not known here).
std::string
Preferred(const QualifiedName &id)
{
	return TypeSpellings(id).back();
}

/// Renames found so far, and how to rewrite the local catalog for them.
struct RenameSet {
	std::map<QualifiedName, QualifiedName> relations; // tables, views, sequences, types
	std::map<std::pair<QualifiedName, std::string>, QualifiedName> routines; // by (id, args)
	std::map<std::pair<QualifiedName, std::string>, std::string> triggers;   // (table, name)
	std::map<std::pair<QualifiedName, std::string>, std::string> policies;
	std::map<QualifiedName, std::map<std::string, std::string>> labels; // enum -> old -> new
	std::vector<Replacement> text;

	bool Empty() const
	{
		return relations.empty() && routines.empty() && triggers.empty() && policies.empty() &&
		       labels.empty();
	}

	void AddRelation(const QualifiedName &from, const QualifiedName &to)
	{
		relations[from] = to;
		text.push_back({Spellings(from), Preferred(to)});
	}

	QualifiedName Name(const QualifiedName &q) const
	{
		auto it = relations.find(q);
		return it == relations.end() ? q : it->second;
	}

	std::string Text(const std::string &s) const
	{
		std::string out = s;
		for (const auto &r : text) {
			out = Replace(out, r);
		}
		return out;
	}

	std::optional<std::string> Text(const std::optional<std::string> &s) const
	{
		return s ? std::optional<std::string>(Text(*s)) : std::nullopt;
	}

	/// pg_get_functiondef: the header (and a BEGIN ATOMIC body, printed by
	/// ruleutils) names objects by OID; an AS '...' body is text as written.
	std::string RoutineText(const std::string &definition) const
	{
		const std::size_t as = definition.find("\nAS ");
		if (as == std::string::npos) {
			return Text(definition);
		}
		return Text(definition.substr(0, as)) + definition.substr(as);
	}

	ObjectRef Ref(const ObjectRef &r) const
	{
		ObjectRef out = r;
		if (r.kind == ObjectKind::kFunction || r.kind == ObjectKind::kProcedure ||
		    r.kind == ObjectKind::kAggregate) {
			out.sub = Text(r.sub);
			auto it = routines.find({{r.schema, r.name}, out.sub});
			if (it != routines.end()) {
				out.schema = it->second.schema;
				out.name = it->second.name;
			}
			return out;
		}
		if (r.kind == ObjectKind::kSchema || r.kind == ObjectKind::kEventTrigger ||
		    r.kind == ObjectKind::kPublication || r.kind == ObjectKind::kServer ||
		    r.kind == ObjectKind::kForeignDataWrapper || r.kind == ObjectKind::kExtension ||
		    r.kind == ObjectKind::kCollation || r.kind == ObjectKind::kTextSearchConfiguration ||
		    r.kind == ObjectKind::kTextSearchDictionary ||
		    r.kind == ObjectKind::kTextSearchParser || r.kind == ObjectKind::kTextSearchTemplate ||
		    r.kind == ObjectKind::kStatistics) {
			return out;
		}
		const QualifiedName owner = Name({r.schema, r.name});
		out.schema = owner.schema;
		out.name = owner.name;
		if (r.kind == ObjectKind::kTrigger || r.kind == ObjectKind::kPolicy) {
			const auto &names = r.kind == ObjectKind::kTrigger ? triggers : policies;
			auto it = names.find({owner, r.sub});
			if (it != names.end()) {
				out.sub = it->second;
			}
		}
		return out;
	}
};

template <typename Map, typename Fn>
Map
Rekey(const Map &m, Fn key_of)
{
	Map out;
	for (const auto &[key, value] : m) {
		out.emplace(key_of(key, value), value);
	}
	return out;
}

/// Where CREATE [CONSTRAINT] TRIGGER name ... spells the name: [start, end).
std::pair<std::size_t, std::size_t>
TriggerName(const std::string &definition)
{
	const std::size_t at = definition.find("TRIGGER ");
	if (at == std::string::npos) {
		return {0, 0};
	}
	const std::size_t start = at + 8;
	std::size_t end = start;
	if (end < definition.size() && definition[end] == '"') {
		++end;
		while (end < definition.size()) {
			if (definition[end] == '"') {
				if (end + 1 < definition.size() && definition[end + 1] == '"') {
					end += 2;
					continue;
				}
				++end;
				break;
			}
			++end;
		}
	} else {
		end = definition.find(' ', start);
		end = end == std::string::npos ? definition.size() : end;
	}
	return {start, end};
}

/// The definition with the trigger's own name left out.
std::string
TriggerSignature(const std::string &definition)
{
	const auto [start, end] = TriggerName(definition);
	return definition.substr(0, start) + definition.substr(end);
}

/// The definition of the trigger under another name (as quote_identifier
/// prints it, keywords aside).
std::string
RenamedTrigger(const std::string &definition, const std::string &name)
{
	const auto [start, end] = TriggerName(definition);
	if (start == end) {
		return definition;
	}
	const std::string spelled = Preferred({"x", name});
	return definition.substr(0, start) + spelled.substr(2) + definition.substr(end);
}

void
RewriteIndexes(std::map<std::string, Index> &indexes, const RenameSet &r)
{
	for (auto &[name, i] : indexes) {
		i.definition = r.Text(i.definition);
	}
}

/// The local catalog once the renames in `r` ran.
void
Rewrite(Catalog &c, const RenameSet &r)
{
	const auto qn = [&](const QualifiedName &q) { return r.Name(q); };
	for (auto &[id, t] : c.tables) {
		t.id = qn(t.id);
		for (auto &p : t.parents) {
			p = qn(p);
		}
		if (t.of_type) {
			t.of_type = qn(*t.of_type);
		}
		t.partition_key = r.Text(t.partition_key);
		t.partition_bound = r.Text(t.partition_bound);
		for (auto &col : t.columns) {
			col.type = r.Text(col.type);
			col.default_expr = r.Text(col.default_expr);
			col.generated_expr = r.Text(col.generated_expr);
			if (col.identity) {
				col.identity->sequence = qn(col.identity->sequence);
			}
		}
		for (auto &[name, k] : t.constraints) {
			k.definition = r.Text(k.definition);
			if (k.references) {
				k.references = qn(*k.references);
			}
		}
		RewriteIndexes(t.indexes, r);
	}
	c.tables = Rekey(c.tables, [](const QualifiedName &, const Table &t) { return t.id; });
	for (auto &[id, s] : c.sequences) {
		s.id = qn(s.id);
		if (s.owned_by) {
			s.owned_by->table = qn(s.owned_by->table);
		}
	}
	c.sequences = Rekey(c.sequences, [](const QualifiedName &, const Sequence &s) { return s.id; });
	for (auto &[id, e] : c.enums) {
		e.id = qn(e.id);
		auto it = r.labels.find(e.id);
		if (it != r.labels.end()) {
			for (auto &label : e.labels) {
				auto renamed = it->second.find(label);
				if (renamed != it->second.end()) {
					label = renamed->second;
				}
			}
		}
	}
	c.enums = Rekey(c.enums, [](const QualifiedName &, const EnumType &e) { return e.id; });
	for (auto &[id, d] : c.domains) {
		d.id = qn(d.id);
		d.base_type = r.Text(d.base_type);
		d.default_expr = r.Text(d.default_expr);
		for (auto &[name, check] : d.checks) {
			check = r.Text(check);
		}
	}
	c.domains = Rekey(c.domains, [](const QualifiedName &, const Domain &d) { return d.id; });
	for (auto &[id, t] : c.composites) {
		t.id = qn(t.id);
		for (auto &a : t.attributes) {
			a.type = r.Text(a.type);
		}
	}
	c.composites =
	    Rekey(c.composites, [](const QualifiedName &, const CompositeType &t) { return t.id; });
	for (auto &[id, t] : c.ranges) {
		t.id = qn(t.id);
		t.subtype = r.Text(t.subtype);
		if (t.multirange) {
			t.multirange = qn(*t.multirange);
		}
	}
	c.ranges = Rekey(c.ranges, [](const QualifiedName &, const RangeType &t) { return t.id; });
	for (auto &[id, t] : c.foreign_tables) {
		for (auto &col : t.columns) {
			col.type = r.Text(col.type);
		}
	}
	for (auto &[id, v] : c.views) {
		v.id = qn(v.id);
		v.definition = r.Text(v.definition);
		v.columns = r.Text(v.columns);
		RewriteIndexes(v.indexes, r);
	}
	c.views = Rekey(c.views, [](const QualifiedName &, const View &v) { return v.id; });
	for (auto &[key, f] : c.routines) {
		const std::pair<QualifiedName, std::string> old{f.id, r.Text(f.identity_args)};
		auto it = r.routines.find(old);
		if (it != r.routines.end()) {
			f.id = it->second;
		}
		f.identity_args = r.Text(f.identity_args);
		f.arguments = r.Text(f.arguments);
		f.result = r.Text(f.result);
		f.definition = r.RoutineText(f.definition);
	}
	c.routines = Rekey(c.routines, [](const auto &, const Routine &f) {
		return std::make_pair(f.id, f.identity_args);
	});
	for (auto &[key, g] : c.triggers) {
		g.table = qn(g.table);
		auto it = r.triggers.find({g.table, g.name});
		if (it != r.triggers.end()) {
			g.name = it->second;
			g.definition = RenamedTrigger(g.definition, g.name);
		}
		g.definition = r.Text(g.definition);
	}
	c.triggers = Rekey(
	    c.triggers, [](const auto &, const Trigger &g) { return std::make_pair(g.table, g.name); });
	for (auto &[key, p] : c.policies) {
		p.table = qn(p.table);
		auto it = r.policies.find({p.table, p.name});
		if (it != r.policies.end()) {
			p.name = it->second;
		}
		p.using_expr = r.Text(p.using_expr);
		p.check_expr = r.Text(p.check_expr);
	}
	c.policies = Rekey(
	    c.policies, [](const auto &, const Policy &p) { return std::make_pair(p.table, p.name); });
	for (auto &[key, a] : c.aggregates) {
		a.identity_args = r.Text(a.identity_args);
		a.arguments = r.Text(a.arguments);
		for (auto &[clause, value] : a.clauses) {
			value = r.Text(value);
		}
	}
	c.aggregates = Rekey(c.aggregates, [](const auto &, const Aggregate &a) {
		return std::make_pair(a.id, a.identity_args);
	});
	for (auto &[name, e] : c.event_triggers) {
		auto it = r.routines.find({e.function, ""});
		if (it != r.routines.end()) {
			e.function = it->second;
		}
	}
	for (auto &[key, rule] : c.rules) {
		rule.table = qn(rule.table);
		rule.definition = r.Text(rule.definition);
	}
	c.rules =
	    Rekey(c.rules, [](const auto &, const Rule &x) { return std::make_pair(x.table, x.name); });
	for (auto &[id, s] : c.statistics) {
		s.table = qn(s.table);
		s.definition = r.Text(s.definition);
	}
	for (auto &[name, p] : c.publications) {
		for (auto &[id, t] : p.tables) {
			t.table = qn(t.table);
			t.row_filter = r.Text(t.row_filter);
		}
		p.tables = Rekey(p.tables, [](const auto &, const PublicationTable &t) { return t.table; });
	}
	for (auto &e : c.dependencies) {
		e.dependent = r.Ref(e.dependent);
		e.referenced = r.Ref(e.referenced);
	}
	for (auto &p : c.privileges) {
		p.object = r.Ref(p.object);
	}
	c.comments =
	    Rekey(c.comments, [&](const ObjectRef &k, const std::string &) { return r.Ref(k); });
}

/// A column's name where an expression of its own table names it: bare or
/// quoted, not qualified by a schema or a type cast ("::name"), not a call.
std::string
ReplaceColumn(const std::string &text, const std::string &from, const std::string &to)
{
	const std::string spelled = Preferred({"x", to}).substr(2);
	Replacement r{Spellings({"x", from}), spelled};
	for (auto &n : r.needles) {
		n = n.substr(2);
	}
	std::string out;
	std::size_t i = 0;
	while (i < text.size()) {
		bool matched = false;
		for (const auto &n : r.needles) {
			if (text.compare(i, n.size(), n) != 0) {
				continue;
			}
			const std::size_t end = i + n.size();
			const bool left_ok = i == 0 || !(IdentChar(text[i - 1]) || text[i - 1] == '"' ||
			                                 (i >= 2 && text.compare(i - 2, 2, "::") == 0));
			const bool right_ok =
			    end >= text.size() ||
			    !(IdentChar(text[end]) || text[end] == '"' || text[end] == '(' || text[end] == '.');
			if (left_ok && right_ok) {
				out += r.with;
				i = end;
				matched = true;
				break;
			}
		}
		if (!matched) {
			out.push_back(text[i]);
			++i;
		}
	}
	return out;
}

/// The local catalog once ALTER TABLE table RENAME COLUMN from TO to ran.
void
RewriteColumn(Catalog &c, const QualifiedName &table, const std::string &from,
              const std::string &to)
{
	const auto column = [&](const std::string &text) { return ReplaceColumn(text, from, to); };
	const auto column_opt = [&](const std::optional<std::string> &text) {
		return text ? std::optional<std::string>(column(*text)) : std::nullopt;
	};
	const auto rename_in = [&](std::set<std::string> &names) {
		if (names.erase(from) > 0) {
			names.insert(to);
		}
	};
	Table &t = c.tables.at(table);
	for (auto &col : t.columns) {
		if (col.name == from) {
			col.name = to;
		}
		col.default_expr = column_opt(col.default_expr);
		col.generated_expr = column_opt(col.generated_expr);
	}
	t.partition_key = column(t.partition_key);
	for (auto &[name, k] : t.constraints) {
		rename_in(k.columns);
		// A foreign key's own columns come before REFERENCES.
		const std::size_t at = k.definition.find(" REFERENCES ");
		k.definition = at == std::string::npos
		                   ? column(k.definition)
		                   : column(k.definition.substr(0, at)) + k.definition.substr(at);
		if (k.references && *k.references == table) {
			rename_in(k.ref_columns);
		}
	}
	for (auto &[id, other] : c.tables) {
		for (auto &[name, k] : other.constraints) {
			if (!k.references || *k.references != table) {
				continue;
			}
			rename_in(k.ref_columns);
			const std::size_t at = k.definition.find(" REFERENCES ");
			const std::size_t open = k.definition.find('(', at);
			const std::size_t close = k.definition.find(')', open);
			if (at != std::string::npos && open != std::string::npos &&
			    close != std::string::npos) {
				k.definition = k.definition.substr(0, open) +
				               column(k.definition.substr(open, close - open)) +
				               k.definition.substr(close);
			}
		}
	}
	for (auto &[name, i] : t.indexes) {
		rename_in(i.columns);
		const std::size_t at = i.definition.find(" USING ");
		if (at != std::string::npos) {
			i.definition = i.definition.substr(0, at) + column(i.definition.substr(at));
		}
	}
	for (auto &[key, g] : c.triggers) {
		if (g.table == table) {
			// UPDATE OF name, WHEN (new.name ...): after the table's name.
			const std::size_t on = g.definition.find(" OF ");
			const std::size_t when = g.definition.find(" WHEN ");
			const std::size_t at = std::min(on, when);
			if (at != std::string::npos) {
				g.definition = g.definition.substr(0, at) + column(g.definition.substr(at));
			}
		}
	}
	for (auto &[key, p] : c.policies) {
		if (p.table == table) {
			p.using_expr = column_opt(p.using_expr);
			p.check_expr = column_opt(p.check_expr);
		}
	}
	for (auto &[id, s] : c.sequences) {
		if (s.owned_by && s.owned_by->table == table && s.owned_by->column == from) {
			s.owned_by->column = to;
		}
	}
	const auto ref = [&](ObjectRef r) {
		if ((r.kind == ObjectKind::kColumn || r.kind == ObjectKind::kDefault) &&
		    r.schema == table.schema && r.name == table.name && r.sub == from) {
			r.sub = to;
		}
		return r;
	};
	for (auto &e : c.dependencies) {
		e.dependent = ref(e.dependent);
		e.referenced = ref(e.referenced);
	}
	for (auto &p : c.privileges) {
		p.object = ref(p.object);
	}
	c.comments = Rekey(c.comments, [&](const ObjectRef &k, const std::string &) { return ref(k); });
	for (auto &[name, p] : c.publications) {
		auto it = p.tables.find(table);
		if (it != p.tables.end() && it->second.columns) {
			for (auto &col : *it->second.columns) {
				col = col == from ? to : col;
			}
			it->second.row_filter = column_opt(it->second.row_filter);
		}
	}
}

/// 'schema.table.column=new_name', each part an SQL identifier: bare it is
/// folded to lower case, double-quoted it is taken as written (as the
/// `renames` argument's ParseColumnRenameHint reads it).
struct ColumnHint {
	QualifiedName table;
	std::string column;
	std::string new_name;
};

[[noreturn]] void
BadHint(const std::string &hint, const std::string &why)
{
	throw Error(ErrorKind::kInvalidArgument, "renames names nothing: " + QuoteLiteral(hint), why,
	            "Each element is 'schema.table.column=new_name': a column of the local table "
	            "and its name on the remote side.");
}

ColumnHint
ParseHint(const std::string &hint)
{
	std::vector<std::string> parts;
	std::string part;
	std::size_t i = 0;
	bool done = false;
	std::string new_name;
	while (i < hint.size() && !done) {
		if (hint[i] == '"') {
			++i;
			while (i < hint.size()) {
				if (hint[i] == '"' && i + 1 < hint.size() && hint[i + 1] == '"') {
					part += '"';
					i += 2;
				} else if (hint[i] == '"') {
					++i;
					break;
				} else {
					part += hint[i++];
				}
			}
			continue;
		}
		if (hint[i] == '.') {
			parts.push_back(part);
			part.clear();
		} else if (hint[i] == '=') {
			parts.push_back(part);
			part.clear();
			new_name = hint.substr(i + 1);
			if (new_name.size() >= 2 && new_name.front() == '"' && new_name.back() == '"') {
				std::string quoted;
				for (std::size_t j = 1; j + 1 < new_name.size(); ++j) {
					quoted += new_name[j];
					j += new_name[j] == '"' ? 1 : 0; // "" is one quote
				}
				new_name = quoted;
			} else {
				for (auto &ch : new_name) {
					ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
				}
			}
			done = true;
		} else {
			const char ch = hint[i];
			part += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
		}
		++i;
	}
	if (!done || parts.size() != 3 || parts[0].empty() || parts[1].empty() || parts[2].empty() ||
	    new_name.empty()) {
		BadHint(hint, "It is not of the form 'schema.table.column=new_name'.");
	}
	return {{parts[0], parts[1]}, parts[2], new_name};
}

/// old -> new for each signature held by exactly one gone and one added key.
template <typename Key>
std::vector<std::pair<Key, Key>>
PairOneToOne(const std::map<Key, std::string> &gone, const std::map<Key, std::string> &added)
{
	std::map<std::string, std::vector<Key>> by_gone;
	std::map<std::string, std::vector<Key>> by_added;
	for (const auto &[key, signature] : gone) {
		by_gone[signature].push_back(key);
	}
	for (const auto &[key, signature] : added) {
		by_added[signature].push_back(key);
	}
	std::vector<std::pair<Key, Key>> out;
	for (const auto &[signature, keys] : by_gone) {
		auto it = by_added.find(signature);
		if (keys.size() == 1 && it != by_added.end() && it->second.size() == 1) {
			out.emplace_back(keys.front(), it->second.front());
		}
	}
	return out;
}

std::string
Join(std::vector<std::string> parts)
{
	std::string out;
	for (const auto &p : parts) {
		out += p;
		out.push_back(kSep);
	}
	return out;
}

std::string
Sorted(std::vector<std::string> parts)
{
	std::sort(parts.begin(), parts.end());
	return Join(std::move(parts));
}

std::string
Opt(const std::optional<std::string> &s)
{
	return s ? "=" + *s : std::string("-");
}

std::string
Opt(const std::optional<QualifiedName> &q)
{
	return q ? "=" + QuoteQualified(*q) : std::string("-");
}

std::string
Opt(const Boxed<QualifiedName> &q)
{
	return q ? "=" + QuoteQualified(*q) : std::string("-");
}

/// A column default's nextval('sequence'::regclass) with the sequence left
/// out: an owned sequence is renamed on its own (PairSequences).
std::string
WithoutSequenceName(const std::string &text)
{
	static const std::string kOpen = "nextval('";
	static const std::string kClose = "'::regclass)";
	std::string out = text;
	std::size_t at = 0;
	while ((at = out.find(kOpen, at)) != std::string::npos) {
		const std::size_t start = at + kOpen.size();
		const std::size_t end = out.find(kClose, start);
		if (end == std::string::npos) {
			break;
		}
		out.replace(start, end - start, kSequenceRef);
		at = start;
	}
	return out;
}

std::string
PolicySignature(const Policy &p)
{
	return Join({p.permissive ? "permissive" : "restrictive", std::string(1, p.command),
	             Join(p.roles), Opt(p.using_expr), Opt(p.check_expr)});
}

using TriggersByTable = std::map<QualifiedName, std::vector<const Trigger *>>;
using PoliciesByTable = std::map<QualifiedName, std::vector<const Policy *>>;

/// A table's definition without its name and schema, nor the names of its
/// constraints, indexes, triggers, policies and owned sequences (they embed
/// the table's name; renamed on their own once the table is).
std::string
TableSignature(const Table &t, const TriggersByTable &triggers, const PoliciesByTable &policies)
{
	const Replacement self{Spellings(t.id), kSelf};
	const auto n = [&](const std::string &s) { return Replace(s, self); };
	const auto n_opt = [&](const std::optional<std::string> &s) {
		return s ? "=" + n(WithoutSequenceName(*s)) : std::string("-");
	};
	std::vector<std::string> parts{t.unlogged ? "u" : "p",
	                               t.row_security ? "rls" : "-",
	                               t.force_row_security ? "force" : "-",
	                               n(t.partition_key),
	                               Opt(t.partition_bound),
	                               Opt(t.of_type),
	                               std::string(1, t.replica_identity)};
	std::string parents;
	for (const auto &p : t.parents) {
		parents += QuoteQualified(p) + ",";
	}
	parents += ";";
	for (const auto &[name, value] : t.storage_options) {
		parents += name + "=" + value + ",";
	}
	parents += ";";
	for (const auto &c : t.columns) {
		std::string col = Join({c.name, n(c.type), c.not_null ? "nn" : "-", n_opt(c.default_expr),
		                        n_opt(c.generated_expr), Opt(c.collation), c.local ? "l" : "-",
		                        std::to_string(c.inherited), Opt(c.options.statistics),
		                        Opt(c.options.compression),
		                        c.options.storage ? std::string(1, *c.options.storage) : "-",
		                        Join(c.options.options)});
		if (c.identity) {
			const IdentitySpec &i = *c.identity;
			col += Join({std::string(1, i.kind), i.data_type, i.start, i.increment, i.min_value,
			             i.max_value, i.cache, i.cycle ? "cycle" : "-"});
		}
		parts.push_back(col);
	}
	std::vector<std::string> constraints;
	for (const auto &[name, k] : t.constraints) {
		constraints.push_back(std::string(1, static_cast<char>(k.type)) + n(k.definition) +
		                      (k.inherited ? "i" : "l"));
	}
	std::vector<std::string> indexes;
	for (const auto &[name, i] : t.indexes) {
		indexes.push_back(n(IndexSignature(i.definition)) + (i.inherited ? "i" : "l"));
	}
	std::vector<std::string> own_triggers;
	if (auto it = triggers.find(t.id); it != triggers.end()) {
		for (const Trigger *g : it->second) {
			own_triggers.push_back(n(TriggerSignature(g->definition)) + g->enabled);
		}
	}
	std::vector<std::string> own_policies;
	if (auto it = policies.find(t.id); it != policies.end()) {
		for (const Policy *p : it->second) {
			own_policies.push_back(n(PolicySignature(*p)));
		}
	}
	return Join(parts) + parents + "|" + Sorted(constraints) + "|" + Sorted(indexes) + "|" +
	       Sorted(own_triggers) + "|" + Sorted(own_policies);
}

class Detector {
public:
	Detector(const Catalog &from, const Catalog &to, const std::vector<std::string> &hints)
	    : original_(from), to_(to), hints_(hints)
	{
	}

	RenameResult Run(bool automatic)
	{
		PassColumnHints();
		if (!automatic) {
			return Finish();
		}
		PassTypes();
		PassEnumLabels();
		for (int round = 0; round < kMaxTableRounds && PassTables(); ++round) {
		}
		PassSequences();
		PassViews();
		PassRoutines();
		PassTriggersAndPolicies();
		return Finish();
	}

private:
	RenameResult Finish()
	{
		CheckHintTargets();
		RenameResult out;
		out.changes = std::move(changes_);
		out.catalog = std::move(catalog_);
		return out;
	}

	const Catalog &Current() const { return catalog_ ? *catalog_ : original_; }

	/// Columns renamed by hint (renames => ARRAY['schema.table.column=new']):
	/// first, so that a table renamed too compares with its new column names.
	void PassColumnHints()
	{
		for (const auto &text : hints_) {
			const ColumnHint hint = ParseHint(text);
			const Catalog &c = Current();
			auto it = c.tables.find(hint.table);
			if (it == c.tables.end()) {
				BadHint(text,
				        "The local database has no table " + QuoteQualified(hint.table) + ".");
			}
			if (it->second.FindColumn(hint.column) == nullptr) {
				BadHint(text, "The local table " + QuoteQualified(hint.table) + " has no column " +
				                  QuoteIdent(hint.column) + ".");
			}
			if (hint.new_name != hint.column && it->second.FindColumn(hint.new_name) != nullptr) {
				BadHint(text, "The local table " + QuoteQualified(hint.table) +
				                  " already has a column " + QuoteIdent(hint.new_name) + ".");
			}
			if (hint.new_name == hint.column) {
				BadHint(text, "The column keeps its name.");
			}
			const std::string table_id = QuoteQualified(hint.table);
			Add("column",
			    RenameIdentity(table_id + "." + QuoteIdent(hint.column),
			                   table_id + "." + QuoteIdent(hint.new_name)),
			    op::RenameColumn{hint.table, hint.column, hint.new_name},
			    ColumnObject(hint.table, hint.new_name), ColumnObject(hint.table, hint.column),
			    true);
			if (!catalog_) {
				catalog_ = original_;
			}
			RewriteColumn(*catalog_, hint.table, hint.column, hint.new_name);
			hinted_.emplace_back(hint.table, hint.new_name, text);
		}
	}

	/// A hint whose column the remote's table (after the table renames)
	/// lacks names nothing there.
	void CheckHintTargets() const
	{
		for (const auto &[table, column, text] : hinted_) {
			QualifiedName id = table;
			for (const auto &[old_id, new_id] : tables_) {
				if (old_id == table) {
					id = new_id;
				}
			}
			auto it = to_.tables.find(id);
			if (it == to_.tables.end() || it->second.FindColumn(column) == nullptr) {
				BadHint(text, "The remote database has no column " + QuoteIdent(column) + " in " +
				                  QuoteQualified(id) + ".");
			}
		}
	}

	/// Rewrites the local catalog for the renames just found.
	void Apply(const RenameSet &r)
	{
		if (r.Empty()) {
			return;
		}
		if (!catalog_) {
			catalog_ = original_;
		}
		Rewrite(*catalog_, r);
	}

	Change &Add(const std::string &kind, const std::string &identity, Statement statement,
	            const ObjectRef &object, const ObjectRef &previous, bool locks)
	{
		Change c;
		c.phase = Phase::kRenames;
		c.kind = kind;
		c.identity = identity;
		c.action = Action::kRename;
		c.statement = std::move(statement);
		c.object = object;
		c.previous = previous;
		if (locks) {
			// RenameRelation, renametrig, rename_policy: ACCESS EXCLUSIVE.
			c.hazards.Add(Hazard::kAccessExclusiveLock);
		}
		changes_.push_back(std::move(c));
		return changes_.back();
	}

	bool Taken(const QualifiedName &q) const
	{
		const Catalog &c = Current();
		return c.tables.count(q) > 0 || c.views.count(q) > 0 || c.sequences.count(q) > 0 ||
		       c.enums.count(q) > 0 || c.domains.count(q) > 0 || c.composites.count(q) > 0 ||
		       c.ranges.count(q) > 0 || c.foreign_tables.count(q) > 0;
	}

	/// ALTER what ... SET SCHEMA and/or RENAME TO, as one or two statements:
	/// the second names the object as the first left it.
	void Move(const std::string &kind, const std::string &what, const QualifiedName &from,
	          const QualifiedName &to, bool locks, const std::vector<ObjectRef> &needs = {})
	{
		const std::size_t first = changes_.size();
		MoveSteps(kind, what, from, to, locks);
		auto &n = changes_[first].needs;
		n.insert(n.end(), needs.begin(), needs.end());
	}

	void MoveSteps(const std::string &kind, const std::string &what, const QualifiedName &from,
	               const QualifiedName &to, bool locks)
	{
		const auto ref = [&](const QualifiedName &q) {
			return ObjectRef{KindFromName(kind), q.schema, q.name, ""};
		};
		const ObjectRef schema{ObjectKind::kSchema, to.schema, "", ""};
		if (from.schema == to.schema) {
			Add(kind, RenameIdentity(QuoteQualified(from), QuoteQualified(to)),
			    op::RenameObject{what, from, to.name}, ref(to), ref(from), locks);
			return;
		}
		if (from.name == to.name) {
			Add(kind, RenameIdentity(QuoteQualified(from), QuoteQualified(to)),
			    op::SetObjectSchema{what, from, to.schema}, ref(to), ref(from), locks)
			    .needs.push_back(schema);
			return;
		}
		// The name in between must be free: move first unless the target
		// schema holds one of that name.
		const QualifiedName moved{to.schema, from.name};
		if (!Taken(moved)) {
			Add(kind, RenameIdentity(QuoteQualified(from), QuoteQualified(moved)),
			    op::SetObjectSchema{what, from, to.schema}, ref(moved), ref(from), locks)
			    .needs.push_back(schema);
			Add(kind, RenameIdentity(QuoteQualified(moved), QuoteQualified(to)),
			    op::RenameObject{what, moved, to.name}, ref(to), {}, locks)
			    .needs.push_back(ref(moved));
			return;
		}
		const QualifiedName renamed{from.schema, to.name};
		Add(kind, RenameIdentity(QuoteQualified(from), QuoteQualified(renamed)),
		    op::RenameObject{what, from, to.name}, ref(renamed), ref(from), locks);
		Change &c = Add(kind, RenameIdentity(QuoteQualified(renamed), QuoteQualified(to)),
		                op::SetObjectSchema{what, renamed, to.schema}, ref(to), {}, locks);
		c.needs.push_back(ref(renamed));
		c.needs.push_back(schema);
	}

	template <typename Map, typename Sig>
	std::vector<std::pair<QualifiedName, QualifiedName>> PairByName(const Map &have,
	                                                                const Map &want, Sig sig)
	{
		std::map<QualifiedName, std::string> gone;
		std::map<QualifiedName, std::string> added;
		for (const auto &[id, x] : have) {
			if (want.count(id) == 0) {
				gone[id] = sig(x);
			}
		}
		if (gone.empty()) {
			return {};
		}
		for (const auto &[id, x] : want) {
			if (have.count(id) == 0) {
				added[id] = sig(x);
			}
		}
		return PairOneToOne(gone, added);
	}

	void PassTypes()
	{
		RenameSet r;
		const Catalog &c = Current();
		for (const auto &[from, to] :
		     PairByName(c.enums, to_.enums, [](const EnumType &e) { return Join(e.labels); })) {
			Move("type", "TYPE", from, to, false);
			r.AddRelation(from, to);
		}
		const auto domain_sig = [](const Domain &d) {
			const Replacement self{Spellings(d.id), kSelf};
			std::vector<std::string> checks;
			for (const auto &[name, check] : d.checks) {
				checks.push_back(Replace(check, self));
			}
			return Join({d.base_type, Opt(d.collation), d.not_null ? "nn" : "-",
			             Opt(d.default_expr), Sorted(checks)});
		};
		for (const auto &[from, to] : PairByName(c.domains, to_.domains, domain_sig)) {
			Move("type", "DOMAIN", from, to, false);
			r.AddRelation(from, to);
		}
		for (const auto &[from, to] :
		     PairByName(c.composites, to_.composites, [](const CompositeType &t) {
			     std::vector<std::string> parts;
			     for (const auto &a : t.attributes) {
				     parts.push_back(Join({a.name, a.type, Opt(a.collation)}));
			     }
			     return Join(parts);
		     })) {
			Move("type", "TYPE", from, to, false);
			r.AddRelation(from, to);
		}
		// The multirange belongs to its range (renamed with it below, when
		// its name differs): ALTER TYPE ... RENAME leaves its name as it was.
		const auto range_sig = [](const RangeType &t) {
			return Join({t.subtype, Opt(t.subtype_opclass), Opt(t.collation), Opt(t.subtype_diff),
			             t.multirange ? "m" : "-"});
		};
		for (const auto &[from, to] : PairByName(c.ranges, to_.ranges, range_sig)) {
			Move("type", "TYPE", from, to, false);
			r.AddRelation(from, to);
			const RangeType &have = c.ranges.at(from);
			const RangeType &want = to_.ranges.at(to);
			if (have.multirange && want.multirange) {
				// SET SCHEMA moves the multirange with its range; its name stays.
				const QualifiedName moved{to.schema, have.multirange->name};
				if (moved != *want.multirange) {
					Move("type", "TYPE", moved, *want.multirange, false, {TypeObject(to)});
				}
				r.AddRelation(*have.multirange, *want.multirange);
			}
		}
		Apply(r);
	}

	/// A label renamed in place: the same labels at the same positions but
	/// one, whose old label the remote lacks and whose new one was not here.
	void PassEnumLabels()
	{
		RenameSet r;
		const Catalog &c = Current();
		for (const auto &[id, want] : to_.enums) {
			auto it = c.enums.find(id);
			if (it == c.enums.end() || it->second.labels.size() != want.labels.size()) {
				continue;
			}
			const auto &have = it->second.labels;
			int differ = 0;
			std::size_t at = 0;
			for (std::size_t i = 0; i < have.size(); ++i) {
				if (have[i] != want.labels[i]) {
					++differ;
					at = i;
				}
			}
			if (differ != 1) {
				continue;
			}
			const std::string &old_label = have[at];
			const std::string &new_label = want.labels[at];
			if (std::find(want.labels.begin(), want.labels.end(), old_label) != want.labels.end() ||
			    std::find(have.begin(), have.end(), new_label) != have.end()) {
				continue;
			}
			Add("type",
			    RenameIdentity(QuoteQualified(id) + " " + QuoteLiteral(old_label),
			                   QuoteLiteral(new_label)),
			    op::RenameEnumValue{id, old_label, new_label}, TypeObject(id), {}, false);
			r.labels[id][old_label] = new_label;
			// Constants of the type print the label (by OID): 'old'::type.
			Replacement constant;
			for (const auto &spelling : TypeSpellings(id)) {
				constant.needles.push_back(QuoteLiteral(old_label) + "::" + spelling);
			}
			constant.with = QuoteLiteral(new_label) + "::" + Preferred(id);
			r.text.push_back(std::move(constant));
		}
		Apply(r);
	}

	/// One round: tables whose parents or referenced tables were renamed in
	/// an earlier round compare equal only now.
	bool PassTables()
	{
		const Catalog &c = Current();
		std::map<QualifiedName, std::string> gone;
		std::map<QualifiedName, std::string> added;
		std::vector<QualifiedName> gone_ids;
		std::vector<QualifiedName> added_ids;
		for (const auto &[id, t] : c.tables) {
			if (to_.tables.count(id) == 0) {
				gone_ids.push_back(id);
			}
		}
		for (const auto &[id, t] : to_.tables) {
			if (c.tables.count(id) == 0) {
				added_ids.push_back(id);
			}
		}
		if (gone_ids.empty() || added_ids.empty()) {
			return false;
		}
		const auto index = [](const Catalog &cat, TriggersByTable &triggers,
		                      PoliciesByTable &policies) {
			for (const auto &[key, g] : cat.triggers) {
				triggers[g.table].push_back(&g);
			}
			for (const auto &[key, p] : cat.policies) {
				policies[p.table].push_back(&p);
			}
		};
		TriggersByTable have_triggers, want_triggers;
		PoliciesByTable have_policies, want_policies;
		index(c, have_triggers, have_policies);
		index(to_, want_triggers, want_policies);
		for (const auto &id : gone_ids) {
			gone[id] = TableSignature(c.tables.at(id), have_triggers, have_policies);
		}
		for (const auto &id : added_ids) {
			added[id] = TableSignature(to_.tables.at(id), want_triggers, want_policies);
		}
		const auto pairs = PairOneToOne(gone, added);
		if (pairs.empty()) {
			return false;
		}
		RenameSet r;
		for (const auto &[from, to] : pairs) {
			Move("table", "TABLE", from, to, true);
			tables_.emplace_back(from, to);
			r.AddRelation(from, to);
			if (from.schema == to.schema) {
				continue;
			}
			// SET SCHEMA also moves the sequences the table's columns own
			// (serial and identity), under their own names.
			for (const auto &[sid, s] : c.sequences) {
				if (s.owned_by && s.owned_by->table == from) {
					r.AddRelation(sid, {to.schema, sid.name});
				}
			}
			for (const auto &col : c.tables.at(from).columns) {
				if (col.identity && !col.identity->sequence.name.empty()) {
					r.AddRelation(col.identity->sequence, {to.schema, col.identity->sequence.name});
				}
			}
		}
		Apply(r);
		return true;
	}

	void PassSequences()
	{
		RenameSet r;
		const Catalog &c = Current();
		const auto sig = [](const Sequence &s) {
			const SequenceOptions &o = s.options;
			std::string owner = "-";
			if (s.owned_by) {
				owner = QuoteQualified(s.owned_by->table) + "." + QuoteIdent(s.owned_by->column);
			}
			return Join({o.data_type, o.start, o.increment, o.min_value, o.max_value, o.cache,
			             o.cycle ? "cycle" : "-", s.unlogged ? "u" : "-", owner});
		};
		// A sequence a renamed table owns moved with it (SET SCHEMA): its
		// rename comes after.
		const auto after_table = [&](const QualifiedName &table) {
			std::vector<ObjectRef> needs;
			for (const auto &[old_id, id] : tables_) {
				if (id == table) {
					needs.push_back(TableObject(id));
				}
			}
			return needs;
		};
		for (const auto &[from, to] : PairByName(c.sequences, to_.sequences, sig)) {
			const Sequence &s = c.sequences.at(from);
			Move("sequence", "SEQUENCE", from, to, true,
			     s.owned_by ? after_table(s.owned_by->table) : std::vector<ObjectRef>{});
			r.AddRelation(from, to);
		}
		// The identity sequences of renamed tables keep their names: renamed
		// as the remote names them (ALTER SEQUENCE works on them).
		for (const auto &[old_id, id] : tables_) {
			auto have = c.tables.find(id);
			auto want = to_.tables.find(id);
			if (have == c.tables.end() || want == to_.tables.end()) {
				continue;
			}
			for (const auto &col : have->second.columns) {
				const Column *other = want->second.FindColumn(col.name);
				if (!col.identity || other == nullptr || !other->identity) {
					continue;
				}
				const QualifiedName &from = col.identity->sequence;
				const QualifiedName &to = other->identity->sequence;
				if (from == to || from.name.empty() || to.name.empty() || Taken(to)) {
					continue;
				}
				Move("sequence", "SEQUENCE", from, to, true, after_table(id));
				r.AddRelation(from, to);
			}
		}
		Apply(r);
	}

	void PassViews()
	{
		RenameSet r;
		const Catalog &c = Current();
		const auto sig = [](const View &v) {
			const Replacement self{Spellings(v.id), kSelf};
			std::vector<std::string> indexes;
			for (const auto &[name, i] : v.indexes) {
				indexes.push_back(Replace(IndexSignature(i.definition), self));
			}
			return Join(
			    {v.materialized ? "m" : "v", v.definition, v.options, v.columns, Sorted(indexes)});
		};
		for (const auto &[from, to] : PairByName(c.views, to_.views, sig)) {
			const bool materialized = c.views.at(from).materialized;
			Move(materialized ? "materialized view" : "view",
			     materialized ? "MATERIALIZED VIEW" : "VIEW", from, to, true);
			r.AddRelation(from, to);
		}
		Apply(r);
	}

	void PassRoutines()
	{
		using Key = std::pair<QualifiedName, std::string>;
		const Catalog &c = Current();
		const auto sig = [](const Routine &f) {
			// The header names the routine itself.
			const Replacement self{Spellings(f.id), kSelf};
			const std::size_t as = f.definition.find("\nAS ");
			const std::string header =
			    as == std::string::npos ? f.definition : f.definition.substr(0, as);
			const std::string body = as == std::string::npos ? "" : f.definition.substr(as);
			return Join({f.procedure ? "p" : "f", f.identity_args, f.arguments, f.result,
			             Replace(header, self) + body});
		};
		std::map<Key, std::string> gone;
		std::map<Key, std::string> added;
		for (const auto &[key, f] : c.routines) {
			if (to_.routines.count(key) == 0) {
				gone[key] = sig(f);
			}
		}
		if (gone.empty()) {
			return;
		}
		for (const auto &[key, f] : to_.routines) {
			if (c.routines.count(key) == 0) {
				added[key] = sig(f);
			}
		}
		RenameSet r;
		for (const auto &[from, to] : PairOneToOne(gone, added)) {
			const Routine &f = c.routines.at(from);
			const std::string kind = f.procedure ? "procedure" : "function";
			const std::string &args = f.identity_args;
			const auto ident = [&](const QualifiedName &q) {
				return QuoteQualified(q) + "(" + args + ")";
			};
			const auto ref = [&](const QualifiedName &q) {
				return ObjectRef{KindFromName(kind), q.schema, q.name, args};
			};
			QualifiedName at = from.first;
			if (at.schema != to.first.schema) {
				const QualifiedName moved{to.first.schema, at.name};
				Add(kind, RenameIdentity(ident(at), ident(moved)),
				    op::SetRoutineSchema{at, args, f.procedure, moved.schema}, ref(moved), ref(at),
				    false)
				    .needs.push_back({ObjectKind::kSchema, moved.schema, "", ""});
				at = moved;
			}
			if (at.name != to.first.name) {
				Change &ch = Add(kind, RenameIdentity(ident(at), ident(to.first)),
				                 op::RenameRoutine{at, args, f.procedure, to.first.name},
				                 ref(to.first), {}, false);
				if (at == from.first) {
					ch.previous = ref(at);
				} else {
					ch.needs.push_back(ref(at));
				}
			}
			r.routines[from] = to.first;
			const auto overloads =
			    std::count_if(c.routines.begin(), c.routines.end(),
			                  [&](const auto &kv) { return kv.first.first == from.first; });
			if (overloads > 1) {
				continue; // a call's arguments would have to say which one
			}
			Replacement call{Spellings(from.first), Preferred(to.first)};
			// A routine's name is printed followed by its arguments.
			for (auto &n : call.needles) {
				n += "(";
			}
			call.with += "(";
			r.text.push_back(std::move(call));
		}
		Apply(r);
	}

	void PassTriggersAndPolicies()
	{
		RenameSet r;
		const Catalog &c = Current();
		std::map<QualifiedName,
		         std::pair<std::map<std::string, std::string>, std::map<std::string, std::string>>>
		    triggers;
		for (const auto &[key, g] : c.triggers) {
			if (to_.triggers.count(key) == 0 && to_.tables.count(g.table) > 0) {
				triggers[g.table].first[g.name] =
				    TriggerSignature(g.definition) + std::string(1, g.enabled);
			}
		}
		for (const auto &[key, g] : to_.triggers) {
			if (c.triggers.count(key) == 0 && triggers.count(g.table) > 0) {
				triggers[g.table].second[g.name] =
				    TriggerSignature(g.definition) + std::string(1, g.enabled);
			}
		}
		for (const auto &[table, sides] : triggers) {
			for (const auto &[from, to] : PairOneToOne(sides.first, sides.second)) {
				Add("trigger",
				    RenameIdentity(QuoteIdent(from),
				                   QuoteIdent(to) + " on " + QuoteQualified(table)),
				    op::RenameTrigger{table, from, to}, PartObject(ObjectKind::kTrigger, table, to),
				    PartObject(ObjectKind::kTrigger, table, from), true);
				r.triggers[{table, from}] = to;
			}
		}
		std::map<QualifiedName,
		         std::pair<std::map<std::string, std::string>, std::map<std::string, std::string>>>
		    policies;
		for (const auto &[key, p] : c.policies) {
			if (to_.policies.count(key) == 0) {
				policies[p.table].first[p.name] = PolicySignature(p);
			}
		}
		for (const auto &[key, p] : to_.policies) {
			if (c.policies.count(key) == 0 && policies.count(p.table) > 0) {
				policies[p.table].second[p.name] = PolicySignature(p);
			}
		}
		for (const auto &[table, sides] : policies) {
			for (const auto &[from, to] : PairOneToOne(sides.first, sides.second)) {
				Change &ch = Add("policy",
				                 RenameIdentity(QuoteIdent(from),
				                                QuoteIdent(to) + " on " + QuoteQualified(table)),
				                 op::RenamePolicy{table, from, to},
				                 PartObject(ObjectKind::kPolicy, table, to),
				                 PartObject(ObjectKind::kPolicy, table, from), true);
				ch.hazards.Add(Hazard::kChangesAuthorization);
				r.policies[{table, from}] = to;
			}
		}
		Apply(r);
	}

	const Catalog &original_;
	const Catalog &to_;
	std::optional<Catalog> catalog_;
	std::vector<Change> changes_;
	std::vector<std::pair<QualifiedName, QualifiedName>> tables_; // renamed tables
	const std::vector<std::string> &hints_;
	std::vector<std::tuple<QualifiedName, std::string, std::string>> hinted_; // table, new, hint
};

} // namespace

RenameResult
DetectRenames(const Catalog &from, const Catalog &to, bool automatic,
              const std::vector<std::string> &column_hints)
{
	return Detector(from, to, column_hints).Run(automatic);
}

} // namespace pgschemadiff
