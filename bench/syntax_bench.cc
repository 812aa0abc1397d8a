// Tag + parse throughput of the shipped syntax model on one core. Skips when the model is absent.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <sstream>

#include "syntax/syntax.h"

namespace parley::syntax {
namespace {

// The shipped model, or the one $PARLEY_MODEL names (to compare a candidate before shipping it).
const std::string kModelPath = default_model_path();

// Sentences written for the benchmark, of typical news length (15-30 tokens).
const char* const kSentences[] = {
    "Foreign Minister Qin Gang had a phone call with Iranian Foreign Minister Hossein Amir-Abdollahian on "
    "Thursday .",
    "The two sides exchanged views on bilateral relations and regional issues of common concern .",
    "Iran thanked China for its constructive role in promoting peace talks in the region .",
    "Russia condemned the decision and said it would respond with measures of its own .",
    "The minister stressed that both countries should deepen cooperation in trade , energy and "
    "infrastructure .",
    "Police arrested two men after protesters clashed with security forces near the embassy on Sunday .",
    "The United Nations urged all parties to exercise restraint and return to the negotiating table .",
    "He said the government stands ready to work with its partners to implement the agreement .",
};

std::vector<Sentence> corpus() {
  std::vector<Sentence> out;
  for (const char* text : kSentences) {
    Sentence s;
    std::istringstream in(text);
    std::string word;
    while (in >> word) {
      Token t;
      t.form = word;
      s.tokens.push_back(std::move(t));
    }
    out.push_back(std::move(s));
  }
  return out;
}

void BM_TagAndParse(benchmark::State& bench) {
  if (!std::filesystem::exists(kModelPath)) {
    bench.SkipWithError(("model file absent: " + kModelPath).c_str());
    return;
  }
  auto model = SyntaxModel::load(kModelPath);
  if (!model.ok()) {
    bench.SkipWithError(model.status().to_string().c_str());
    return;
  }
  std::vector<Sentence> sentences = corpus();
  SyntaxState state;
  long tokens = 0;
  for (auto _ : bench) {
    for (Sentence& s : sentences) {
      (*model)->annotate(s, state);
      tokens += static_cast<long>(s.tokens.size());
    }
  }
  bench.SetItemsProcessed(bench.iterations() * static_cast<long>(sentences.size()));
  bench.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(bench.iterations() * static_cast<long>(sentences.size())),
                         benchmark::Counter::kIsRate);
  bench.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMicrosecond);

void BM_LoadModel(benchmark::State& bench) {
  if (!std::filesystem::exists(kModelPath)) {
    bench.SkipWithError(("model file absent: " + kModelPath).c_str());
    return;
  }
  for (auto _ : bench) {
    auto model = SyntaxModel::load(kModelPath);
    benchmark::DoNotOptimize(model.ok());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace parley::syntax


