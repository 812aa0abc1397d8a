// Training the syntax model from CoNLL-U treebanks (tools/parley_train.cc drives it; tests use it on
// a handful of sentences). Deterministic for a given seed. Internal.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <vector>

#include "parley/status.h"
#include "syntax/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/syntax.h"

namespace parley::syntax {

struct TrainOptions {
  int tagger_epochs = 12;
  int parser_epochs = 15;
  std::uint64_t seed = 1;
  // Folds for jack-knife tagging of the training data before the parser is trained on it (0: the
  // parser trains on gold tags).
  int jackknife_folds = 0;
  int tagger_bits = 19, upos_bits = 18, parser_bits = 21, labeller_bits = 18;
  // Averaged weights smaller than this are dropped from the model file.
  float prune = 0.05f;
  // Dictionary of unambiguous words: at least this many occurrences, one tag in >= 99.5% of them.
  int dictionary_min_count = 20;
  std::ostream* log = nullptr;  // progress lines, when set
};

// Trains tagger, parser and labeller on `train`, selecting each one's best epoch on `dev` (when
// `dev` is empty, the last epoch is kept). `lemmatizer` may be null.
Result<std::shared_ptr<const SyntaxModel>> train_syntax_model(const std::vector<ConlluSentence>& train,
                                                              const std::vector<ConlluSentence>& dev,
                                                              const TrainOptions& options,
                                                              std::shared_ptr<const Lemmatizer> lemmatizer);

}  // namespace parley::syntax
