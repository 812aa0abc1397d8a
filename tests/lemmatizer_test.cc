#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace parley::syntax {
namespace {

const char* const kWordNet = "/usr/share/wordnet";

std::shared_ptr<const Lemmatizer> load_or_null() {
  if (!std::filesystem::exists(std::string(kWordNet) + "/index.verb")) return nullptr;
  auto loaded = Lemmatizer::load(kWordNet);
  EXPECT_TRUE(loaded.ok()) << loaded.status().to_string();
  return loaded.ok() ? *loaded : nullptr;
}

#define SKIP_WITHOUT_WORDNET(lemmatizer)                                                  \
  if (!(lemmatizer)) GTEST_SKIP() << "WordNet not installed at " << kWordNet             \
                                  << " (Debian package wordnet-base); lemmatiser tests skipped"

struct Case {
  const char* word;
  const char* upos;
  const char* lemma;
};

TEST(Lemmatizer, VerbsNounsAndAdjectives) {
  const auto lemmatizer = load_or_null();
  SKIP_WITHOUT_WORDNET(lemmatizer);
  const Case cases[] = {
      // Irregular verbs (verb.exc).
      {"said", "VERB", "say"},        {"met", "VERB", "meet"},         {"held", "VERB", "hold"},
      {"sought", "VERB", "seek"},     {"paid", "VERB", "pay"},         {"stood", "VERB", "stand"},
      {"fled", "VERB", "flee"},       {"was", "AUX", "be"},            {"were", "AUX", "be"},
      {"has", "AUX", "have"},         {"had", "AUX", "have"},          {"did", "AUX", "do"},
      {"went", "VERB", "go"},         {"gave", "VERB", "give"},        {"took", "VERB", "take"},
      {"made", "VERB", "make"},       {"told", "VERB", "tell"},        {"began", "VERB", "begin"},
      {"signed", "VERB", "sign"},     {"brought", "VERB", "bring"},    {"fought", "VERB", "fight"},
      {"struck", "VERB", "strike"},   {"spoke", "VERB", "speak"},      {"spoken", "VERB", "speak"},
      {"wrote", "VERB", "write"},     {"sent", "VERB", "send"},        {"led", "VERB", "lead"},
      {"won", "VERB", "win"},         {"lost", "VERB", "lose"},        {"shot", "VERB", "shoot"},
      {"left", "VERB", "leave"},      {"kept", "VERB", "keep"},        {"sold", "VERB", "sell"},
      {"drove", "VERB", "drive"},     {"chose", "VERB", "choose"},     {"arose", "VERB", "arise"},
      {"seized", "VERB", "seize"},    {"stopped", "VERB", "stop"},     {"planned", "VERB", "plan"},
      // Regular verbs (detachment rules checked against index.verb).
      {"thanked", "VERB", "thank"},   {"briefed", "VERB", "brief"},    {"condemned", "VERB", "condemn"},
      {"visited", "VERB", "visit"},   {"discussed", "VERB", "discuss"}, {"agreed", "VERB", "agree"},
      {"hoped", "VERB", "hope"},      {"hoping", "VERB", "hope"},      {"making", "VERB", "make"},
      {"talks", "VERB", "talk"},      {"watches", "VERB", "watch"},    {"goes", "VERB", "go"},
      {"tries", "VERB", "try"},       {"carried", "VERB", "carry"},    {"used", "VERB", "use"},
      {"meeting", "VERB", "meet"},    {"bringing", "VERB", "bring"},   {"needed", "VERB", "need"},
      {"proceeded", "VERB", "proceed"}, {"urged", "VERB", "urge"},     {"called", "VERB", "call"},
      {"Welcomed", "VERB", "welcome"}, {"re-elected", "VERB", "re-elect"},
      // Not in WordNet: spelling heuristics.
      {"tweeted", "VERB", "tweet"},   {"googling", "VERB", "google"},
      // Nouns.
      {"crises", "NOUN", "crisis"},   {"talks", "NOUN", "talk"},       {"countries", "NOUN", "country"},
      {"ministers", "NOUN", "minister"}, {"women", "NOUN", "woman"},   {"children", "NOUN", "child"},
      {"men", "NOUN", "man"},         {"statesmen", "NOUN", "statesman"}, {"boxes", "NOUN", "box"},
      {"buses", "NOUN", "bus"},       {"ties", "NOUN", "tie"},         {"analyses", "NOUN", "analysis"},
      {"relations", "NOUN", "relation"}, {"sanctions", "NOUN", "sanction"}, {"glass", "NOUN", "glass"},
      {"crisis", "NOUN", "crisis"},   {"news", "NOUN", "news"},        {"series", "NOUN", "series"},
      {"data", "NOUN", "data"},       {"Ministries", "NOUN", "ministry"}, {"policies", "NOUN", "policy"},
      // Adjectives and adverbs.
      {"better", "ADJ", "good"},      {"worse", "ADJ", "bad"},         {"larger", "ADJ", "large"},
      {"bigger", "ADJ", "big"},       {"greatest", "ADJ", "great"},    {"modest", "ADJ", "modest"},
      {"former", "ADJ", "former"},    {"later", "ADV", "late"},        {"earlier", "ADV", "early"},
      // Closed classes and clitics.
      {"'s", "AUX", "be"},            {"n't", "PART", "not"},          {"ca", "AUX", "can"},
      {"them", "PRON", "they"},       {"an", "DET", "a"},              {"might", "AUX", "might"},
      // Names keep their form, lower-cased; plural demonyms lose the -s.
      {"Iran", "PROPN", "iran"},      {"Paris", "PROPN", "paris"},     {"Americans", "PROPN", "american"},
      {"The", "DET", "the"},          {",", "PUNCT", ","},
  };
  ASSERT_GE(std::size(cases), 80u);
  for (const Case& c : cases) EXPECT_EQ(lemmatizer->lemma(c.word, c.upos), c.lemma) << c.word << "/" << c.upos;
}

TEST(Lemmatizer, OddInputDoesNotBreakIt) {
  const auto lemmatizer = load_or_null();
  SKIP_WITHOUT_WORDNET(lemmatizer);
  EXPECT_EQ(lemmatizer->lemma("", "VERB"), "");
  EXPECT_EQ(lemmatizer->lemma("-", "VERB"), "-");
  EXPECT_EQ(lemmatizer->lemma("ed", "VERB"), "ed");
  EXPECT_EQ(lemmatizer->lemma("s", "NOUN"), "s");
  const std::string long_word(500, 'x');
  EXPECT_EQ(lemmatizer->lemma(long_word + "ed", "VERB"), long_word + "ed");
  EXPECT_EQ(lemmatizer->lemma("Türkiye", "PROPN"), "türkiye");
  EXPECT_EQ(lemmatizer->lemma("a--b-", "NOUN"), "a--b-");
}

TEST(Lemmatizer, WordClassesAreWordNetsAmbiguityClasses) {
  const auto lemmatizer = load_or_null();
  SKIP_WITHOUT_WORDNET(lemmatizer);
  using L = Lemmatizer;
  struct ClassCase {
    const char* word;
    std::uint16_t must_have, must_lack;
  };
  const ClassCase cases[] = {
      // Inflections found by the detachment rules, for each part of speech the stem has.
      {"talks", L::kNounPlural | L::kVerbPresent3, L::kVerbPast},
      {"Talks", L::kNounPlural | L::kVerbPresent3, 0},
      {"talk", L::kNounLemma | L::kVerbLemma, L::kNounPlural},
      {"boxes", L::kNounPlural, 0},
      {"countries", L::kNounPlural, L::kVerbPresent3},
      {"denied", L::kVerbPast, L::kNounLemma},
      {"condemned", L::kVerbPast, L::kVerbIng},
      {"hoping", L::kVerbIng, L::kVerbPast},
      {"spokesmen", L::kNounPlural, 0},
      {"larger", L::kAdjGraded, L::kVerbPast},
      {"greatest", L::kAdjGraded, 0},
      // Exception lists: irregular forms.
      {"met", L::kVerbPast, L::kVerbIng},
      {"went", L::kVerbPast, 0},
      {"crises", L::kNounPlural, L::kVerbPresent3},
      {"worse", L::kAdjGraded, 0},
      // Lemmas of the indexes.
      {"quickly", L::kAdvLemma, L::kNounLemma},
      {"bilateral", L::kAdjLemma, L::kVerbLemma},
      // Too short for the rules: "ed" and "s" are nouns in WordNet, not inflections.
      {"ed", L::kNounLemma, L::kVerbPast},
      {"s", L::kNounLemma, L::kNounPlural | L::kVerbPresent3},
  };
  for (const ClassCase& c : cases) {
    const std::uint16_t classes = lemmatizer->word_classes(c.word);
    EXPECT_EQ(classes & c.must_have, c.must_have) << c.word << ": " << classes;
    EXPECT_EQ(classes & c.must_lack, 0) << c.word << ": " << classes;
  }
  // Function words, names WordNet lacks and odd input have no class.
  for (const char* word : {"the", "of", "", "-", "Amir-Abdollahian", "2023"})
    EXPECT_EQ(lemmatizer->word_classes(word), 0) << word;
  EXPECT_EQ(lemmatizer->word_classes(std::string(500, 'x') + "ed"), 0);
}

TEST(Lemmatizer, MissingDirectoryIsAnError) {
  auto loaded = Lemmatizer::load("/nonexistent/wordnet");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
  EXPECT_NE(loaded.status().to_string().find("/nonexistent/wordnet"), std::string::npos);
}

}  // namespace
}  // namespace parley::syntax
