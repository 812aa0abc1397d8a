// libFuzzer target: the document readers (JSON Lines records, plain text, date expressions) over
// arbitrary bytes. Every input must give a document or an error naming its origin, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/reader.h"
#include "text/text.h"

namespace {

constexpr std::size_t kMaxInput = 64 * 1024;

void check(bool condition) {
  if (!condition) std::abort();
}

void check_document(const parley::Result<parley::Document>& doc) {
  if (!doc.ok()) {
    check(!doc.status().is_ok());
    check(!doc.status().message().empty());
    return;
  }
  check(parley::text::valid_utf8(doc->text));
  check(parley::text::valid_utf8(doc->title));
  check(doc->body_offset <= doc->text.size());
  if (doc->title_offset) {
    check(*doc->title_offset + doc->title.size() <= doc->text.size());
    check(doc->text.compare(*doc->title_offset, doc->title.size(), doc->title) == 0);
  }
  if (doc->date) check(doc->date->valid());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  parley::io::ReadOptions options;
  if (size % 2 == 0) options.default_date = parley::Date{2023, 1, 19};

  parley::Result<parley::Document> record = parley::io::parse_json_line(input, "fuzz.jsonl:1", options);
  check_document(record);
  if (!record.ok()) check(record.status().line() == 1 && record.status().file() == "fuzz.jsonl");

  check_document(parley::io::parse_plain_text(input, "fuzz", "fuzz.txt", options));

  const std::optional<parley::Date> date = parley::io::parse_date(input);
  if (date) check(date->valid());
  return 0;
}
