// Lemmatiser: WordNet's exception lists and lemma index (Debian's wordnet-base, /usr/share/wordnet)
// plus English suffix rules, POS-aware. Immutable after load; lemma() is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley::syntax {

class Lemmatizer {
 public:
  // Reads {verb,noun,adj,adv}.exc and index.{verb,noun,adj,adv} from `wordnet_dir`.
  static Result<std::shared_ptr<const Lemmatizer>> load(const std::string& wordnet_dir = "/usr/share/wordnet");

  // The lower-case lemma of `word` for the UD tag `upos` ("VERB", "AUX", "NOUN", "PROPN", "ADJ",
  // "ADV", others returned lower-cased). "met"/VERB -> "meet"; "crises"/NOUN -> "crisis";
  // "has"/AUX -> "have"; "talks"/NOUN -> "talk".
  std::string lemma(std::string_view word, std::string_view upos) const;

  // What WordNet says `word` (any case) can be, as a bitmask of the classes below: a lemma of its
  // noun/verb/adjective/adverb index, or an inflection of one, found through the exception lists
  // or morphy's detachment rules. "talks" -> kNounPlural | kVerbPresent3; "met" -> kVerbPast
  // (verb.exc); "crises" -> kNounPlural (noun.exc); "larger" -> kAdjGraded; "the" -> 0. The tagger
  // uses it as an ambiguity class for words the treebank never showed it. A few hash look-ups.
  enum WordClass : std::uint16_t {
    kNounLemma = 1 << 0,
    kNounPlural = 1 << 1,
    kVerbLemma = 1 << 2,
    kVerbPresent3 = 1 << 3,  // -s
    kVerbPast = 1 << 4,      // -ed and irregular past forms and participles
    kVerbIng = 1 << 5,
    kAdjLemma = 1 << 6,
    kAdjGraded = 1 << 7,  // -er, -est
    kAdvLemma = 1 << 8,
  };
  std::uint16_t word_classes(std::string_view word) const;

  struct Tables;
  explicit Lemmatizer(std::unique_ptr<Tables> tables);
  ~Lemmatizer();

 private:
  std::unique_ptr<Tables> tables_;
};

}  // namespace parley::syntax
