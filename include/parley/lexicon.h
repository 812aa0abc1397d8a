// parley/lexicon.h: the dictionaries (actors, agents, verb patterns) compiled for matching.
//
// A Lexicon is built once from dictionary sources (files under data/, or text held in memory), checked
// (every bad entry is reported with its file and line), indexed, and then immutable: share one across
// threads. The text formats are specified in docs/DICTIONARIES.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/date.h"
#include "parley/status.h"

namespace parley {

enum class DictionaryKind { kActors, kAgents, kVerbs };

// One dictionary file's text. `name` is what errors and rules cite ("actors/states.actors").
struct DictionarySource {
  DictionaryKind kind;
  std::string name;
  std::string text;
};

struct LexiconStats {
  std::size_t actor_phrases = 0;   // phrases (name variants) in actor entries
  std::size_t actor_entries = 0;   // lines => codes
  std::size_t dated_codes = 0;     // codes with a date range
  std::size_t agent_phrases = 0;
  std::size_t verb_patterns = 0;
  std::size_t event_codes_covered = 0;  // distinct CAMEO codes with at least one pattern
};

namespace lexicon_internal { struct Compiled; }

class Lexicon {
 public:
  // Loads every *.actors, *.agents and *.verbs file under `dir` (recursively, sorted by path).
  // All bad entries are collected: the Status lists each as "file:line: problem" on its own line.
  static Result<std::shared_ptr<const Lexicon>> load_directory(const std::string& dir);
  // The same from sources held in memory (tests, embedded use).
  static Result<std::shared_ptr<const Lexicon>> from_sources(const std::vector<DictionarySource>& sources);

  LexiconStats stats() const;

  // For matching code (src/coding); not a stable API.
  const lexicon_internal::Compiled& compiled() const { return *compiled_; }

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  explicit Lexicon(std::unique_ptr<lexicon_internal::Compiled> compiled);
  std::unique_ptr<lexicon_internal::Compiled> compiled_;
};

// Where parley finds its shipped data/ folder: $PARLEY_DATA if set, else the data/ folder of the
// source tree it was built from, else <prefix>/share/parley.
std::string default_data_dir();

}  // namespace parley
