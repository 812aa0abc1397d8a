// parley validate: scores against a gold standard and prints one JSON line of figures.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "validate/plover_gsr.h"

namespace parley::cli {

int run_validate(const ValidateOptions& options) {
  CoderOptions coder_options;
  coder_options.shallow = options.shallow;
  coder_options.model_path = options.model;
  auto coder = load_coder(options.dict, coder_options);
  if (!coder) return kError;
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
  if (!options.misses.empty()) {
    std::ofstream out(options.misses);
    for (const std::string& line : score->misses) out << line << "\n";
  }
  return kOk;
}

}  // namespace parley::cli
