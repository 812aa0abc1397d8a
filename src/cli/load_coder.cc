#include <iostream>

#include "cli/commands.h"
#include "parley/lexicon.h"

namespace parley::cli {

std::shared_ptr<const Coder> load_coder(const std::string& dict, const CoderOptions& options) {
  auto lexicon = Lexicon::load_directory(dict.empty() ? default_data_dir() : dict);
  if (!lexicon.ok()) {
    std::cerr << "parley: dictionaries did not load:\n" << lexicon.status().to_string() << "\n";
    return nullptr;
  }
  auto coder = Coder::create(*lexicon, options);
  if (!coder.ok()) {
    std::cerr << "parley: " << coder.status().to_string() << "\n";
    return nullptr;
  }
  return *coder;
}

}  // namespace parley::cli
