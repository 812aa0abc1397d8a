// Matching over the compiled dictionaries: date resolution of actor codes, phrase search, indexes.
#include "lexicon/compiled.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/loader.h"

namespace parley::lexicon_internal {
namespace {

bool holds(const DatedCode& code, const Date& date) {
  return (!code.from || *code.from <= date) && (!code.to || date <= *code.to);
}

// "Jr." and the like, which names write after a comma or without one.
bool is_name_suffix(std::string_view folded) {
  return folded == "jr." || folded == "jr" || folded == "sr." || folded == "sr";
}

// The shared body of the find_phrases overloads; `date` is null when no date filter applies, `starts`
// when the caller did not look up each token's phrases.
void find_phrases_impl(const Compiled& c, const Sentence& sentence, const std::vector<std::string>& folded,
                       const std::optional<Date>* date, const Compiled::PhraseStarts* starts,
                       std::vector<PhraseHit>& out) {
  // A caller handing a short `folded` (or `starts`) gets matches over the tokens it covers, not a crash.
  std::size_t covered = std::min(sentence.tokens.size(), folded.size());
  if (starts != nullptr) covered = std::min(covered, starts->size());
  const int n = static_cast<int>(covered);
  // The longest phrase that starts at token i: its index and length (0: none).
  auto longest_at = [&](int i) -> std::pair<int, int> {
    const std::vector<int>* candidates =
        starts != nullptr ? (*starts)[static_cast<std::size_t>(i)] : c.phrases_starting(folded[i]);
    if (candidates == nullptr) return {-1, 0};
    // Candidates are longest first, actors before agents: the first that fits is the answer.
    for (int index : *candidates) {
      const Phrase& p = c.phrases[index];
      const int length = static_cast<int>(p.folded.size());
      if (length > n - i) continue;
      bool same = true;
      int commas = 0;  // before a generational suffix: "Ferdinand Marcos, Jr." is `Ferdinand Marcos Jr.`
      for (int k = 0; k < length && same; ++k) {
        int at = i + k + commas;
        if (k > 0 && at + 1 < n && folded[at] == "," && is_name_suffix(p.folded[k]) && folded[at + 1] == p.folded[k]) {
          ++commas;
          ++at;
        }
        same = at < n && (p.case_sensitive ? sentence.tokens[at].form == p.exact[k] : (k == 0 || folded[at] == p.folded[k]));
      }
      if (!same) continue;
      if (date != nullptr && p.actor >= 0 && c.actors[p.actor].code_on(*date) == nullptr) continue;
      return {index, length + commas};
    }
    return {-1, 0};
  };
  int i = 0;
  while (i < n) {
    auto [index, length] = longest_at(i);
    // A phrase that opens with an article loses to one that starts inside it, reaches past it and
    // is no shorter: "the West Bank" is `West Bank` (a place), not `the West` and a bank. (Only
    // then: "Amir Sheikh Tamim Bin Hamad" keeps its title against "Sheikh Tamim Bin Hamad Al Thani".)
    for (int j = i + 1; j < i + length && index >= 0 && folded[i] == "the"; ++j)
      if (const auto [other, other_length] = longest_at(j);
          other >= 0 && j + other_length > i + length && other_length >= length)
        index = -1;
    if (index >= 0) out.push_back(PhraseHit{i, i + length, index});
    i += index >= 0 ? length : 1;
  }
}

}  // namespace

const std::string* ActorEntry::code_on(const std::optional<Date>& date) const {
  if (date) {
    for (const DatedCode& c : codes)
      if (c.dated() && holds(c, *date)) return &c.code;
    for (const DatedCode& c : codes)
      if (!c.dated()) return &c.code;
    return nullptr;
  }
  for (const DatedCode& c : codes)
    if (!c.dated()) return &c.code;
  return codes.empty() ? nullptr : &codes.back().code;
}

void Compiled::find_phrases(const Sentence& sentence, const std::vector<std::string>& folded,
                            std::vector<PhraseHit>& out) const {
  find_phrases_impl(*this, sentence, folded, nullptr, nullptr, out);
}

void Compiled::find_phrases(const Sentence& sentence, const std::vector<std::string>& folded,
                            const std::optional<Date>& date, std::vector<PhraseHit>& out) const {
  find_phrases_impl(*this, sentence, folded, &date, nullptr, out);
}

void Compiled::find_phrases(const Sentence& sentence, const std::vector<std::string>& folded,
                            const std::optional<Date>& date, const PhraseStarts& starts,
                            std::vector<PhraseHit>& out) const {
  find_phrases_impl(*this, sentence, folded, &date, &starts, out);
}

void build_indexes(Compiled& c) {
  c.phrases_by_first_token.clear();
  c.patterns_by_predicate.clear();
  c.pattern_word_ids.clear();
  for (VerbPattern& p : c.patterns)
    for (PatternElement& e : p.elements) {
      e.ids.clear();
      for (const std::string& w : e.words) {
        const auto id = static_cast<std::uint32_t>(c.pattern_word_ids.size() + 1);
        e.ids.push_back(c.pattern_word_ids.emplace(w, id).first->second);
      }
    }
  for (int i = 0; i < static_cast<int>(c.phrases.size()); ++i) {
    const Phrase& p = c.phrases[i];
    if (p.folded.empty()) continue;
    c.phrases_by_first_token[p.folded.front()].push_back(i);
  }
  for (auto& [token, list] : c.phrases_by_first_token) {
    std::sort(list.begin(), list.end(), [&c](int a, int b) {
      const Phrase& pa = c.phrases[a];
      const Phrase& pb = c.phrases[b];
      if (pa.folded.size() != pb.folded.size()) return pa.folded.size() > pb.folded.size();
      const bool actor_a = pa.actor >= 0;
      const bool actor_b = pb.actor >= 0;
      if (actor_a != actor_b) return actor_a;
      return a < b;
    });
  }

  for (int i = 0; i < static_cast<int>(c.patterns.size()); ++i) {
    const VerbPattern& p = c.patterns[i];
    if (p.elements.empty()) continue;
    const std::vector<std::string>& words = p.elements.front().words;
    for (std::size_t w = 0; w < words.size(); ++w) {
      // "(meet/meet)" should not list the pattern twice under "meet".
      if (std::find(words.begin(), words.begin() + w, words[w]) != words.begin() + w) continue;
      c.patterns_by_predicate[words[w]].push_back(i);
    }
  }
  for (auto& [predicate, list] : c.patterns_by_predicate) {
    std::sort(list.begin(), list.end(), [&c](int a, int b) {
      if (c.patterns[a].specificity != c.patterns[b].specificity) {
        return c.patterns[a].specificity > c.patterns[b].specificity;
      }
      return a < b;
    });
  }
}

std::unique_ptr<Compiled> compile_sources(const std::vector<DictionarySource>& sources, Problems& problems) {
  auto compiled = std::make_unique<Compiled>();
  for (const DictionarySource& source : sources) {
    switch (source.kind) {
      case DictionaryKind::kActors: load_actors(source, *compiled, problems); break;
      case DictionaryKind::kAgents: load_agents(source, *compiled, problems); break;
      case DictionaryKind::kVerbs: load_verbs(source, *compiled, problems); break;
    }
  }
  build_indexes(*compiled);
  return compiled;
}

}  // namespace parley::lexicon_internal
