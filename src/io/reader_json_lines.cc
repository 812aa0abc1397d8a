// JSON Lines records: one document per line, {"id", "date", "title", "text", "source", "url", "lang"}.
#include <simdjson.h>

#include <string>

#include "io/reader.h"
#include "io/reader_dates.h"
#include "io/reader_json_lines.h"
#include "text/text.h"

namespace parley::io {
namespace internal {
namespace {

// A JSON string field as a string_view; nullopt (with `wrong_type` set) when present but not a string.
bool get_string(simdjson::dom::element value, std::string_view& out) {
  return value.get_string().get(out) == simdjson::SUCCESS;
}

}  // namespace

Result<Document> parse_json_record(std::string_view line, const std::string& file, int line_number,
                                   const std::string& stem, const ReadOptions& options) {
  auto error = [&](std::string message) { return Status::invalid_input(std::move(message), file, line_number); };
  // One parser per thread: it keeps its buffers between lines.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (const auto code = parser.parse(line.data(), line.size(), true).get(root); code != simdjson::SUCCESS)
    return error(std::string("not valid JSON: ") + simdjson::error_message(code));
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) return error("not a JSON object");

  Document doc;
  bool have_text = false;
  std::string_view source_url;
  for (const simdjson::dom::key_value_pair field : object) {
    const std::string_view key = field.key;
    const simdjson::dom::element value = field.value;
    if (value.is_null()) continue;
    std::string_view s;
    if (key == "text") {
      if (!get_string(value, s)) return error("\"text\" is not a string");
      doc.text = std::string(s);
      have_text = true;
    } else if (key == "id") {
      if (get_string(value, s)) {
        doc.id = std::string(s);
      } else if (int64_t i; value.get_int64().get(i) == simdjson::SUCCESS) {
        doc.id = std::to_string(i);
      } else if (uint64_t u; value.get_uint64().get(u) == simdjson::SUCCESS) {
        doc.id = std::to_string(u);
      } else {
        return error("\"id\" is not a string or an integer");
      }
    } else if (key == "date") {
      if (!get_string(value, s)) return error("\"date\" is not a string");
      if (s.empty()) continue;
      DateMatch match;
      if (!is_dateline(s, match))
        return error("\"date\" is not a date (want YYYY-MM-DD or an ISO timestamp): \"" +
                     std::string(s.substr(0, 40)) + "\"");
      if (!match.date) return error("impossible date \"" + std::string(s.substr(0, 40)) + "\"");
      doc.date = match.date;
    } else if (key == "title") {
      if (!get_string(value, s)) return error("\"title\" is not a string");
      doc.title = std::string(s);
    } else if (key == "source") {
      if (get_string(value, s)) doc.source = std::string(s);
    } else if (key == "url") {
      if (get_string(value, s)) doc.url = std::string(s);
    } else if (key == "source_url") {  // the name some scrapers use (White House readouts)
      get_string(value, source_url);
    } else if (key == "lang") {
      if (get_string(value, s) && !s.empty()) doc.lang = std::string(s);
    }
  }
  if (!have_text) return error("missing \"text\" field");
  // simdjson validates the line, but escapes can still spell lone surrogates.
  if (!text::valid_utf8(doc.text)) return error("invalid UTF-8 in \"text\"");
  if (!text::valid_utf8(doc.title)) return error("invalid UTF-8 in \"title\"");
  const auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; };
  if (blank(doc.text) && blank(doc.title)) return error("empty document");
  if (doc.url.empty()) doc.url = std::string(source_url);
  if (doc.id.empty()) doc.id = stem + ":" + std::to_string(line_number);
  if (!doc.date) doc.date = options.default_date;
  doc.origin = file + ":" + std::to_string(line_number);
  return doc;
}

}  // namespace internal

Result<Document> parse_json_line(std::string_view line, std::string origin, const ReadOptions& options) {
  // origin is "file:line"; split it so errors carry both.
  std::string file = origin;
  int line_number = 0;
  const std::size_t colon = origin.rfind(':');
  if (colon != std::string::npos && colon + 1 < origin.size() &&
      origin.find_first_not_of("0123456789", colon + 1) == std::string::npos && origin.size() - colon <= 9) {
    file = origin.substr(0, colon);
    line_number = std::stoi(origin.substr(colon + 1));
  }
  std::string stem = file;
  if (const std::size_t slash = stem.find_last_of('/'); slash != std::string::npos) stem.erase(0, slash + 1);
  if (const std::size_t dot = stem.rfind('.'); dot != std::string::npos && dot > 0) stem.erase(dot);
  return internal::parse_json_record(line, file, line_number, stem, options);
}

}  // namespace parley::io
