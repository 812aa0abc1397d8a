// Plain-text documents: title line, datelines and header lines at the top, then the body.
#include <algorithm>

#include "io/reader.h"
#include "io/reader_dates.h"
#include "text/text.h"

namespace parley::io {
namespace {

// Header lines a plain-text file may start with ("date: 2023-01-19", "source: MFA"): metadata, not body.
enum class Header { kNone, kDate, kSource, kUrl, kLang, kId, kTitle, kOther };

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Header header_kind(std::string_view line, std::string_view& value) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 12) return Header::kNone;
  std::string key;
  for (char c : line.substr(0, colon)) key += lower(c);
  Header kind = Header::kNone;
  if (key == "date" || key == "published" || key == "dateline") kind = Header::kDate;
  else if (key == "source" || key == "publisher") kind = Header::kSource;
  else if (key == "url" || key == "link") kind = Header::kUrl;
  else if (key == "lang" || key == "language") kind = Header::kLang;
  else if (key == "id") kind = Header::kId;
  else if (key == "title") kind = Header::kTitle;
  else if (key == "author" || key == "byline") kind = Header::kOther;
  if (kind == Header::kNone) return kind;
  value = trim(line.substr(colon + 1));
  return kind;
}

// A title: short, has letters, doesn't end like a sentence or a clause, and the next line doesn't
// continue it (a next line starting in lower case means the first line was hard-wrapped prose).
bool looks_like_title(std::string_view line, std::string_view next_line) {
  if (line.empty() || line.size() >= 200) return false;
  const char last = line.back();
  if (std::string_view(".!?;:,-").find(last) != std::string_view::npos) return false;
  if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6") return false;  // …
  if (!std::any_of(line.begin(), line.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }) &&
      std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return false;
  next_line = trim(next_line);
  std::string_view header_value;
  if (!next_line.empty() && next_line.front() >= 'a' && next_line.front() <= 'z' &&
      header_kind(next_line, header_value) == Header::kNone)
    return false;
  return true;
}

}  // namespace

Result<Document> parse_plain_text(std::string text, std::string id, std::string origin,
                                  const ReadOptions& options) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte-order mark is not text
  if (!text::valid_utf8(text)) {
    // Find the first bad byte by checking growing prefixes line by line: cheap, and only on error.
    int line = 1;
    std::size_t line_start = 0;
    while (true) {
      const std::size_t newline = text.find('\n', line_start);
      const std::size_t line_end = newline == std::string::npos ? text.size() : newline;
      if (!text::valid_utf8(std::string_view(text).substr(line_start, line_end - line_start)) ||
          newline == std::string::npos)
        break;
      line_start = newline + 1;
      ++line;
    }
    return Status::invalid_input("invalid UTF-8 (first bad byte on this line)", origin, line);
  }
  if (trim(text).find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return Status::invalid_input("empty document", origin);

  Document doc;
  doc.id = std::move(id);
  doc.origin = std::move(origin);
  const std::string_view all(text);

  // The top of the file: blank lines, header lines, datelines and one title, in any order, until the
  // first line that is none of these (the body). Only the first few lines are looked at.
  std::size_t pos = 0;
  bool have_title = false;
  for (int lines = 0; pos < all.size() && lines < 12; ++lines) {
    const std::size_t newline = all.find('\n', pos);
    const std::size_t line_end = newline == std::string_view::npos ? all.size() : newline;
    const std::size_t next_pos = newline == std::string_view::npos ? all.size() : newline + 1;
    const std::string_view raw = all.substr(pos, line_end - pos);
    const std::string_view line = trim(raw);
    if (line.empty()) {
      pos = next_pos;
      continue;
    }
    std::string_view value;
    const Header header = header_kind(line, value);
    if (header != Header::kNone) {
      switch (header) {
        case Header::kDate:
          if (!doc.date) doc.date = parse_date(value);
          break;
        case Header::kSource: doc.source = std::string(value); break;
        case Header::kUrl: doc.url = std::string(value); break;
        case Header::kLang: if (!value.empty()) doc.lang = std::string(value); break;
        case Header::kId: if (!value.empty()) doc.id = std::string(value); break;
        case Header::kTitle:
          if (!have_title && !value.empty()) {
            doc.title = std::string(value);
            doc.title_offset = static_cast<std::size_t>(value.data() - all.data());
            have_title = true;
          }
          break;
        default: break;
      }
      pos = next_pos;
      continue;
    }
    internal::DateMatch match;
    if (internal::is_dateline(line, match)) {
      if (!doc.date) doc.date = match.date;
      pos = next_pos;
      continue;
    }
    if (!have_title && newline != std::string_view::npos) {
      const std::size_t next_end = all.find('\n', next_pos);
      const std::string_view next_line =
          all.substr(next_pos, (next_end == std::string_view::npos ? all.size() : next_end) - next_pos);
      std::string_view title = line;
      // A Markdown heading: "# Title".
      while (!title.empty() && title.front() == '#') title.remove_prefix(1);
      title = trim(title);
      if (looks_like_title(title, next_line) && next_pos < all.size() &&
          trim(all.substr(next_pos)).find_first_not_of(" \t\r\n") != std::string_view::npos) {
        doc.title = std::string(title);
        doc.title_offset = static_cast<std::size_t>(title.data() - all.data());
        have_title = true;
        pos = next_pos;
        continue;
      }
    }
    break;
  }
  doc.body_offset = pos;
  if (doc.title.empty() && all.substr(pos).find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return Status::invalid_input("empty document (no title and no body)", doc.origin);

  if (!doc.date && pos < all.size()) {
    const std::size_t newline = all.find('\n', pos);
    doc.date = internal::opening_date(trim(all.substr(pos, (newline == std::string_view::npos ? all.size() : newline) - pos)));
  }
  if (!doc.date) doc.date = options.default_date;
  doc.text = std::move(text);
  return doc;
}

}  // namespace parley::io
