// A coarse reading check on real news: the CASE 2021 shared task's event snippets
// (research-data/case-2021/task2_test_set_final_release_with_labels.tsv: a TSV with a header and the
// columns id, EventSnippet, SubType), each labelled with one ACLED-style event type and no actors.
//
// Each snippet is coded as a document of its own. For a type with a CAMEO counterpart (an armed
// clash is fighting, 19; an arrest is coercion, 17; a peaceful protest is a protest, 14; ...; the
// table is in case2021.cc) a snippet counts as read when parley codes at least one event of a
// matching root; the figure is a detection rate, not precision and recall on events, since the
// labels name no actors. Disasters (natural and man-made) name no political event: the share of
// those snippets where parley codes any event is the false-alarm rate. Types whose CAMEO
// counterpart is unclear (crime, claims of responsibility, weapons seized or defused, territory
// handed over, headquarters set up, changes to a group, "other") are counted but not scored.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "parley/coder.h"
#include "parley/status.h"

namespace parley::validate {

struct TypeRate {
  long snippets = 0;
  long read = 0;  // snippets with an event of a matching root (or, for disasters, with any event)
  double rate() const { return snippets ? static_cast<double>(read) / snippets : 0.0; }
};

struct Case2021Score {
  long snippets = 0;
  TypeRate scored;                     // all types with a CAMEO counterpart
  TypeRate no_event;                   // disasters: `read` counts false alarms
  long unscored = 0;                   // types with no clear counterpart
  std::map<std::string, TypeRate> by_type;
  std::vector<std::string> misses;     // "id<TAB>type<TAB>codes<TAB>snippet" of each scored snippet not read
};

// Reads and scores the file. Errors name the file and line when a row is not what is expected.
Result<Case2021Score> score_case2021(const Coder& coder, const std::string& path);

}  // namespace parley::validate
