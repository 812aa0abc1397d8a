// The .actors parser: "PHRASES => CODES" lines under [kind] sections (docs/DICTIONARIES.md).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/loader.h"

namespace parley::lexicon_internal {
namespace {

std::optional<ActorKind> parse_kind(std::string_view name) {
  if (name == "state") return ActorKind::kState;
  if (name == "place") return ActorKind::kPlace;
  if (name == "person") return ActorKind::kPerson;
  // Both spellings: the format is British, its users are not all.
  if (name == "organisation" || name == "organization") return ActorKind::kOrganisation;
  if (name == "group") return ActorKind::kGroup;
  return std::nullopt;
}

// Parses "FROM..TO" into `code`. Returns an error message, or empty when good.
std::string parse_range(std::string_view range, DatedCode& code) {
  std::size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    return "bad date range '" + std::string(range) + "' (expected FROM..TO, either end may be empty)";
  }
  std::string_view from = range.substr(0, dots);
  std::string_view to = range.substr(dots + 2);
  if (from.empty() && to.empty()) return "date range '..' has neither start nor end";
  if (!from.empty()) {
    code.from = Date::parse_iso(from);
    if (!code.from) return "bad date '" + std::string(from) + "' in range";
  }
  if (!to.empty()) {
    code.to = Date::parse_iso(to);
    if (!code.to) return "bad date '" + std::string(to) + "' in range";
  }
  if (code.from && code.to && *code.to < *code.from) {
    return "range end before start in '" + std::string(range) + "'";
  }
  return {};
}

// True when two of the entry's dated codes share a day. Open ends reach to the start/end of time.
bool has_overlap(const std::vector<DatedCode>& codes) {
  struct Span { Date from, to; };
  std::vector<Span> spans;
  for (const DatedCode& c : codes) {
    if (!c.dated()) continue;
    spans.push_back(Span{c.from.value_or(Date{0, 0, 0}), c.to.value_or(Date{99999, 99, 99})});
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].from <= spans[i - 1].to) return true;
  }
  return false;
}

}  // namespace

void load_actors(const DictionarySource& source, Compiled& out, Problems& problems) {
  ActorKind kind = ActorKind::kState;
  for (const Line& line : content_lines(source, problems)) {
    auto problem = [&](std::string message) { problems.add(source.name, line.number, std::move(message)); };

    if (line.text.front() == '[') {
      if (line.text.back() != ']') {
        problem("expected a section line such as '[person]'");
        continue;
      }
      std::string_view name = trim(line.text.substr(1, line.text.size() - 2));
      std::optional<ActorKind> parsed = parse_kind(name);
      if (!parsed) {
        problem("unknown section '[" + std::string(name) +
                "]' (expected [state], [place], [person], [organisation] or [group])");
        continue;
      }
      kind = *parsed;
      continue;
    }

    std::size_t arrow = line.text.find("=>");
    if (arrow == std::string_view::npos || line.text.find("=>", arrow + 2) != std::string_view::npos) {
      problem("expected 'PHRASES => CODES'");
      continue;
    }
    std::string_view phrases_text = trim(line.text.substr(0, arrow));
    std::string_view codes_text = trim(line.text.substr(arrow + 2));
    if (phrases_text.empty() || codes_text.empty()) {
      problem("expected 'PHRASES => CODES'");
      continue;
    }

    bool good = true;
    ActorEntry entry;
    entry.kind = kind;
    entry.rule = rule_name(source.name, line.number);
    for (std::string_view item : split(codes_text, ';')) {
      item = trim(item);
      if (item.empty()) {
        problem("empty code in '" + std::string(codes_text) + "'");
        good = false;
        continue;
      }
      std::vector<std::string_view> parts = split_words(item);
      if (parts.size() > 2) {
        problem("expected 'CODE' or 'CODE FROM..TO', got '" + std::string(item) + "'");
        good = false;
        continue;
      }
      DatedCode code;
      code.code = std::string(parts[0]);
      if (!is_code_groups(parts[0])) {
        problem("bad actor code '" + code.code + "' (expected groups of three capitals: CHN, CHNGOV)");
        good = false;
        continue;
      }
      if (parts.size() == 2) {
        std::string error = parse_range(parts[1], code);
        if (!error.empty()) {
          problem(std::move(error));
          good = false;
          continue;
        }
      }
      entry.codes.push_back(std::move(code));
    }
    if (good && has_overlap(entry.codes)) {
      problem("overlapping date ranges in one entry");
      good = false;
    }

    std::vector<Phrase> phrases;
    if (!compile_phrases(phrases_text, phrases, problem)) good = false;
    if (!good) continue;
    add_article_variants(phrases);

    entry.first_phrase = phrases.front().text;
    const int index = static_cast<int>(out.actors.size());
    out.actors.push_back(std::move(entry));
    for (Phrase& phrase : phrases) {
      phrase.actor = index;
      out.phrases.push_back(std::move(phrase));
    }
  }
}

}  // namespace parley::lexicon_internal
