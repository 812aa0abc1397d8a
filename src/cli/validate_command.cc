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
  auto lexicon = Lexicon::load_directory(options.dict.empty() ? default_data_dir() : options.dict);
  if (!lexicon.ok()) {
    std::cerr << "parley: dictionaries did not load:\n" << lexicon.status().to_string() << "\n";
    return kError;
  }
  auto coder = Coder::create(*lexicon, {});
  if (!coder.ok()) {
    std::cerr << "parley: " << coder.status().to_string() << "\n";
    return kError;
  }
  auto score = validate::score_plover_gsr(**coder, options.plover_gsr);
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
