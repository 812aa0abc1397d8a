// parley validate: scores against a gold standard and prints one JSON line of figures.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "validate/case2021.h"
#include "validate/plover_gsr.h"

namespace parley::cli {

namespace {

void write_misses(const std::string& path, const std::vector<std::string>& misses) {
  if (path.empty()) return;
  std::ofstream out(path);
  for (const std::string& line : misses) out << line << "\n";
}

// {"snippets": N, "scored": {"snippets": N, "read": N, "rate": R}, "disasters": {..., "false_alarm": R},
//  "unscored": N, "types": {"ARREST": R, ...}}
int run_case2021(const Coder& coder, const ValidateOptions& options) {
  auto score = validate::score_case2021(coder, options.case2021);
  if (!score.ok()) {
    std::cerr << "parley: " << score.status().to_string() << "\n";
    return kError;
  }
  std::string types;
  for (const auto& [type, rate] : score->by_type)
    types += fmt::format("{}\"{}\": {:.3f}", types.empty() ? "" : ", ", type, rate.rate());
  std::cout << fmt::format(
      "{{\"snippets\": {}, \"scored\": {{\"snippets\": {}, \"read\": {}, \"rate\": {:.3f}}}, "
      "\"disasters\": {{\"snippets\": {}, \"with_events\": {}, \"false_alarm\": {:.3f}}}, \"unscored\": {}, "
      "\"types\": {{{}}}}}\n",
      score->snippets, score->scored.snippets, score->scored.read, score->scored.rate(), score->no_event.snippets,
      score->no_event.read, score->no_event.rate(), score->unscored, types);
  write_misses(options.misses, score->misses);
  return kOk;
}

}  // namespace

int run_validate(const ValidateOptions& options) {
  if (options.plover_gsr.empty() == options.case2021.empty()) {
    std::cerr << "parley: validate needs one gold standard: --plover-gsr FILE or --case2021 FILE\n";
    return kUsage;
  }
  CoderOptions coder_options;
  coder_options.shallow = options.shallow;
  coder_options.model_path = options.model;
  auto coder = load_coder(options.dict, coder_options);
  if (!coder) return kError;
  if (!options.case2021.empty()) return run_case2021(*coder, options);
  auto score = validate::score_plover_gsr(*coder, options.plover_gsr);
  if (!score.ok()) {
    std::cerr << "parley: " << score.status().to_string() << "\n";
    return kError;
  }
  const auto& t = score->triples;
  const auto& y = score->types;
  std::cout << fmt::format(
      "{{\"records\": {}, \"triples\": {{\"gold\": {}, \"predicted\": {}, \"precision\": {:.3f}, \"recall\": {:.3f}, "
      "\"f1\": {:.3f}}}, \"types\": {{\"gold\": {}, \"predicted\": {}, \"precision\": {:.3f}, \"recall\": {:.3f}, "
      "\"f1\": {:.3f}}}}}\n",
      score->records, t.gold, t.predicted, t.precision(), t.recall(), t.f1(), y.gold, y.predicted, y.precision(),
      y.recall(), y.f1());
  write_misses(options.misses, score->misses);
  return kOk;
}

}  // namespace parley::cli
