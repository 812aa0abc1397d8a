// Who was what on which day: tables of (name as written in news, date, expected CAMEO code) in
// tests/data/actor_facts/*.tsv, resolved through the real dictionary loader and matcher exactly as
// the coder resolves a name. Transitions are tested on both sides (the day before and the day after a
// change of office). The facts are our own, from public record.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/lookup.h"
#include "test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct Fact {
  std::string where;
  std::string phrase;
  std::string date;
  std::string code;
};

std::vector<Fact> load_facts() {
  std::vector<Fact> facts;
  const fs::path dir = fs::path(testing::source_dir()) / "tests/data/actor_facts";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      std::stringstream fields(line);
      Fact f;
      f.where = file.filename().string() + ":" + std::to_string(number);
      std::getline(fields, f.phrase, '\t');
      std::getline(fields, f.date, '\t');
      std::getline(fields, f.code, '\t');
      facts.push_back(f);
    }
  }
  return facts;
}

TEST(ActorFacts, NamesResolveToTheOfficeHeldOnTheDay) {
  auto lexicon = Lexicon::load_directory(testing::source_dir() + "/data");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  const std::vector<Fact> facts = load_facts();
  EXPECT_GE(facts.size(), 300u) << "at least 300 facts across all continents";
  int wrong = 0;
  for (const Fact& f : facts) {
    const auto date = Date::parse_iso(f.date);
    ASSERT_TRUE(date.has_value()) << f.where << ": bad date " << f.date;
    std::string got = "(no match)";
    for (const auto& hit : lexicon_internal::lookup_phrase((*lexicon)->compiled(), f.phrase, date)) {
      if (hit.whole && !hit.agent && !hit.code.empty()) {
        got = hit.code;
        break;
      }
    }
    if (got != f.code) ++wrong;
    EXPECT_EQ(got, f.code) << f.where << ": " << f.phrase << " on " << f.date;
  }
  std::printf("actor facts: %zu checked, %d wrong\n", facts.size(), wrong);
}

}  // namespace
}  // namespace parley
