// The .agents parser: "PHRASES => SECTOR" lines, with the regular plural of each phrase's last word
// added at load time (docs/DICTIONARIES.md).
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "lexicon/loader.h"
#include "text/text.h"

namespace parley::lexicon_internal {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}


}  // namespace

// Rules, applied to the lower-cased word:
//   ...men                 -> nothing: already plural ("policemen" written out next to "policeman")
//   ...man                 -> ...men and ...mans ("chairmen"; "humans" stays right too)
//   ...ss, ...us           -> +es ("bosses", "statuses")
//   other ...s             -> nothing: already plural ("troops", "forces", "arms")
//   ...x, ...z, ...ch, ...sh -> +es ("taxes", "churches")
//   consonant + y          -> ...ies ("party" -> "parties"); vowel + y -> +s ("envoys")
//   otherwise              -> +s ("ministers", "militias")
// Words not ending in an ASCII letter (acronyms with digits, non-Latin words) get no plural.
std::vector<std::string> regular_plurals(std::string_view word) {
  if (word.empty() || !is_ascii_letter(word.back())) return {};
  std::string low;
  low.reserve(word.size());
  for (char c : word) low += lower(c);
  const std::string w(word);
  if (ends_with(low, "men")) return {};
  if (ends_with(low, "man")) return {w.substr(0, w.size() - 2) + "en", w + "s"};
  if (ends_with(low, "ss") || ends_with(low, "us")) return {w + "es"};
  if (ends_with(low, "s")) return {};
  if (ends_with(low, "x") || ends_with(low, "z") || ends_with(low, "ch") || ends_with(low, "sh")) {
    return {w + "es"};
  }
  if (low.size() >= 2 && low.back() == 'y' && !is_vowel(low[low.size() - 2])) {
    return {w.substr(0, w.size() - 1) + "ies"};
  }
  return {w + "s"};
}

void load_agents(const DictionarySource& source, Compiled& out, Problems& problems) {
  for (const Line& line : content_lines(source, problems)) {
    auto problem = [&](std::string message) { problems.add(source.name, line.number, std::move(message)); };

    if (line.text.front() == '[') {
      problem("sections such as '[person]' belong in .actors files; expected 'PHRASES => SECTOR'");
      continue;
    }
    std::size_t arrow = line.text.find("=>");
    if (arrow == std::string_view::npos || line.text.find("=>", arrow + 2) != std::string_view::npos) {
      problem("expected 'PHRASES => SECTOR'");
      continue;
    }
    std::string_view phrases_text = trim(line.text.substr(0, arrow));
    std::string_view sector = trim(line.text.substr(arrow + 2));
    if (phrases_text.empty() || sector.empty()) {
      problem("expected 'PHRASES => SECTOR'");
      continue;
    }

    bool good = true;
    // "-": words that look like a role but name none ("task force" is no armed force): matched so
    // that no shorter role inside them is.
    if (sector == "-") sector = {};
    if (!sector.empty() && !is_code_groups(sector)) {
      problem("bad agent sector '" + std::string(sector) + "' (expected role codes such as GOV, MIL, GOVMIL)");
      good = false;
    }

    std::vector<Phrase> phrases;
    if (!compile_phrases(phrases_text, phrases, problem)) good = false;
    if (!good) continue;

    // Plurals of the last word, unless the entry already lists that form.
    std::unordered_set<std::string> seen;
    for (const Phrase& p : phrases) seen.insert(phrase_key(p));
    const std::size_t written = phrases.size();
    for (std::size_t i = 0; i < written; ++i) {
      for (std::string& plural_word : regular_plurals(phrases[i].exact.back())) {
        Phrase plural;
        plural.exact = phrases[i].exact;
        plural.folded = phrases[i].folded;
        plural.case_sensitive = phrases[i].case_sensitive;
        plural.plural = true;
        plural.folded.back() = text::fold(plural_word);
        plural.exact.back() = std::move(plural_word);
        // The text as written with the last word replaced; the last token ends the written text
        // except when something untokenised follows it, and then the token list is what counts.
        const std::string& last = phrases[i].exact.back();
        if (ends_with(phrases[i].text, last)) {
          plural.text = phrases[i].text.substr(0, phrases[i].text.size() - last.size()) + plural.exact.back();
        } else {
          plural.text = phrases[i].text + " (" + plural.exact.back() + ")";
        }
        if (!seen.insert(phrase_key(plural)).second) continue;
        phrases.push_back(std::move(plural));
      }
    }

    AgentEntry entry;
    entry.sector = std::string(sector);
    entry.rule = rule_name(source.name, line.number);
    entry.first_phrase = phrases.front().text;
    const int index = static_cast<int>(out.agents.size());
    out.agents.push_back(std::move(entry));
    for (Phrase& phrase : phrases) {
      phrase.agent = index;
      out.phrases.push_back(std::move(phrase));
    }
  }
}

}  // namespace parley::lexicon_internal
