// The JSON Lines event schema (docs/ARCHITECTURE.md). Field order is part of the contract.
#include <nlohmann/json.hpp>

#include "parley/writer.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

Json actor_json(const std::optional<ActorRef>& actor) {
  if (!actor) return nullptr;
  Json j;
  j["code"] = actor->code;
  j["country"] = actor->country ? Json(*actor->country) : Json(nullptr);
  j["sector"] = actor->sector ? Json(*actor->sector) : Json(nullptr);
  j["text"] = actor->text.empty() ? Json(nullptr) : Json(actor->text);
  j["start"] = actor->start;
  j["end"] = actor->end;
  return j;
}

}  // namespace

std::string event_to_json(const Event& e) {
  Json j;
  j["event_id"] = e.event_id;
  j["doc_id"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["date"] = e.date ? Json(e.date->iso()) : Json(nullptr);
  j["lang"] = e.lang;
  j["source"] = actor_json(e.source);
  j["target"] = actor_json(e.target);
  j["code"] = e.code;
  j["root"] = e.root;
  j["name"] = e.name;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type}, {"mode", e.plover_mode ? Json(*e.plover_mode) : Json(nullptr)}};
  j["negated"] = e.negated;
  j["modality"] = modality_name(e.modality);
  j["speaker"] = e.speaker ? Json(*e.speaker) : Json(nullptr);
  j["evidence"] = {{"start", e.evidence_start},
                   {"end", e.evidence_end},
                   {"text", e.evidence_text},
                   {"field", e.field == Field::kTitle ? "title" : "text"}};
  j["rule"] = e.rule;
  j["issues"] = e.issues;
  j["location"] = nullptr;
  // Invalid UTF-8 cannot reach here (readers reject it), but never throw from a writer.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace parley
