// The dictionary loader's internals: line handling, problem collection and the three parsers that
// fill a Compiled. Internal to src/lexicon (and its tests and fuzzer).
//
// Each parser reads one DictionarySource, appends what it accepts to the Compiled and every problem it
// finds to the Problems list; a bad entry is skipped whole (never half-added), so a caller that ignores
// the problems still gets a consistent Compiled. build_indexes() runs once after all sources.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/compiled.h"
#include "parley/lexicon.h"
#include "parley/status.h"

namespace parley::lexicon_internal {

struct Problem {
  std::string file;
  int line = 0;
  std::string message;
};

// All problems of a load, in the order found. Keeps at most kMaxKept messages so a wildly wrong input
// (a binary file renamed .actors) still yields a readable error, but counts every one.
class Problems {
 public:
  static constexpr std::size_t kMaxKept = 1000;

  void add(std::string_view file, int line, std::string message);
  bool empty() const { return total_ == 0; }
  std::size_t size() const { return total_; }
  const std::vector<Problem>& kept() const { return kept_; }

  // Status::invalid_input with the file and line of the first problem. Its message is the first
  // problem's text followed by one "file:line: problem" line per further problem, so that
  // Status::to_string() prints every problem as "file:line: problem" on its own line.
  // REQUIRES: !empty().
  Status to_status() const;

 private:
  std::vector<Problem> kept_;
  std::size_t total_ = 0;
};

// One content line of a dictionary: comment removed, spaces trimmed, never empty.
struct Line {
  int number = 0;          // 1-based
  std::string_view text;   // points into the source text
};

// The content lines of `source`. A leading UTF-8 byte-order mark is skipped, "\r\n" is accepted, and a
// line that is not valid UTF-8 is reported and left out.
std::vector<Line> content_lines(const DictionarySource& source, Problems& problems);

std::string_view trim(std::string_view text);
// Splits on every `sep`; the pieces are not trimmed. "a|b|" -> {"a", "b", ""}.
std::vector<std::string_view> split(std::string_view text, char sep);
// Splits on runs of spaces and tabs; no empty pieces.
std::vector<std::string_view> split_words(std::string_view text);

// "file:line", the rule name every entry carries.
std::string rule_name(std::string_view file, int line);

// One or more groups of three capital letters: "CHN", "CHNGOV", "GOVMIL".
bool is_code_groups(std::string_view code);

// Tokenises and folds a dictionary phrase. False when it yields no tokens.
bool compile_phrase(std::string_view text, Phrase& out);
// Compiles the "|"-separated variants of an entry. Reports each empty or token-less variant through
// `problem` and returns false if there was one (the entry is then to be skipped whole).
template <typename Report>
bool compile_phrases(std::string_view phrases_text, std::vector<Phrase>& out, Report&& problem) {
  bool good = true;
  for (std::string_view variant : split(phrases_text, '|')) {
    variant = trim(variant);
    if (variant.empty()) {
      problem("empty phrase in '" + std::string(phrases_text) + "'");
      good = false;
      continue;
    }
    Phrase phrase;
    if (!compile_phrase(variant, phrase)) {
      problem("phrase '" + std::string(variant) + "' has no tokens");
      good = false;
      continue;
    }
    out.push_back(std::move(phrase));
  }
  return good;
}
// Adds the other spellings of the Arabic article in names: a phrase written "Omar al-Bashir" also
// matches "Omar el-Bashir", "Omar al Bashir" and "Omar El Bashir" (the article's letters are
// compared folded, so "Al-" and "El-" too). Spellings already present are not repeated.
void add_article_variants(std::vector<Phrase>& phrases);
// Identity of a phrase for de-duplication: its case rule and its tokens.
std::string phrase_key(const Phrase& p);

// The regular plurals of an English noun: "minister" -> {"ministers"}, "party" -> {"parties"},
// "policeman" -> {"policemen", "policemans"}; nothing for a word that already looks plural ("troops",
// "policemen"). Lower-case suffixes; the word's own letters are kept. See agents.cc for the rules.
std::vector<std::string> regular_plurals(std::string_view word);

void load_actors(const DictionarySource& source, Compiled& out, Problems& problems);
void load_agents(const DictionarySource& source, Compiled& out, Problems& problems);
void load_verbs(const DictionarySource& source, Compiled& out, Problems& problems);

// Fills phrases_by_first_token and patterns_by_predicate from phrases and patterns.
void build_indexes(Compiled& compiled);

// Loads `sources` in order into a new Compiled (indexes built). Problems go to `problems`.
std::unique_ptr<Compiled> compile_sources(const std::vector<DictionarySource>& sources, Problems& problems);

}  // namespace parley::lexicon_internal
