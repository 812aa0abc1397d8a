#include "coding/intent_codes.h"

#include <array>
#include <utility>

namespace parley::coding {

std::string announced_code(std::string_view code) {
  // Exact codes first, then whole roots. Pairs follow CAMEO 1.1b3's own parallel structure: the
  // 03x intents mirror roots 04-08, the 13x threats mirror roots 15-20.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 36> kExact = {{
      {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"045", "039"},  // "stands ready to mediate": intent to mediate
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"085", "0354"},
      {"086", "0355"}, {"087", "0356"},
      {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"},  {"165", "135"},
      {"166", "136"},  {"172", "132"},  {"191", "1381"}, {"192", "1382"}, {"1621", "1311"},
      {"1622", "1311"}, {"1623", "1311"},
      {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},  // "will impose a curfew"
  }};
  for (const auto& [from, to] : kExact)
    if (code == from) return std::string(to);
  // A subcode not listed takes its three-digit code's intent: "will lift the curfew" (0813) -> 0351.
  for (const auto& [from, to] : kExact)
    if (from.size() == 3 && code.size() > 3 && code.starts_with(from)) return std::string(to);
  const std::string_view root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "15") return "138";
  if (root == "16") return code.starts_with("163") ? "1312" : "131";
  if (root == "17") return "137";
  if (root == "18") return "1383";
  if (root == "19") return "1384";
  if (root == "20") return "1385";
  return std::string(code);
}

std::string refused_code(std::string_view code) {
  // CAMEO 1.1b3's 12x mirror the acts refused: 124x the yields of root 08, 121x material cooperation
  // (06x), 122x aid (07x: "will not accept any more refugees"), 125 meetings and negotiations (04x),
  // 127 agreements (057).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kExact = {{
      {"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
      {"087", "1246"}, {"061", "1211"}, {"062", "1212"}, {"063", "1213"}, {"057", "127"}, {"080", "124"},
      {"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"},
  }};
  for (const auto& [from, to] : kExact)
    if (code.substr(0, 3) == from) return std::string(to);
  if (code.starts_with("06")) return "121";
  if (code.starts_with("07")) return "122";
  if (code.starts_with("04") && code != "042" && code != "043") return "125";
  return {};
}

}  // namespace parley::coding
