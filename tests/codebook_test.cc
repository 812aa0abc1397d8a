#include "parley/codebook.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace parley {
namespace {

// CAMEO 1.1b3 as published (ICEWS table, CAMEO manual): 20 roots and 292 three- and four-digit codes.
constexpr std::size_t kCameoCodeCount = 312;

TEST(Codebook, HasEveryCameoCodeOnceInOrder) {
  const auto all = Codebook::cameo().all();
  ASSERT_EQ(all.size(), kCameoCodeCount);
  std::size_t roots = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].code.size() == 2) ++roots;
    if (i > 0) EXPECT_LT(all[i - 1].code, all[i].code);
  }
  EXPECT_EQ(roots, 20u);
}

TEST(Codebook, SpotValues) {
  struct Case { const char* code; const char* name; int root; int quad; double goldstein; };
  const Case cases[] = {
      {"01", "MAKE PUBLIC STATEMENT", 1, 1, 0.0},
      {"010", "Make statement", 1, 1, 0.0},
      {"016", "Deny responsibility", 1, 1, -2.0},  // GDELT value, not ICEWS's -5
      {"020", "Make an appeal or request", 2, 1, 3.0},
      {"022", "Appeal for diplomatic cooperation (such as policy support)", 2, 1, 3.2},
      {"0311", "Express intent to cooperate economically", 3, 1, 5.2},
      {"036", "Express intent to meet or negotiate", 3, 1, 4.0},
      {"041", "Discuss by telephone", 4, 1, 1.0},
      {"042", "Make a visit", 4, 1, 1.9},
      {"044", "Meet at a 'third' location", 4, 1, 2.5},
      {"051", "Praise or endorse", 5, 1, 3.4},
      {"057", "Sign formal agreement", 5, 1, 8.0},
      {"061", "Cooperate economically", 6, 2, 6.4},
      {"0871", "Declare truce, ceasefire", 8, 2, 9.0},
      {"101", "Demand material cooperation", 10, 3, -5.0},
      {"105", "Demand that target yields", 10, 3, -5.0},
      {"106", "Demand meeting, negotiation", 10, 3, -5.0},
      {"107", "Demand settling of dispute", 10, 3, -5.0},
      {"108", "Demand mediation", 10, 3, -5.0},
      {"111", "Criticize or denounce", 11, 3, -2.0},
      {"112", "Accuse", 11, 3, -2.0},
      {"116", "Find guilty or liable (legally)", 11, 3, -2.0},
      {"1213", "Reject judicial cooperation", 12, 3, -4.0},  // missing from GDELT: parent 121's value
      {"164", "Halt negotiations", 16, 4, -7.0},
      {"165", "Halt mediation", 16, 4, -6.5},
      {"173", "Arrest, detain, or charge with legal action", 17, 4, -5.0},
      {"190", "Use conventional military force", 19, 4, -10.0},
      {"193", "Fight with small arms and light weapons", 19, 4, -10.0},
      {"2042", "Detonate nuclear weapons", 20, 4, -10.0},
  };
  for (const Case& c : cases) {
    const EventCode* e = Codebook::cameo().find(c.code);
    ASSERT_NE(e, nullptr) << c.code;
    EXPECT_EQ(e->code, c.code);
    EXPECT_EQ(e->name, c.name) << c.code;
    EXPECT_EQ(e->root, c.root) << c.code;
    EXPECT_EQ(e->quad, c.quad) << c.code;
    EXPECT_DOUBLE_EQ(e->goldstein, c.goldstein) << c.code;
  }
}

TEST(Codebook, QuadClassFollowsGdeltRootConvention) {
  const std::map<std::string, int> spots = {{"042", 1}, {"061", 2}, {"112", 3}, {"193", 4},
                                            {"057", 1}, {"094", 2}, {"145", 3}, {"154", 4}};
  for (const auto& [code, quad] : spots) EXPECT_EQ(Codebook::cameo().find(code)->quad, quad) << code;
  for (const EventCode& e : Codebook::cameo().all()) {
    const int expected = e.root <= 5 ? 1 : e.root <= 9 ? 2 : e.root <= 14 ? 3 : 4;
    EXPECT_EQ(e.quad, expected) << e.code;
  }
}

TEST(Codebook, PloverCrosswalk) {
  struct Case { const char* code; const char* type; const char* mode; };
  const Case cases[] = {
      {"010", "", ""},                  // PLOVER drops public statements
      {"020", "REQUEST", ""},
      {"026", "REQUEST", "meet"},
      {"030", "AGREE", ""},
      {"036", "AGREE", ""},
      {"041", "CONSULT", "phone"},
      {"042", "CONSULT", "visit"},
      {"043", "CONSULT", "visit"},
      {"044", "CONSULT", "third-party"},
      {"046", "CONSULT", ""},
      {"051", "SUPPORT", ""},
      {"061", "COOPERATE", ""},
      {"073", "AID", ""},
      {"0831", "CONCEDE", ""},
      {"0841", "RETREAT", "release"},
      {"0871", "RETREAT", "ceasefire"},
      {"091", "ACCUSE", "investigate"},
      {"1053", "REQUEST", "yield"},
      {"111", "ACCUSE", "disapprove"},
      {"1123", "ACCUSE", "allege"},
      {"125", "REJECT", "meet"},
      {"1384", "THREATEN", "violence"},
      {"1411", "PROTEST", "demo"},
      {"154", "MOBILIZE", "troops"},
      {"163", "SANCTION", "discontinue"},
      {"173", "COERCE", "arrest"},
      {"181", "ASSAULT", "abduct"},
      {"195", "ASSAULT", "aerial"},
      {"2041", "ASSAULT", "unconventional"},
  };
  for (const Case& c : cases) {
    const EventCode* e = Codebook::cameo().find(c.code);
    ASSERT_NE(e, nullptr) << c.code;
    EXPECT_EQ(e->plover_type, c.type) << c.code;
    EXPECT_EQ(e->plover_mode, c.mode) << c.code;
  }
  // Every code outside root 01 has a PLOVER type, and a mode only with a type.
  for (const EventCode& e : Codebook::cameo().all()) {
    if (e.root != 1) EXPECT_FALSE(e.plover_type.empty()) << e.code;
    if (e.plover_type.empty()) EXPECT_TRUE(e.plover_mode.empty()) << e.code;
  }
}

TEST(Codebook, EveryCodeIsWellFormedAndHasItsParent) {
  for (const EventCode& e : Codebook::cameo().all()) {
    ASSERT_GE(e.code.size(), 2u);
    ASSERT_LE(e.code.size(), 4u);
    EXPECT_TRUE(std::all_of(e.code.begin(), e.code.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        << e.code;
    EXPECT_EQ(Codebook::root_string(e.code), e.code.substr(0, 2)) << e.code;
    EXPECT_EQ(std::stoi(std::string(e.code.substr(0, 2))), e.root) << e.code;
    EXPECT_GE(e.root, 1);
    EXPECT_LE(e.root, 20);
    EXPECT_GE(e.goldstein, -10.0) << e.code;
    EXPECT_LE(e.goldstein, 10.0) << e.code;
    EXPECT_FALSE(e.name.empty()) << e.code;
    if (e.code.size() > 2) {
      // 0311 -> 031 -> 03: each level's parent drops the last digit.
      const std::string_view parent = e.code.substr(0, e.code.size() - 1);
      EXPECT_NE(Codebook::cameo().find(parent), nullptr) << e.code << " has no parent " << parent;
    }
  }
  const EventCode* e = Codebook::cameo().find("0311");
  ASSERT_NE(e, nullptr);
  ASSERT_NE(Codebook::cameo().find("031"), nullptr);
  ASSERT_NE(Codebook::cameo().find("03"), nullptr);
}

TEST(Codebook, FindRejectsWhatIsNotACode) {
  const char* bad[] = {"", "0", "00", "21", "099", "1214", "155", "1951", "041 ", " 041", "41", "0410",
                       "abc", "04a"};
  for (const char* code : bad) EXPECT_EQ(Codebook::cameo().find(code), nullptr) << "'" << code << "'";
  // The pointer is stable: two lookups give the same row.
  EXPECT_EQ(Codebook::cameo().find("041"), Codebook::cameo().find(std::string("041")));
  EXPECT_EQ(&Codebook::cameo(), &Codebook::cameo());
}

TEST(Codebook, RootString) {
  struct Case { const char* code; const char* root; };
  const Case cases[] = {{"041", "04"}, {"0311", "03"}, {"20", "20"}, {"2042", "20"}, {"190", "19"},
                        {"", ""},      {"0", ""},        {"00", ""}, {"21", ""},     {"x1", ""}};
  for (const Case& c : cases) EXPECT_EQ(Codebook::root_string(c.code), c.root) << c.code;
}

// The shipped verb dictionaries may only use codes the codebook knows, and every root needs patterns.
// Lines are parsed here directly ("CODE: pattern | pattern") so this test does not depend on the
// lexicon loader.
TEST(Codebook, ShippedVerbDictionariesUseKnownCodesAndCoverEveryRoot) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(PARLEY_SOURCE_DIR) / "data" / "verbs";
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".verbs") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 20u) << "one .verbs file per CAMEO root";

  std::map<int, std::size_t> patterns_by_root;
  std::set<std::string> codes_used;
  std::size_t patterns = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    ASSERT_TRUE(in) << file;
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      const std::string where = file.filename().string() + ":" + std::to_string(line_number);
      const std::size_t hash = line.find('#');
      if (hash != std::string::npos && (hash == 0 || line[hash - 1] == ' ' || line[hash - 1] == '\t')) {
        line.erase(hash);
      }
      const auto first = line.find_first_not_of(" \t\r");
      if (first == std::string::npos) continue;
      const std::size_t colon = line.find(':');
      ASSERT_NE(colon, std::string::npos) << where << ": no 'CODE:'";
      std::string code = line.substr(first, colon - first);
      while (!code.empty() && code.back() == ' ') code.pop_back();
      // ("0831 RETREAT/resign:": a PLOVER type of the line's own after the code.)
      if (const std::size_t space = code.find(' '); space != std::string::npos) {
        const std::string type = code.substr(space + 1, code.find('/') == std::string::npos ? std::string::npos
                                                                                              : code.find('/') - space - 1);
        bool known = false;
        for (const EventCode& c : Codebook::cameo().all()) known |= c.plover_type == type;
        EXPECT_TRUE(known) << where << ": unknown PLOVER type '" << type << "'";
        code.erase(space);
      }
      const EventCode* e = Codebook::cameo().find(code);
      ASSERT_NE(e, nullptr) << where << ": unknown code '" << code << "'";
      // Each file holds one root: 04_consult.verbs only 04x codes.
      EXPECT_EQ(file.filename().string().substr(0, 2), Codebook::root_string(code)) << where;
      std::size_t alternatives = 1;
      const std::string body = line.substr(colon + 1);
      EXPECT_NE(body.find_first_not_of(" \t\r"), std::string::npos) << where << ": no pattern";
      for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '|') ++alternatives;
      }
      // '|' inside "(a/b)" is not used; alternatives there are written with '/'.
      patterns += alternatives;
      patterns_by_root[e->root] += alternatives;
      codes_used.insert(code);
    }
  }
  for (int root = 1; root <= 20; ++root) EXPECT_GT(patterns_by_root[root], 0u) << "root " << root;
  EXPECT_GE(patterns, 1200u);
  // Only the root rows (01 .. 20) may be left without patterns: events are coded at 3 or 4 digits.
  for (const EventCode& e : Codebook::cameo().all()) {
    if (e.code.size() > 2) EXPECT_TRUE(codes_used.count(std::string(e.code))) << e.code << " has no pattern";
  }
}

}  // namespace
}  // namespace parley
