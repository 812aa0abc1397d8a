// parley's abbreviation list: which words keep their period as part of the token ("Mr.", "U.S.") and
// whether a sentence may end after them. ICU's sentence iterator breaks after every "Mr." and
// "Jan." followed by a capital; this list is what undoes those false breaks.
#pragma once

#include <string_view>

namespace parley::text::internal {

enum class AbbreviationKind {
  kNone,    // not an abbreviation: a following period is its own token
  kPrefix,  // titles and markers that always precede what they modify: "Mr.", "Gen.", "No.", "e.g."
  kMonth,   // "Jan.", "Sept.": no sentence break before a day number ("Jan. 5")
  kOther,   // "U.S.", "Inc.", "Jr.", "a.m.", initials: a sentence may end here if a new one starts
};

// `word` is the token including its final period ("Mr.", "U.S."). Initials ("J.", "U.S.A.", "e.g.")
// are recognised by shape; the rest comes from the list, case-sensitively ("No." but not "no.").
AbbreviationKind abbreviation_kind(std::string_view word);

// True for capitalised words that typically open a sentence ("The", "He", "However"): after an
// ambiguous abbreviation like "U.S." one of these means the sentence did end.
bool is_sentence_starter(std::string_view word);

}  // namespace parley::text::internal
