// The JSON Lines event schema (docs/ARCHITECTURE.md). Field order is part of the contract.
#include <nlohmann/json.hpp>

#include "parley/writer.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

// The object is written field by field in the schema's order, and nlohmann's serializer writes each
// value (string escaping, number formatting): the bytes an ordered_json of the whole event would
// dump, without building and freeing a tree of keys and values per event. One serializer per event.
struct Out {
  explicit Out(std::string& text)
      : out(text),
        // Invalid UTF-8 cannot reach here (readers reject it), but never throw from a writer.
        serializer(nlohmann::detail::output_adapter<char, std::string>(text), ' ', Json::error_handler_t::replace) {}
  std::string& out;
  nlohmann::detail::serializer<Json> serializer;
};

void value(Out& o, const Json& v) { o.serializer.dump(v, false, false, 0); }
void key(Out& o, const char* name, bool first = false) {
  if (!first) o.out += ',';
  o.out += '"';
  o.out += name;
  o.out += "\":";
}
template <class T>
void optional_value(Out& o, const std::optional<T>& v) {
  if (v) value(o, *v);
  else o.out += "null";
}

void actor_json(Out& o, const std::optional<ActorRef>& actor) {
  std::string& out = o.out;
  if (!actor) {
    out += "null";
    return;
  }
  out += '{';
  key(o, "code", true); value(o, actor->code);
  key(o, "country"); optional_value(o, actor->country);
  key(o, "sector"); optional_value(o, actor->sector);
  key(o, "text");
  if (actor->text.empty()) out += "null";
  else value(o, actor->text);
  key(o, "start"); out += std::to_string(actor->start);
  key(o, "end"); out += std::to_string(actor->end);
  out += '}';
}

}  // namespace

std::string event_to_json(const Event& e) {
  std::string out = "{";
  out.reserve(1024);
  Out o(out);
  key(o, "event_id", true); value(o, e.event_id);
  key(o, "doc_id"); value(o, e.doc_id);
  key(o, "sentence"); out += std::to_string(e.sentence);
  key(o, "date");
  if (e.date) value(o, e.date->iso());
  else out += "null";
  key(o, "lang"); value(o, e.lang);
  key(o, "source"); actor_json(o, e.source);
  key(o, "target"); actor_json(o, e.target);
  key(o, "code"); value(o, e.code);
  key(o, "root"); value(o, e.root);
  key(o, "name"); value(o, e.name);
  key(o, "quad"); out += std::to_string(e.quad);
  key(o, "goldstein"); value(o, e.goldstein);
  key(o, "plover"); out += '{';
  key(o, "type", true); value(o, e.plover_type);
  key(o, "mode"); optional_value(o, e.plover_mode); out += '}';
  key(o, "negated"); out += e.negated ? "true" : "false";
  key(o, "modality"); value(o, modality_name(e.modality));
  key(o, "speaker"); optional_value(o, e.speaker);
  key(o, "evidence"); out += '{';
  key(o, "start", true); out += std::to_string(e.evidence_start);
  key(o, "end"); out += std::to_string(e.evidence_end);
  key(o, "text"); value(o, e.evidence_text);
  key(o, "field"); out += e.field == Field::kTitle ? "\"title\"" : "\"text\"";
  out += '}';
  key(o, "rule"); value(o, e.rule);
  key(o, "issues"); value(o, e.issues);
  key(o, "location"); out += "null";
  out += '}';
  return out;
}

}  // namespace parley
