// libFuzzer target: the gold-standard readers of `parley validate` (PLOVER GSR records as JSON, CASE
// 2021 snippets as TSV) over arbitrary bytes written to a file. Either reader returns a score or a
// clear error; a score never counts more read snippets or matched items than it has.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "parley/coder.h"
#include "parley/lexicon.h"
#include "validate/case2021.h"
#include "validate/plover_gsr.h"

namespace {

constexpr std::size_t kMaxInput = 8 * 1024;

void check(bool condition) {
  if (!condition) std::abort();
}

std::shared_ptr<const parley::Coder> coder() {
  static std::shared_ptr<const parley::Coder> made = [] {
    auto lexicon = parley::Lexicon::from_sources(
        {{parley::DictionaryKind::kActors, "f.actors", "China => CHN\nIran => IRN\nRussia => RUS\n"},
         {parley::DictionaryKind::kVerbs, "f.verbs", "111: condemn $T\n040: exchange views\n190: attack $T\n"}});
    check(lexicon.ok());
    parley::CoderOptions options;
    options.shallow = true;  // the readers are under test, not the parser
    auto c = parley::Coder::create(*lexicon, options);
    check(c.ok());
    return *c;
  }();
  return made;
}

std::string temp_path() {
  static const std::string path = "/tmp/parley-validate-fuzz-" + std::to_string(::getpid());
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string path = temp_path();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  check(f != nullptr);
  check(std::fwrite(data, 1, size, f) == size);
  std::fclose(f);
  if (auto gsr = parley::validate::score_plover_gsr(*coder(), path); gsr.ok()) {
    check(gsr->triples.matched_gold <= gsr->triples.gold && gsr->triples.matched_predicted <= gsr->triples.predicted);
    check(gsr->types.matched_gold <= gsr->types.gold);
  } else {
    check(!gsr.status().to_string().empty());
  }
  if (auto cases = parley::validate::score_case2021(*coder(), path); cases.ok()) {
    check(cases->scored.read <= cases->scored.snippets && cases->no_event.read <= cases->no_event.snippets);
    check(cases->scored.snippets + cases->no_event.snippets + cases->unscored == cases->snippets);
  } else {
    check(cases.status().to_string().find(path) != std::string::npos);
  }
  std::remove(path.c_str());
  return 0;
}
