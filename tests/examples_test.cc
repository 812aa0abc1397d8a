// End to end over examples/: every document read, coded, and compared with the events a careful
// human coder records (tests/data/examples_expected.tsv, at root level). Prints what it missed and
// what it added; fails when recall or precision fall below the floor.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "io/reader.h"
#include "test_support.h"

namespace parley {
namespace {

struct Expected {
  std::string doc;
  int sentence = 0;
  std::set<std::string> sources, targets, roots;
  bool matched = false;
};

std::set<std::string> alternatives(const std::string& field) {
  std::set<std::string> out;
  std::stringstream in(field);
  std::string item;
  while (std::getline(in, item, '|')) out.insert(item);
  return out;
}

std::vector<Expected> load_expected() {
  std::vector<Expected> rows;
  std::stringstream in(testing::read_file(testing::source_dir() + "/tests/data/examples_expected.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream fields(line);
    std::string doc, sentence, source, target, root;
    std::getline(fields, doc, '\t');
    std::getline(fields, sentence, '\t');
    std::getline(fields, source, '\t');
    std::getline(fields, target, '\t');
    std::getline(fields, root, '\t');
    rows.push_back({doc, std::stoi(sentence), alternatives(source), alternatives(target), alternatives(root)});
  }
  return rows;
}

TEST(Examples, CodeAsACarefulHumanCoderDoes) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  std::vector<Expected> expected = load_expected();
  ASSERT_GE(expected.size(), 100u);

  std::vector<CodedDocument> coded;
  auto state = coder->new_state();
  std::vector<std::string> problems;
  auto summary = io::read_documents(
      {testing::source_dir() + "/examples"}, {}, false,
      [&](Document&& doc) { coded.push_back(coder->code(std::move(doc), *state)); },
      [&](const Status& s) { problems.push_back(s.to_string()); });
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(summary.documents, 17u) << "14 readouts and 3 wire items";

  std::set<std::string> docs;
  for (const Expected& e : expected) docs.insert(e.doc);
  int produced = 0, correct = 0;
  std::string extras;
  for (const CodedDocument& d : coded) {
    EXPECT_TRUE(d.document.date.has_value()) << d.document.id << " has no date";
    EXPECT_TRUE(docs.count(d.document.id)) << "no expectations for " << d.document.id;
    std::set<std::string> seen;  // one count per (sentence, dyad, root)
    for (const Event& ev : d.events) {
      const std::string src = ev.source ? ev.source->code : "-";
      const std::string tgt = ev.target ? ev.target->code : "-";
      if (ev.negated) continue;
      if (!seen.insert(std::to_string(ev.sentence) + src + tgt + ev.root).second) continue;
      ++produced;
      bool ok = false;
      for (Expected& e : expected) {
        if (e.doc == d.document.id && e.sentence == ev.sentence && e.sources.count(src) && e.targets.count(tgt) &&
            e.roots.count(ev.root)) {
          e.matched = true;
          ok = true;
        }
      }
      if (ok) ++correct;
      else extras += "  + " + d.document.id + " " + std::to_string(ev.sentence) + " " + src + " " + tgt + " " + ev.code + "\n";
    }
  }
  int found = 0;
  std::string misses;
  for (const Expected& e : expected) {
    if (e.matched) ++found;
    else misses += "  - " + e.doc + " " + std::to_string(e.sentence) + " " + *e.sources.begin() + " " +
                   *e.targets.begin() + " " + *e.roots.begin() + "\n";
  }
  const double recall = static_cast<double>(found) / expected.size();
  const double precision = produced ? static_cast<double>(correct) / produced : 0.0;
  std::printf("examples: recall %.3f (%d of %zu), precision %.3f (%d of %d)\n", recall, found, expected.size(),
              precision, correct, produced);
  // Floors about five points below what the default coder measures (recall 0.984, precision 0.992),
  // to catch regressions.
  EXPECT_GE(recall, 0.93) << "missed:\n" << misses;
  EXPECT_GE(precision, 0.94) << "not expected:\n" << extras;
  std::printf("missed:\n%s", misses.c_str());
  std::printf("not expected:\n%s", extras.c_str());
}

}  // namespace
}  // namespace parley
