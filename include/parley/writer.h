// parley/writer.h: event sinks that write to a stream. Formats are picked by name.
//
// A writer is used from one thread at a time (the pipeline calls it in document order).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "parley/coder.h"
#include "parley/event.h"
#include "parley/status.h"

namespace parley {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Writes the events of one coded document.
  virtual void write(const CodedDocument& doc) = 0;
  // Flushes buffered output; called once at the end.
  virtual void finish() {}
};

// "jsonl" (the schema in docs/ARCHITECTURE.md, one event per line), "phoenix" (Phoenix-style TSV
// with a header row) or "plover" (PLOVER JSON records, one per line; statements, which PLOVER drops,
// are left out). The stream must outlive the writer. Unknown format: an error.
Result<std::unique_ptr<EventWriter>> make_writer(std::string_view format, std::ostream& out);

// One event as a single-line JSON object, in the schema's field order.
std::string event_to_json(const Event& event);

}  // namespace parley
