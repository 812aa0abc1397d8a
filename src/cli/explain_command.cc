// parley explain "sentence": how the coder read it (tokens and lemmas, actors, clauses, every pattern
// tried on every predicate and whether it matched) and the events it made.
#include <iostream>

#include "cli/commands.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "parley/writer.h"

namespace parley::cli {

int run_explain(const ExplainOptions& options) {
  Document doc;
  doc.id = "explain";
  doc.text = options.text;
  if (!options.date.empty()) {
    doc.date = Date::parse_iso(options.date);
    if (!doc.date) {
      std::cerr << "parley: --date '" << options.date << "' is not a date (expected YYYY-MM-DD)\n";
      return kUsage;
    }
  }
  CoderOptions coder_options;
  coder_options.shallow = options.shallow;
  coder_options.model_path = options.model;
  auto coder = load_coder(options.dict, coder_options);
  if (!coder) return kError;
  auto state = coder->new_state();
  std::vector<std::string> trace;
  CodedDocument coded = coder->code(std::move(doc), *state, &trace);
  for (const std::string& line : trace) std::cout << line << "\n";
  std::cout << "events: " << coded.events.size() << "\n";
  for (const Event& e : coded.events) std::cout << event_to_json(e) << "\n";
  return kOk;
}

}  // namespace parley::cli
