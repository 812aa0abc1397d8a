// parley/codebook.h: the CAMEO 1.1b3 event codebook and the CAMEO -> PLOVER crosswalk.
//
// Canonical choices (see docs/ARCHITECTURE.md): CAMEO 1.1b3 names; Goldstein values from GDELT's
// CAMEO.goldsteinscale table; quad classes by root as GDELT does (01-05 -> 1 verbal cooperation,
// 06-09 -> 2 material cooperation, 10-14 -> 3 verbal conflict, 15-20 -> 4 material conflict).
// The codebook is compiled into the library, immutable and safe to share across threads.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace parley {

struct EventCode {
  std::string_view code;         // "041", "0311", "190"
  std::string_view name;         // "Discuss by telephone"
  std::string_view description;  // one-line CAMEO description, may be empty
  int root = 0;                  // 1..20
  int quad = 0;                  // 1..4
  double goldstein = 0.0;        // -10 .. +10
  std::string_view plover_type;  // "CONSULT", "AGREE", ...
  std::string_view plover_mode;  // "phone", "visit", ...; empty when PLOVER has none
};

class Codebook {
 public:
  // The one CAMEO 1.1b3 codebook. Lives for the whole program.
  static const Codebook& cameo();

  // nullptr when `code` is not a CAMEO code. The pointer lives for the whole program.
  const EventCode* find(std::string_view code) const;
  // Every code, sorted by code string.
  std::span<const EventCode> all() const;
  // "04" for "041"; the two-digit root string of any valid code.
  static std::string root_string(std::string_view code);

 private:
  Codebook() = default;
};

}  // namespace parley
