// Evaluating the syntax model against gold CoNLL-U (gold tokens), with the CoNLL 2018 shared-task
// conventions: every word counts (punctuation included), LAS compares the universal part of the
// relation ("obl:tmod" counts as "obl"), multiword tokens are expanded into their words. Lemmas are
// compared case-insensitively, because parley's lemmas are lower-case by contract.
#pragma once

#include <vector>

#include "syntax/conllu.h"
#include "syntax/syntax.h"

namespace parley::syntax {

struct Evaluation {
  long sentences = 0;
  long words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // percentages
  double seconds = 0;                                      // annotation time only
  double sentences_per_second = 0;
};

// Annotates every gold sentence with `model` and scores it. Uses one thread.
Evaluation evaluate(const SyntaxModel& model, const std::vector<ConlluSentence>& gold);

}  // namespace parley::syntax
