// Actor mentions: dictionary phrase matches, plus names the dictionaries do not know, combined into
// the actors a sentence names.
//
// "Iranian Foreign Minister Hossein Amir-Abdollahian" is three phrase hits (a state adjective, an
// agent, a person) and one mention (IRNGOV). Combination rules, in order:
//   state + agent            "Chinese troops" -> CHNMIL, "Iranian Foreign Minister" -> IRNGOV
//   state 's agent           "China's foreign minister" -> CHNGOV
//   organisation + agent     "UN Secretary-General" -> IGOUNO
//   agent of state           "the foreign minister of Iran" -> IRNGOV
//   agent/state + person     "Foreign Minister Qin Gang" -> the person's code (more specific)
//   role + unknown name      "Foreign Minister Cho Tae-yul of the Republic of Korea" -> KORGOV
//   name , role              "Cho Tae-yul, Minister of Foreign Affairs of Korea" -> KORGOV
//   state + "side"           "the Chinese side" -> CHNGOV (readout idiom for a government)
// Names that the dictionaries do not know are remembered with the code they were given, so a later
// "Minister Cho" or "Vieira thanked China" resolves (NameMemory, one per document).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/compiled.h"
#include "parley/date.h"
#include "parley/sentence.h"

namespace parley::coding {

struct Mention {
  int begin = 0;  // token range [begin, end)
  int end = 0;
  std::string code;           // "CHNGOV", "IRN", "IGOUNO", "---GOV" (agent of unknown country)
  lexicon_internal::ActorKind kind = lexicon_internal::ActorKind::kState;
  bool agent_only = false;    // a role with no country ("the foreign minister")
  std::string_view rule;      // the dictionary line of the most specific part (points into the
                              // Lexicon, which outlives it); empty for a remembered name
  std::vector<int> name_tokens;  // tokens that are a person's name (for the name memory)
  std::string agent_rule;     // the agent entry the mention's role came from, if any
  bool common_noun = false;   // an actor named by lower-case words ("peacekeeping force"), not a name
};

// Names seen in a document -> the code they were resolved to ("cho" -> KORGOV); and roles, keyed by
// their agent entry, -> the code of the last actor who held them ("the Secretary-General" after
// "UN Secretary-General António Guterres" -> IGOUNO).
using NameMemory = std::unordered_map<std::string, std::string>;

// Country part of a code ("CHN" of "CHNGOV"), or empty for IGOs, NGOs and unknown ("---GOV").
std::string country_of(const std::string& code);
// A world region's code ("MDT", "WAF", "MEA"): an actor only where news names no state.
bool is_region_code(std::string_view code);
// Sector part ("GOV" of "CHNGOV", "GOV" of "---GOV"), or empty.
std::string sector_of(const std::string& code);

// Finds the mentions of one sentence and remembers the names it resolves. `folded` holds
// text::fold of each token; `starts`, if given, each token's Compiled::phrases_starting.
// `unresolved` receives the token ranges of capitalised runs that named no actor (for
// `--report-unmatched`).
void find_mentions(const lexicon_internal::Compiled& lexicon, const Sentence& sentence,
                   const std::vector<std::string>& folded, const std::optional<Date>& date, NameMemory& names,
                   std::vector<lexicon_internal::PhraseHit>& hits_scratch, std::vector<Mention>& out,
                   std::vector<std::pair<int, int>>& unresolved,
                   const lexicon_internal::Compiled::PhraseStarts* starts = nullptr);

}  // namespace parley::coding
