// Fuzzes the syntax model reader: the whole-file path (header, version, size, checksum) and the
// payload decoder behind it (which the checksum would otherwise shield from the fuzzer).
// A model that decodes must also annotate a sentence without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/syntax.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using parley::syntax::SyntaxModel;
  if (size > (1u << 20)) return 0;  // cap: decoding is linear, big inputs only slow the fuzzer
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto model = SyntaxModel::from_bytes(bytes, "fuzz", nullptr);
  auto parts = SyntaxModel::decode_payload(bytes, "fuzz");
  if (parts.ok()) {
    SyntaxModel decoded(std::move(*parts), nullptr);
    parley::Sentence sentence;
    for (const char* form : {"Iran", "thanked", "China", "."}) {
      parley::Token t;
      t.form = form;
      sentence.tokens.push_back(t);
    }
    parley::syntax::SyntaxState state;
    decoded.annotate(sentence, state);
  }
  (void)model;
  return 0;
}
