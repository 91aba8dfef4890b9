// hazards.cpp — the rules that decide each change's hazards (see hazards.hpp).
// Layer: core/diff. Lock levels are those of the PostgreSQL 15 documentation
// (ALTER TABLE's "lock level" notes, "Explicit Locking" table 13.2) and of
// AlterTableGetLockLevel() in tablecmds.c; where a command's lock depends on
// details the model does not keep (storage parameters), the stronger is said.
#include "core/diff/hazards.hpp"

#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace pgschemadiff {

HazardSet
BaseHazards(const std::string &kind, Action action, bool destructive)
{
	HazardSet h;
	const bool create = action == Action::kCreate;
	if (kind == "table" || kind == "column" || kind == "foreign table" || kind == "sequence") {
		if (action == Action::kDrop && destructive && kind != "foreign table") {
			h.Add(Hazard::kDeletesData);
		}
		if (kind == "sequence") {
			// ALTER SEQUENCE takes SHARE ROW EXCLUSIVE (it conflicts with nextval).
			if (action == Action::kDrop) {
				h.Add(Hazard::kAccessExclusiveLock);
			} else if (!create) {
				h.Add(Hazard::kShareRowExclusiveLock);
			}
		} else if (!create || kind == "column") {
			// ADD COLUMN is an ALTER TABLE of an existing table.
			h.Add(Hazard::kAccessExclusiveLock);
		}
	} else if (kind == "constraint" || kind == "rule") {
		h.Add(Hazard::kAccessExclusiveLock);
	} else if (kind == "index") {
		if (create) {
			h.Add(Hazard::kShareLock);
			h.Add(Hazard::kBuildsIndex);
		} else if (action != Action::kRename) {
			// ALTER INDEX RENAME takes SHARE UPDATE EXCLUSIVE (not reported).
			h.Add(Hazard::kAccessExclusiveLock);
		}
	} else if (kind == "view" || kind == "materialized view") {
		if (!create) {
			h.Add(Hazard::kAccessExclusiveLock);
		}
	} else if (kind == "trigger") {
		h.Add(action == Action::kDrop ? Hazard::kAccessExclusiveLock
		                              : Hazard::kShareRowExclusiveLock);
	} else if (kind == "policy") {
		h.Add(Hazard::kAccessExclusiveLock);
		h.Add(Hazard::kChangesAuthorization);
	} else if (kind == "privilege" || kind == "default privilege" || kind == "owner") {
		h.Add(Hazard::kChangesAuthorization);
	}
	return h;
}

namespace {

/// A format_type spelling split into its base ("character varying") and
/// its type modifier ("10"), if any: "timestamp(3) with time zone" gives
/// "timestamp with time zone" and "3".
struct TypeMod {
	std::string base;
	std::optional<std::string> mod;
};

std::optional<TypeMod>
SplitType(const std::string &type)
{
	if (type.size() >= 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
		return std::nullopt; // arrays: conversions go element by element
	}
	const auto open = type.find('(');
	if (open == std::string::npos) {
		return TypeMod{type, std::nullopt};
	}
	const auto close = type.find(')', open);
	if (close == std::string::npos) {
		return std::nullopt;
	}
	return TypeMod{type.substr(0, open) + type.substr(close + 1),
	               type.substr(open + 1, close - open - 1)};
}

std::optional<long>
Number(const std::string &s)
{
	if (s.empty() || s.size() > 9) {
		return std::nullopt;
	}
	long n = 0;
	for (char c : s) {
		if (c < '0' || c > '9') {
			return std::nullopt;
		}
		n = n * 10 + (c - '0');
	}
	return n;
}

/// Types whose modifier is a length or precision that PostgreSQL's support
/// function (varchar_support, varbit_support, timestamp_support,
/// time_support) turns into a no-op when it grows or goes away.
const std::set<std::string> kWidenable = {
    "character varying",           "bit varying",
    "timestamp without time zone", "timestamp with time zone",
    "time without time zone",
};

/// Pairs of types binary-coercible to each other (pg_cast castmethod 'b')
/// when the target has no modifier.
const std::set<std::pair<std::string, std::string>> kBinaryCoercible = {
    {"character varying", "text"},
    {"text", "character varying"},
    {"cidr", "inet"},
};

} // namespace

bool
BinaryCoercibleTypeChange(const std::string &from, const std::string &to)
{
	if (from == to) {
		return true;
	}
	const auto f = SplitType(from);
	const auto t = SplitType(to);
	if (!f || !t) {
		return false;
	}
	if (f->base != t->base) {
		return !t->mod && kBinaryCoercible.count({f->base, t->base}) > 0;
	}
	if (!t->mod) {
		return kWidenable.count(f->base) > 0 || f->base == "numeric";
	}
	if (!f->mod) {
		return false; // a limit added: every value is checked and may be cut
	}
	if (kWidenable.count(f->base) > 0) {
		const auto a = Number(*f->mod);
		const auto b = Number(*t->mod);
		return a && b && *b >= *a;
	}
	if (f->base == "numeric") {
		// numeric_support: same scale, precision not smaller.
		const auto fc = f->mod->find(',');
		const auto tc = t->mod->find(',');
		const std::string fs = fc == std::string::npos ? "0" : f->mod->substr(fc + 1);
		const std::string ts = tc == std::string::npos ? "0" : t->mod->substr(tc + 1);
		const auto fp = Number(f->mod->substr(0, fc));
		const auto tp = Number(t->mod->substr(0, tc));
		return fp && tp && fs == ts && *tp >= *fp;
	}
	return false;
}

namespace {

/// Functions (and SQL value functions, as pg_get_expr prints them) a column
/// default may call without being volatile: stable or immutable ones whose
/// value is computed once for ADD COLUMN.
const std::set<std::string> kNotVolatile = {
    "now",
    "current_timestamp",
    "current_date",
    "current_time",
    "localtimestamp",
    "localtime",
    "transaction_timestamp",
    "statement_timestamp",
    "current_user",
    "current_role",
    "session_user",
    "current_schema",
    "lower",
    "upper",
    "length",
    "coalesce",
    "nullif",
    "greatest",
    "least",
    "make_date",
    "make_time",
    "make_timestamp",
    "make_timestamptz",
    "make_interval",
    "jsonb_build_object",
    "jsonb_build_array",
    "json_build_object",
    "json_build_array",
    "array",
    "row",
};

bool
WordChar(char c)
{
	return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' ||
	       static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

bool
DefaultMayBeVolatile(const std::string &expr)
{
	std::size_t i = 0;
	const std::size_t n = expr.size();
	while (i < n) {
		const char c = expr[i];
		if (c == '\'') {
			// A string literal ('' is a quote inside it).
			for (i++; i < n; i++) {
				if (expr[i] == '\'' && (i + 1 >= n || expr[i + 1] != '\'')) {
					break;
				}
				if (expr[i] == '\'') {
					i++;
				}
			}
			i++;
			continue;
		}
		if (c == ':' && i + 1 < n && expr[i + 1] == ':') {
			// A cast: skip the type name, with its modifier ("::numeric(10,2)").
			i += 2;
			while (i < n && (WordChar(expr[i]) || expr[i] == ' ' || expr[i] == '.' ||
			                 expr[i] == '"' || expr[i] == '[' || expr[i] == ']')) {
				i++;
			}
			if (i < n && expr[i] == '(') {
				while (i < n && expr[i] != ')') {
					i++;
				}
				i++;
			}
			continue;
		}
		if (c == '"' || WordChar(c)) {
			// A (possibly qualified, possibly quoted) name; a call when "(" follows.
			std::string name;
			bool qualified = false;
			while (i < n && (WordChar(expr[i]) || expr[i] == '"' || expr[i] == '.')) {
				qualified = qualified || expr[i] == '.' || expr[i] == '"';
				name += static_cast<char>(std::tolower(static_cast<unsigned char>(expr[i])));
				i++;
			}
			if (i < n && expr[i] == '(') {
				const bool numeric =
				    !name.empty() && std::isdigit(static_cast<unsigned char>(name[0]));
				if (!numeric && (qualified || kNotVolatile.count(name) == 0)) {
					return true;
				}
			}
			continue;
		}
		i++;
	}
	return false;
}

bool
RoutineBodyIsSqlStandard(const std::string &definition)
{
	// pg_get_functiondef ends the header with a line starting "AS " (a body
	// kept as a string) or with the SQL-standard body ("BEGIN ATOMIC",
	// "RETURN ..."): whichever comes first says which.
	const auto first = [&](const char *marker) {
		const auto at = definition.find(marker);
		return at == std::string::npos ? definition.size() : at;
	};
	const std::size_t as = first("\nAS ");
	const std::size_t standard = std::min(first("\nBEGIN ATOMIC"), first("\nRETURN "));
	return standard < as;
}

void
MarkRecreatedDependents(std::vector<Change> &changes)
{
	static const std::set<std::string> kinds = {
	    "view",      "materialized view", "function", "procedure",
	    "aggregate", "trigger",           "rule",     "policy",
	};
	std::set<ObjectRef> dropped;
	for (const auto &c : changes) {
		if (c.action == Action::kDrop && kinds.count(c.kind) > 0 &&
		    c.object.kind != ObjectKind::kUnknown) {
			dropped.insert(c.object);
		}
	}
	std::set<ObjectRef> recreated;
	for (const auto &c : changes) {
		if (c.action == Action::kCreate && dropped.count(c.object) > 0) {
			recreated.insert(c.object);
		}
	}
	for (auto &c : changes) {
		if (kinds.count(c.kind) > 0 && recreated.count(c.object) > 0 &&
		    (c.action == Action::kDrop || c.action == Action::kCreate)) {
			c.hazards.Add(Hazard::kBreaksDependents);
		}
	}
}

} // namespace pgschemadiff
