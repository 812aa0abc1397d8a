#include "syntax/evaluate.h"

#include <chrono>

namespace parley::syntax {

namespace {
std::string_view universal(std::string_view label) { return label.substr(0, label.find(':')); }
bool same_lemma(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto low = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (low(a[i]) != low(b[i])) return false;
  }
  return true;
}
}  // namespace

Evaluation evaluate(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  Evaluation e;
  std::vector<Sentence> sentences;
  sentences.reserve(gold.size());
  for (const ConlluSentence& g : gold) {
    Sentence s;
    for (const ConlluWord& w : g.words) {
      Token t;
      t.form = w.form;
      s.tokens.push_back(std::move(t));
    }
    sentences.push_back(std::move(s));
  }
  SyntaxState state;
  const auto start = std::chrono::steady_clock::now();
  for (Sentence& s : sentences) model.annotate(s, state);
  e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  for (std::size_t k = 0; k < gold.size(); ++k) {
    const ConlluSentence& g = gold[k];
    const Sentence& s = sentences[k];
    for (std::size_t i = 0; i < g.words.size(); ++i) {
      const ConlluWord& w = g.words[i];
      const Token& t = s.tokens[i];
      ++e.words;
      upos += t.upos == w.upos;
      xpos += t.xpos == w.xpos;
      lemma += same_lemma(t.lemma, w.lemma);
      const int head = t.head + 1;  // to CoNLL-U numbering
      if (head == w.head) {
        ++uas;
        las += universal(t.deprel) == universal(w.deprel);
      }
    }
  }
  e.sentences = static_cast<long>(gold.size());
  if (e.words > 0) {
    const double n = static_cast<double>(e.words) / 100.0;
    e.upos = static_cast<double>(upos) / n;
    e.xpos = static_cast<double>(xpos) / n;
    e.lemma = static_cast<double>(lemma) / n;
    e.uas = static_cast<double>(uas) / n;
    e.las = static_cast<double>(las) / n;
  }
  e.sentences_per_second = e.seconds > 0 ? static_cast<double>(e.sentences) / e.seconds : 0;
  return e;
}

}  // namespace parley::syntax
