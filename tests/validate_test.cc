// The PLOVER gold-standard scorer, on records written here with known answers.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "test_support.h"
#include "validate/case2021.h"
#include "validate/plover_gsr.h"

namespace parley {
namespace {

std::shared_ptr<const Coder> small_coder() {
  auto lexicon = Lexicon::from_sources(
      {{DictionaryKind::kActors, "t.actors", "China => CHN\nIran => IRN\nRussia => RUS\nUkraine => UKR\n"},
       {DictionaryKind::kVerbs, "t.verbs", "111: condemn $T\n040: exchange views\n1712: demolish ... in $T\n"}});
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  auto coder = Coder::create(*lexicon, {});
  EXPECT_TRUE(coder.ok()) << coder.status().to_string();
  return coder.ok() ? *coder : nullptr;
}

TEST(PloverGsr, ScoresTriplesAndTypes) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = small_coder();
  ASSERT_TRUE(coder);
  auto score = validate::score_plover_gsr(*coder, testing::source_dir() + "/tests/data/plover_gsr_small.json");
  ASSERT_TRUE(score.ok()) << score.status().to_string();
  EXPECT_EQ(score->records, 4);
  // Gold triples: RUS UKR DISAPPROVE; CHN - CONSULT; IRN - CONSULT; IRN CHN SUPPORT; RUS UKR COERCE
  // (mode destroy).
  EXPECT_EQ(score->triples.gold, 5);
  // parley: RUS UKR DISAPPROVE; CHN IRN CONSULT; IRN CHN CONSULT (the joint act both ways); RUS UKR
  // ASSAULT (1712, destroy).
  EXPECT_EQ(score->triples.predicted, 4);
  // DISAPPROVE in the gold is today's ACCUSE, and COERCE's destroy mode today's ASSAULT's; the
  // no-target gold triples match either direction.
  EXPECT_EQ(score->triples.matched_gold, 4);
  EXPECT_EQ(score->triples.matched_predicted, 4);
  EXPECT_DOUBLE_EQ(score->triples.recall(), 0.8);
  EXPECT_EQ(score->types.gold, 4);
  EXPECT_EQ(score->types.matched_gold, 3);
  EXPECT_EQ(score->misses.size(), 2u);  // t2 (different form, same meaning) and t3 (missed)
}

// The real gold records (the CAMEO manual's examples, in ../shared), with the shipped dictionaries
// and the default coder: a floor a few points below what it measures, so that a regression shows.
TEST(PloverGsr, ShippedCoderOnTheGoldRecords) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  const std::string path = testing::shared_dir() + "/research-data/plover/PLOVER_GSR_CAMEO.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (../shared not beside the clone)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  auto score = validate::score_plover_gsr(*coder, path);
  ASSERT_TRUE(score.ok()) << score.status().to_string();
  std::printf("PLOVER GSR: triples P %.3f R %.3f F1 %.3f; types F1 %.3f\n", score->triples.precision(),
              score->triples.recall(), score->triples.f1(), score->types.f1());
  EXPECT_EQ(score->records, 322);
  EXPECT_GE(score->triples.f1(), 0.65);  // measured 0.703 (P 0.718, R 0.687)
  EXPECT_GE(score->types.f1(), 0.75);    // measured 0.804
}

TEST(PloverGsr, BadFilesAreClearErrors) {
  auto coder = small_coder();
  ASSERT_TRUE(coder);
  auto missing = validate::score_plover_gsr(*coder, "/nonexistent/gsr.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().to_string().find("/nonexistent/gsr.json"), std::string::npos);
  auto not_json = validate::score_plover_gsr(*coder, testing::source_dir() + "/tests/data/examples_expected.tsv");
  ASSERT_FALSE(not_json.ok());
  EXPECT_NE(not_json.status().message().find("JSON"), std::string::npos);
}

// CASE 2021 snippets written here: one read (talks are diplomacy), one missed (a condemnation is no
// armed clash), one disaster with no event and one with an event (a false alarm), one type not scored.
TEST(Case2021, CountsSnippetsReadAndFalseAlarms) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = small_coder();
  ASSERT_TRUE(coder);
  auto score = validate::score_case2021(*coder, testing::source_dir() + "/tests/data/case2021_small.tsv");
  ASSERT_TRUE(score.ok()) << score.status().to_string();
  EXPECT_EQ(score->snippets, 5);
  EXPECT_EQ(score->scored.snippets, 2);
  EXPECT_EQ(score->scored.read, 1);
  EXPECT_EQ(score->no_event.snippets, 2);
  EXPECT_EQ(score->no_event.read, 1);
  EXPECT_EQ(score->unscored, 1);
  EXPECT_EQ(score->by_type["DIPLO"].read, 1);
  EXPECT_EQ(score->by_type["ARMED_CLASH"].read, 0);
  ASSERT_EQ(score->misses.size(), 1u);
  EXPECT_EQ(score->misses[0].rfind("2\tARMED_CLASH\t111\t", 0), 0u) << score->misses[0];
}

TEST(Case2021, BadFilesAreClearErrors) {
  auto coder = small_coder();
  ASSERT_TRUE(coder);
  auto missing = validate::score_case2021(*coder, "/nonexistent/case.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().to_string().find("/nonexistent/case.tsv"), std::string::npos);
  auto no_header = validate::score_case2021(*coder, testing::source_dir() + "/tests/data/examples_expected.tsv");
  ASSERT_FALSE(no_header.ok());
  EXPECT_NE(no_header.status().to_string().find(":1"), std::string::npos);
  const std::string path = ::testing::TempDir() + "/case2021_bad.tsv";
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("id\tEventSnippet\tSubType\n1\tRussia condemned Ukraine.\tDIPLO\n2\tno type here\n", f);
    std::fclose(f);
  }
  auto short_row = validate::score_case2021(*coder, path);
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.status().to_string().find("case2021_bad.tsv:3"), std::string::npos)
      << short_row.status().to_string();
  std::remove(path.c_str());
}

// The real snippets (in ../shared), with the shipped coder: floors below what it measures.
TEST(Case2021, ShippedCoderOnRealNewsSnippets) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  const std::string path =
      testing::shared_dir() + "/research-data/case-2021/task2_test_set_final_release_with_labels.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (../shared not beside the clone)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  auto score = validate::score_case2021(*coder, path);
  ASSERT_TRUE(score.ok()) << score.status().to_string();
  std::printf("CASE 2021: read %.3f of %ld scored snippets; false alarms %.3f of %ld disasters\n",
              score->scored.rate(), score->scored.snippets, score->no_event.rate(), score->no_event.snippets);
  EXPECT_EQ(score->snippets, 1019);
  EXPECT_GE(score->scored.rate(), 0.54);    // measured 0.590
  EXPECT_LE(score->no_event.rate(), 0.16);  // measured 0.101
}

}  // namespace
}  // namespace parley
