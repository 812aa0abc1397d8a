// PLOVER JSON: one record per event, in the shape of the PLOVER reference records (id, date,
// source/target lists of {actorText, code, sector}, event = PLOVER type, mode, text), plus parley's
// CAMEO code and evidence offsets. Events whose CAMEO code has no PLOVER type (statements) are left
// out, as PLOVER drops them.
#include <nlohmann/json.hpp>

#include "io/plover_json.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

Json actors(const std::optional<ActorRef>& actor) {
  Json list = Json::array();
  if (!actor) return list;
  Json a;
  a["actorText"] = actor->text.empty() ? Json(nullptr) : Json(actor->text);
  a["code"] = actor->country ? *actor->country : actor->code.substr(0, std::min<std::size_t>(actor->code.size(), 6));
  a["sector"] = actor->sector ? Json(*actor->sector) : Json(nullptr);
  a["cameo"] = actor->code;
  list.push_back(a);
  return list;
}

}  // namespace

bool has_plover_type(const Event& e) { return !e.plover_type.empty(); }

std::string event_to_plover_json(const Event& e, const Document& doc) {
  Json j;
  j["id"] = e.event_id;
  j["date"] = e.date ? Json(e.date->iso()) : Json(nullptr);
  j["source"] = actors(e.source);
  j["target"] = actors(e.target);
  j["event"] = e.plover_type;
  j["mode"] = e.plover_mode ? Json(*e.plover_mode) : Json("");
  j["context"] = Json::array();
  j["text"] = e.evidence_text;
  j["language"] = e.lang;
  j["publication"] = doc.source.empty() ? Json(nullptr) : Json(doc.source);
  j["url"] = doc.url.empty() ? Json(nullptr) : Json(doc.url);
  j["docId"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["cameo"] = {{"code", e.code}, {"name", e.name}, {"goldstein", e.goldstein}, {"quad", e.quad}};
  j["negated"] = e.negated;
  j["modality"] = modality_name(e.modality);
  j["evidence"] = {{"start", e.evidence_start}, {"end", e.evidence_end},
                   {"field", e.field == Field::kTitle ? "title" : "text"}};
  j["rule"] = e.rule;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace parley
