#include "validate/plover_gsr.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>

namespace parley::validate {
namespace {

using Json = nlohmann::json;

std::string country_of_gold(const Json& actor) {
  if (!actor.is_object() || !actor.contains("code") || !actor["code"].is_string()) return "";
  std::string code = actor["code"].get<std::string>().substr(0, 3);
  // A few gold records write a country with a code that is not ISO 3166's (nor CAMEO's): read them
  // as the ISO code they mean.
  if (code == "JAP") return "JPN";
  if (code == "ITL") return "ITA";
  if (code == "VTN") return "VNM";
  return code;
}

std::vector<std::string> gold_countries(const Json& list) {
  std::vector<std::string> out;
  if (list.is_array())
    for (const Json& a : list)
      if (std::string c = country_of_gold(a); !c.empty()) out.push_back(c);
  return out;
}

// The gold records (PLOVER 0.5, 2016) use types that PLOVER has since renamed or merged (the PLOVER
// manual's table of changes), and modes it has since moved to another type (the manual's mode tables:
// destroying property and firing on people are ASSAULT's `destroy` and `firearms` now, no longer
// COERCE's; deportation is COERCE's `deport`, no longer FIGHT's); parley writes the current ones.
std::string current_plover_type(const std::string& type, const std::string& mode) {
  if (type == "COERCE" && (mode == "destroy" || mode == "firearms")) return "ASSAULT";
  if (type == "FIGHT" && mode == "deport") return "COERCE";
  if (type == "DISAPPROVE" || type == "INVESTIGATE") return "ACCUSE";
  if (type == "DEMAND") return "REQUEST";
  if (type == "FIGHT") return "ASSAULT";
  return type;
}

std::string country_of_event(const std::optional<ActorRef>& actor) {
  if (!actor) return "-";
  if (actor->country) return *actor->country;
  return actor->code.substr(0, 3);  // IGO..., NGO..., ---
}

// "A B TYPE" triples. A gold triple with no target ("A - TYPE": the gold coders give joint acts as
// two sources and no target) matches any predicted triple with its source and type: where the gold
// names no target, a target parley names is extra information, not a disagreement. (A predicted
// triple with no target does not match a gold triple that has one.)
bool same(const std::string& gold, const std::string& predicted) {
  if (gold == predicted) return true;
  auto parts = [](const std::string& t) {
    std::istringstream in(t);
    std::string s, g, y;
    in >> s >> g >> y;
    return std::array<std::string, 3>{s, g, y};
  };
  const auto a = parts(gold), b = parts(predicted);
  return a[0] == b[0] && a[2] == b[2] && a[1] == "-";
}

void count(const std::set<std::string>& gold, const std::set<std::string>& predicted, PrecisionRecall& pr) {
  pr.gold += static_cast<long>(gold.size());
  pr.predicted += static_cast<long>(predicted.size());
  for (const std::string& g : gold)
    pr.matched_gold += std::any_of(predicted.begin(), predicted.end(), [&](const std::string& p) { return same(g, p); });
  for (const std::string& p : predicted)
    pr.matched_predicted += std::any_of(gold.begin(), gold.end(), [&](const std::string& g) { return same(g, p); });
}

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : " ") + i;
  return out.empty() ? "(none)" : out;
}

}  // namespace

Result<GsrScore> score_plover_gsr(const Coder& coder, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot read the file", path);
  Json records = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (records.is_discarded()) return Status::invalid_input("not valid JSON (expected an array of records)", path);
  if (!records.is_array()) return Status::invalid_input("expected a JSON array of records", path);

  GsrScore score;
  auto state = coder.new_state();
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Json& r = records[i];
    if (!r.is_object()) return Status::invalid_input("record " + std::to_string(i) + " is not an object", path);
    if (!r.contains("text") || !r["text"].is_string() || !r.contains("event") || !r["event"].is_string()) continue;
    const std::string type = current_plover_type(r["event"].get<std::string>(),
                                                 r.contains("mode") && r["mode"].is_string() ? r["mode"].get<std::string>() : "");
    if (type == "DOCUMENT") continue;
    ++score.records;
    Document doc;
    doc.id = r.contains("id") && r["id"].is_string() ? r["id"].get<std::string>() : "record-" + std::to_string(i);
    doc.text = r["text"].get<std::string>();
    if (r.contains("date") && r["date"].is_string()) doc.date = Date::parse_iso(r["date"].get<std::string>());
    CodedDocument coded = coder.code(std::move(doc), *state);

    std::set<std::string> gold_triples, predicted_triples, gold_types{type}, predicted_types;
    std::vector<std::string> sources = gold_countries(r.value("source", Json()));
    std::vector<std::string> targets = gold_countries(r.value("target", Json()));
    if (targets.empty()) targets.push_back("-");
    for (const auto& s : sources)
      for (const auto& t : targets) gold_triples.insert(s + " " + t + " " + type);
    for (const Event& e : coded.events) {
      // (As `parley stats` counts: not what is denied, nor what is only supposed or a condition.)
      if (e.negated || e.modality == Modality::kHypothetical || e.plover_type.empty()) continue;
      predicted_types.insert(e.plover_type);
      predicted_triples.insert(country_of_event(e.source) + " " + country_of_event(e.target) + " " + e.plover_type);
    }
    count(gold_triples, predicted_triples, score.triples);
    count(gold_types, predicted_types, score.types);
    if (gold_triples != predicted_triples)
      score.misses.push_back(coded.document.id + "\tgold: " + join(gold_triples) + "\tparley: " +
                             join(predicted_triples) + "\t" + coded.document.text);
  }
  return score;
}

}  // namespace parley::validate
