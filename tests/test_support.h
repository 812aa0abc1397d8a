// Shared helpers for tests: where the source tree and ../shared are, and a coder over data/.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "parley/coder.h"
#include "parley/lexicon.h"

namespace parley::testing {

inline std::string source_dir() { return PARLEY_SOURCE_DIR; }
inline std::string shared_dir() { return std::string(PARLEY_SOURCE_DIR) + "/../shared"; }
inline bool have_shared() { return std::filesystem::exists(shared_dir() + "/seed"); }
inline bool have_wordnet() { return std::filesystem::exists("/usr/share/wordnet/index.verb"); }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One coder over the shipped dictionaries, built once for the whole test binary.
inline std::shared_ptr<const Coder> shipped_coder() {
  static std::shared_ptr<const Coder> coder = [] {
    // The shipped dictionaries; PARLEY_DATA points the tests at another set.
    const char* env = std::getenv("PARLEY_DATA");
    auto lexicon = Lexicon::load_directory(env != nullptr && *env ? std::string(env) : source_dir() + "/data");
    EXPECT_TRUE(lexicon.ok()) << lexicon.status().to_string();
    if (!lexicon.ok()) return std::shared_ptr<const Coder>();
    auto made = Coder::create(*lexicon, {});
    EXPECT_TRUE(made.ok()) << made.status().to_string();
    return made.ok() ? *made : std::shared_ptr<const Coder>();
  }();
  return coder;
}

}  // namespace parley::testing
