// The codes of announced and refused acts (coding/intent_codes.h): CAMEO 1.1b3's parallel codes.
#include "coding/intent_codes.h"

#include <gtest/gtest.h>

namespace parley::coding {
namespace {

TEST(IntentCodes, AnnouncedActsAreTheirIntentOrThreat) {
  struct Case { const char* act; const char* announced; };
  const Case cases[] = {
      {"045", "039"},    // mediate -> intent to mediate
      {"0831", "0341"},  // resign -> intent to accede to demands for change in leadership
      {"0834", "0344"},
      {"0813", "0351"},  // ease a curfew: no own intent code, its three-digit code's
      {"071", "0331"},
      {"0711", "0331"},
      {"040", "036"},    // by root
      {"163", "1312"},
      {"1631", "1312"},
      {"190", "1384"},
      {"051", "032"},
      {"1723", "1323"},  // "will impose a curfew": threat to impose a curfew
      {"1724", "1324"},
      {"172", "132"},
  };
  for (const Case& c : cases) EXPECT_EQ(announced_code(c.act), c.announced) << c.act;
}

TEST(IntentCodes, RefusedActsAreTheirRejection) {
  struct Case { const char* act; const char* refused; };
  const Case cases[] = {
      {"081", "1241"}, {"0813", "1241"}, {"057", "127"}, {"061", "1211"}, {"064", "121"},
      {"073", "1223"},  // humanitarian aid refused; refugees refused ("will not accept any more"):
      {"075", "122"},   {"042", ""}, {"040", "125"}, {"190", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(refused_code(c.act), c.refused) << c.act;
}

}  // namespace
}  // namespace parley::coding
