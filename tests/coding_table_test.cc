// A table test of the default coder: 200+ sentences written for this test, each with the full set
// of events a careful human CAMEO coder records (tests/data/coding_table.tsv, format in its header).
// Every item is coded with the shipped dictionaries and default options, and its events are compared
// with the expected set at two levels: the exact CAMEO code and its root (first two digits). Prints
// the items that are not exactly right at root level (id, expected, got) and the figures; fails when
// root-level precision, recall or the share of exactly right items fall below the floors.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace parley {
namespace {

// One event of the table: alternatives for source, target and code, and the two flags.
struct ExpectedEvent {
  std::set<std::string> sources, targets;
  std::vector<std::string> codes;  // the first is the preferred reading
  bool negated = false, hypothetical = false;
};

struct Item {
  int line = 0;
  std::string id, date, text, expected_field;
  std::vector<ExpectedEvent> expected;
};

// What the coder produced, reduced to what the table compares.
struct Predicted {
  std::string source, target, code;
  bool negated = false, hypothetical = false;
  auto operator<=>(const Predicted&) const = default;
};

std::vector<std::string> split(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t at = text.find(sep, start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + sep.size();
  }
}

bool is_code(const std::string& code) {
  if (code.size() < 3 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

// Parses "SRC TGT CODE [neg] [hyp]"; returns false (with `why`) when malformed.
bool parse_event(const std::string& text, ExpectedEvent& out, std::string& why) {
  std::stringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 3) {
    why = "an event needs SOURCE TARGET CODE: '" + text + "'";
    return false;
  }
  for (const std::string& s : split(words[0], "|")) out.sources.insert(s);
  for (const std::string& t : split(words[1], "|")) out.targets.insert(t);
  out.codes = split(words[2], "|");
  for (const std::string& c : out.codes) {
    if (!is_code(c)) {
      why = "not a CAMEO code: '" + c + "'";
      return false;
    }
  }
  for (std::size_t i = 3; i < words.size(); ++i) {
    if (words[i] == "neg") out.negated = true;
    else if (words[i] == "hyp") out.hypothetical = true;
    else {
      why = "unknown flag '" + words[i] + "'";
      return false;
    }
  }
  return true;
}

// Loads the table; a malformed line is reported (with its line number) as a test failure.
std::vector<Item> load_table() {
  std::vector<Item> items;
  std::stringstream in(testing::read_file(testing::source_dir() + "/tests/data/coding_table.tsv"));
  std::string line;
  int number = 0;
  std::set<std::string> ids;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = split(line, "\t");
    if (fields.size() != 4) {
      ADD_FAILURE() << "coding_table.tsv:" << number << ": expected 4 tab-separated fields, got " << fields.size();
      continue;
    }
    Item item{number, fields[0], fields[1], fields[2], fields[3], {}};
    if (!Date::parse_iso(item.date)) {
      ADD_FAILURE() << "coding_table.tsv:" << number << ": bad date '" << item.date << "'";
      continue;
    }
    if (item.text.empty() || !ids.insert(item.id).second) {
      ADD_FAILURE() << "coding_table.tsv:" << number << ": empty text or duplicate id '" << item.id << "'";
      continue;
    }
    bool ok = true;
    if (!item.expected_field.empty() && item.expected_field != "none") {
      for (const std::string& text : split(item.expected_field, " ; ")) {
        ExpectedEvent ev;
        std::string why;
        if (!parse_event(text, ev, why)) {
          ADD_FAILURE() << "coding_table.tsv:" << number << ": " << why;
          ok = false;
          break;
        }
        item.expected.push_back(std::move(ev));
      }
    }
    if (ok) items.push_back(std::move(item));
  }
  return items;
}

// Whether a predicted event matches an expected one: actors among the alternatives, flags equal, and
// the code equal to one alternative (exact) or in the same root as one (root level).
bool matches(const ExpectedEvent& e, const Predicted& p, bool root_only) {
  if (!e.sources.count(p.source) || !e.targets.count(p.target)) return false;
  if (e.negated != p.negated || e.hypothetical != p.hypothetical) return false;
  for (const std::string& c : e.codes) {
    if (root_only ? c.compare(0, 2, p.code, 0, 2) == 0 : c == p.code) return true;
  }
  return false;
}

std::string describe(const Predicted& p) {
  std::string out = p.source + " " + p.target + " " + p.code;
  if (p.negated) out += " neg";
  if (p.hypothetical) out += " hyp";
  return out;
}

struct Score {
  int predicted = 0, predicted_right = 0, expected = 0, expected_found = 0;
  double precision() const { return predicted ? static_cast<double>(predicted_right) / predicted : 0.0; }
  double recall() const { return expected ? static_cast<double>(expected_found) / expected : 0.0; }
};

TEST(CodingTable, Structure) {
  std::vector<Item> items = load_table();
  EXPECT_GE(items.size(), 200u);
  std::array<int, 21> items_with_root{};  // items whose expected set has an event of the root
  int empty = 0;
  for (const Item& item : items) {
    if (item.expected.empty()) ++empty;
    std::set<int> roots;
    for (const ExpectedEvent& e : item.expected) roots.insert(std::stoi(e.codes.front().substr(0, 2)));
    for (int r : roots) {
      ASSERT_TRUE(r >= 1 && r <= 20) << item.id;
      ++items_with_root[r];
    }
  }
  for (int r = 1; r <= 20; ++r) EXPECT_GE(items_with_root[r], 6) << "too few items with an event of root " << r;
  EXPECT_GE(empty, 10) << "too few items that should yield no event";
}

TEST(CodingTable, DefaultCoderAgreesWithHumanCoder) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  std::vector<Item> items = load_table();
  ASSERT_FALSE(items.empty());
  auto state = coder->new_state();

  Score code_level, root_level;
  int exact_items = 0;
  std::string failures;
  for (const Item& item : items) {
    Document doc;
    doc.id = item.id;
    doc.date = Date::parse_iso(item.date);
    doc.text = item.text;
    CodedDocument coded = coder->code(std::move(doc), *state);
    std::set<Predicted> predicted;  // the same event from two sentences or patterns counts once
    for (const Event& ev : coded.events) {
      predicted.insert({ev.source ? ev.source->code : "-", ev.target ? ev.target->code : "-", ev.code, ev.negated,
                        ev.modality == Modality::kHypothetical});
    }
    bool item_exact = true;
    for (bool root_only : {false, true}) {
      Score& score = root_only ? root_level : code_level;
      for (const Predicted& p : predicted) {
        bool right = false;
        for (const ExpectedEvent& e : item.expected) right = right || matches(e, p, root_only);
        ++score.predicted;
        if (right) ++score.predicted_right;
        else if (root_only) item_exact = false;
      }
      for (const ExpectedEvent& e : item.expected) {
        bool found = false;
        for (const Predicted& p : predicted) found = found || matches(e, p, root_only);
        ++score.expected;
        if (found) ++score.expected_found;
        else if (root_only) item_exact = false;
      }
    }
    if (item_exact) {
      ++exact_items;
      continue;
    }
    std::string got;
    for (const Predicted& p : predicted) got += (got.empty() ? "" : " ; ") + describe(p);
    failures += item.id + "\t" + (item.expected.empty() ? "none" : item.expected_field) + "\n\t\tgot: " +
                (got.empty() ? "none" : got) + "\n";
  }
  const double exact_share = static_cast<double>(exact_items) / items.size();
  std::printf("coding table: items not exactly right at root level (id, expected, got):\n%s", failures.c_str());
  std::printf("coding table: %zu items, %d exactly right at root level (%.3f)\n", items.size(), exact_items,
              exact_share);
  std::printf("  root level: precision %.3f (%d of %d), recall %.3f (%d of %d)\n", root_level.precision(),
              root_level.predicted_right, root_level.predicted, root_level.recall(), root_level.expected_found,
              root_level.expected);
  std::printf("  code level: precision %.3f (%d of %d), recall %.3f (%d of %d)\n", code_level.precision(),
              code_level.predicted_right, code_level.predicted, code_level.recall(), code_level.expected_found,
              code_level.expected);
  // Floors about five points below what the default (parsed) coder measures (see the comment on
  // each; code level: precision 0.769, recall 0.725; the shallow coder measured root precision
  // 0.538, recall 0.409, exact 0.347 when the table was written), so that a regression fails the
  // test. Raise them as the coder improves.
  EXPECT_GE(root_level.precision(), 0.81);  // measured 0.861 (583 of 677)
  EXPECT_GE(root_level.recall(), 0.76);     // measured 0.810 (580 of 716)
  EXPECT_GE(exact_share, 0.71);             // measured 0.758 (382 of 504)
}

}  // namespace
}  // namespace parley
