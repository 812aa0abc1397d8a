// parley/coder.h: START HERE. The Coder turns documents into coded events.
//
//   auto lexicon = parley::Lexicon::load_directory(parley::default_data_dir());
//   auto coder = parley::Coder::create(*lexicon, {});
//   auto state = (*coder)->new_state();            // one per thread
//   parley::CodedDocument out = (*coder)->code(std::move(doc), *state);
//   for (const parley::Event& e : out.events) ...
//
// A Coder is built once (dictionaries compiled, WordNet loaded) and is then immutable: share it
// across threads. Each thread owns its own Coder::State (scratch buffers); code() is thread-safe as
// long as no two threads use the same State at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/document.h"
#include "parley/event.h"
#include "parley/lexicon.h"
#include "parley/sentence.h"
#include "parley/status.h"

namespace parley {

struct CoderOptions {
  // By default every sentence that may hold an event is tagged and parsed, and subjects, passive
  // agents and objects are read off the dependency tree. `shallow` skips the parse: positional rules
  // over tokens and dictionary matches only (the fastest mode, somewhat less accurate).
  bool shallow = false;
  // The syntax model (parsed mode); empty = the default (data/model/parley-en.model, or $PARLEY_MODEL).
  std::string model_path;
  // In a document where a state's government speaks or is addressed (its minister, its president),
  // a bare mention of that state ("China supports Iran") is coded as its government (CHNGOV).
  bool state_as_government = true;
  // WordNet's data files, for lemmas (Debian's wordnet-base).
  std::string wordnet_dir = "/usr/share/wordnet";
  // Fill CodedDocument::unmatched (what the dictionaries did not know), for growing them.
  bool report_unmatched = false;
};

// What the dictionaries did not know in one document (CoderOptions::report_unmatched).
struct UnmatchedReport {
  std::vector<std::string> names;       // capitalised phrases that named no actor ("Mauro Vieira")
  std::vector<std::string> predicates;  // lemmas of verbs after a subject that no pattern knew
  std::vector<std::string> subjects;    // person names in subject position with no country or code
  int subject_names = 0;                // person names in subject position ...
  int subject_names_resolved = 0;       // ... resolved to an actor with a country or organisation
};

// A document with its sentences and events, as sinks and stores take it.
struct CodedDocument {
  Document document;
  std::vector<Sentence> sentences;
  std::vector<Event> events;
  UnmatchedReport unmatched;  // empty unless CoderOptions::report_unmatched
};

class Coder {
 public:
  // Per-thread scratch (token buffers, matches, a word cache). Opaque; create with new_state() of the
  // coder that will use it: a State is tied to that coder's dictionaries.
  class State {
   public:
    State();
    ~State();
    struct Scratch;
    std::unique_ptr<Scratch> scratch;
  };

  static Result<std::shared_ptr<const Coder>> create(std::shared_ptr<const Lexicon> lexicon,
                                                      CoderOptions options = {});

  std::unique_ptr<State> new_state() const;

  // Codes one document. Never fails: a document the coder cannot read yields no events. With
  // `trace`, appends a line for each decision (actors found, clauses, patterns tried and whether they
  // matched): what `parley explain` prints.
  CodedDocument code(Document doc, State& state, std::vector<std::string>* trace = nullptr) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const CoderOptions& options() const { return options_; }

  ~Coder();
  struct Impl;

 private:
  Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options, std::unique_ptr<Impl> impl);
  std::shared_ptr<const Lexicon> lexicon_;
  CoderOptions options_;
  std::unique_ptr<Impl> impl_;
};

// A stable id for an event: a hash of doc_id, sentence, source code, target code and event code.
std::string make_event_id(const std::string& doc_id, int sentence, const std::string& source_code,
                          const std::string& target_code, const std::string& event_code);

}  // namespace parley
