// The compiled form of parley's dictionaries: what the coder matches against. Internal: the coder
// (src/coding) and the dictionary tools use it; users go through parley/lexicon.h.
//
// All strings used as keys are "folded" (text::fold: NFC, lower case, diacritics removed, typographic
// quotes and dashes made ASCII), so matching is a plain string comparison.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/date.h"
#include "parley/lexicon.h"
#include "parley/sentence.h"

namespace parley::lexicon_internal {

enum class ActorKind : std::uint8_t { kState, kPlace, kPerson, kOrganisation, kGroup };

struct DatedCode {
  std::string code;           // "CHNGOV"
  std::optional<Date> from;   // inclusive; nullopt = open
  std::optional<Date> to;     // inclusive; nullopt = open
  bool dated() const { return from.has_value() || to.has_value(); }
};

struct ActorEntry {
  ActorKind kind = ActorKind::kState;
  std::vector<DatedCode> codes;  // in file order
  std::string rule;              // "actors/states.actors:12"
  std::string first_phrase;      // the entry's first variant, for messages and lookup output

  // The code on `date`: the first dated code whose range holds it, else the first undated code,
  // else nullptr. With no date, the first undated code, else the last dated one.
  const std::string* code_on(const std::optional<Date>& date) const;
};

struct AgentEntry {
  std::string sector;            // "GOV", "MIL", "GOVMIL"
  std::string rule;
  std::string first_phrase;
};

// One phrase of an actor or agent entry, as tokens.
struct Phrase {
  std::vector<std::string> folded;  // folded tokens
  std::vector<std::string> exact;   // original tokens; compared exactly when case_sensitive
  bool case_sensitive = false;      // all-capitals acronym of <= 5 characters
  int actor = -1;                   // index into Compiled::actors, or -1
  int agent = -1;                   // index into Compiled::agents, or -1
};

// A phrase found in a sentence: tokens [begin, end).
struct PhraseHit {
  int begin = 0;
  int end = 0;
  int phrase = 0;                   // index into Compiled::phrases
};

enum class ElementKind : std::uint8_t { kWord, kTarget, kSource, kGap };

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  std::vector<std::string> words;   // kWord: folded lemma alternatives ("phone", "telephone")
  bool optional = false;            // "word?"
};

struct VerbPattern {
  std::string code;                 // CAMEO event code, validated against the codebook
  std::vector<PatternElement> elements;  // elements[0] is the predicate (a kWord)
  std::string rule;                 // "verbs/04_consult.verbs:7"
  std::string text;                 // the pattern as written, for explanations
  int specificity = 0;              // number of kWord elements; more specific patterns are tried first
};

struct Compiled {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<Phrase> phrases;
  std::vector<VerbPattern> patterns;

  // First folded token of a phrase -> phrase indices, longest phrases first.
  std::unordered_map<std::string, std::vector<int>> phrases_by_first_token;
  // Predicate lemma (folded) -> pattern indices, most specific first, then file order.
  std::unordered_map<std::string, std::vector<int>> patterns_by_predicate;

  // Longest phrase matches over `sentence`, left to right, non-overlapping; a longer match wins, and
  // at equal length an actor wins over an agent. Appends to `out`. `folded` holds text::fold of each
  // token of the sentence (the caller computes it once per sentence).
  void find_phrases(const Sentence& sentence, const std::vector<std::string>& folded,
                    std::vector<PhraseHit>& out) const;
};

}  // namespace parley::lexicon_internal
