// `parley dict check`: findings about dictionaries that loaded (load errors come from Lexicon itself).
//
// Errors make the check fail; warnings are advice. What is looked at:
//   - the same phrase in two entries of the same kind (two [person] entries, two agent entries): error.
//     The same phrase in entries of different kinds ("Georgia" as [state] and [person]) is fine.
//   - the same phrase twice in one entry; a generated agent plural that another agent entry writes
//     out: warning.
//   - a pattern written twice (same elements), with the same or a different code: warning.
//   - a pattern whose predicate is a stop word ("the", "a", "of"): it will never be a predicate lemma.
//   - a pattern word that the tokeniser splits into several tokens ("can't" -> "ca n't"): it can never
//     match the single token a pattern word is compared with: warning.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/compiled.h"

namespace parley::lexicon_internal {

enum class Severity : std::uint8_t { kError, kWarning };

struct Finding {
  Severity severity = Severity::kWarning;
  std::string rule;     // "actors/people.actors:12", the line the finding is about
  std::string message;  // "phrase 'Qin Gang' is also in actors/people.actors:3 (same kind: person)"
};

// All findings, ordered by file, then line. Thread-safe (reads `compiled` only).
std::vector<Finding> check_dictionaries(const Compiled& compiled);

// "error" or "warning".
const char* severity_name(Severity severity);

}  // namespace parley::lexicon_internal
