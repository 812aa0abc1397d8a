// Scoring against the PLOVER gold-standard records (the CAMEO manual's example sentences, hand-coded
// with PLOVER types: research-data/plover/PLOVER_GSR_CAMEO.txt, a JSON array of records with
// "text", "date", "source"/"target" lists of {"code": country}, and "event": the PLOVER type).
//
// Each record's text is coded as a document of its own; the score compares (source country, target
// country, PLOVER type) triples, and PLOVER types alone, per record. A missing target is "-" (a gold
// triple with no target matches a predicted one with any target); an international organisation
// counts as "IGO". Records with no text or of type DOCUMENT are skipped; negated events don't count.
// The records' older PLOVER type names are read as today's (DISAPPROVE and INVESTIGATE as ACCUSE,
// DEMAND as REQUEST, FIGHT as ASSAULT), as the PLOVER manual's table of changes gives them.
#pragma once

#include <string>
#include <vector>

#include "parley/coder.h"
#include "parley/status.h"

namespace parley::validate {

struct PrecisionRecall {
  long gold = 0;
  long predicted = 0;
  long matched_gold = 0;       // gold items found
  long matched_predicted = 0;  // predicted items that are gold
  double precision() const { return predicted ? static_cast<double>(matched_predicted) / predicted : 0.0; }
  double recall() const { return gold ? static_cast<double>(matched_gold) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct GsrScore {
  long records = 0;
  PrecisionRecall triples;
  PrecisionRecall types;
  std::vector<std::string> misses;  // one line per record that missed or added something
};

// Reads and scores the file. Errors name the file (and the record) when it is not what is expected.
Result<GsrScore> score_plover_gsr(const Coder& coder, const std::string& path);

}  // namespace parley::validate
