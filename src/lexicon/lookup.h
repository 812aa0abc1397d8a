// `parley dict lookup "PHRASE" --date D`: which dictionary entries a phrase matches, and their codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/compiled.h"
#include "parley/date.h"

namespace parley::lexicon_internal {

struct LookupHit {
  std::string code;     // actors: the code on the date ("CHNGOV"), empty when the entry has none that
                        // day; agents: "---" + sector ("---GOV"), the code of a role of unknown country
  std::string phrase;   // the dictionary phrase that matched, as written ("Qin Gang", "foreign ministers")
  std::string rule;     // "actors/people.actors:12"
  std::string entry;    // the entry's first phrase
  bool agent = false;
  ActorKind kind = ActorKind::kState;  // actors only
  bool whole = true;    // the phrase matched the whole query, not a part of it
  int begin = 0;        // query tokens [begin, end) the phrase covers
  int end = 0;
};

// Every entry (actor or agent) with a phrase equal to the whole of `query` (tokenised and folded as
// document text is, case rules applied), in dictionary order. When there is none, the phrases that
// the coder would find inside `query` (longest match, left to right), marked whole = false.
std::vector<LookupHit> lookup_phrase(const Compiled& compiled, std::string_view query,
                                     const std::optional<Date>& date);

// "state", "place", "person", "organisation", "group".
const char* actor_kind_name(ActorKind kind);

}  // namespace parley::lexicon_internal
