#include "validate/case2021.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>

#include "lexicon/loader.h"

namespace parley::validate {
namespace {

using namespace std::string_view_literals;

// ACLED-style types and the CAMEO roots that code them. An empty list: a disaster, where no
// political event is expected.
struct TypeRoots {
  std::string_view type;
  std::array<std::string_view, 5> roots;
};
constexpr std::array<TypeRoots, 21> kTypes = {{
    {"ARMED_CLASH", {"19"}},
    {"AIR_STRIKE", {"19", "20"}},
    {"ART_MISS_ATTACK", {"19", "20"}},
    {"GOV_REGAINS_TERIT", {"19"}},
    {"NON_STATE_ACTOR_OVERTAKES_TER", {"19"}},
    {"SUIC_BOMB", {"18"}},
    {"GRENADE", {"18", "19"}},
    {"REM_EXPLOS", {"18", "19"}},
    {"ATTACK", {"18", "19"}},
    {"ABDUCT_DISSAP", {"18", "17"}},
    {"SEX_VIOL", {"18"}},
    {"CHEM_WEAP", {"20", "19"}},
    {"PEACE_PROTEST", {"14"}},
    {"PROTEST_WITH_INTER", {"14", "17"}},
    {"VIOL_DEMONSTR", {"14"}},
    {"MOB_VIOL", {"14", "18"}},
    {"FORCE_AGAINST_PROTEST", {"17", "18"}},
    {"ARREST", {"17"}},
    {"PROPERTY_DISTRUCT", {"17", "18", "14"}},
    {"AGREEMENT", {"03", "05", "06", "08"}},
    // Diplomatic acts, friendly or not: talks, protests, expulsions, sanctions.
    {"DIPLO", {"04", "05", "11", "12", "16"}},
}};
constexpr std::array<std::string_view, 2> kDisasters = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"};

const TypeRoots* roots_of(std::string_view type) {
  for (const TypeRoots& t : kTypes)
    if (t.type == type) return &t;
  return nullptr;
}

}  // namespace

Result<Case2021Score> score_case2021(const Coder& coder, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot read the file", path);
  Case2021Score score;
  auto state = coder.new_state();
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto fields = lexicon_internal::split(line, '\t');
    const std::string where = path + ":" + std::to_string(number);
    if (number == 1) {
      if (fields.size() != 3 || fields[1] != "EventSnippet"sv || fields[2] != "SubType"sv)
        return Status::invalid_input("expected the header 'id<TAB>EventSnippet<TAB>SubType'", where);
      continue;
    }
    if (line.empty()) continue;
    if (fields.size() != 3 || fields[0].empty() || fields[2].empty())
      return Status::invalid_input("expected three tab-separated fields: id, snippet, type", where);
    ++score.snippets;
    const std::string type(fields[2]);
    const TypeRoots* roots = roots_of(type);
    const bool disaster = std::find(kDisasters.begin(), kDisasters.end(), fields[2]) != kDisasters.end();
    if (roots == nullptr && !disaster) {
      ++score.unscored;
      continue;
    }
    Document doc;
    doc.id = "case2021-" + std::string(fields[0]);
    doc.text = std::string(fields[1]);
    CodedDocument coded = coder.code(std::move(doc), *state);
    bool read = false;
    std::string codes;
    for (const Event& e : coded.events) {
      if (e.negated || e.modality == Modality::kHypothetical) continue;  // (as `parley stats` counts)
      codes += (codes.empty() ? "" : " ") + e.code;
      if (disaster) read = true;
      else
        for (std::string_view r : roots->roots) read |= !r.empty() && e.root == r;
    }
    TypeRate& total = disaster ? score.no_event : score.scored;
    TypeRate& by_type = score.by_type[type];
    ++total.snippets;
    ++by_type.snippets;
    total.read += read;
    by_type.read += read;
    if (!disaster && !read)
      score.misses.push_back(std::string(fields[0]) + "\t" + type + "\t" + (codes.empty() ? "(none)" : codes) + "\t" +
                             coded.document.text);
  }
  if (score.snippets == 0) return Status::invalid_input("no snippets (expected a header and rows)", path);
  return score;
}

}  // namespace parley::validate
