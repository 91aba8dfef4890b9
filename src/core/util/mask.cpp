// mask.cpp — finds passwords in connection strings and masks them in text.
// Layer: core/util.
#include "core/util/mask.hpp"

#include <algorithm>
#include <cctype>

namespace pgschemadiff {
namespace {

constexpr const char *kMask = "********";

int
HexValue(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

std::string
PercentDecode(const std::string &s)
{
	std::string out;
	for (std::size_t i = 0; i < s.size(); ++i) {
		if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
			out.push_back(static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
			i += 2;
		} else {
			out.push_back(s[i]);
		}
	}
	return out;
}

void
AddSecret(std::vector<std::string> &out, const std::string &s)
{
	if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) {
		out.push_back(s);
	}
}

/// key=value form: password = 'quoted \' value' | bare-value
void
FindKeyValueSecrets(const std::string &c, std::vector<std::string> &out)
{
	const std::string key = "password";
	for (std::size_t pos = c.find(key); pos != std::string::npos; pos = c.find(key, pos + 1)) {
		// "password" or "sslpassword", as a key of its own
		std::size_t key_start = pos;
		if (pos >= 3 && c.compare(pos - 3, 3, "ssl") == 0) {
			key_start = pos - 3;
		}
		if (key_start > 0 && !std::isspace(static_cast<unsigned char>(c[key_start - 1]))) {
			continue;
		}
		std::size_t i = pos + key.size();
		while (i < c.size() && std::isspace(static_cast<unsigned char>(c[i]))) {
			++i;
		}
		if (i >= c.size() || c[i] != '=') {
			continue;
		}
		++i;
		while (i < c.size() && std::isspace(static_cast<unsigned char>(c[i]))) {
			++i;
		}
		std::string value;
		std::string raw;
		if (i < c.size() && c[i] == '\'') {
			for (++i; i < c.size() && c[i] != '\''; ++i) {
				raw.push_back(c[i]);
				if (c[i] == '\\' && i + 1 < c.size()) {
					++i;
					raw.push_back(c[i]);
				}
				value.push_back(c[i]);
			}
		} else {
			for (; i < c.size() && !std::isspace(static_cast<unsigned char>(c[i])); ++i) {
				value.push_back(c[i]);
			}
			raw = value;
		}
		AddSecret(out, value);
		AddSecret(out, raw);
	}
}

/// URI form: scheme://user:SECRET@host/...?password=SECRET&...
void
FindUriSecrets(const std::string &c, std::vector<std::string> &out)
{
	const std::size_t scheme = c.find("://");
	if (scheme == std::string::npos) {
		return;
	}
	const std::size_t start = scheme + 3;
	const std::size_t at = c.find('@', start);
	const std::size_t slash = c.find_first_of("/?", start);
	if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
		const std::string userinfo = c.substr(start, at - start);
		const std::size_t colon = userinfo.find(':');
		if (colon != std::string::npos) {
			const std::string secret = userinfo.substr(colon + 1);
			AddSecret(out, secret);
			AddSecret(out, PercentDecode(secret));
		}
	}
	const std::size_t query = c.find('?', start);
	if (query == std::string::npos) {
		return;
	}
	std::size_t i = query + 1;
	while (i <= c.size()) {
		std::size_t amp = c.find('&', i);
		if (amp == std::string::npos) {
			amp = c.size();
		}
		const std::string pair = c.substr(i, amp - i);
		if (pair.rfind("password=", 0) == 0) {
			const std::string secret = pair.substr(9);
			AddSecret(out, secret);
			AddSecret(out, PercentDecode(secret));
		}
		i = amp + 1;
	}
}

} // namespace

std::vector<std::string>
FindSecrets(const std::string &conninfo)
{
	std::vector<std::string> out;
	FindUriSecrets(conninfo, out);
	FindKeyValueSecrets(conninfo, out);
	return out;
}

std::string
MaskSecrets(const std::string &text, const std::vector<std::string> &secrets)
{
	std::vector<std::string> sorted = secrets;
	// Longest first, so that a secret containing another is masked whole.
	std::sort(sorted.begin(), sorted.end(),
	          [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
	std::string out = text;
	for (const auto &s : sorted) {
		if (s.empty()) {
			continue;
		}
		for (std::size_t pos = out.find(s); pos != std::string::npos;
		     pos = out.find(s, pos + std::char_traits<char>::length(kMask))) {
			out.replace(pos, s.size(), kMask);
		}
	}
	return out;
}

} // namespace pgschemadiff
