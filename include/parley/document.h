// parley/document.h: one input document, as the readers produce it and the coder consumes it.
//
// Offsets in parley's output are byte offsets into `text`, the document's original text exactly as
// read. A plain-text file keeps its title line and dateline inside `text` (title_offset says where the
// title is; body_offset says where the body starts). A JSON Lines record carries its title in a
// separate field: then title_offset is empty and events from the title have offsets into `title` and
// say so (`"field": "title"`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "parley/date.h"

namespace parley {

struct Document {
  std::string id;                  // stable id: from the input, or derived from the file name
  std::optional<Date> date;        // the document's date; events are dated with it
  std::string title;               // may be empty; coded as sentence 0 when present
  std::string text;                // the original text (valid UTF-8); offsets point into it
  std::optional<std::size_t> title_offset;  // where `title` starts inside `text`, if it is there
  std::size_t body_offset = 0;     // where the body (after title and dateline) starts in `text`
  std::string source;              // publisher or feed, may be empty
  std::string url;                 // may be empty
  std::string lang = "en";         // BCP-47 language tag; only "en" is coded today
  std::string origin;              // where it was read from: "file.jsonl:12", "readout.txt", "-"
};

}  // namespace parley
