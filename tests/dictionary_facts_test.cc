// Checks the shipped actor and agent dictionaries (data/actors, data/agents) as plain text, without
// the lexicon loader: every line is in the documented format (docs/DICTIONARIES.md), dated codes do
// not overlap, every UN member state is present, and a table of facts (who held which office on
// which day, what a name or capital stands for) resolves as expected with a tiny resolver written
// here. The facts are our own; they guard the data against edits that break them.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/date.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

const fs::path kDataDir = fs::path(PARLEY_SOURCE_DIR) / "data";

struct Code {
  std::string code;
  std::optional<Date> from;  // nullopt: open start (or undated when !dated)
  std::optional<Date> to;    // nullopt: open end
  bool dated = false;
};

struct Entry {
  std::string where;  // "file:line"
  std::string kind;   // state, place, person, organisation, group; "agent" for .agents
  std::vector<std::string> phrases;
  std::vector<Code> codes;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// "#" starts a comment at the start of a line or after a space; inside a word it is text.
std::string_view strip_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

bool is_code_groups(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Lower-cases ASCII and folds the accented Latin letters our data uses, as matching does
// ("Türkiye" = "Turkiye").
std::string fold(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kFolds[] = {
      {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"ç", "c"}, {"é", "e"},
      {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"í", "i"}, {"ì", "i"}, {"î", "i"}, {"ï", "i"}, {"ı", "i"},
      {"ñ", "n"}, {"ó", "o"}, {"ò", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ú", "u"},
      {"ù", "u"}, {"û", "u"}, {"ü", "u"}, {"ş", "s"}, {"ğ", "g"}, {"ō", "o"}, {"É", "e"}, {"Ç", "c"},
      {"Ş", "s"}, {"’", "'"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    // Only a multi-byte UTF-8 sequence can be one of the folded letters.
    if (static_cast<unsigned char>(text[i]) >= 0x80) for (const auto& [from, to] : kFolds) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      ++i;
    }
  }
  return out;
}

// Parses one code with its optional range: "CHNGOV", "IRNGOV 2021-08-25..2024-05-19", "X ..2012-11-15".
// Returns an error message, empty when fine.
std::string parse_code(std::string_view text, Code& out) {
  text = trim(text);
  const std::size_t space = text.find(' ');
  out.code = std::string(text.substr(0, space));
  if (!is_code_groups(out.code)) return "bad code '" + out.code + "'";
  if (space == std::string_view::npos) return "";
  const std::string_view range = trim(text.substr(space));
  const std::size_t dots = range.find("..");
  if (dots == std::string_view::npos) return "bad date range '" + std::string(range) + "'";
  const std::string_view from = range.substr(0, dots);
  const std::string_view to = range.substr(dots + 2);
  if (from.empty() && to.empty()) return "date range open at both ends";
  out.dated = true;
  if (!from.empty()) {
    out.from = Date::parse_iso(from);
    if (!out.from) return "bad date '" + std::string(from) + "'";
  }
  if (!to.empty()) {
    out.to = Date::parse_iso(to);
    if (!out.to) return "bad date '" + std::string(to) + "'";
  }
  if (out.from && out.to && *out.to < *out.from) return "range ends before it starts";
  return "";
}

// Parses one content line (comment already stripped, trimmed, not empty, not a section line).
std::string parse_entry(std::string_view text, bool agents, Entry& out) {
  const std::size_t arrow = text.find("=>");
  if (arrow == std::string_view::npos) return "no '=>'";
  if (text.find("=>", arrow + 2) != std::string_view::npos) return "more than one '=>'";
  for (std::string_view phrase : split(text.substr(0, arrow), '|')) {
    phrase = trim(phrase);
    if (phrase.empty()) return "empty phrase";
    out.phrases.emplace_back(phrase);
  }
  const std::string_view codes = trim(text.substr(arrow + 2));
  if (agents) {
    // ("-": words that contain a role but name none.)
    if (codes != "-" && !is_code_groups(codes)) return "bad sector '" + std::string(codes) + "'";
    out.codes.push_back({std::string(codes), {}, {}, false});
    return "";
  }
  for (std::string_view piece : split(codes, ';')) {
    Code code;
    if (trim(piece).empty()) return "empty code";
    if (std::string error = parse_code(piece, code); !error.empty()) return error;
    out.codes.push_back(code);
  }
  // Ranges of one entry must not overlap; one fallback is enough.
  std::vector<Code> dated;
  int undated = 0;
  for (const Code& c : out.codes) {
    if (c.dated) dated.push_back(c);
    else ++undated;
  }
  if (undated > 1) return "more than one undated code";
  const Date kMin{1, 1, 1};
  const Date kMax{9999, 12, 31};
  std::sort(dated.begin(), dated.end(),
            [&](const Code& a, const Code& b) { return a.from.value_or(kMin) < b.from.value_or(kMin); });
  for (std::size_t i = 1; i < dated.size(); ++i) {
    if (!(dated[i - 1].to.value_or(kMax) < dated[i].from.value_or(kMin))) return "overlapping date ranges";
  }
  return "";
}

struct Loaded {
  std::vector<Entry> entries;
  std::vector<std::string> problems;
};

void load_text(const std::string& name, std::string_view content, bool agents, Loaded& out) {
  static const std::set<std::string> kKinds = {"state", "place", "person", "organisation", "group"};
  std::string kind = agents ? "agent" : "state";
  int number = 0;
  std::istringstream in{std::string(content)};
  for (std::string raw; std::getline(in, raw);) {
    ++number;
    const std::string where = name + ":" + std::to_string(number);
    const std::string_view line = trim(strip_comment(raw));
    if (line.empty()) continue;
    if (line.front() == '[') {
      const std::string section(line.substr(1, line.size() - 2));
      if (agents || line.back() != ']' || !kKinds.count(section)) {
        out.problems.push_back(where + ": bad section line");
      } else {
        kind = section;
      }
      continue;
    }
    Entry entry;
    entry.where = where;
    entry.kind = kind;
    if (std::string error = parse_entry(line, agents, entry); !error.empty()) {
      out.problems.push_back(where + ": " + error);
      continue;
    }
    out.entries.push_back(std::move(entry));
  }
}

const Loaded& shipped() {
  static const Loaded loaded = [] {
    Loaded out;
    for (const auto& [dir, ext, agents] : {std::tuple{"actors", ".actors", false}, std::tuple{"agents", ".agents", true}}) {
      std::vector<fs::path> files;
      std::error_code ec;
      for (const auto& item : fs::directory_iterator(kDataDir / dir, ec)) {
        if (item.path().extension() == ext) files.push_back(item.path());
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        load_text(std::string(dir) + "/" + file.filename().string(), text.str(), agents, out);
      }
    }
    return out;
  }();
  return loaded;
}

// The code a phrase stands for on `date`: the first dated code whose range holds the date, else the
// first undated code, else "" (no match on that date).
std::string resolve(const Entry& entry, const Date& date) {
  for (const Code& c : entry.codes) {
    if (c.dated && (!c.from || !(date < *c.from)) && (!c.to || !(*c.to < date))) return c.code;
  }
  for (const Code& c : entry.codes) {
    if (!c.dated) return c.code;
  }
  return "";
}

TEST(DictionaryFacts, ParserRejectsMalformedLines) {
  struct Case { const char* line; bool agents; bool ok; };
  const Case cases[] = {
      {"China | PRC => CHN", false, true},
      {"Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI", false, true},
      {"Saud al-Faisal => SAUGOV ..2015-04-29; SAUELI", false, true},
      {"Trump => USAGOV 2017-01-20..2021-01-20; USAGOV 2025-01-20..; USAELI", false, true},
      {"China | PRC CHN", false, false},                                   // no arrow
      {"China | | PRC => CHN", false, false},                              // empty phrase
      {"China => chn", false, false},                                      // lower case
      {"China => CHNG", false, false},                                     // not groups of three
      {"X => CHNGOV 2023-02-30..2023-03-01", false, false},                // impossible date
      {"X => CHNGOV 2023-03-01..2023-02-01", false, false},                // backwards
      {"X => CHNGOV ..", false, false},                                    // open both ends
      {"X => CHNGOV 2020-01-01..2021-01-01; CHNELI 2021-01-01..", false, false},  // overlap on a day
      {"X => CHNGOV; CHNELI", false, false},                               // two fallbacks
      {"X => CHN;", false, false},                                         // empty code
      {"troops | soldier => MIL", true, true},
      {"defence minister => GOVMIL", true, true},
      {"task force => -", true, true},                                     // names no role
      {"task force => --", true, false},
      {"troops => MIL 2020-01-01..", true, false},                         // agents take no dates
      {"troops => MIL; GOV", true, false},
  };
  for (const Case& c : cases) {
    Entry entry;
    EXPECT_EQ(parse_entry(c.line, c.agents, entry).empty(), c.ok) << c.line;
  }
  Loaded loaded;
  load_text("t.actors", "[nonsense]\n[person]\nA => USAGOV # comment\nB#C => USA\n", false, loaded);
  ASSERT_EQ(loaded.problems.size(), 1u);
  ASSERT_EQ(loaded.entries.size(), 2u);
  EXPECT_EQ(loaded.entries[0].kind, "person");
  EXPECT_EQ(loaded.entries[1].phrases[0], "B#C");  // '#' inside a word is text
}

TEST(DictionaryFacts, EveryShippedLineParses) {
  const Loaded& loaded = shipped();
  for (const std::string& problem : loaded.problems) ADD_FAILURE() << problem;
  EXPECT_GT(loaded.entries.size(), 500u);
}

TEST(DictionaryFacts, NoPhraseIsListedTwiceForTheSameKind) {
  std::map<std::pair<std::string, std::string>, std::string> seen;  // (kind, folded phrase) -> where
  for (const Entry& entry : shipped().entries) {
    for (const std::string& phrase : entry.phrases) {
      auto [it, inserted] = seen.emplace(std::pair{entry.kind, fold(phrase)}, entry.where);
      if (!inserted && it->second != entry.where) {
        ADD_FAILURE() << entry.where << ": '" << phrase << "' already at " << it->second;
      }
    }
  }
}

// The loader adds the regular plural of an agent's last word; a written phrase equal to another
// phrase's plural is a duplicate the loader would report.
TEST(DictionaryFacts, NoAgentIsTheRegularPluralOfAnother) {
  std::map<std::string, std::string> written;
  for (const Entry& entry : shipped().entries) {
    if (entry.kind != "agent") continue;
    for (const std::string& phrase : entry.phrases) written.emplace(fold(phrase), entry.where);
  }
  auto plural = [](const std::string& p) -> std::string {
    auto ends = [&](std::string_view s) { return p.size() >= s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0; };
    if (ends("s")) return "";
    if (ends("man")) return p.substr(0, p.size() - 3) + "men";
    if (p.size() > 1 && ends("y") && std::string_view("aeiou").find(p[p.size() - 2]) == std::string_view::npos) {
      return p.substr(0, p.size() - 1) + "ies";
    }
    if (ends("x") || ends("z") || ends("ch") || ends("sh")) return p + "es";
    return p + "s";
  };
  for (const auto& [phrase, where] : written) {
    const std::string p = plural(phrase);
    if (auto it = written.find(p); !p.empty() && it != written.end()) {
      ADD_FAILURE() << it->second << ": '" << p << "' is the plural of '" << phrase << "' at " << where;
    }
  }
}

TEST(DictionaryFacts, EveryUnMemberStateIsPresent) {
  // The 193 member states of the United Nations, by ISO 3166-1 alpha-3 code.
  static const char* const kMembers[] = {
      "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD",
      "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI",
      "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV",
      "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST",
      "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN",
      "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM",
      "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR",
      "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX",
      "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC",
      "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT",
      "QAT", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC",
      "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE",
      "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
      "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"};
  static_assert(std::size(kMembers) == 193);
  std::set<std::string> states;
  for (const Entry& entry : shipped().entries) {
    if (entry.kind == "state" && entry.where.rfind("actors/states.actors", 0) == 0) {
      for (const Code& c : entry.codes) states.insert(c.code);
    }
  }
  for (const char* code : kMembers) EXPECT_TRUE(states.count(code)) << code << " missing from states.actors";
  // Observers and entities news reports as states.
  for (const char* code : {"VAT", "PSE", "TWN", "KSV", "HKG", "MAC", "ESH"}) EXPECT_TRUE(states.count(code)) << code;
}

TEST(DictionaryFacts, NamesResolveToTheExpectedCodeOnTheDay) {
  struct Fact { const char* name; const char* date; const char* expected; };
  const Fact facts[] = {
      // Required facts of the brief, and the days around changes of office.
      {"Qin Gang", "2023-01-19", "CHNGOV"},
      {"Qin Gang", "2022-12-29", "CHNELI"},
      {"Qin Gang", "2023-07-26", "CHNELI"},
      {"Wang Yi", "2023-01-19", "CHNGOV"},
      {"Wang Yi", "2012-06-01", "CHNELI"},
      {"Amir-Abdollahian", "2023-01-19", "IRNGOV"},
      {"Hossein Amir-Abdollahian", "2024-05-20", "IRNELI"},
      {"Amirabdollahian", "2021-08-24", "IRNELI"},
      {"Zarif", "2021-08-24", "IRNGOV"},
      {"Zarif", "2021-08-26", "IRNELI"},
      {"Raisi", "2020-01-01", "IRNJUD"},
      {"Raisi", "2022-01-01", "IRNGOV"},
      {"Blinken", "2021-01-25", "USAELI"},
      {"Blinken", "2021-01-26", "USAGOV"},
      {"Antony Blinken", "2025-01-21", "USAELI"},
      {"Rubio", "2025-01-20", "USALEG"},
      {"Marco Rubio", "2025-01-21", "USAGOV"},
      {"Trump", "2020-06-01", "USAGOV"},
      {"Donald Trump", "2023-06-01", "USAELI"},
      {"Trump", "2025-06-01", "USAGOV"},
      {"Biden", "2000-01-01", "USALEG"},
      {"Biden", "2016-01-01", "USAGOV"},
      {"Biden", "2018-01-01", "USAELI"},
      {"Pompeo", "2018-01-01", "USASPY"},
      {"Pompeo", "2019-01-01", "USAGOV"},
      {"Lavrov", "2023-01-19", "RUSGOV"},
      {"Zelensky", "2019-05-19", "UKRELI"},
      {"Zelenskyy", "2022-02-24", "UKRGOV"},
      {"Kuleba", "2024-09-06", "UKRELI"},
      {"Netanyahu", "2022-01-01", "ISROPP"},
      {"Netanyahu", "2023-01-01", "ISRGOV"},
      {"Liz Truss", "2022-10-26", "GBRELI"},
      {"Sunak", "2024-08-01", "GBROPP"},
      {"Starmer", "2024-07-05", "GBRGOV"},
      {"Kishida", "2019-01-01", "JPNELI"},
      {"Kishida", "2021-10-04", "JPNGOV"},
      {"el-Sisi", "2013-07-03", "EGYMIL"},
      {"Sisi", "2015-01-01", "EGYGOV"},
      {"Imran Khan", "2023-01-01", "PAKOPP"},
      {"Assad", "2024-12-09", "SYRELI"},
      {"al-Sharaa", "2025-01-01", "SYRGOV"},
      {"Stoltenberg", "2020-01-01", "IGOWSTNAT"},
      {"Stoltenberg", "2025-03-01", "NORGOV"},
      {"Rutte", "2024-07-15", "NLDELI"},
      {"Guterres", "2016-06-01", "PRTELI"},
      {"Guterres", "2017-01-01", "IGOUNO"},
      {"Erdogan", "2023-01-19", "TURGOV"},
      {"Erdoğan", "2023-01-19", "TURGOV"},
      {"Kim Jong Un", "2023-01-19", "PRKGOV"},
      // States, demonyms and alternate names.
      {"Türkiye", "2023-01-19", "TUR"},
      {"Turkiye", "2023-01-19", "TUR"},
      {"Turkey", "2023-01-19", "TUR"},
      {"Ivory Coast", "2023-01-19", "CIV"},
      {"Côte d'Ivoire", "2023-01-19", "CIV"},
      {"Burma", "2023-01-19", "MMR"},
      {"Czechia", "2023-01-19", "CZE"},
      {"Swaziland", "2023-01-19", "SWZ"},
      {"Eswatini", "2023-01-19", "SWZ"},
      {"North Macedonia", "2023-01-19", "MKD"},
      {"DPRK", "2023-01-19", "PRK"},
      {"ROK", "2023-01-19", "KOR"},
      {"South Korea", "2023-01-19", "KOR"},
      {"Britain", "2023-01-19", "GBR"},
      {"the UK", "2023-01-19", "GBR"},
      {"British", "2023-01-19", "GBR"},
      {"Chinese", "2023-01-19", "CHN"},
      {"Iranian", "2023-01-19", "IRN"},
      {"Emirati", "2023-01-19", "ARE"},
      {"Saudi", "2023-01-19", "SAU"},
      {"Kosovo", "2023-01-19", "KSV"},
      {"Taiwan", "2023-01-19", "TWN"},
      {"Holy See", "2023-01-19", "VAT"},
      // Capitals and seats of government; places.
      {"Beijing", "2023-01-19", "CHNGOV"},
      {"Tehran", "2023-01-19", "IRNGOV"},
      {"the Kremlin", "2023-01-19", "RUSGOV"},
      {"White House", "2023-01-19", "USAGOV"},
      {"Downing Street", "2023-01-19", "GBRGOV"},
      {"Elysee Palace", "2023-01-19", "FRAGOV"},
      {"Kiev", "2023-01-19", "UKRGOV"},
      {"Pyongyang", "2023-01-19", "PRKGOV"},
      {"Shanghai", "2023-01-19", "CHN"},
      {"Crimea", "2023-01-19", "UKR"},
      {"Gaza", "2023-01-19", "PSE"},
      {"Abkhazia", "2023-01-19", "GEO"},
      // International organisations.
      {"United Nations", "2023-01-19", "IGOUNO"},
      {"NATO", "2023-01-19", "IGOWSTNAT"},
      {"IAEA", "2023-01-19", "IGOUNOIAE"},
      {"UNHCR", "2023-01-19", "IGOUNOREFHCR"},
      {"African Union", "2023-01-19", "IGOAFRAFU"},
      {"ASEAN", "2023-01-19", "IGOSEAASN"},
      {"European Union", "2023-01-19", "IGOEUREEC"},
      {"IMF", "2023-01-19", "IGOBUSIMF"},
  };
  ASSERT_GE(std::size(facts), 40u);
  std::map<std::string, std::vector<const Entry*>> entries_by_phrase;
  for (const Entry& entry : shipped().entries) {
    if (entry.kind == "agent") continue;
    std::set<std::string> phrases;  // an entry may list a phrase and its folded form
    for (const std::string& phrase : entry.phrases) phrases.insert(fold(phrase));
    for (const std::string& phrase : phrases) entries_by_phrase[phrase].push_back(&entry);
  }
  for (const Fact& fact : facts) {
    const std::optional<Date> date = Date::parse_iso(fact.date);
    ASSERT_TRUE(date) << fact.date;
    const std::vector<const Entry*>& matches = entries_by_phrase[fold(fact.name)];
    if (matches.size() != 1) {
      ADD_FAILURE() << fact.name << ": " << matches.size() << " entries list it, expected one";
      continue;
    }
    EXPECT_EQ(resolve(*matches.front(), *date), fact.expected) << fact.name << " on " << fact.date
                                                               << " (" << matches.front()->where << ")";
  }
}

TEST(DictionaryFacts, AgentsCoverTheCommonRoles) {
  struct Role { const char* phrase; const char* sector; };
  const Role roles[] = {
      {"foreign minister", "GOV"}, {"top diplomat", "GOV"},    {"prime minister", "GOV"},
      {"troop", "MIL"},            {"soldier", "MIL"},         {"police", "COP"},
      {"riot police", "COP"},      {"rebel", "REB"},           {"militant", "UAF"},
      {"protester", "OPP"},        {"journalist", "MED"},      {"student", "EDU"},
      {"doctor", "HLH"},           {"refugee", "REF"},         {"businessman", "BUS"},
      {"judge", "JUD"},            {"lawmaker", "LEG"},        {"MP", "LEG"},
      {"opposition", "OPP"},       {"defence minister", "GOVMIL"}, {"civilian", "CVL"},
      {"spy", "SPY"},              {"smuggler", "CRM"},        {"farmer", "AGR"},
      {"worker", "LAB"},           {"aid worker", "NGO"},
  };
  std::map<std::string, std::string> sector_of;
  std::size_t phrases = 0;
  for (const Entry& entry : shipped().entries) {
    if (entry.kind != "agent") continue;
    for (const std::string& phrase : entry.phrases) {
      sector_of[fold(phrase)] = entry.codes.front().code;
      ++phrases;
    }
  }
  EXPECT_GE(phrases, 300u);
  for (const Role& role : roles) EXPECT_EQ(sector_of[fold(role.phrase)], role.sector) << role.phrase;
}

}  // namespace
}  // namespace parley
