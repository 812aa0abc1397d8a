// Lemmatiser: WordNet's exception lists and lemma index (Debian's wordnet-base, /usr/share/wordnet)
// plus English suffix rules, POS-aware. Immutable after load; lemma() is thread-safe.
#pragma once

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

  struct Tables;
  explicit Lemmatizer(std::unique_ptr<Tables> tables);
  ~Lemmatizer();

 private:
  std::unique_ptr<Tables> tables_;
};

}  // namespace parley::syntax
