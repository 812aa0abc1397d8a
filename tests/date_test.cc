#include "parley/date.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Date, ParsesIsoDatesAndRejectsImpossibleOnes) {
  struct Case { const char* text; bool ok; };
  const Case cases[] = {
      {"2023-01-19", true},  {"2024-02-29", true},  {"2023-02-29", false}, {"2023-13-01", false},
      {"2023-00-10", false}, {"2023-04-31", false}, {"2023-1-19", false},  {"20230119", false},
      {"2023-01-1x", false}, {"0000-01-01", false}, {"1900-02-29", false}, {"2000-02-29", true},
  };
  for (const Case& c : cases) EXPECT_EQ(Date::parse_iso(c.text).has_value(), c.ok) << c.text;
}

TEST(Date, OrdersAndFormats) {
  const Date a = *Date::parse_iso("2023-01-19");
  const Date b = *Date::parse_iso("2023-07-25");
  EXPECT_LT(a, b);
  EXPECT_EQ(a.iso(), "2023-01-19");
  EXPECT_EQ(Date({1970, 1, 1}).days_since_epoch(), 0);
  EXPECT_EQ(b.days_since_epoch() - a.days_since_epoch(), 187);
}

}  // namespace
}  // namespace parley
