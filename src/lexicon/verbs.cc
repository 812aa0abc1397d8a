// The .verbs parser: "CODE: PATTERN | PATTERN" lines (docs/DICTIONARIES.md).
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/loader.h"
#include "parley/codebook.h"
#include "text/text.h"

namespace parley::lexicon_internal {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Checks `code` against the CAMEO codebook. While the codebook is empty (it is being written), only
// the shape (two to four digits) can be checked.
bool known_event_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 4 || !all_digits(code)) return false;
  const Codebook& codebook = Codebook::cameo();
  if (codebook.all().empty()) return true;
  return codebook.find(code) != nullptr;
}

// A PLOVER type the crosswalk uses ("RETREAT"), for a line that sets its own.
bool known_plover_type(std::string_view type) {
  if (type.empty()) return false;
  for (const EventCode& c : Codebook::cameo().all())
    if (c.plover_type == type) return true;
  return false;
}

// A PLOVER mode: a lowercase word, with '-' or '_' inside ("resign", "martial-law").
bool plover_mode_shape(std::string_view mode) {
  if (mode.empty() || mode.front() == '-' || mode.front() == '_') return false;
  for (char c : mode)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_')) return false;
  return true;
}

// Parses one space-separated element of a pattern. Returns an error message, or empty when good.
std::string parse_element(std::string_view word, PatternElement& element) {
  const std::string quoted = "'" + std::string(word) + "'";
  if (word == "$T") {
    element.kind = ElementKind::kTarget;
    return {};
  }
  if (word == "$S") {
    element.kind = ElementKind::kSource;
    return {};
  }
  if (word == "...") {
    element.kind = ElementKind::kGap;
    return {};
  }
  if (word.front() == '$') {
    if (word == "$T?" || word == "$S?") return "a placeholder cannot be optional: " + quoted;
    return "unknown placeholder " + quoted + " (expected $T or $S)";
  }
  element.kind = ElementKind::kWord;
  if (word.back() == '?') {
    element.optional = true;
    word.remove_suffix(1);
    if (word.empty()) return "stray '?'";
    if (word == "...") return "'...' cannot be optional";
  }
  if (word.find('?') != std::string_view::npos) return "'?' may only end a word: " + quoted;

  std::vector<std::string_view> alternatives;
  if (word.front() == '(') {
    if (word.size() < 2 || word.back() != ')') return "bad parentheses in " + quoted;
    std::string_view inner = word.substr(1, word.size() - 2);
    if (inner.find_first_of("()") != std::string_view::npos) return "bad parentheses in " + quoted;
    alternatives = split(inner, '/');
  } else {
    if (word.find_first_of("()") != std::string_view::npos) return "bad parentheses in " + quoted;
    if (word.find('/') != std::string_view::npos) {
      return "alternatives need parentheses, as in '(phone/telephone)': " + quoted;
    }
    alternatives.push_back(word);
  }
  for (std::string_view alternative : alternatives) {
    if (alternative.empty()) return "empty alternative in " + quoted;
    if (alternative == "..." || alternative.front() == '$') {
      return "alternatives must be words: " + quoted;
    }
    std::string folded = text::fold(alternative);
    if (folded.empty()) return "word " + quoted + " is empty once folded";
    element.words.push_back(std::move(folded));
  }
  return {};
}

// Parses one pattern. Returns an error message, or empty when good.
std::string parse_pattern(std::string_view text, VerbPattern& pattern) {
  const std::string quoted = "'" + std::string(text) + "'";
  int targets = 0;
  int sources = 0;
  for (std::string_view word : split_words(text)) {
    PatternElement element;
    std::string error = parse_element(word, element);
    if (!error.empty()) return error + " in pattern " + quoted;
    if (element.kind == ElementKind::kTarget && ++targets > 1) return "'$T' appears twice in pattern " + quoted;
    if (element.kind == ElementKind::kSource && ++sources > 1) return "'$S' appears twice in pattern " + quoted;
    if (element.kind == ElementKind::kGap && !pattern.elements.empty() &&
        pattern.elements.back().kind == ElementKind::kGap) {
      return "two '...' in a row in pattern " + quoted;
    }
    if (element.kind == ElementKind::kWord) ++pattern.specificity;
    pattern.elements.push_back(std::move(element));
  }
  if (pattern.specificity == 0) return "pattern " + quoted + " has no words";
  const PatternElement& first = pattern.elements.front();
  if (first.kind != ElementKind::kWord || first.optional) {
    return "pattern " + quoted + " must start with its predicate, a word (not $T, $S, '...' or 'word?')";
  }
  if (pattern.elements.back().kind == ElementKind::kGap) {
    return "'...' must stand between two elements in pattern " + quoted;
  }
  return {};
}

}  // namespace

void load_verbs(const DictionarySource& source, Compiled& out, Problems& problems) {
  for (const Line& line : content_lines(source, problems)) {
    auto problem = [&](std::string message) { problems.add(source.name, line.number, std::move(message)); };

    std::size_t colon = line.text.find(':');
    if (colon == std::string_view::npos) {
      problem("expected 'CODE: PATTERN | PATTERN'");
      continue;
    }
    std::string_view code = trim(line.text.substr(0, colon));
    std::string_view patterns_text = trim(line.text.substr(colon + 1));
    if (code.empty() || patterns_text.empty()) {
      problem("expected 'CODE: PATTERN | PATTERN'");
      continue;
    }
    bool good = true;
    // "0831 RETREAT/resign:": the line's events take this PLOVER type (and mode) instead of the
    // crosswalk's for the code, where the PLOVER manual reads the act apart from its CAMEO code.
    std::string_view plover_type, plover_mode;
    if (const std::size_t space = code.find(' '); space != std::string_view::npos) {
      plover_type = trim(code.substr(space + 1));
      code = code.substr(0, space);
      if (const std::size_t slash = plover_type.find('/'); slash != std::string_view::npos) {
        plover_mode = plover_type.substr(slash + 1);
        plover_type = plover_type.substr(0, slash);
        if (!plover_mode_shape(plover_mode)) {
          problem("expected a lowercase PLOVER mode after '/' in '" + std::string(trim(line.text.substr(0, colon))) +
                  "'");
          good = false;
        }
      }
      if (!known_plover_type(plover_type)) {
        problem("unknown PLOVER type '" + std::string(plover_type) + "' (expected 'CODE: ...' or 'CODE TYPE/mode: ...')");
        good = false;
      }
    }
    if (!known_event_code(code)) {
      problem("unknown CAMEO event code '" + std::string(code) + "'");
      good = false;
    }
    std::vector<VerbPattern> patterns;
    for (std::string_view text : split(patterns_text, '|')) {
      text = trim(text);
      if (text.empty()) {
        problem("empty pattern in '" + std::string(patterns_text) + "'");
        good = false;
        continue;
      }
      VerbPattern pattern;
      std::string error = parse_pattern(text, pattern);
      if (!error.empty()) {
        problem(std::move(error));
        good = false;
        continue;
      }
      pattern.code = std::string(code);
      pattern.plover_type = std::string(plover_type);
      pattern.plover_mode = std::string(plover_mode);
      pattern.rule = rule_name(source.name, line.number);
      pattern.text = std::string(text);
      patterns.push_back(std::move(pattern));
    }
    if (!good) continue;
    for (VerbPattern& pattern : patterns) out.patterns.push_back(std::move(pattern));
  }
}

}  // namespace parley::lexicon_internal
