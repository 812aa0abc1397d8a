#include "coding/mentions.h"

#include <array>
#include <string_view>

namespace parley::coding {

using lexicon_internal::ActorKind;
using lexicon_internal::Compiled;
using lexicon_internal::PhraseHit;

namespace {

// Code prefixes that are not states: international, non-governmental, multinational, unknown.
bool non_state_prefix(std::string_view prefix) {
  static constexpr std::array<std::string_view, 7> kPrefixes = {"IGO", "NGO", "MNC", "IMG", "UIS", "---", "NGM"};
  for (std::string_view p : kPrefixes)
    if (prefix == p) return true;
  return false;
}

}  // namespace

std::string country_of(const std::string& code) {
  if (code.size() < 3) return {};
  std::string prefix = code.substr(0, 3);
  return non_state_prefix(prefix) ? std::string() : prefix;
}

std::string sector_of(const std::string& code) {
  if (code.size() < 6) return {};
  return code.substr(3, 3);
}

void find_mentions(const Compiled& lexicon, const Sentence& sentence, const std::vector<std::string>& folded,
                   const std::optional<Date>& date, std::vector<PhraseHit>& hits, std::vector<Mention>& out) {
  out.clear();
  hits.clear();
  lexicon.find_phrases(sentence, folded, hits);

  // First, each hit on its own.
  std::vector<Mention> raw;
  raw.reserve(hits.size());
  for (const PhraseHit& hit : hits) {
    const auto& phrase = lexicon.phrases[hit.phrase];
    Mention m;
    m.begin = hit.begin;
    m.end = hit.end;
    if (phrase.actor >= 0) {
      const auto& entry = lexicon.actors[phrase.actor];
      const std::string* code = entry.code_on(date);
      if (code == nullptr) continue;  // e.g. a dated-only entry outside its dates
      m.code = *code;
      m.kind = entry.kind;
      m.rule = entry.rule;
    } else if (phrase.agent >= 0) {
      const auto& entry = lexicon.agents[phrase.agent];
      m.code = "---" + entry.sector;
      m.agent_only = true;
      m.kind = ActorKind::kPerson;
      m.rule = entry.rule;
    } else {
      continue;
    }
    raw.push_back(std::move(m));
  }

  const int n = static_cast<int>(sentence.tokens.size());
  auto is_bare_state = [](const Mention& m) {
    return !m.agent_only && m.code.size() == 3 && !country_of(m.code).empty();
  };
  // Combines `a` (a state or agent) with `b` when they name one actor.
  for (std::size_t i = 0; i < raw.size(); ++i) {
    Mention cur = raw[i];
    while (i + 1 < raw.size()) {
      const Mention& next = raw[i + 1];
      const int gap = next.begin - cur.end;
      bool possessive = gap == 1 && folded[cur.end] == "'s";
      bool of_phrase = gap == 1 && folded[cur.end] == "of" ||
                       (gap == 2 && folded[cur.end] == "of" && folded[cur.end + 1] == "the");
      if ((gap == 0 || possessive) && is_bare_state(cur) && next.agent_only) {
        // "Chinese troops", "China's foreign minister"
        cur.code += next.code.substr(3);
        cur.end = next.end;
        cur.rule = next.rule;
        cur.kind = ActorKind::kPerson;
        cur.agent_only = false;
      } else if (of_phrase && cur.agent_only && is_bare_state(next)) {
        // "the foreign minister of Iran"
        cur.code = next.code + cur.code.substr(3);
        cur.end = next.end;
        cur.agent_only = false;
      } else if ((gap == 0 || (gap == 1 && folded[cur.end] == ",")) &&
                 (cur.agent_only || is_bare_state(cur) || cur.kind == ActorKind::kPerson) &&
                 next.kind == ActorKind::kPerson && !next.agent_only) {
        // "Foreign Minister Qin Gang", "Iranian Foreign Minister Hossein Amir-Abdollahian":
        // the person's own code is the most specific. (Apposition with a comma: "Qin Gang, China's ...")
        if (gap == 1 && !cur.agent_only && cur.kind == ActorKind::kPerson) break;  // "Qin Gang, Wang Yi"
        cur.code = next.code;
        cur.end = next.end;
        cur.rule = next.rule;
        cur.kind = ActorKind::kPerson;
        cur.agent_only = false;
      } else {
        break;
      }
      ++i;
    }
    // "the Chinese side" -> CHNGOV
    if (is_bare_state(cur) && cur.end < n && folded[cur.end] == "side") {
      cur.code += "GOV";
      cur.end += 1;
    }
    out.push_back(std::move(cur));
  }
}

}  // namespace parley::coding
