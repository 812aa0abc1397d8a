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
  // Parser + labeller pairs trained one after another on differently shuffled data, each at its best
  // epoch on dev, whose averaged weights are averaged again into the model (parameter mixing: less
  // variance from the order of the data; the file and the speed stay those of one model).
  int parser_runs = 1;
  std::uint64_t seed = 1;
  // Folds for jack-knife tagging of the training data before the parser is trained on it (0: the
  // parser trains on gold tags).
  int jackknife_folds = 0;
  int tagger_bits = 19, upos_bits = 18, parser_bits = 21, labeller_bits = 18;
  // Averaged weights smaller than this are dropped from the model file.
  float prune = 0.05f;
  // The same for the parser's table when >= 0. Its averaged weights are counts of updates (mostly
  // whole numbers), so it can be pruned much harder than the others: at 1.0 the EWT model loses
  // 40% of its rows and nothing on dev.
  float parser_prune = -1.0f;
  // Dictionary of unambiguous words: at least this many occurrences, one tag in >= 99.5% of them.
  int dictionary_min_count = 20;
  // Join hyphenated compounds that the treebank splits ("long", "-", "term") into the one token
  // parley's tokeniser makes of them (join_hyphenated_compounds), in the training data only.
  bool join_hyphens = false;
  // Every Nth training sentence is tagged as if WordNet were absent (0: none), so that the tagger
  // also learns to do without WordNet's word classes when a model is loaded without WordNet.
  int wordnet_dropout = 0;
  std::ostream* log = nullptr;  // progress lines, when set
};

// EWT splits "long-term" and "China-Iran" into three words (SpaceAfter=No on the first two); parley's
// tokeniser (src/text/tokenizer.cc) keeps them whole. Returns the sentence with every such run
// "a - b" (a hyphen between two words written without spaces, ending and starting with a letter or
// digit) made one word "a-b", which takes the tags, head and relation of the run's word whose head is
// outside the run; words that depended on any word of the run depend on the joined word. A run
// whose words hang from two different places outside it is left alone, and so is a sentence with
// multiword tokens. "state-of-the-art" becomes one word by repeated joins.
ConlluSentence join_hyphenated_compounds(const ConlluSentence& sentence);

// Trains tagger, parser and labeller on `train`, selecting each one's best epoch on `dev` (when
// `dev` is empty, the last epoch is kept). `lemmatizer` may be null.
Result<std::shared_ptr<const SyntaxModel>> train_syntax_model(const std::vector<ConlluSentence>& train,
                                                              const std::vector<ConlluSentence>& dev,
                                                              const TrainOptions& options,
                                                              std::shared_ptr<const Lemmatizer> lemmatizer);

}  // namespace parley::syntax
