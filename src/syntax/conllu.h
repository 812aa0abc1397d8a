// CoNLL-U (https://universaldependencies.org/format.html): reading and writing UD treebanks and
// pre-parsed input. Internal API.
//
// Words are the syntactic units (ids 1..n); multiword-token lines ("1-2 don't") are kept beside them
// so that a sentence written back reproduces its input; empty nodes ("8.1") are enhanced-graph only
// and are skipped.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"
#include "parley/status.h"

namespace parley::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = 0;  // 0 = root; 1-based otherwise; -1 when the column is "_"
  std::string deprel, deps, misc;
};

struct ConlluMultiword {
  int first = 0, last = 0;  // the word ids it spans, inclusive
  std::string form, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // whole lines without the leading "# "-less change ("# text = ...")
  std::vector<ConlluWord> words;      // words[i] has id i + 1
  std::vector<ConlluMultiword> multiwords;
};

// Reads sentences one at a time from a stream. `name` is used in error messages ("file:line: ...").
class ConlluReader {
 public:
  ConlluReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

  // Reads the next sentence into `out`. Returns ok with *done = true at the end of input. A malformed
  // line yields kInvalidInput with the file and line; the reader is then positioned after the bad
  // sentence, so callers may continue.
  Status next(ConlluSentence& out, bool* done);

 private:
  std::istream& in_;
  std::string name_;
  int line_number_ = 0;
};

// Reads a whole file. Errors carry file:line.
Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path);
// Reads CoNLL-U text held in memory (tests, fuzzers); `name` labels errors.
Result<std::vector<ConlluSentence>> read_conllu_text(std::string_view text, const std::string& name = "<memory>");

// Appends one sentence in CoNLL-U (comments, multiword lines before their first word, a blank line).
void write_conllu(const ConlluSentence& sentence, std::string& out);

// Conversions to and from parley's Sentence. Token::head is 0-based with -1 for the root; spans are
// not known from CoNLL-U and stay 0 unless `with_spans` builds them from the words joined by spaces
// (SpaceAfter=No respected).
Sentence to_sentence(const ConlluSentence& in, bool with_spans = false);
ConlluSentence from_sentence(const Sentence& in);

}  // namespace parley::syntax
