// longtail.cpp — SQL text for base and shell types, operators, operator
// families and classes, casts, conversions, languages, transforms, access
// methods.
// Layer: core/render. References to types, functions and operators are the
// server's text (format_type, regproc, regprocedure, regoperator), already
// qualified and quoted; names of the objects themselves are quoted here.
#include "core/render/longtail.hpp"

#include "core/plan/identity.hpp"
#include "core/util/quote.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace pgschemadiff {
namespace render {
namespace {

/// The operator's (left, right) as DROP/ALTER OPERATOR want them.
std::string
OperatorArgs(const LongTailObject &o)
{
	const std::string &l = o.Attr("leftarg");
	const std::string &r = o.Attr("rightarg");
	return "(" + (l.empty() ? std::string("NONE") : l) + ", " +
	       (r.empty() ? std::string("NONE") : r) + ")";
}

std::string
AlignmentName(const std::string &a)
{
	if (a == "c") {
		return "char";
	}
	if (a == "s") {
		return "int2";
	}
	if (a == "d") {
		return "double";
	}
	return "int4";
}

std::string
StorageName(const std::string &s)
{
	if (s == "e") {
		return "external";
	}
	if (s == "x") {
		return "extended";
	}
	if (s == "m") {
		return "main";
	}
	return "plain";
}

/// The clause of ALTER TYPE SET / CREATE TYPE for one routine attribute.
const std::vector<std::pair<const char *, const char *>> kTypeRoutines = {
    {"receive", "RECEIVE"},       {"send", "SEND"},       {"typmod_in", "TYPMOD_IN"},
    {"typmod_out", "TYPMOD_OUT"}, {"analyze", "ANALYZE"}, {"subscript", "SUBSCRIPT"},
};

std::string
CreateBaseType(const LongTailObject &o)
{
	const std::string &len = o.Attr("internallength");
	std::string out = "CREATE TYPE " + QuoteQualified(o.id) +
	                  " (\n    INTERNALLENGTH = " + (len == "-1" ? std::string("variable") : len) +
	                  ",\n    INPUT = " + o.Attr("input") + ",\n    OUTPUT = " + o.Attr("output");
	for (const auto &[key, clause] : kTypeRoutines) {
		if (!o.Attr(key).empty()) {
			out += ",\n    " + std::string(clause) + " = " + o.Attr(key);
		}
	}
	if (o.attrs.count("default") > 0) {
		out += ",\n    DEFAULT = " + QuoteLiteral(o.Attr("default"));
	}
	if (o.Attr("passedbyvalue") == "true") {
		out += ",\n    PASSEDBYVALUE";
	}
	out += ",\n    ALIGNMENT = " + AlignmentName(o.Attr("alignment"));
	out += ",\n    STORAGE = " + StorageName(o.Attr("storage"));
	if (o.Attr("category") != "U") {
		out += ",\n    CATEGORY = " + QuoteLiteral(o.Attr("category"));
	}
	if (o.Attr("preferred") == "true") {
		out += ",\n    PREFERRED = true";
	}
	if (!o.Attr("element").empty()) {
		out += ",\n    ELEMENT = " + o.Attr("element");
	}
	if (o.Attr("delimiter") != ",") {
		out += ",\n    DELIMITER = " + QuoteLiteral(o.Attr("delimiter"));
	}
	if (o.Attr("collatable") == "true") {
		out += ",\n    COLLATABLE = true";
	}
	return out + "\n);";
}

std::string
CreateOperator(const LongTailObject &o)
{
	std::string out = "CREATE OPERATOR " + OperatorName(o.id.schema, o.id.name) +
	                  " (\n    FUNCTION = " + o.Attr("function");
	if (!o.Attr("leftarg").empty()) {
		out += ",\n    LEFTARG = " + o.Attr("leftarg");
	}
	if (!o.Attr("rightarg").empty()) {
		out += ",\n    RIGHTARG = " + o.Attr("rightarg");
	}
	if (o.attrs.count("commutator_name") > 0) {
		out += ",\n    COMMUTATOR = OPERATOR(" +
		       OperatorName(o.Attr("commutator_schema"), o.Attr("commutator_name")) + ")";
	}
	if (o.attrs.count("negator_name") > 0) {
		out += ",\n    NEGATOR = OPERATOR(" +
		       OperatorName(o.Attr("negator_schema"), o.Attr("negator_name")) + ")";
	}
	if (!o.Attr("restrict").empty()) {
		out += ",\n    RESTRICT = " + o.Attr("restrict");
	}
	if (!o.Attr("join").empty()) {
		out += ",\n    JOIN = " + o.Attr("join");
	}
	if (o.Attr("hashes") == "true") {
		out += ",\n    HASHES";
	}
	if (o.Attr("merges") == "true") {
		out += ",\n    MERGES";
	}
	return out + "\n);";
}

/// OPERATOR n op(l,r) [FOR ORDER BY f] / FUNCTION n (l, r) f(args)
std::string
MemberClause(const LongTailAttrs &m)
{
	auto at = [&](const char *k) {
		auto it = m.find(k);
		return it == m.end() ? std::string() : it->second;
	};
	if (at("member") == "operator") {
		std::string out = "OPERATOR " + at("number") + " " + at("operator");
		if (at("purpose") == "o") {
			out += " FOR ORDER BY " + QuoteQualified({at("sort_schema"), at("sort_name")});
		}
		return out;
	}
	return "FUNCTION " + at("number") + " (" + at("lefttype") + ", " + at("righttype") + ") " +
	       at("function");
}

std::string
CreateOperatorClass(const LongTailObject &o)
{
	std::string out = "CREATE OPERATOR CLASS " + QuoteQualified(o.id) +
	                  (o.Attr("default") == "true" ? " DEFAULT" : "") + " FOR TYPE " +
	                  o.Attr("type") + " USING " + QuoteIdent(o.args) + " FAMILY " +
	                  QuoteQualified({o.Attr("family_schema"), o.Attr("family_name")}) + " AS";
	std::vector<std::string> items;
	// Operators before functions, each by number (the keys sort by kind,
	// then number as text: order them here).
	for (const char *kind : {"operator", "function"}) {
		std::vector<std::pair<int, std::string>> these;
		for (const auto &[key, m] : o.members) {
			if (m.count("member") > 0 && m.at("member") == kind) {
				these.emplace_back(std::stoi(m.at("number")), MemberClause(m));
			}
		}
		std::stable_sort(these.begin(), these.end(),
		                 [](const auto &a, const auto &b) { return a.first < b.first; });
		for (auto &t : these) {
			items.push_back(std::move(t.second));
		}
	}
	// STORAGE is said when it differs from the input type; with no member
	// at all, PostgreSQL needs one item: the input type as STORAGE.
	if (!o.Attr("storage").empty()) {
		items.insert(items.begin(), "STORAGE " + o.Attr("storage"));
	} else if (items.empty()) {
		items.push_back("STORAGE " + o.Attr("type"));
	}
	for (std::size_t i = 0; i < items.size(); ++i) {
		out += (i == 0 ? "\n    " : ",\n    ") + items[i];
	}
	return out + ";";
}

std::string
CastName(const LongTailObject &o)
{
	return "CAST (" + o.Attr("source") + " AS " + o.Attr("target") + ")";
}

std::string
CreateCast(const LongTailObject &o)
{
	std::string out = "CREATE " + CastName(o);
	const std::string &method = o.Attr("method");
	if (method == "i") {
		out += " WITH INOUT";
	} else if (method == "b") {
		out += " WITHOUT FUNCTION";
	} else {
		out += " WITH FUNCTION " + o.Attr("function");
	}
	const std::string &context = o.Attr("context");
	if (context == "a") {
		out += " AS ASSIGNMENT";
	} else if (context == "i") {
		out += " AS IMPLICIT";
	}
	return out + ";";
}

std::string
CreateLanguage(const LongTailObject &o, bool replace)
{
	std::string out = std::string("CREATE ") + (replace ? "OR REPLACE " : "") +
	                  (o.Attr("trusted") == "true" ? "TRUSTED " : "") + "PROCEDURAL LANGUAGE " +
	                  QuoteIdent(o.id.name);
	if (!o.Attr("handler").empty()) {
		out += " HANDLER " + o.Attr("handler");
		if (!o.Attr("inline").empty()) {
			out += " INLINE " + o.Attr("inline");
		}
		if (!o.Attr("validator").empty()) {
			out += " VALIDATOR " + o.Attr("validator");
		}
	}
	return out + ";";
}

std::string
TransformName(const LongTailObject &o)
{
	return "TRANSFORM FOR " + o.id.name + " LANGUAGE " + QuoteIdent(o.args);
}

std::string
CreateTransform(const LongTailObject &o, bool replace)
{
	std::vector<std::string> parts;
	if (!o.Attr("fromsql").empty()) {
		parts.push_back("FROM SQL WITH FUNCTION " + o.Attr("fromsql"));
	}
	if (!o.Attr("tosql").empty()) {
		parts.push_back("TO SQL WITH FUNCTION " + o.Attr("tosql"));
	}
	std::string out =
	    std::string("CREATE ") + (replace ? "OR REPLACE " : "") + TransformName(o) + " (";
	for (std::size_t i = 0; i < parts.size(); ++i) {
		out += (i == 0 ? "" : ", ") + parts[i];
	}
	return out + ");";
}

} // namespace

std::string
CreateShellType(const QualifiedName &id)
{
	return "CREATE TYPE " + QuoteQualified(id) + ";";
}

std::string
DropTypeCascade(const QualifiedName &id)
{
	return "DROP TYPE " + QuoteQualified(id) + " CASCADE;";
}

std::string
CreateLongTail(const LongTailObject &o)
{
	if (o.kind == ObjectKind::kBaseType) {
		return CreateBaseType(o);
	}
	if (o.kind == ObjectKind::kShellType) {
		return CreateShellType(o.id);
	}
	if (o.kind == ObjectKind::kOperator) {
		return CreateOperator(o);
	}
	if (o.kind == ObjectKind::kOperatorFamily) {
		return "CREATE OPERATOR FAMILY " + OperatorFamilyName(o) + ";";
	}
	if (o.kind == ObjectKind::kOperatorClass) {
		return CreateOperatorClass(o);
	}
	if (o.kind == ObjectKind::kCast) {
		return CreateCast(o);
	}
	if (o.kind == ObjectKind::kConversion) {
		return std::string("CREATE ") + (o.Attr("default") == "true" ? "DEFAULT " : "") +
		       "CONVERSION " + QuoteQualified(o.id) + " FOR " + QuoteLiteral(o.Attr("for")) +
		       " TO " + QuoteLiteral(o.Attr("to")) + " FROM " + o.Attr("function") + ";";
	}
	if (o.kind == ObjectKind::kLanguage) {
		return CreateLanguage(o, false);
	}
	if (o.kind == ObjectKind::kTransform) {
		return CreateTransform(o, false);
	}
	if (o.kind == ObjectKind::kTextSearchParser) {
		std::string out =
		    "CREATE TEXT SEARCH PARSER " + QuoteQualified(o.id) +
		    " (\n    START = " + o.Attr("start") + ",\n    GETTOKEN = " + o.Attr("gettoken") +
		    ",\n    END = " + o.Attr("end") + ",\n    LEXTYPES = " + o.Attr("lextypes");
		if (!o.Attr("headline").empty()) {
			out += ",\n    HEADLINE = " + o.Attr("headline");
		}
		return out + "\n);";
	}
	if (o.kind == ObjectKind::kTextSearchTemplate) {
		std::string out = "CREATE TEXT SEARCH TEMPLATE " + QuoteQualified(o.id) + " (\n    ";
		if (!o.Attr("init").empty()) {
			out += "INIT = " + o.Attr("init") + ",\n    ";
		}
		return out + "LEXIZE = " + o.Attr("lexize") + "\n);";
	}
	// access method
	return "CREATE ACCESS METHOD " + QuoteIdent(o.id.name) + " TYPE " +
	       (o.Attr("type") == "t" ? "TABLE" : "INDEX") + " HANDLER " + o.Attr("handler") + ";";
}

std::string
ReplaceLongTail(const LongTailObject &o)
{
	return o.kind == ObjectKind::kLanguage ? CreateLanguage(o, true) : CreateTransform(o, true);
}

std::string
DropLongTail(const LongTailObject &o)
{
	if (o.kind == ObjectKind::kBaseType) {
		return DropTypeCascade(o.id);
	}
	if (o.kind == ObjectKind::kShellType) {
		return "DROP TYPE " + QuoteQualified(o.id) + ";";
	}
	if (o.kind == ObjectKind::kOperator) {
		return "DROP OPERATOR " + OperatorName(o.id.schema, o.id.name) + " " + OperatorArgs(o) +
		       ";";
	}
	if (o.kind == ObjectKind::kOperatorFamily) {
		return "DROP OPERATOR FAMILY " + OperatorFamilyName(o) + ";";
	}
	if (o.kind == ObjectKind::kOperatorClass) {
		return "DROP OPERATOR CLASS " + OperatorFamilyName(o) + ";";
	}
	if (o.kind == ObjectKind::kCast) {
		return "DROP " + CastName(o) + ";";
	}
	if (o.kind == ObjectKind::kConversion) {
		return "DROP CONVERSION " + QuoteQualified(o.id) + ";";
	}
	if (o.kind == ObjectKind::kLanguage) {
		return "DROP PROCEDURAL LANGUAGE " + QuoteIdent(o.id.name) + ";";
	}
	if (o.kind == ObjectKind::kTransform) {
		return "DROP " + TransformName(o) + ";";
	}
	if (o.kind == ObjectKind::kTextSearchParser || o.kind == ObjectKind::kTextSearchTemplate) {
		std::string kind = KindName(o.kind);
		std::transform(kind.begin(), kind.end(), kind.begin(),
		               [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
		return "DROP " + kind + " " + QuoteQualified(o.id) + ";";
	}
	return "DROP ACCESS METHOD " + QuoteIdent(o.id.name) + ";";
}

std::string
AlterBaseType(const LongTailObject &o, const std::vector<std::string> &keys)
{
	std::string out;
	for (const std::string &key : keys) {
		std::string clause;
		std::string value;
		if (key == "storage") {
			clause = "STORAGE";
			value = StorageName(o.Attr("storage"));
		} else {
			for (const auto &[k, c] : kTypeRoutines) {
				if (key == k) {
					clause = c;
				}
			}
			value = o.Attr(key).empty() ? std::string("NONE") : o.Attr(key);
		}
		out += (out.empty() ? "" : ", ") + clause + " = " + value;
	}
	return "ALTER TYPE " + QuoteQualified(o.id) + " SET (" + out + ");";
}

std::string
AlterOperatorEstimators(const LongTailObject &o)
{
	auto or_none = [&](const char *k) {
		return o.Attr(k).empty() ? std::string("NONE") : o.Attr(k);
	};
	return "ALTER OPERATOR " + OperatorName(o.id.schema, o.id.name) + " " + OperatorArgs(o) +
	       " SET (RESTRICT = " + or_none("restrict") + ", JOIN = " + or_none("join") + ");";
}

std::string
AddFamilyMember(const LongTailObject &family, const LongTailAttrs &member)
{
	return "ALTER OPERATOR FAMILY " + OperatorFamilyName(family) + " ADD " + MemberClause(member) +
	       ";";
}

std::string
DropFamilyMember(const LongTailObject &family, const LongTailAttrs &member)
{
	const std::string kind = member.at("member") == "operator" ? "OPERATOR" : "FUNCTION";
	return "ALTER OPERATOR FAMILY " + OperatorFamilyName(family) + " DROP " + kind + " " +
	       member.at("number") + " (" + member.at("lefttype") + ", " + member.at("righttype") +
	       ");";
}

} // namespace render
} // namespace pgschemadiff
