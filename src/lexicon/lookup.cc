// `parley dict lookup`: the entries a phrase matches, with their codes on a date.
#include "lexicon/lookup.h"

#include <algorithm>

#include "text/text.h"

namespace parley::lexicon_internal {
namespace {

LookupHit make_hit(const Compiled& c, const Phrase& p, const std::optional<Date>& date) {
  LookupHit hit;
  hit.phrase = p.text;
  if (p.actor >= 0) {
    const ActorEntry& entry = c.actors[p.actor];
    const std::string* code = entry.code_on(date);
    hit.code = code != nullptr ? *code : std::string();
    hit.rule = entry.rule;
    hit.entry = entry.first_phrase;
    hit.kind = entry.kind;
  } else {
    const AgentEntry& entry = c.agents[p.agent];
    hit.code = "---" + entry.sector;
    hit.rule = entry.rule;
    hit.entry = entry.first_phrase;
    hit.agent = true;
  }
  return hit;
}

}  // namespace

const char* actor_kind_name(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState: return "state";
    case ActorKind::kPlace: return "place";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kGroup: return "group";
  }
  return "state";
}

std::vector<LookupHit> lookup_phrase(const Compiled& c, std::string_view query, const std::optional<Date>& date) {
  std::vector<LookupHit> out;
  if (!text::valid_utf8(query)) return out;
  Sentence sentence;
  std::vector<std::string> folded;
  for (std::string& token : text::tokenize_phrase(query)) {
    if (token.empty()) continue;
    folded.push_back(text::fold(token));
    Token t;
    t.form = std::move(token);
    sentence.tokens.push_back(std::move(t));
  }
  if (folded.empty()) return out;
  const int n = static_cast<int>(folded.size());

  // Whole matches: every phrase with the query's tokens, not only the one find_phrases would pick.
  if (auto it = c.phrases_by_first_token.find(folded.front()); it != c.phrases_by_first_token.end()) {
    std::vector<int> indices;
    for (int index : it->second) {
      const Phrase& p = c.phrases[index];
      if (static_cast<int>(p.folded.size()) != n) continue;
      bool same = true;
      for (int k = 0; k < n && same; ++k) {
        same = p.case_sensitive ? sentence.tokens[k].form == p.exact[k] : folded[k] == p.folded[k];
      }
      if (same) indices.push_back(index);
    }
    std::sort(indices.begin(), indices.end());  // dictionary order
    for (int index : indices) {
      LookupHit hit = make_hit(c, c.phrases[index], date);
      hit.begin = 0;
      hit.end = n;
      out.push_back(std::move(hit));
    }
  }
  if (!out.empty()) return out;

  std::vector<PhraseHit> hits;
  c.find_phrases(sentence, folded, hits);
  for (const PhraseHit& h : hits) {
    LookupHit hit = make_hit(c, c.phrases[h.phrase], date);
    hit.whole = false;
    hit.begin = h.begin;
    hit.end = h.end;
    out.push_back(std::move(hit));
  }
  return out;
}

}  // namespace parley::lexicon_internal
