// libFuzzer target: the text stage over arbitrary bytes read as a plain-text document.
// Checks the stage's contracts: spans inside the text, sentences in order, indices 0..n-1, no empty
// sentence or token.
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

void check_sentences(const parley::Document& doc) {
  const std::vector<parley::Sentence> sentences = parley::text::segment(doc);
  std::uint32_t previous_end = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const parley::Sentence& s = sentences[i];
    check(s.index == static_cast<int>(i));
    check(!s.tokens.empty());
    const std::string& base = s.field == parley::Field::kTitle ? doc.title : doc.text;
    check(s.start < s.end && s.end <= base.size());
    if (i > 0 && s.field == parley::Field::kText && sentences[i - 1].field == parley::Field::kText)
      check(s.start >= previous_end);
    previous_end = s.end;
    for (const parley::Token& t : s.tokens) {
      check(t.start >= s.start && t.end <= s.end && t.start < t.end);
      check(!t.form.empty());
      check(parley::text::valid_utf8(t.form));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);

  // The raw bytes as a body-only document (the text stage must cope even with invalid UTF-8).
  parley::Document raw;
  raw.text = input;
  check_sentences(raw);

  // Through the plain-text reader: title, dateline, body offsets as the reader sets them.
  parley::Result<parley::Document> doc = parley::io::parse_plain_text(input, "fuzz", "fuzz.txt", {});
  if (doc.ok()) check_sentences(*doc);

  // A separate title, as JSON Lines records carry it.
  parley::Document titled;
  const std::size_t split = size / 3;
  titled.title = input.substr(0, split);
  titled.text = input.substr(split);
  titled.body_offset = size % 7;
  check_sentences(titled);

  // Folding runs on tokens (dictionary phrases and sentence tokens), so fuzz it that way: the whole
  // input through the transliterator would only slow the fuzzer down.
  for (const std::string& form : parley::text::tokenize_phrase(input)) {
    check(!form.empty());
    const std::string key = parley::text::fold(form);
    if (parley::text::valid_utf8(form)) check(parley::text::valid_utf8(key));
  }
  return 0;
}
