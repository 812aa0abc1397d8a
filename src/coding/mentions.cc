#include "coding/mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace parley::coding {

using lexicon_internal::ActorKind;
using lexicon_internal::Compiled;
using lexicon_internal::PhraseHit;

namespace {

// Code prefixes that are not states: international, non-governmental, multinational, unknown, and
// the one ethnic code the dictionaries use ("ethnic Albanians", ABN: no state, so never its government).
bool non_state_prefix(std::string_view prefix) {
  static constexpr std::array<std::string_view, 8> kPrefixes = {"IGO", "NGO", "MNC", "IMG", "UIS", "---", "NGM", "ABN"};
  for (std::string_view p : kPrefixes)
    if (prefix == p) return true;
  return false;
}

// Capitalised words that are not names: function words that open sentences, months, days.
constexpr std::array<std::string_view, 62> kNotNames = {
    "the", "a", "an", "on", "in", "at", "of", "to", "for", "with", "by", "from", "as", "after", "before",
    "during", "while", "when", "and", "but", "or", "he", "she", "they", "it", "we", "i", "this", "that",
    "these", "those", "his", "her", "their", "its", "our", "late", "early", "earlier", "later", "meanwhile",
    "however", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mr."};

// Titles written before a surname that the role dictionaries do not list: "Leader Schumer", "Dr. Biden",
// "Administrator Power".
constexpr std::array<std::string_view, 24> kTitleWords = {
    "leader", "representative", "rep.", "sen.", "director", "administrator", "commissioner", "chairman",
    "chairwoman", "chair", "justice", "dr.", "mrs.", "ms.", "madam", "sir", "lord", "lady", "gov.", "gen.",
    "president", "general", "coordinator", "counselor"};

// Rank words of titles, part of a role rather than a name: "Chief Diplomatic Advisor", "Nigerian
// junior foreign minister", "Russian former president".
constexpr std::array<std::string_view, 18> kRankWords = {
    "junior", "senior", "deputy", "acting", "former", "then", "top", "chief", "outgoing", "incoming",
    "new", "interim", "caretaker", "veteran", "visiting", "assistant", "principal", "special"};

// Second halves of hyphenated words whose first half is the actor the phrase names: "US-led war",
// "Vietnamese-led forces", "rebel-held town", "Hamas-run ministry". ("Iranian-backed militias",
// "Israeli-occupied territory" and "Saudi-owned weekly" name someone else: not these.)
constexpr std::array<std::string_view, 9> kLedBy = {"led",   "run",  "controlled", "dominated", "commanded",
                                                    "ruled", "held", "organised",  "organized"};

bool is_rank(std::string_view word) {
  return std::find(kRankWords.begin(), kRankWords.end(), word) != kRankWords.end();
}

// A compass direction, as a place's modifier: "south", "southern", "southeastern".
bool is_compass(std::string_view word) {
  if (word.ends_with("ern")) word.remove_suffix(3);
  static constexpr std::array<std::string_view, 8> kDirections = {"north",     "south",     "east",      "west",
                                                                  "northeast", "northwest", "southeast", "southwest"};
  return std::find(kDirections.begin(), kDirections.end(), word) != kDirections.end();
}

// Is every token in [begin, end) a rank word?
bool only_ranks(const std::vector<std::string>& folded, int begin, int end) {
  for (int t = begin; t < end; ++t)
    if (!is_rank(folded[t])) return false;
  return true;
}

bool capitalised(std::string_view form) {
  if (form.empty()) return false;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(form.data()), i, static_cast<int32_t>(form.size()), c);
  return c > 0 && u_isupper(c);
}

// A sentence in headline case ("Qin Gang Has a Phone Call with ...") capitalises every word, so its
// capitals say nothing about names. Headlines leave only short function words in lower case ("a",
// "with", "of"); a sentence with a longer lower-case word ("praised") is running text.
bool headline_case(const Sentence& sentence) {
  int words = 0;
  for (const Token& t : sentence.tokens) {
    if (t.form.empty() || !std::isalpha(static_cast<unsigned char>(t.form[0]))) continue;
    ++words;
    if (std::islower(static_cast<unsigned char>(t.form[0])) && t.form.size() >= 5) return false;
  }
  return words >= 3;
}

}  // namespace

std::string country_of(const std::string& code) {
  if (code.size() < 3) return {};
  std::string prefix = code.substr(0, 3);
  return non_state_prefix(prefix) ? std::string() : prefix;
}

bool is_region_code(std::string_view code) {
  // The international regions of the CAMEO manual (1.1b3), as data/actors/regions.actors uses them.
  static constexpr std::array<std::string_view, 24> kRegions = {
      "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM",
      "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"};
  return code.size() == 3 && std::find(kRegions.begin(), kRegions.end(), code) != kRegions.end();
}

std::string sector_of(const std::string& code) {
  if (code.size() < 6) return {};
  return code.substr(3, 3);
}

void find_mentions(const Compiled& lexicon, const Sentence& sentence, const std::vector<std::string>& folded,
                   const std::optional<Date>& date, NameMemory& names, std::vector<PhraseHit>& hits,
                   std::vector<Mention>& out, std::vector<std::pair<int, int>>& unresolved,
                   const Compiled::PhraseStarts* starts) {
  out.clear();
  unresolved.clear();
  hits.clear();
  if (starts != nullptr) lexicon.find_phrases(sentence, folded, date, *starts, hits);
  else lexicon.find_phrases(sentence, folded, date, hits);
  const int n = static_cast<int>(sentence.tokens.size());

  // Each hit on its own, and runs of capitalised words no dictionary knows (possible names).
  std::vector<Mention> raw;
  raw.reserve(hits.size() + 4);
  std::vector<char> covered(n, 0);
  // The mention of a dictionary hit over `words` (folded tokens), or false where it names no one
  // (an actor entry with no code on the date: a dated-only entry outside its dates).
  auto mention_of = [&](const PhraseHit& hit, const std::vector<std::string>& words, Mention& m) {
    const auto& phrase = lexicon.phrases[hit.phrase];
    m.begin = hit.begin;
    m.end = hit.end;
    if (phrase.actor >= 0) {
      const auto& entry = lexicon.actors[phrase.actor];
      const std::string* code = entry.code_on(date);
      if (code == nullptr) return false;
      m.code = *code;
      m.kind = entry.kind;
      m.rule = entry.rule;
      m.common_noun = entry.kind != ActorKind::kPerson;
      for (int t = hit.begin; t < hit.end && m.common_noun; ++t)
        m.common_noun = !sentence.tokens[t].form.empty() &&
                        std::islower(static_cast<unsigned char>(sentence.tokens[t].form[0]));
      if (entry.kind == ActorKind::kPerson) {
        for (int t = hit.begin; t < hit.end; ++t) m.name_tokens.push_back(t);
        // A name written with its title ("President Biden", "King Abdullah II") holds that role,
        // so that "the President" and "the King" later find the person.
        if (auto it = lexicon.phrases_by_first_token.find(words[hit.begin]);
            it != lexicon.phrases_by_first_token.end())
          for (int index : it->second) {
            const auto& title = lexicon.phrases[index];
            const int length = static_cast<int>(title.folded.size());
            if (title.agent < 0 || length >= hit.end - hit.begin) continue;
            if (!std::equal(title.folded.begin(), title.folded.end(), words.begin() + hit.begin)) continue;
            for (int t = hit.begin; t < hit.begin + length; ++t) m.agent_rule += (t > hit.begin ? " " : "") + words[t];
            break;
          }
      }
      return true;
    }
    if (phrase.agent < 0) return false;
    const auto& entry = lexicon.agents[phrase.agent];
    if (entry.sector.empty()) return false;
    m.code = "---" + entry.sector;
    m.agent_only = true;
    m.kind = ActorKind::kPerson;
    m.rule = entry.rule;
    // The role's words as written in the text (singular and plural kept apart), for the memory.
    for (int t = hit.begin; t < hit.end; ++t) m.agent_rule += (t > hit.begin ? " " : "") + words[t];
    return true;
  };
  // Tokens some hit covers, to tell a surname's own first name from another's.
  std::vector<char> hit_at(n, 0);
  for (const PhraseHit& hit : hits)
    for (int t = hit.begin; t < hit.end && t < n; ++t) hit_at[t] = 1;
  const bool headline_text = headline_case(sentence);
  for (const PhraseHit& hit : hits) {
    Mention m;
    // A person's surname after a first name that is not theirs is someone else's: "Jill Biden",
    // "Hunter Biden", "Julie Chavez Rodriguez" (the dictionary lists the person's full names, which
    // would have matched). Not after a title or a word that only opens the sentence.
    if (const int prev = hit.begin - 1; lexicon.phrases[hit.phrase].actor >= 0 && hit.end - hit.begin == 1 &&
                                        prev >= 1 && !headline_text && !hit_at[prev] &&
                                        lexicon.actors[lexicon.phrases[hit.phrase].actor].kind == ActorKind::kPerson &&
                                        capitalised(sentence.tokens[prev].form) && !is_rank(folded[prev]) &&
                                        std::find(kNotNames.begin(), kNotNames.end(), std::string_view(folded[prev])) ==
                                            kNotNames.end() &&
                                        std::find(kTitleWords.begin(), kTitleWords.end(), std::string_view(folded[prev])) ==
                                            kTitleWords.end()) {
      // (Their own first name with the rest spelt otherwise is still them: "Francois Mitterand".)
      bool own_first_name = false;
      if (auto it = lexicon.phrases_by_first_token.find(folded[prev]); it != lexicon.phrases_by_first_token.end())
        for (int index : it->second) own_first_name |= lexicon.phrases[index].actor == lexicon.phrases[hit.phrase].actor;
      if (!own_first_name) continue;
    }
    if (!mention_of(hit, folded, m)) {
      // Words listed as naming no role are not a name either ("the Task Force").
      if (const int agent = lexicon.phrases[hit.phrase].agent; agent >= 0 && lexicon.agents[agent].sector.empty())
        for (int t = hit.begin; t < hit.end; ++t) covered[t] = 1;
      continue;
    }
    for (int t = m.begin; t < m.end; ++t) covered[t] = 1;
    raw.push_back(std::move(m));
  }
  // "US-led war", "Vietnamese-led forces", "rebel-held town", "Hamas-run ministry" (kLedBy).
  for (int t = 0; t < n; ++t) {
    if (covered[t]) continue;
    const std::string& form = sentence.tokens[t].form;
    const std::size_t dash = form.rfind('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= form.size() || folded[t].size() != form.size())
      continue;
    if (std::find(kLedBy.begin(), kLedBy.end(), std::string_view(folded[t]).substr(dash + 1)) == kLedBy.end())
      continue;
    Sentence part;
    part.tokens.emplace_back().form = form.substr(0, dash);
    const std::vector<std::string> part_folded{folded[t].substr(0, dash)};
    std::vector<PhraseHit> part_hits;
    lexicon.find_phrases(part, part_folded, date, part_hits);
    for (const PhraseHit& hit : part_hits) {
      Mention m;
      if (hit.begin != 0 || hit.end != 1 || !mention_of(hit, part_folded, m)) continue;
      m.begin = t;  // the whole hyphenated word
      m.end = t + 1;
      m.name_tokens.clear();
      covered[t] = 1;
      raw.push_back(std::move(m));
      break;
    }
  }
  const bool headline = headline_case(sentence);
  auto name_word = [&](int t) {
    return !covered[t] && capitalised(sentence.tokens[t].form) &&
           std::find(kNotNames.begin(), kNotNames.end(), std::string_view(folded[t])) == kNotNames.end() &&
           !is_rank(folded[t]);
  };
  for (int t = 0; t < n;) {
    if (!name_word(t)) {
      ++t;
      continue;
    }
    int end = t + 1;
    while (end < n && name_word(end)) ++end;
    Mention m;
    m.begin = t;
    m.end = end;
    m.kind = ActorKind::kPerson;
    for (int k = t; k < end; ++k)
      if (auto it = names.find(folded[k]); it != names.end() && m.code.empty()) m.code = it->second;
    // Remember a run by its first and last words ("Cho Tae-yul"): titles inside a long run
    // ("External Affairs Minister") are mostly in the middle.
    m.name_tokens.push_back(t);
    if (end - 1 > t) m.name_tokens.push_back(end - 1);
    // In a headline or at the start of a sentence a capital proves nothing: keep only known names.
    if (!((headline || t == 0) && m.code.empty())) raw.push_back(std::move(m));
    else if (!headline && end - t >= 2) unresolved.emplace_back(t, end);  // "Mauro Vieira said ..."
    t = end;
  }
  std::sort(raw.begin(), raw.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });

  auto is_bare_state = [](const Mention& m) {
    return !m.agent_only && m.code.size() == 3 && !country_of(m.code).empty();
  };
  auto unknown_name = [](const Mention& m) { return m.code.empty(); };
  auto absorb = [](Mention& into, const Mention& part) {
    into.end = std::max(into.end, part.end);
    into.begin = std::min(into.begin, part.begin);
    into.name_tokens.insert(into.name_tokens.end(), part.name_tokens.begin(), part.name_tokens.end());
    if (into.agent_rule.empty()) into.agent_rule = part.agent_rule;
  };
  // Capitalised words no dictionary knows right before a role are words of the title ("Chief
  // Diplomatic Advisor", "External Affairs Minister"): one role.
  for (std::size_t k = 0; k + 1 < raw.size(); ++k) {
    Mention& title = raw[k];
    const Mention& role = raw[k + 1];
    if (!unknown_name(title) || !role.agent_only || role.begin != title.end || title.begin == 0) continue;
    Mention merged = role;
    merged.begin = title.begin;
    raw[k + 1] = std::move(merged);
    title.end = title.begin;  // emptied: dropped below
  }
  std::erase_if(raw, [](const Mention& m) { return m.end <= m.begin; });
  // Combines the current mention with the next while they name one actor.
  std::vector<Mention> combined;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    Mention cur = raw[i];
    while (i + 1 < raw.size()) {
      const Mention& next = raw[i + 1];
      const int gap = next.begin - cur.end;
      const bool comma = gap == 1 && folded[cur.end] == ",";
      const bool possessive = gap == 1 && folded[cur.end] == "'s";
      const bool of_phrase = (gap == 1 && folded[cur.end] == "of") ||
                             (gap == 2 && folded[cur.end] == "of" && folded[cur.end + 1] == "the");
      // "Prime Minister Marin of Finland" where no dictionary knows Marin: the role, a name, then "of".
      int name_end = cur.end;
      if (cur.agent_only)
        while (name_end < next.begin && name_end - cur.end < 4 && capitalised(sentence.tokens[name_end].form) &&
               std::find(kNotNames.begin(), kNotNames.end(), std::string_view(folded[name_end])) == kNotNames.end())
          ++name_end;
      const int named_gap = next.begin - name_end;
      const bool named_of_phrase = name_end > cur.end && ((named_gap == 1 && folded[name_end] == "of") ||
                                                          (named_gap == 2 && folded[name_end] == "of" &&
                                                           folded[name_end + 1] == "the"));
      const bool role = cur.agent_only || (!unknown_name(cur) && cur.kind == ActorKind::kPerson);
      // "Nigerian junior foreign minister", "Russian former president": rank words between a state
      // and its role.
      const bool rank_gap = gap >= 1 && gap <= 2 && only_ranks(folded, cur.end, next.begin);
      // "Bangladesh's interim government", "Iran's supreme leader": a possessive, then adjectives.
      const bool possessive_adjectives = gap >= 2 && gap <= 3 && folded[cur.end] == "'s" && [&] {
        for (int t = cur.end + 1; t < next.begin; ++t) {
          const std::string& form = sentence.tokens[t].form;
          if (form.size() < 2 || !std::islower(static_cast<unsigned char>(form[0])) ||
              std::find(kNotNames.begin(), kNotNames.end(), std::string_view(folded[t])) != kNotNames.end())
            return false;
        }
        return true;
      }();
      if ((gap == 0 || possessive || rank_gap || possessive_adjectives) && is_bare_state(cur) && next.agent_only) {
        // "Chinese troops", "China's foreign minister"
        cur.code += next.code.substr(3);
        cur.end = next.end;
        cur.rule = next.rule;
        cur.agent_rule = next.agent_rule;
        cur.kind = ActorKind::kPerson;
        cur.agent_only = false;
      } else if (gap == 0 && !cur.agent_only && cur.kind == ActorKind::kGroup && cur.code.size() == 6 &&
                 cur.code.ends_with("CVL") && next.agent_only && next.code.size() > 3 && !country_of(cur.code).empty()) {
        // "Tigrayan rebels", "Chechen fighters": a people named with a role is that people's role.
        cur.code = cur.code.substr(0, 3) + next.code.substr(3);
        cur.end = next.end;
        cur.rule = next.rule;
        cur.agent_rule = next.agent_rule;
      } else if (gap == 0 && !cur.agent_only && cur.kind == ActorKind::kOrganisation && next.agent_only) {
        // "UN Secretary-General", "NATO spokesperson": the organisation's official acts for it.
        cur.end = next.end;
        cur.agent_rule = next.agent_rule;
        cur.kind = ActorKind::kPerson;
      } else if (of_phrase && cur.agent_only && !next.agent_only &&
                 (next.kind == ActorKind::kOrganisation || next.kind == ActorKind::kGroup) &&
                 (sector_of(cur.code) == "GOV" || sector_of(cur.code) == "ELI" || sector_of(cur.code) == "MIL" ||
                  sector_of(cur.code) == "REB")) {
        // "Secretary General of the United Nations", "the spokesperson of NATO", "the deputy commander
        // of Hamas": the organisation's or group's official (not "women of the OAS", "parties of the
        // convention").
        cur.code = next.code;
        cur.rule = next.rule;
        cur.end = next.end;
        cur.agent_only = false;
      } else if ((of_phrase || named_of_phrase) && cur.agent_only && is_bare_state(next)) {
        // "the foreign minister of Iran", "Foreign Minister Cho Tae-yul of the Republic of Korea"
        cur.code = next.code + cur.code.substr(3);
        for (int t = cur.end; t < name_end; ++t) cur.name_tokens.push_back(t);
        cur.end = next.end;
        cur.agent_only = false;

      } else if (gap == 0 && cur.agent_only && !next.agent_only && !next.code.empty() &&
                 (next.kind == ActorKind::kOrganisation || next.kind == ActorKind::kGroup)) {
        // "the London-based rights group Amnesty International", "rebel group Hamas": a description before the
        // organisation's name is the organisation.
        cur.code = next.code;
        cur.rule = next.rule;
        cur.end = next.end;
        cur.kind = next.kind;
        cur.agent_only = false;
        cur.agent_rule.clear();
      } else if ((gap == 0 || comma) && (cur.agent_only || is_bare_state(cur) || cur.kind == ActorKind::kPerson) &&
                 next.kind == ActorKind::kPerson && !next.agent_only && !unknown_name(next) &&
                 !unknown_name(cur)) {
        // "Foreign Minister Qin Gang", "Iranian Foreign Minister Hossein Amir-Abdollahian": the person's
        // own code is the most specific. (Apposition with a comma: "Qin Gang, China's ...")
        if (comma && !cur.agent_only && cur.kind == ActorKind::kPerson) break;  // "Qin Gang, Wang Yi"
        // (But a role the text gives with its organisation or state is what the person acts as, where
        // the dictionary's dates put them elsewhere: "OAU Secretary-General Salim Ahmed Salim" is
        // the OAU's whatever the date.)
        // (Only an international organisation's official named by a bare name: "ASEAN Chair Prime
        // Minister Hun Sen of Cambodia" meets as Cambodia's.)
        static constexpr std::array<std::string_view, 7> kStateTitles = {"minister", "president", "premier", "king",
                                                                         "chancellor", "emir", "sultan"};
        const bool titled_elsewhere =
            gap == 0 && !cur.agent_only && !cur.agent_rule.empty() &&
            (cur.code.starts_with("IGO") || cur.code.starts_with("NGO")) && !next.code.empty() &&
            cur.code.substr(0, 3) != next.code.substr(0, 3) && next.begin > 0 &&
            std::find(kStateTitles.begin(), kStateTitles.end(), std::string_view(folded[next.begin - 1])) ==
                kStateTitles.end();
        if (!titled_elsewhere) {
          cur.code = next.code;
          cur.rule = next.rule;
        }
        absorb(cur, next);
        cur.kind = ActorKind::kPerson;
        cur.agent_only = false;
      } else if (gap == 0 && is_bare_state(cur) && unknown_name(next)) {
        // "Indian External Affairs Minister S. Jaishankar": the state's person; a known name after
        // the run gives the person's own code on the next step.
        absorb(cur, next);
        cur.kind = ActorKind::kPerson;
      } else if (gap == 0 && role && unknown_name(next)) {
        // "Minister Cho", "Japanese Foreign Minister Yoko Kamikawa": a title with a name we don't know.
        absorb(cur, next);
      } else if ((gap == 0 || comma) && unknown_name(cur) && next.kind == ActorKind::kPerson && !next.agent_only &&
                 !unknown_name(next) && !next.code.empty()) {
        // "Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea"
        cur.code = next.code;
        cur.rule = next.rule;
        absorb(cur, next);
      } else if (unknown_name(cur) && next.agent_only &&
                 (gap == 0 || comma ||
                  (gap > 1 && folded[cur.end] == "," && only_ranks(folded, cur.end + 1, next.begin)))) {
        // "Cho Tae-yul, Minister of Foreign Affairs ..." before the role has its country: take the
        // role, and let "of the Republic of Korea" complete it on the next step.
        cur.code = next.code;
        cur.agent_only = true;
        cur.rule = next.rule;
        absorb(cur, next);
      } else if (comma && !cur.agent_only && !unknown_name(cur) && unknown_name(next)) {
        // "the ambassador of China, Wu Jianghao"
        absorb(cur, next);
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
    if (unknown_name(cur)) {  // a capitalised phrase that names no actor we know
      unresolved.emplace_back(cur.begin, cur.end);
      continue;
    }
    // "the Secretary-General", "the minister": the actor who held that role first in the document.
    // A role with a name of its own ("Minister Cho") is not the last holder of the role.
    if (cur.agent_only && !cur.agent_rule.empty() && cur.name_tokens.empty())
      if (auto it = names.find("role:" + cur.agent_rule); it != names.end()) {
        cur.code = it->second;
        cur.agent_only = false;
      }
    combined.push_back(std::move(cur));
  }

  // "Emma Aparici, Chief Diplomatic Advisor to the President of Spain": a role with no country
  // "to" an office of a state is that state's.
  for (std::size_t k = 0; k + 1 < combined.size(); ++k) {
    Mention& cur = combined[k];
    const Mention& next = combined[k + 1];
    const int gap = next.begin - cur.end;
    const bool to_phrase = (gap == 1 && folded[cur.end] == "to") ||
                           (gap == 2 && folded[cur.end] == "to" && folded[cur.end + 1] == "the");
    if (!to_phrase || !cur.agent_only || !cur.code.starts_with("---") || next.agent_only ||
        next.kind != ActorKind::kPerson || country_of(next.code).empty())
      continue;
    cur.code = country_of(next.code) + cur.code.substr(3);
    cur.agent_only = false;
  }

  // Georgia beside states or cities of the United States is theirs: "a Public Health Emergency for
  // Florida, Georgia and North Carolina", "Atlanta, Georgia", "the State of Georgia".
  for (std::size_t k = 0; k < combined.size(); ++k) {
    Mention& m = combined[k];
    if (m.code != "GEO" || m.end - m.begin != 1 || folded[m.begin] != "georgia") continue;
    bool american = m.begin >= 3 && folded[m.begin - 1] == "of" && folded[m.begin - 2] == "state" &&
                    folded[m.begin - 3] == "the";
    for (std::size_t j : {k - 1, k + 1}) {
      if (j >= combined.size()) continue;  // (k - 1 wraps for k = 0)
      const Mention& o = combined[j];
      if (o.code != "USA" || o.kind != ActorKind::kPlace) continue;
      const int from = j < k ? o.end : m.end, to = j < k ? m.begin : o.begin;
      bool list = to - from >= 1 && to - from <= 2;
      for (int t = from; t < to; ++t) list &= folded[t] == "," || folded[t] == "and" || folded[t] == "or";
      american |= list;
    }
    if (american) m.code = "USA";
  }

  // Two demonyms sharing one role: "Chinese and Russian warships", "Indian and US troops" (CHNMIL and
  // RUSMIL): the first, a bare state just before "and", takes the second's role.
  for (std::size_t k = 0; k + 1 < combined.size(); ++k) {
    Mention& first = combined[k];
    const Mention& second = combined[k + 1];
    if (first.code.size() != 3 || country_of(first.code).empty() || first.kind != ActorKind::kState ||
        second.agent_rule.empty() || second.code.size() <= 3 || country_of(second.code).empty() ||
        second.begin != first.end + 1 || (folded[first.end] != "and" && folded[first.end] != "or"))
      continue;
    // (The second's state word opens it: "Russian warships", not "Russia's warships".)
    if (second.begin + 1 < n && (folded[second.begin + 1] == "'s" || folded[second.begin + 1] == "'")) continue;
    // (A one-word demonym, by its ending: "Chinese", "Russian", "Israeli"; not a state's name,
    // "Britain and French troops".)
    const std::string& f = folded[first.begin];
    if (first.end - first.begin != 1 || f.size() < 2) continue;
    const bool demonym = f.ends_with("an") || f.ends_with("ese") || f.ends_with("ish") || f.ends_with("i") ||
                         f == "us" || f == "u.s." || f == "uk";
    if (!demonym) continue;
    first.code += second.code.substr(3);
    first.agent_rule = second.agent_rule;
  }

  // An ethnic community named with the state it lives in is that state's people: "ethnic Albanians
  // in south Serbia" (SRBCVL), "ethnic Albanian guerrillas in Macedonia" (MKDREB). Named alone they
  // keep the ethnic code (ABN, ethnic_groups.actors). A people named by its demonym "of" another
  // state lives there too: "the Hungarians of northern Serbia" (SRBCVL), where "Albanians in Italy" may
  // be visitors and stays ALB.
  for (std::size_t k = 0; k + 1 < combined.size(); ++k) {
    Mention& m = combined[k];
    const bool ethnic = m.code.starts_with("ABN");
    const bool people = m.kind == ActorKind::kState && m.code.size() == 3 && m.end - m.begin == 1 &&
                        folded[m.begin].size() > 4 && folded[m.begin].ends_with("ans");
    if (!ethnic && !people) continue;
    const Mention& next = combined[k + 1];
    int t = m.end;
    if (t < n && (folded[t] == "of" || (ethnic && folded[t] == "in"))) ++t;
    else continue;
    if (t < n && folded[t] == "the") ++t;
    if (t < n && is_compass(folded[t])) ++t;
    if (next.begin != t || next.kind != ActorKind::kState || next.code.size() != 3 || country_of(next.code).empty() ||
        next.code == m.code)
      continue;
    const std::string sector = m.code.size() > 3 ? m.code.substr(3) : "CVL";
    m.code = next.code + sector;
  }
  // Not named with one, they are the people of the state the sentence places its events in: the
  // first state after "in" or "near" ("ethnic Albanians marched on Sunday in Montenegro", "police
  // detained ethnic Albanian activists in southeastern Serbia", "a village near Kosovo's
  // border"). Albania itself is never that place (they are named ethnic to say they are not its).
  std::string placed;
  for (const Mention& s : combined) {
    if (s.kind != ActorKind::kState || s.code.size() != 3 || s.code == "ALB" || country_of(s.code).empty())
      continue;
    int t = s.begin - 1;
    if (t >= 0 && is_compass(folded[t])) --t;
    if (t >= 0 && folded[t] == "the") --t;
    if (t >= 0 && (folded[t] == "in" || folded[t] == "near")) {
      placed = s.code;
      break;
    }
  }
  if (!placed.empty())
    for (Mention& m : combined)
      if (m.code.starts_with("ABN")) m.code = placed + (m.code.size() > 3 ? m.code.substr(3) : "CVL");

  // "Asian American leaders", "African American mayors": Americans of that descent, not the region's
  // or state's people.
  for (std::size_t k = 0; k + 1 < combined.size(); ++k) {
    const Mention& m = combined[k];
    const Mention& next = combined[k + 1];
    if (m.end - m.begin == 1 && next.begin == m.end && !m.agent_only &&
        (folded[next.begin] == "american" || folded[next.begin] == "americans") && m.code.substr(0, 3) != "USA") {
      combined.erase(combined.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }

  // Remember the names of people whose code is known now, and who holds which role.
  for (const Mention& m : combined) {
    if (m.agent_only || m.code.empty() || m.code.starts_with("---")) continue;
    // The first holder named keeps the role: a readout names its own leader first ("President
    // Biden spoke with President Duque of Colombia. ... The President also shared his concern").
    // (And where they were named, for roles named before their holder: see coder.cc.)
    if (!m.agent_rule.empty() && names.emplace("role:" + m.agent_rule, m.code).second)
      names["role-at:" + m.agent_rule] = std::to_string(sentence.index) + ":" + std::to_string(m.begin);
    for (int t : m.name_tokens)
      if (folded[t].size() >= 3 && capitalised(sentence.tokens[t].form)) names[folded[t]] = m.code;
  }
  out = std::move(combined);
}

}  // namespace parley::coding
