// parley/event.h: a coded event, per the output schema in docs/ARCHITECTURE.md (a contract with users:
// fields are added, never removed or renamed).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/date.h"
#include "parley/sentence.h"

namespace parley {

struct ActorRef {
  std::string code;                    // full CAMEO actor code: "CHNGOV", "IGOUNO", "USA"
  std::optional<std::string> country;  // ISO 3166-1 alpha-3 for states; nullopt for IGOs etc.
  std::optional<std::string> sector;   // first role code after the country: "GOV", "MIL", ...
  std::string text;                    // the words that named the actor, as in the original text
  std::uint32_t start = 0;             // byte span of `text` (same field as the evidence)
  std::uint32_t end = 0;
};

enum class Modality : std::uint8_t { kAsserted, kIntended, kHypothetical, kReported };
const char* modality_name(Modality m);

struct Event {
  std::string event_id;                // stable hash of doc_id, sentence, source, target, code
  std::string doc_id;
  int sentence = 0;
  std::optional<Date> date;
  std::string lang = "en";
  std::optional<ActorRef> source;
  std::optional<ActorRef> target;      // nullopt when the event has no target
  std::string code;                    // CAMEO event code, leading zeros kept: "041"
  std::string root;                    // "04"
  std::string name;                    // CAMEO 1.1b3 name
  int quad = 0;                        // 1..4, GDELT convention
  double goldstein = 0.0;
  std::string plover_type;             // "CONSULT"
  std::optional<std::string> plover_mode;  // "phone"
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::optional<std::string> speaker;  // actor code of the speaker of reported speech
  Field field = Field::kText;
  std::uint32_t evidence_start = 0;    // the sentence's byte span
  std::uint32_t evidence_end = 0;
  std::string evidence_text;
  std::string rule;                    // "verbs/04_consult.verbs:12"
  std::vector<std::string> issues;     // empty until issue coding exists
};

}  // namespace parley
