// PLOVER JSON records for events (see plover_json.cc for the shape).
#pragma once

#include <string>

#include "parley/document.h"
#include "parley/event.h"

namespace parley {

// False for events PLOVER has no type for (CAMEO 01x statements).
bool has_plover_type(const Event& e);
// One event as a single-line PLOVER JSON record.
std::string event_to_plover_json(const Event& e, const Document& doc);

}  // namespace parley
