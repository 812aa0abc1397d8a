// libFuzzer target: the whole coder (text, mentions, tagging and parsing, patterns, the document
// pass) over arbitrary bytes as a document, with the shipped dictionaries and syntax model. Checks
// the event contracts: every event has a source and a code of the codebook, its evidence and actor
// spans lie inside the text they point into, and the evidence is the sentence it names.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "parley/codebook.h"
#include "parley/coder.h"
#include "parley/lexicon.h"

namespace {

constexpr std::size_t kMaxInput = 16 * 1024;

void check(bool condition) {
  if (!condition) std::abort();
}

std::shared_ptr<const parley::Coder> coder() {
  static std::shared_ptr<const parley::Coder> made = [] {
    auto lexicon = parley::Lexicon::load_directory(std::string(PARLEY_SOURCE_DIR) + "/data");
    check(lexicon.ok());
    parley::CoderOptions options;  // the default: parsed
    auto c = parley::Coder::create(*lexicon, options);
    check(c.ok());
    return *c;
  }();
  return made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  static auto state = coder()->new_state();
  parley::Document doc;
  doc.id = "fuzz";
  doc.date = parley::Date{2023, 1, 19};
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = size % 5 == 0 ? size / 4 : 0;  // sometimes a separate title
  doc.title = input.substr(0, split);
  doc.text = input.substr(split);
  const parley::CodedDocument coded = coder()->code(doc, *state);
  for (const parley::Event& e : coded.events) {
    check(e.source.has_value() && !e.source->code.empty());
    check(parley::Codebook::cameo().find(e.code) != nullptr);
    check(e.sentence >= 0 && e.sentence < static_cast<int>(coded.sentences.size()));
    const std::string& base = e.field == parley::Field::kTitle ? coded.document.title : coded.document.text;
    check(e.evidence_start <= e.evidence_end && e.evidence_end <= base.size());
    check(base.compare(e.evidence_start, e.evidence_end - e.evidence_start, e.evidence_text) == 0);
    for (const auto* actor : {&e.source, &e.target})
      if (actor->has_value() && !(*actor)->text.empty())
        check((*actor)->start >= e.evidence_start && (*actor)->end <= e.evidence_end);
  }
  for (const parley::Sentence& s : coded.sentences)
    for (const parley::Token& t : s.tokens)
      check(t.head >= -1 && t.head < static_cast<int>(s.tokens.size()));
  return 0;
}
