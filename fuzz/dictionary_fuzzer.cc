// libFuzzer target for the dictionary loader: any bytes as an .actors, .agents or .verbs file.
//
// The first byte picks the kind; the rest is the file. Inputs over 64 KiB are skipped (the loader is
// linear; long inputs only slow the search down). When the text loads, the lexicon is also exercised
// the way the coder and `parley dict` use it: phrase search over the text's own tokens, check, lookup.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/check.h"
#include "lexicon/compiled.h"
#include "lexicon/lookup.h"
#include "parley/lexicon.h"
#include "text/text.h"

namespace {

constexpr std::size_t kMaxInput = 64 * 1024;

void exercise(const parley::Lexicon& lexicon, std::string_view text) {
  using namespace parley;
  const lexicon_internal::Compiled& compiled = lexicon.compiled();
  if (!text::valid_utf8(text)) return;
  Sentence sentence;
  std::vector<std::string> folded;
  for (std::string& form : text::tokenize_phrase(text)) {
    folded.push_back(text::fold(form));
    Token token;
    token.form = std::move(form);
    sentence.tokens.push_back(std::move(token));
  }
  std::vector<lexicon_internal::PhraseHit> hits;
  compiled.find_phrases(sentence, folded, hits);
  compiled.find_phrases(sentence, folded, Date{2023, 1, 19}, hits);
  for (const auto& hit : hits) {
    if (hit.begin < 0 || hit.end > static_cast<int>(sentence.tokens.size()) || hit.begin >= hit.end) __builtin_trap();
  }
  for (const auto& entry : compiled.actors) {
    (void)entry.code_on(std::nullopt);
    (void)entry.code_on(Date{2023, 1, 19});
  }
  (void)lexicon_internal::check_dictionaries(compiled);
  (void)lexicon_internal::lookup_phrase(compiled, text.substr(0, 200), Date{2023, 1, 19});
  (void)lexicon.stats();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1 || size > kMaxInput) return 0;
  static const parley::DictionaryKind kKinds[] = {parley::DictionaryKind::kActors, parley::DictionaryKind::kAgents,
                                                  parley::DictionaryKind::kVerbs};
  const parley::DictionaryKind kind = kKinds[data[0] % 3];
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto loaded = parley::Lexicon::from_sources({{kind, "fuzz.dict", text}});
  if (loaded.ok()) {
    exercise(**loaded, text);
  } else if (loaded.status().to_string().empty()) {
    __builtin_trap();  // a failed load must say why
  }
  return 0;
}
