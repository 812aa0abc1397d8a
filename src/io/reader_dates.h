// Date expressions in documents: datelines, "date:" headers and body openings. Internal to the readers.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parley/date.h"

namespace parley::io::internal {

struct DateMatch {
  std::size_t length = 0;    // bytes matched at the start of the text; 0 when no date expression
  std::optional<Date> date;  // empty when the expression names no real day ("2023-02-30")
};

// Matches "2023-01-19", "2023/01/19", "January 19, 2023", "Jan. 19 2023", "19 January 2023" at the
// start of `text`. Times that follow are not part of the match.
DateMatch match_date(std::string_view text);

// Length of a weekday and its comma at the start ("Thursday, ", "Thu. "), or 0.
std::size_t match_weekday(std::string_view text);

// True when `line` (trimmed) is a dateline by itself: a date, optionally after a weekday and before a
// time ("2023-01-19 23:50", "Thursday, January 19, 2023", "2023-01-19T23:50:00Z"). Sets `match`.
bool is_dateline(std::string_view line, DateMatch& match);

// The date a body opens with: "On January 19, 2023, ...", "January 19, 2023 — ...",
// "19 January 2023 ...", "On Thursday, January 19, 2023, ...". Nullopt otherwise.
std::optional<Date> opening_date(std::string_view line);

}  // namespace parley::io::internal
