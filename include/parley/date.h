// parley/date.h: calendar dates (proleptic Gregorian, no time zone), as used for document dates and
// for the validity ranges of dated dictionary codes.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // True when year/month/day name a real day (leap years included), year 1..9999.
  bool valid() const;
  // Days since 1970-01-01 (negative before). REQUIRES: valid().
  long days_since_epoch() const;
  // "YYYY-MM-DD".
  std::string iso() const;

  auto operator<=>(const Date&) const = default;

  // Parses exactly "YYYY-MM-DD"; nullopt when malformed or not a real day.
  static std::optional<Date> parse_iso(std::string_view text);
};

}  // namespace parley
