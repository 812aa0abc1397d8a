#include "io/reader_dates.h"

#include <cstdint>

#include "io/reader.h"

namespace parley::io::internal {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(word[i]) != lower_word[i]) return false;
  return true;
}

// Reads up to `max` digits at `pos`; returns how many were read.
std::size_t digits(std::string_view text, std::size_t pos, std::size_t max, int& value) {
  std::size_t n = 0;
  value = 0;
  while (pos + n < text.size() && n < max && is_digit(text[pos + n])) value = value * 10 + (text[pos + n++] - '0');
  return n;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// A month name, full or abbreviated, with an optional period. Returns the month (0 if none) and
// advances `pos`.
int month_at(std::string_view text, std::size_t& pos) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  std::size_t end = pos;
  while (end < text.size() && is_alpha(text[end])) ++end;
  const std::string_view word = text.substr(pos, end - pos);
  int month = 0;
  for (int m = 0; m < 12 && month == 0; ++m) {
    if (equals_lower(word, kNames[m])) month = m + 1;
    else if (word.size() == 3 && equals_lower(word, kNames[m].substr(0, 3))) month = m + 1;
  }
  if (month == 0 && equals_lower(word, "sept")) month = 9;
  if (month == 0) return 0;
  pos = end;
  if (pos < text.size() && text[pos] == '.' && word.size() <= 4) ++pos;
  return month;
}

// "19th" -> skips "th".
std::size_t skip_ordinal(std::string_view text, std::size_t pos) {
  if (pos + 1 < text.size() && is_alpha(text[pos]) && is_alpha(text[pos + 1]) &&
      (pos + 2 >= text.size() || !is_alpha(text[pos + 2]))) {
    const std::string_view suffix = text.substr(pos, 2);
    if (equals_lower(suffix, "st") || equals_lower(suffix, "nd") || equals_lower(suffix, "rd") ||
        equals_lower(suffix, "th"))
      return pos + 2;
  }
  return pos;
}

DateMatch make(std::size_t length, int year, int month, int day) {
  DateMatch match;
  match.length = length;
  const Date date{year, month, day};
  if (date.valid()) match.date = date;
  return match;
}

}  // namespace

DateMatch match_date(std::string_view text) {
  int a = 0;
  const std::size_t n = digits(text, 0, 5, a);
  if (n == 4) {  // 2023-01-19, 2023/01/19
    if (text.size() < 8 || (text[4] != '-' && text[4] != '/')) return {};
    int month = 0, day = 0;
    const std::size_t m = digits(text, 5, 3, month);
    if (m < 1 || m > 2 || 5 + m >= text.size() || text[5 + m] != text[4]) return {};
    const std::size_t d = digits(text, 6 + m, 3, day);
    if (d < 1 || d > 2) return {};
    const std::size_t length = 6 + m + d;
    if (length < text.size() && is_alpha(text[length]) && text[length] != 'T') return {};
    return make(length, a, month, day);
  }
  if (n == 1 || n == 2) {  // 19 January 2023
    std::size_t pos = skip_ordinal(text, n);
    const std::size_t after_day = pos;
    pos = skip_spaces(text, pos);
    if (pos == after_day) return {};
    const int month = month_at(text, pos);
    if (month == 0) return {};
    if (pos < text.size() && text[pos] == ',') ++pos;
    const std::size_t before_year = pos;
    pos = skip_spaces(text, pos);
    if (pos == before_year) return {};
    int year = 0;
    const std::size_t y = digits(text, pos, 5, year);
    if (y != 4) return {};
    return make(pos + 4, year, month, a);
  }
  if (n != 0) return {};
  std::size_t pos = 0;  // January 19, 2023
  const int month = month_at(text, pos);
  if (month == 0) return {};
  const std::size_t after_month = pos;
  pos = skip_spaces(text, pos);
  if (pos == after_month) return {};
  int day = 0;
  const std::size_t d = digits(text, pos, 3, day);
  if (d < 1 || d > 2) return {};
  pos = skip_ordinal(text, pos + d);
  if (pos < text.size() && text[pos] == ',') ++pos;
  const std::size_t before_year = pos;
  pos = skip_spaces(text, pos);
  if (pos == before_year) return {};
  int year = 0;
  if (digits(text, pos, 5, year) != 4) return {};
  return make(pos + 4, year, month, day);
}

std::size_t match_weekday(std::string_view text) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  std::size_t end = 0;
  while (end < text.size() && is_alpha(text[end])) ++end;
  const std::string_view word = text.substr(0, end);
  bool found = false;
  for (std::string_view day : kDays)
    found = found || equals_lower(word, day) || (word.size() == 3 && equals_lower(word, day.substr(0, 3)));
  if (!found) return 0;
  if (end < text.size() && text[end] == '.') ++end;
  if (end < text.size() && text[end] == ',') ++end;
  const std::size_t after = skip_spaces(text, end);
  return after > end ? after : 0;
}

bool is_dateline(std::string_view line, DateMatch& match) {
  if (line.size() > 80) return false;
  const std::size_t weekday = match_weekday(line);
  match = match_date(line.substr(weekday));
  if (match.length == 0) return false;
  // What follows may only be a time and zone: " 23:50", "T23:50:00Z", " 11:30 a.m. EST", " (UTC+8)".
  std::string_view rest = line.substr(weekday + match.length);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == ',')) rest.remove_prefix(1);
  if (rest.empty()) return true;
  if (!(is_digit(rest.front()) || (rest.front() == 'T' && rest.size() > 1 && is_digit(rest[1])))) return false;
  if (rest.size() > 32) return false;
  for (char c : rest)
    if (!is_digit(c) && std::string_view(":.-+ ()TZaApPmMUCGESDBJST").find(c) == std::string_view::npos)
      return false;
  return true;
}

std::optional<Date> opening_date(std::string_view line) {
  std::size_t pos = 0;
  if (line.size() > 3 && equals_lower(line.substr(0, 3), "on ")) pos = skip_spaces(line, 3);
  pos += match_weekday(line.substr(pos));
  const DateMatch match = match_date(line.substr(pos));
  if (match.length == 0) return std::nullopt;
  const std::size_t end = pos + match.length;
  if (end < line.size() && (is_alpha(line[end]) || is_digit(line[end]))) return std::nullopt;
  return match.date;
}

}  // namespace parley::io::internal

namespace parley::io {

std::optional<Date> parse_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  internal::DateMatch match;
  if (!internal::is_dateline(text, match)) return std::nullopt;
  return match.date;
}

}  // namespace parley::io
