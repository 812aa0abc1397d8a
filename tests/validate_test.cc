// The PLOVER gold-standard scorer, on records written here with known answers.
#include <gtest/gtest.h>

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
