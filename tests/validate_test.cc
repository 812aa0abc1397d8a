// The PLOVER gold-standard scorer, on records written here with known answers.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "test_support.h"
#include "validate/plover_gsr.h"

namespace parley {
namespace {

std::shared_ptr<const Coder> small_coder() {
  auto lexicon = Lexicon::from_sources(
      {{DictionaryKind::kActors, "t.actors", "China => CHN\nIran => IRN\nRussia => RUS\nUkraine => UKR\n"},
       {DictionaryKind::kVerbs, "t.verbs", "111: condemn $T\n040: exchange views\n"}});
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
  EXPECT_EQ(score->records, 3);
  // Gold triples: RUS UKR DISAPPROVE; CHN - CONSULT; IRN - CONSULT; IRN CHN SUPPORT.
  EXPECT_EQ(score->triples.gold, 4);
  // parley: RUS UKR DISAPPROVE; CHN IRN CONSULT; IRN CHN CONSULT (the joint act both ways).
  EXPECT_EQ(score->triples.predicted, 3);
  // DISAPPROVE in the gold is today's ACCUSE; the no-target gold triples match either direction.
  EXPECT_EQ(score->triples.matched_gold, 3);
  EXPECT_EQ(score->triples.matched_predicted, 3);
  EXPECT_DOUBLE_EQ(score->triples.recall(), 0.75);
  EXPECT_EQ(score->types.gold, 3);
  EXPECT_EQ(score->types.matched_gold, 2);
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
  EXPECT_GE(score->triples.f1(), 0.45);  // measured 0.499 (P 0.513, R 0.485)
  EXPECT_GE(score->types.f1(), 0.60);    // measured 0.660
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

}  // namespace
}  // namespace parley
