// parley/store.h: the embedded SQLite event store.
//
// Tables: documents, sentences, events (schema in docs/ARCHITECTURE.md). The store runs in WAL mode.
// Putting a document replaces its sentences and events in the same transaction, so re-coding a
// document never leaves old and new events side by side, and a run killed at any point leaves every
// document either as it was or fully replaced. A Store is used from one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/coder.h"
#include "parley/status.h"

namespace parley {

struct DyadCount {
  std::string source;   // actor code, "---" when none
  std::string target;   // actor code, "---" when none
  std::string root;     // "04"
  int quad = 0;
  long events = 0;
  double goldstein = 0.0;  // sum
};

struct StoreStats {
  long documents = 0;
  long sentences = 0;
  long events = 0;              // all stored events
  long counted_events = 0;      // excluding negated and hypothetical events
  std::vector<DyadCount> by_dyad_root;  // counted events, most frequent first
};

class Store {
 public:
  // Opens (creating if needed) the store at `path`. Errors name the file.
  static Result<std::unique_ptr<Store>> open(const std::string& path);
  ~Store();

  // Adds or replaces one document with its sentences and events. Documents are grouped into
  // transactions of up to `batch` documents (each document is all-or-nothing either way);
  // flush() commits the open group.
  Status put(const CodedDocument& doc);
  Status flush();

  // Counts by dyad and root code. Negated and hypothetical events are left out unless asked for.
  Result<StoreStats> stats(bool include_negated_and_hypothetical = false);

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley
