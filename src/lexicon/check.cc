// `parley dict check`: duplicate phrases and patterns, stop-word predicates, unmatchable words.
#include "lexicon/check.h"
#include "lexicon/loader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lexicon/lookup.h"
#include "text/text.h"

namespace parley::lexicon_internal {
namespace {

// Words that are never the lemma of a predicate: a pattern starting with one is a typo or a pattern
// whose real predicate was left out ("the $T" for "visit the $T").
constexpr std::array<std::string_view, 28> kStopWords = {
    "the", "a",    "an",  "of",   "to",    "in",   "on",    "at",   "for",  "with", "by",  "and", "or",  "but",
    "from", "as",  "that", "this", "these", "those", "it",  "its",  "his",  "her",  "their", "into", "than", "not"};

bool is_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}


std::string pattern_key(const VerbPattern& p) {
  std::string key;
  for (const PatternElement& e : p.elements) {
    key += static_cast<char>('0' + static_cast<int>(e.kind));
    key += e.optional ? '?' : ' ';
    for (const std::string& w : e.words) {
      key += w;
      key += '/';
    }
    key += '\x1f';
  }
  return key;
}

// Splits "dir/file.verbs:12" into its file and line, for ordering findings.
std::pair<std::string_view, int> split_rule(std::string_view rule) {
  std::size_t colon = rule.rfind(':');
  if (colon == std::string_view::npos) return {rule, 0};
  int line = 0;
  std::from_chars(rule.data() + colon + 1, rule.data() + rule.size(), line);
  return {rule.substr(0, colon), line};
}

const std::string& rule_of(const Compiled& c, const Phrase& p) {
  return p.actor >= 0 ? c.actors[p.actor].rule : c.agents[p.agent].rule;
}

void check_phrases(const Compiled& c, std::vector<Finding>& out) {
  struct Seen {
    int phrase;
    bool plural;
  };
  // Key: the phrase's kind ("A0".."A4" for actor kinds, "G" for agents) and its tokens.
  std::unordered_map<std::string, Seen> seen;
  for (int i = 0; i < static_cast<int>(c.phrases.size()); ++i) {
    const Phrase& p = c.phrases[i];
    if (p.actor < 0 && p.agent < 0) continue;
    std::string kind = p.actor >= 0 ? "A" + std::to_string(static_cast<int>(c.actors[p.actor].kind)) : "G";
    auto [it, inserted] = seen.try_emplace(kind + phrase_key(p), Seen{i, p.plural});
    if (inserted) continue;
    const Phrase& first = c.phrases[it->second.phrase];
    const bool same_entry = first.actor == p.actor && first.agent == p.agent;
    const std::string& rule = rule_of(c, p);
    if (p.plural || it->second.plural) {
      // A generated plural meeting a written phrase: the written one is probably an irregular
      // plural of a different word, or a duplicate entry; either way worth a look.
      if (p.plural && first.plural) continue;  // their singulars collide too, reported once there
      if (same_entry) continue;
      const Phrase& written = p.plural ? first : p;
      const Phrase& generated = p.plural ? p : first;
      out.push_back(Finding{Severity::kWarning, rule_of(c, written),
                            "phrase '" + written.text + "' is also the generated plural of an agent at " +
                                rule_of(c, generated)});
      continue;
    }
    // "Medecins" next to "Médecins": matching folds case and diacritics, so one variant is enough.
    const std::string folded_note =
        first.text == p.text ? std::string() : " (as '" + first.text + "'; case and diacritics are folded)";
    if (same_entry) {
      out.push_back(Finding{Severity::kWarning, rule,
                            "phrase '" + p.text + "' is listed twice in this entry" + folded_note});
      continue;
    }
    const std::string kind_name = p.actor >= 0 ? actor_kind_name(c.actors[p.actor].kind) : "agent";
    out.push_back(Finding{Severity::kError, rule,
                          "phrase '" + p.text + "' is also in " + rule_of(c, first) + folded_note +
                              " (same kind: " + kind_name + ")"});
  }
}

void check_patterns(const Compiled& c, std::vector<Finding>& out) {
  std::unordered_map<std::string, int> seen;
  for (int i = 0; i < static_cast<int>(c.patterns.size()); ++i) {
    const VerbPattern& p = c.patterns[i];
    auto [it, inserted] = seen.try_emplace(pattern_key(p), i);
    if (!inserted) {
      const VerbPattern& first = c.patterns[it->second];
      if (first.code == p.code) {
        out.push_back(Finding{Severity::kWarning, p.rule,
                              "duplicate pattern '" + p.text + "' (also at " + first.rule + ")"});
      } else {
        out.push_back(Finding{Severity::kWarning, p.rule,
                              "pattern '" + p.text + "' gives code " + p.code + " here but " + first.code +
                                  " at " + first.rule});
      }
    }
    if (!p.elements.empty()) {
      for (const std::string& word : p.elements.front().words) {
        if (is_stop_word(word)) {
          out.push_back(Finding{Severity::kWarning, p.rule,
                                "predicate '" + word + "' of pattern '" + p.text +
                                    "' is a stop word, never a predicate lemma"});
        }
      }
    }
    for (const PatternElement& e : p.elements) {
      for (const std::string& word : e.words) {
        std::vector<std::string> tokens = text::tokenize_phrase(word);
        if (tokens.size() != 1) {
          out.push_back(Finding{Severity::kWarning, p.rule,
                                "word '" + word + "' of pattern '" + p.text + "' is " +
                                    std::to_string(tokens.size()) + " tokens, so it can never match"});
        }
      }
    }
  }
}

}  // namespace

const char* severity_name(Severity severity) { return severity == Severity::kError ? "error" : "warning"; }

std::vector<Finding> check_dictionaries(const Compiled& compiled) {
  std::vector<Finding> out;
  check_phrases(compiled, out);
  check_patterns(compiled, out);
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return split_rule(a.rule) < split_rule(b.rule);
  });
  return out;
}

}  // namespace parley::lexicon_internal
