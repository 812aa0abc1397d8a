// Google Benchmark: dictionary load, text segmentation, and coding of a readout (parsed, the default,
// and shallow).
// Whole-corpus figures (documents/s, sentences/s, peak memory) come from scripts/bench-corpus.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/reader.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "text/text.h"

namespace {

std::string data_dir() { return std::string(PARLEY_SOURCE_DIR) + "/data"; }

parley::Document seed_document(benchmark::State& state) {
  const std::string path = std::string(PARLEY_SOURCE_DIR) + "/../shared/seed/000_02ffab8aed3e6b08.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    state.SkipWithError("../shared/seed is absent");
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto doc = parley::io::parse_plain_text(text.str(), "seed", path, {});
  if (!doc.ok()) {
    state.SkipWithError(doc.status().to_string().c_str());
    return {};
  }
  return *doc;
}

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto lexicon = parley::Lexicon::load_directory(data_dir());
    if (!lexicon.ok()) {
      state.SkipWithError(lexicon.status().to_string().c_str());
      return;
    }
    benchmark::DoNotOptimize(lexicon);
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  parley::Document doc = seed_document(state);
  std::size_t sentences = 0;
  for (auto _ : state) {
    auto s = parley::text::segment(doc);
    sentences += s.size();
    benchmark::DoNotOptimize(s);
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment);

void code_seed(benchmark::State& state, bool shallow) {
  parley::Document doc = seed_document(state);
  auto lexicon = parley::Lexicon::load_directory(data_dir());
  if (!lexicon.ok()) {
    state.SkipWithError(lexicon.status().to_string().c_str());
    return;
  }
  parley::CoderOptions options;
  options.shallow = shallow;
  auto coder = parley::Coder::create(*lexicon, options);
  if (!coder.ok()) {
    state.SkipWithError(coder.status().to_string().c_str());
    return;
  }
  auto scratch = (*coder)->new_state();
  std::size_t sentences = 0, events = 0;
  for (auto _ : state) {
    auto coded = (*coder)->code(doc, *scratch);
    sentences += coded.sentences.size();
    events += coded.events.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/doc"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

void BM_CodeSeedParsed(benchmark::State& state) { code_seed(state, false); }
BENCHMARK(BM_CodeSeedParsed);

void BM_CodeSeedShallow(benchmark::State& state) { code_seed(state, true); }
BENCHMARK(BM_CodeSeedShallow);

}  // namespace


