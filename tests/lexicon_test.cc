// Tests of the dictionary loader (src/lexicon): the three formats, their error messages, date
// resolution, case rules, agent plurals, phrase matching, pattern parsing, check and lookup.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lexicon/check.h"
#include "lexicon/compiled.h"
#include "lexicon/loader.h"
#include "lexicon/lookup.h"
#include "parley/document.h"
#include "parley/lexicon.h"
#include "text/text.h"

namespace parley {
namespace {

using lexicon_internal::ActorKind;
using lexicon_internal::Compiled;
using lexicon_internal::ElementKind;
using lexicon_internal::PhraseHit;
using lexicon_internal::Severity;
using lexicon_internal::VerbPattern;

std::shared_ptr<const Lexicon> load_ok(const std::string& actors, const std::string& agents = "",
                                       const std::string& verbs = "") {
  auto loaded = Lexicon::from_sources({{DictionaryKind::kActors, "t.actors", actors},
                                       {DictionaryKind::kAgents, "t.agents", agents},
                                       {DictionaryKind::kVerbs, "t.verbs", verbs}});
  EXPECT_TRUE(loaded.ok()) << loaded.status().to_string();
  return loaded.ok() ? *loaded : nullptr;
}

Status load_status(DictionaryKind kind, const std::string& text) {
  const char* name = kind == DictionaryKind::kActors ? "t.actors" : kind == DictionaryKind::kAgents ? "t.agents" : "t.verbs";
  auto loaded = Lexicon::from_sources({{kind, name, text}});
  return loaded.ok() ? Status::ok() : loaded.status();
}

// A hand-made sentence of the phrase's tokens, as the text stage would produce them.
struct TokenisedSentence {
  Sentence sentence;
  std::vector<std::string> folded;
};

TokenisedSentence tokenise(const std::string& text) {
  TokenisedSentence out;
  for (std::string& form : text::tokenize_phrase(text)) {
    out.folded.push_back(text::fold(form));
    Token token;
    token.form = std::move(form);
    out.sentence.tokens.push_back(std::move(token));
  }
  return out;
}

// The hits as "tokens=CODE" items: "South Korea=KOR Seoul=KORGOV", agents as "---GOV".
std::string describe_hits(const Compiled& c, const TokenisedSentence& s, const std::vector<PhraseHit>& hits,
                          const std::optional<Date>& date = std::nullopt) {
  std::string out;
  for (const PhraseHit& hit : hits) {
    if (!out.empty()) out += ' ';
    for (int i = hit.begin; i < hit.end; ++i) out += (i > hit.begin ? " " : "") + s.sentence.tokens[i].form;
    const auto& phrase = c.phrases[hit.phrase];
    if (phrase.actor >= 0) {
      const std::string* code = c.actors[phrase.actor].code_on(date);
      out += "=" + (code ? *code : std::string("?"));
    } else {
      out += "=---" + c.agents[phrase.agent].sector;
    }
  }
  return out;
}

std::string find(const Lexicon& lexicon, const std::string& text) {
  TokenisedSentence s = tokenise(text);
  std::vector<PhraseHit> hits;
  lexicon.compiled().find_phrases(s.sentence, s.folded, hits);
  return describe_hits(lexicon.compiled(), s, hits);
}

// A pattern written back from its elements: "speak by (phone/telephone) with $T".
std::string describe_pattern(const VerbPattern& p) {
  std::string out;
  for (const auto& e : p.elements) {
    if (!out.empty()) out += ' ';
    switch (e.kind) {
      case ElementKind::kTarget: out += "$T"; break;
      case ElementKind::kSource: out += "$S"; break;
      case ElementKind::kGap: out += "..."; break;
      case ElementKind::kWord:
        if (e.words.size() > 1) out += '(';
        for (std::size_t i = 0; i < e.words.size(); ++i) out += (i ? "/" : "") + e.words[i];
        if (e.words.size() > 1) out += ')';
        if (e.optional) out += '?';
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Good entries

TEST(LexiconLoad, AcceptsGoodEntriesOfEachKind) {
  auto lexicon = load_ok(
      "# states first\n"
      "China | People's Republic of China | PRC | Chinese => CHN\n"
      "Beijing | Zhongnanhai => CHNGOV   # metonym\n"
      "\n"
      "[person]\n"
      "Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI\n"
      "[organisation]\n"
      "United Nations | UN => IGOUNO\n",
      "foreign minister | minister of foreign affairs | top diplomat => GOV\n"
      "troops | soldier | army => MIL\n",
      "041: have phone call with $T | phone $T | speak by (phone/telephone) with $T\n"
      "030: stand ready to ... with $T\n"
      "051: thank $T | express gratitude to $T\n");
  ASSERT_NE(lexicon, nullptr);
  const Compiled& c = lexicon->compiled();
  ASSERT_EQ(c.actors.size(), 4u);
  EXPECT_EQ(c.actors[0].rule, "t.actors:2");
  EXPECT_EQ(c.actors[0].first_phrase, "China");
  EXPECT_EQ(c.actors[0].kind, ActorKind::kState);
  EXPECT_EQ(c.actors[1].rule, "t.actors:3");
  EXPECT_EQ(c.actors[2].kind, ActorKind::kPerson);
  EXPECT_EQ(c.actors[3].kind, ActorKind::kOrganisation);
  ASSERT_EQ(c.actors[2].codes.size(), 2u);
  EXPECT_EQ(c.actors[2].codes[0].code, "CHNGOV");
  EXPECT_EQ(c.actors[2].codes[0].from, Date::parse_iso("2022-12-30"));
  EXPECT_EQ(c.actors[2].codes[0].to, Date::parse_iso("2023-07-25"));
  EXPECT_FALSE(c.actors[2].codes[1].dated());
  ASSERT_EQ(c.agents.size(), 2u);
  EXPECT_EQ(c.agents[0].sector, "GOV");
  EXPECT_EQ(c.agents[1].rule, "t.agents:2");
  ASSERT_EQ(c.patterns.size(), 6u);
  EXPECT_EQ(c.patterns[0].code, "041");
  EXPECT_EQ(c.patterns[0].rule, "t.verbs:1");
  EXPECT_EQ(c.patterns[3].rule, "t.verbs:2");

  const LexiconStats stats = lexicon->stats();
  EXPECT_EQ(stats.actor_entries, 4u);
  EXPECT_EQ(stats.actor_phrases, 9u);
  EXPECT_EQ(stats.dated_codes, 1u);
  EXPECT_EQ(stats.agent_phrases, 6u);
  EXPECT_EQ(stats.verb_patterns, 6u);
  EXPECT_EQ(stats.event_codes_covered, 3u);

  // "People's Republic of China" is tokenised as document text is.
  EXPECT_EQ(find(*lexicon, "the People's Republic of China"), "People 's Republic of China=CHN");
}

TEST(LexiconLoad, HashStartsACommentOnlyAfterASpace) {
  auto lexicon = load_ok("C#4 => ABC # a comment\n#X => DEF\n");
  ASSERT_NE(lexicon, nullptr);
  ASSERT_EQ(lexicon->compiled().actors.size(), 1u);
  EXPECT_EQ(lexicon->compiled().phrases[0].text, "C#4");
  EXPECT_EQ(lexicon->compiled().actors[0].codes[0].code, "ABC");
}

TEST(LexiconLoad, AcceptsByteOrderMarkAndCrLf) {
  auto lexicon = load_ok("\xEF\xBB\xBF" "China => CHN\r\nIran => IRN\r\n");
  ASSERT_NE(lexicon, nullptr);
  ASSERT_EQ(lexicon->compiled().actors.size(), 2u);
  EXPECT_EQ(lexicon->compiled().actors[1].codes[0].code, "IRN");
  EXPECT_EQ(lexicon->compiled().actors[1].rule, "t.actors:2");
}

TEST(LexiconLoad, EmptySourcesGiveAnEmptyLexicon) {
  auto lexicon = load_ok("", "", "");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(lexicon->stats().actor_phrases, 0u);
  EXPECT_EQ(find(*lexicon, "China met Iran"), "");
}

// ---------------------------------------------------------------------------------------------------
// Bad entries: every message names the file and line.

struct BadCase {
  DictionaryKind kind;
  const char* text;
  const char* expected;  // a substring of Status::to_string(), starting with "file:line: "
};

TEST(LexiconLoad, ReportsBadEntriesWithFileAndLine) {
  using K = DictionaryKind;
  const BadCase cases[] = {
      {K::kActors, "China CHN\n", "t.actors:1: expected 'PHRASES => CODES'"},
      {K::kActors, "# c\n\nChina => CHN => CHN\n", "t.actors:3: expected 'PHRASES => CODES'"},
      {K::kActors, "China =>\n", "t.actors:1: expected 'PHRASES => CODES'"},
      {K::kActors, " => CHN\n", "t.actors:1: expected 'PHRASES => CODES'"},
      {K::kActors, "China => chn\n", "t.actors:1: bad actor code 'chn'"},
      {K::kActors, "China => CHNG\n", "t.actors:1: bad actor code 'CHNG'"},
      {K::kActors, "Iran => IRN\nQin Gang => CHNGOV 2023-02-30..2023-07-25\n",
       "t.actors:2: bad date '2023-02-30' in range"},
      {K::kActors, "Qin Gang => CHNGOV 2023-01-01..2023-7-25\n", "t.actors:1: bad date '2023-7-25' in range"},
      {K::kActors, "Qin Gang => CHNGOV 2023-07-25..2023-01-01\n", "t.actors:1: range end before start"},
      {K::kActors, "Qin Gang => CHNGOV 2023-01-01\n", "t.actors:1: bad date range '2023-01-01'"},
      {K::kActors, "Qin Gang => CHNGOV ..\n", "t.actors:1: date range '..' has neither start nor end"},
      {K::kActors, "Qin Gang => CHNGOV 2022-01-01..2023-01-01; CHNELI 2022-12-31..\n",
       "t.actors:1: overlapping date ranges in one entry"},
      {K::kActors, "Qin Gang => CHNGOV ..2023-01-01; CHNELI ..2020-01-01\n",
       "t.actors:1: overlapping date ranges in one entry"},
      {K::kActors, "Qin Gang => CHNGOV 2023-01-01 2024-01-01\n", "t.actors:1: expected 'CODE' or 'CODE FROM..TO'"},
      {K::kActors, "China | | PRC => CHN\n", "t.actors:1: empty phrase"},
      {K::kActors, "China => CHN;; PRC\n", "t.actors:1: empty code"},
      {K::kActors, "[state]\n[dog]\n", "t.actors:2: unknown section '[dog]'"},
      {K::kActors, "[person\n", "t.actors:1: expected a section line"},
      {K::kActors, "China => CHN\nIran \xff => IRN\n", "t.actors:2: invalid UTF-8"},
      {K::kAgents, "minister GOV\n", "t.agents:1: expected 'PHRASES => SECTOR'"},
      {K::kAgents, "troops => MIL\nminister => gov\n", "t.agents:2: bad agent sector 'gov'"},
      {K::kAgents, "[person]\n", "t.agents:1: sections such as '[person]' belong in .actors files"},
      {K::kAgents, "minister | => GOV\n", "t.agents:1: empty phrase"},
      {K::kVerbs, "041 phone $T\n", "t.verbs:1: expected 'CODE: PATTERN | PATTERN'"},
      {K::kVerbs, "041:\n", "t.verbs:1: expected 'CODE: PATTERN | PATTERN'"},
      {K::kVerbs, "041: phone $T\n999: meet $T\n", "t.verbs:2: unknown CAMEO event code '999'"},
      {K::kVerbs, "4x1: meet $T\n", "t.verbs:1: unknown CAMEO event code '4x1'"},
      {K::kVerbs, "0831 RESIGN: resign\n", "t.verbs:1: unknown PLOVER type 'RESIGN'"},
      {K::kVerbs, "0831 RETREAT/Resign: resign\n", "t.verbs:1: expected a lowercase PLOVER mode after '/'"},
      {K::kVerbs, "0831 RETREAT/: resign\n", "t.verbs:1: expected a lowercase PLOVER mode after '/'"},
      {K::kVerbs, "041: $T\n", "t.verbs:1: pattern '$T' has no words"},
      {K::kVerbs, "041: $T phone\n", "t.verbs:1: pattern '$T phone' must start with its predicate"},
      {K::kVerbs, "041: ... phone $T\n", "t.verbs:1: pattern '... phone $T' must start with its predicate"},
      {K::kVerbs, "041: phone? $T\n", "t.verbs:1: pattern 'phone? $T' must start with its predicate"},
      {K::kVerbs, "041: speak by (phone/telephone with $T\n", "t.verbs:1: bad parentheses in '(phone/telephone'"},
      {K::kVerbs, "041: speak by phone)\n", "t.verbs:1: bad parentheses in 'phone)'"},
      {K::kVerbs, "041: speak by ((phone))\n", "t.verbs:1: bad parentheses"},
      {K::kVerbs, "041: speak by (phone/) $T\n", "t.verbs:1: empty alternative in '(phone/)'"},
      {K::kVerbs, "041: speak by phone/telephone $T\n", "t.verbs:1: alternatives need parentheses"},
      {K::kVerbs, "041: phone $T and $T\n", "t.verbs:1: '$T' appears twice in pattern 'phone $T and $T'"},
      {K::kVerbs, "041: talk between $S and $S\n", "t.verbs:1: '$S' appears twice"},
      {K::kVerbs, "041: phone $X\n", "t.verbs:1: unknown placeholder '$X'"},
      {K::kVerbs, "041: phone $T?\n", "t.verbs:1: a placeholder cannot be optional"},
      {K::kVerbs, "041: stand ready ...\n", "t.verbs:1: '...' must stand between two elements"},
      {K::kVerbs, "041: stand ... ... with $T\n", "t.verbs:1: two '...' in a row"},
      {K::kVerbs, "041: phone $T | | call $T\n", "t.verbs:1: empty pattern"},
      {K::kVerbs, "041: phone ?\n", "t.verbs:1: stray '?'"},
      {K::kVerbs, "041: ph?one $T\n", "t.verbs:1: '?' may only end a word"},
  };
  for (const BadCase& c : cases) {
    Status status = load_status(c.kind, c.text);
    ASSERT_FALSE(status.is_ok()) << c.text;
    EXPECT_EQ(status.code(), Status::Code::kInvalidInput) << c.text;
    EXPECT_NE(status.to_string().find(c.expected), std::string::npos)
        << "input: " << c.text << "\ngot: " << status.to_string() << "\nwanted: " << c.expected;
  }
}

TEST(LexiconLoad, CollectsEveryProblemAcrossSources) {
  auto loaded = Lexicon::from_sources({
      {DictionaryKind::kActors, "a.actors", "China => CHN\nIran => irn\n\nQin Gang => CHNGOV 2023-02-30..\n"},
      {DictionaryKind::kAgents, "b.agents", "minister GOV\n"},
      {DictionaryKind::kVerbs, "c.verbs", "041: phone $T\n999: meet $T\n"},
  });
  ASSERT_FALSE(loaded.ok());
  const Status& status = loaded.status();
  EXPECT_EQ(status.file(), "a.actors");
  EXPECT_EQ(status.line(), 2);
  EXPECT_EQ(status.to_string(),
            "a.actors:2: bad actor code 'irn' (expected groups of three capitals: CHN, CHNGOV)\n"
            "a.actors:4: bad date '2023-02-30' in range\n"
            "b.agents:1: expected 'PHRASES => SECTOR'\n"
            "c.verbs:2: unknown CAMEO event code '999'");
}

TEST(LexiconLoad, BadEntryInAnEntryReportsEachProblemOnce) {
  // Two problems on one line are both reported; the entry is not half-added.
  Status status = load_status(DictionaryKind::kActors, "China | | PRC => chn\n");
  EXPECT_NE(status.to_string().find("t.actors:1: bad actor code 'chn'"), std::string::npos);
  EXPECT_NE(status.to_string().find("t.actors:1: empty phrase"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------------
// Dated codes

TEST(LexiconDates, ResolvesTheCodeOnADate) {
  auto lexicon = load_ok(
      "[person]\n"
      "Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI\n"
      "Joe Biden => USAELI ..2021-01-19; USAGOV 2021-01-20..2025-01-20\n"
      "Donald Trump => USAGOV 2017-01-20..2021-01-20; USAGOV 2025-01-20..; USAELI\n"
      "Xi Jinping => CHNGOV 2013-03-14..\n");
  ASSERT_NE(lexicon, nullptr);
  const auto& actors = lexicon->compiled().actors;
  struct Case {
    int actor;
    const char* date;  // "" = no date
    const char* code;  // "" = no code (the phrase does not match that day)
  };
  const Case cases[] = {
      {0, "2022-12-29", "CHNELI"}, {0, "2022-12-30", "CHNGOV"}, {0, "2023-03-01", "CHNGOV"},
      {0, "2023-07-25", "CHNGOV"}, {0, "2023-07-26", "CHNELI"}, {0, "", "CHNELI"},
      {1, "1990-01-01", "USAELI"}, {1, "2021-01-19", "USAELI"}, {1, "2021-01-20", "USAGOV"},
      {1, "2025-01-21", ""},       {1, "", "USAGOV"},  // no undated code: the last dated one
      {2, "2016-12-31", "USAELI"}, {2, "2018-05-01", "USAGOV"}, {2, "2022-05-01", "USAELI"},
      {2, "2026-05-01", "USAGOV"}, {3, "2013-03-13", ""},       {3, "2013-03-14", "CHNGOV"},
      {3, "9999-12-31", "CHNGOV"},
  };
  for (const Case& c : cases) {
    std::optional<Date> date = *c.date ? Date::parse_iso(c.date) : std::nullopt;
    const std::string* code = actors[c.actor].code_on(date);
    EXPECT_EQ(code ? *code : std::string(), c.code) << actors[c.actor].first_phrase << " on " << c.date;
  }
}

TEST(LexiconDates, DatedFindPassesOverActorsWithNoCodeThatDay) {
  auto lexicon = load_ok("[person]\nXi Jinping => CHNGOV 2013-03-14..\n", "Xi => GOV\n");
  ASSERT_NE(lexicon, nullptr);
  TokenisedSentence s = tokenise("Xi Jinping spoke");
  const Compiled& c = lexicon->compiled();
  std::vector<PhraseHit> hits;
  c.find_phrases(s.sentence, s.folded, Date::parse_iso("2020-01-01"), hits);
  EXPECT_EQ(describe_hits(c, s, hits), "Xi Jinping=CHNGOV");
  hits.clear();
  c.find_phrases(s.sentence, s.folded, Date::parse_iso("2010-01-01"), hits);
  EXPECT_EQ(describe_hits(c, s, hits), "Xi=---GOV");
}

// A caller that looked up each token's phrases already (the coder keeps them per word) gets the hits
// the lexicon finds itself; starts shorter than the sentence cover only the tokens they reach.
TEST(LexiconDates, PhraseStartsLookedUpByTheCallerFindTheSameHits) {
  auto lexicon = load_ok("[person]\nXi Jinping => CHNGOV 2013-03-14..\n[state]\nChina => CHN\nthe West Bank => PSE\n",
                         "Xi => GOV\nthe West => WST\n");
  ASSERT_NE(lexicon, nullptr);
  const Compiled& c = lexicon->compiled();
  for (const char* text : {"Xi Jinping spoke with China about the West Bank", "the West and China", "nothing here"}) {
    TokenisedSentence s = tokenise(text);
    Compiled::PhraseStarts starts;
    for (const std::string& word : s.folded) starts.push_back(c.phrases_starting(word));
    for (const char* day : {"2020-01-01", "2010-01-01"}) {
      std::vector<PhraseHit> own, given;
      c.find_phrases(s.sentence, s.folded, Date::parse_iso(day), own);
      c.find_phrases(s.sentence, s.folded, Date::parse_iso(day), starts, given);
      EXPECT_EQ(describe_hits(c, s, given), describe_hits(c, s, own)) << text << " on " << day;
    }
  }
  TokenisedSentence s = tokenise("China and Xi Jinping");
  const Compiled::PhraseStarts first_two = {c.phrases_starting(s.folded[0]), c.phrases_starting(s.folded[1])};
  std::vector<PhraseHit> hits;
  c.find_phrases(s.sentence, s.folded, Date::parse_iso("2020-01-01"), first_two, hits);
  EXPECT_EQ(describe_hits(c, s, hits), "China=CHN");
}

// Names write a generational suffix with or without a comma: "Ferdinand Marcos, Jr." is the son's
// entry (written "Ferdinand Marcos Jr."), not the father's shorter one; a comma before other words is
// no part of a name.
TEST(LexiconDates, AGenerationalSuffixMayFollowAComma) {
  auto lexicon = load_ok("[person]\nFerdinand Marcos => PHLGOV ..1986-02-25; PHLELI\n"
                         "Ferdinand Marcos Jr. => PHLGOV\n",
                         "President => GOV\n");
  ASSERT_NE(lexicon, nullptr);
  const Compiled& c = lexicon->compiled();
  auto find = [&](const char* text) {
    TokenisedSentence s = tokenise(text);
    std::vector<PhraseHit> hits;
    c.find_phrases(s.sentence, s.folded, Date::parse_iso("2024-01-01"), hits);
    return describe_hits(c, s, hits);
  };
  EXPECT_EQ(find("Ferdinand Marcos, Jr. met them"), "Ferdinand Marcos , Jr.=PHLGOV");
  EXPECT_EQ(find("Ferdinand Marcos Jr. met them"), "Ferdinand Marcos Jr.=PHLGOV");
  EXPECT_EQ(find("Ferdinand Marcos, the President"), "Ferdinand Marcos=PHLELI President=---GOV");
  EXPECT_EQ(find("Ferdinand Marcos ,"), "Ferdinand Marcos=PHLELI");
}

// ---------------------------------------------------------------------------------------------------
// Matching

TEST(LexiconMatch, ShortCapitalAcronymsAreCaseSensitive) {
  auto lexicon = load_ok("US | United States => USA\nIS => IMGMUSISI\nUNSC => IGOUNOSEC\nNATO1234 => IGONAT\n");
  ASSERT_NE(lexicon, nullptr);
  struct Case { const char* text; const char* hits; };
  const Case cases[] = {
      {"the US said", "US=USA"},
      {"let us say", ""},
      {"He told Us so", ""},
      {"the united states said", "united states=USA"},
      {"UNITED STATES", "UNITED STATES=USA"},
      {"IS fighters", "IS=IMGMUSISI"},
      {"it is what it is", ""},
      {"the UNSC met", "UNSC=IGOUNOSEC"},
      {"the unsc met", ""},
      {"nato1234", "nato1234=IGONAT"},  // longer than five characters: folded
  };
  for (const Case& c : cases) EXPECT_EQ(find(*lexicon, c.text), c.hits) << c.text;
  EXPECT_TRUE(lexicon->compiled().phrases[0].case_sensitive);
  EXPECT_FALSE(lexicon->compiled().phrases[1].case_sensitive);
}

TEST(LexiconMatch, ShortMixedCaseWordsAreCaseSensitive) {
  // "LeT" (Lashkar-e-Taiba) is not the verb "let"; a capitalised word is still matched in any case.
  auto lexicon = load_ok("Lashkar-e-Taiba | LeT => SASREB\nHamas => PSEREBHMS\n");
  ASSERT_NE(lexicon, nullptr);
  struct Case { const char* text; const char* hits; };
  const Case cases[] = {
      {"LeT militants", "LeT=SASREB"},
      {"let us begin", ""},
      {"The President let him go", ""},
      {"LET US BEGIN", ""},
      {"HAMAS said", "HAMAS=PSEREBHMS"},
      {"hamas said", "hamas=PSEREBHMS"},
  };
  for (const Case& c : cases) EXPECT_EQ(find(*lexicon, c.text), c.hits) << c.text;
}

TEST(LexiconMatch, DiacriticsAndTypographicQuotesFold) {
  auto lexicon = load_ok("Türkiye | Turkey => TUR\nCôte d'Ivoire => CIV\n");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(find(*lexicon, "Turkiye and Türkiye"), "Turkiye=TUR Türkiye=TUR");
  EXPECT_EQ(find(*lexicon, "in Cote d\xE2\x80\x99Ivoire"), "Cote d'Ivoire=CIV");
}

TEST(LexiconMatch, ArabicArticleMatchesInEachSpelling) {
  auto lexicon = load_ok("[person]\nOmar al-Bashir | al-Bashir => SDNGOV\nAbdel Fattah al-Sisi => EGYGOV\n");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(find(*lexicon, "Omar el-Bashir"), "Omar el-Bashir=SDNGOV");
  EXPECT_EQ(find(*lexicon, "Omar El Bashir"), "Omar El Bashir=SDNGOV");
  EXPECT_EQ(find(*lexicon, "President Abdel Fattah Al Sisi"), "Abdel Fattah Al Sisi=EGYGOV");
  EXPECT_EQ(find(*lexicon, "El-Bashir"), "El-Bashir=SDNGOV");
  // Only the article: "Bashir" alone and "al" alone name no one.
  EXPECT_EQ(find(*lexicon, "Bashir said"), "");
  EXPECT_EQ(find(*lexicon, "al said"), "");
}

TEST(LexiconMatch, AgentsGetRegularPlurals) {
  auto lexicon = load_ok("", "minister => GOV\nmilitia => REB\nparty => PTY\npoliceman => COP\n"
                             "envoy => GOV\nwitness => CVL\nchurch => REL\nMP => LEG\ntroops => MIL\n");
  ASSERT_NE(lexicon, nullptr);
  struct Case { const char* text; const char* hits; };
  const Case cases[] = {
      {"ministers", "ministers=---GOV"}, {"minister", "minister=---GOV"},   {"militias", "militias=---REB"},
      {"parties", "parties=---PTY"},     {"partys", ""},                    {"policemen", "policemen=---COP"},
      {"policeman", "policeman=---COP"}, {"envoys", "envoys=---GOV"},       {"witnesses", "witnesses=---CVL"},
      {"churches", "churches=---REL"},   {"MPs", "MPs=---LEG"},             {"mps", ""},
      {"troops", "troops=---MIL"},       {"troopses", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(find(*lexicon, c.text), c.hits) << c.text;
  EXPECT_EQ(lexicon->stats().agent_phrases, 9u);  // generated plurals are not counted
}

TEST(LexiconMatch, PluralOfAMultiWordAgentChangesItsLastWord) {
  auto lexicon = load_ok("Iranian => IRN\n", "foreign minister => GOV\n");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(find(*lexicon, "Iranian foreign ministers met"), "Iranian=IRN foreign ministers=---GOV");
  bool found = false;
  for (const auto& p : lexicon->compiled().phrases) found |= p.plural && p.text == "foreign ministers";
  EXPECT_TRUE(found);
}

TEST(LexiconMatch, RegularPluralRules) {
  struct Case { const char* word; std::vector<std::string> plurals; };
  const Case cases[] = {
      {"minister", {"ministers"}},  {"militia", {"militias"}},   {"party", {"parties"}},
      {"envoy", {"envoys"}},        {"boss", {"bosses"}},        {"tax", {"taxes"}},
      {"church", {"churches"}},     {"marsh", {"marshes"}},      {"blitz", {"blitzes"}},
      {"troops", {}},               {"policemen", {}},           {"policeman", {"policemen", "policemans"}},
      {"Chairman", {"Chairmen", "Chairmans"}}, {"G7", {}},       {"status", {"statuses"}},
      {"y", {"ys"}},
  };
  for (const Case& c : cases) EXPECT_EQ(lexicon_internal::regular_plurals(c.word), c.plurals) << c.word;
}

TEST(LexiconMatch, LongestMatchWinsLeftToRight) {
  auto lexicon = load_ok("Korea => KOR\nSouth Korea => KOR\nNorth Korea => PRK\nSouth => ZZZ\n"
                         "the West => WST\nWest Bank => PSE\n"
                         "[person]\nKim Jong Un => PRKGOV\nKim => PRKELI\nAmir Sheikh Tamim => QATGOV\n"
                         "Sheikh Tamim bin Hamad => QATGOV\n",
                         "president => GOV\nNorth Korean army => MIL\nbank => BUS\n");
  ASSERT_NE(lexicon, nullptr);
  struct Case { const char* text; const char* hits; };
  const Case cases[] = {
      {"South Korea and North Korea", "South Korea=KOR North Korea=PRK"},
      {"Korea", "Korea=KOR"},
      {"the South", "South=ZZZ"},
      {"South South Korea", "South=ZZZ South Korea=KOR"},
      {"Kim Jong Un met Kim", "Kim Jong Un=PRKGOV Kim=PRKELI"},
      {"Kim Jong", "Kim=PRKELI"},
      {"North Korea", "North Korea=PRK"},
      // A phrase opening with an article yields to a no shorter one starting inside it: "the West
      // Bank" is the place, not "the West" and a bank. A title's phrase keeps its name.
      {"a village in the West Bank", "West Bank=PSE"},
      {"the West and the bank", "the West=WST bank=---BUS"},
      {"Amir Sheikh Tamim bin Hamad", "Amir Sheikh Tamim=QATGOV"},
  };
  for (const Case& c : cases) EXPECT_EQ(find(*lexicon, c.text), c.hits) << c.text;
}

TEST(LexiconMatch, WordsThatNameNoRoleHideTheRolesInsideThem) {
  // "task force => -": matched (so "forces" inside it is not), with an empty sector.
  auto lexicon = load_ok("", "forces => MIL\ntask force => -\n");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_EQ(find(*lexicon, "the task forces met the forces"), "task forces=--- forces=---MIL");
}

TEST(LexiconMatch, ActorBeatsAgentAtEqualLength) {
  // Agents written first on purpose: file order must not decide.
  auto loaded = Lexicon::from_sources({{DictionaryKind::kAgents, "a.agents", "the government => GOV\n"},
                                       {DictionaryKind::kActors, "b.actors", "[organisation]\nthe Government => XYZGOV\n"}});
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_EQ(find(**loaded, "the government said"), "the government=XYZGOV");
}

TEST(LexiconMatch, FindsPhrasesInASegmentedDocument) {
  auto lexicon = load_ok(
      "Iran | Iranian => IRN\nChina | Chinese => CHN\n[person]\n"
      "Hossein Amir-Abdollahian | Amir-Abdollahian => IRNGOV 2021-08-25..2024-05-19; IRNELI\n"
      "Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI\n",
      "foreign minister => GOV\n");
  ASSERT_NE(lexicon, nullptr);
  Document doc;
  doc.id = "d";
  doc.text = "Iranian Foreign Minister Hossein Amir-Abdollahian had a phone call with China\xE2\x80\x99s Qin Gang.";
  std::vector<Sentence> sentences = text::segment(doc);
  ASSERT_EQ(sentences.size(), 1u);
  const Sentence& sentence = sentences[0];
  std::vector<std::string> folded;
  for (const Token& t : sentence.tokens) folded.push_back(text::fold(t.form));
  std::vector<PhraseHit> hits;
  lexicon->compiled().find_phrases(sentence, folded, hits);
  std::string got;
  for (const PhraseHit& h : hits) {
    got += doc.text.substr(sentence.tokens[h.begin].start, sentence.tokens[h.end - 1].end - sentence.tokens[h.begin].start);
    got += "|";
  }
  EXPECT_EQ(got, "Iranian|Foreign Minister|Hossein Amir-Abdollahian|China|Qin Gang|");
}

TEST(LexiconMatch, ShortFoldedVectorIsNotACrash) {
  auto lexicon = load_ok("South Korea => KOR\n");
  ASSERT_NE(lexicon, nullptr);
  TokenisedSentence s = tokenise("South Korea");
  s.folded.pop_back();
  std::vector<PhraseHit> hits;
  lexicon->compiled().find_phrases(s.sentence, s.folded, hits);
  EXPECT_TRUE(hits.empty());
}

// ---------------------------------------------------------------------------------------------------
// Verb patterns

TEST(LexiconPatterns, ParsesElements) {
  struct Case { const char* line; const char* pattern; int specificity; };
  const Case cases[] = {
      {"041: phone $T", "phone $T", 1},
      {"041: Have Phone Call with $T", "have phone call with $T", 4},
      {"041: speak by (phone/Telephone) with $T", "speak by (phone/telephone) with $T", 4},
      {"051: express gratitude? to $T", "express gratitude? to $T", 3},
      {"051: express (deep/sincere)? gratitude to $T", "express (deep/sincere)? gratitude to $T", 4},
      {"030: stand ready to ... with $T", "stand ready to ... with $T", 4},
      {"040: talk between $S and $T", "talk between $S and $T", 3},
      {"020: call on $T to", "call on $T to", 3},
      {"010: comment", "comment", 1},
      {"043: visit $T", "visit $T", 1},
  };
  for (const Case& c : cases) {
    auto lexicon = load_ok("", "", c.line);
    ASSERT_NE(lexicon, nullptr) << c.line;
    ASSERT_EQ(lexicon->compiled().patterns.size(), 1u) << c.line;
    const VerbPattern& p = lexicon->compiled().patterns[0];
    EXPECT_EQ(describe_pattern(p), c.pattern) << c.line;
    EXPECT_EQ(p.specificity, c.specificity) << c.line;
    EXPECT_EQ(p.rule, "t.verbs:1");
    EXPECT_EQ(p.elements[0].kind, ElementKind::kWord);
  }
}

TEST(LexiconPatterns, TargetPositionAndText) {
  auto lexicon = load_ok("", "", "041: have phone call with $T | phone $T\n020: call on $T to\n");
  ASSERT_NE(lexicon, nullptr);
  const auto& patterns = lexicon->compiled().patterns;
  ASSERT_EQ(patterns.size(), 3u);
  EXPECT_EQ(patterns[0].elements.size(), 5u);
  EXPECT_EQ(patterns[0].elements[4].kind, ElementKind::kTarget);
  EXPECT_EQ(patterns[0].text, "have phone call with $T");
  EXPECT_EQ(patterns[1].text, "phone $T");
  EXPECT_EQ(patterns[1].rule, "t.verbs:1");
  EXPECT_EQ(patterns[2].elements[2].kind, ElementKind::kTarget);
  EXPECT_EQ(patterns[2].code, "020");
  EXPECT_EQ(patterns[2].rule, "t.verbs:2");
}

TEST(LexiconPatterns, IndexedByPredicateMostSpecificFirst) {
  auto lexicon = load_ok("", "",
                         "040: have $T\n"                          // 0
                         "041: have phone call with $T\n"          // 1
                         "042: have talk with $T\n"                // 2
                         "043: have meeting with $T\n"             // 3
                         "041: (phone/telephone) $T\n"             // 4
                         "041: phone $T about\n");                 // 5
  ASSERT_NE(lexicon, nullptr);
  const auto& index = lexicon->compiled().patterns_by_predicate;
  ASSERT_EQ(index.count("have"), 1u);
  EXPECT_EQ(index.at("have"), (std::vector<int>{1, 2, 3, 0}));
  EXPECT_EQ(index.at("phone"), (std::vector<int>{5, 4}));
  EXPECT_EQ(index.at("telephone"), (std::vector<int>{4}));
  EXPECT_EQ(index.count("with"), 0u);
}

// ---------------------------------------------------------------------------------------------------
// dict check and dict lookup

TEST(LexiconCheck, ReportsDuplicatesAndStopWordPredicates) {
  auto loaded = Lexicon::from_sources({
      {DictionaryKind::kActors, "a.actors",
       "Georgia => GEO\n[person]\nGeorgia => USAELI\nQin Gang => CHNGOV\n[person]\nQin  Gang => CHNELI\n"
       "Wang Yi | Wang Yi => CHNGOV\n[organisation]\nMédecins Sans Frontières | Medecins Sans Frontieres => NGOMED\n"},
      {DictionaryKind::kAgents, "b.agents", "minister => GOV\nministers => GOV\nminister => GOV\n"},
      {DictionaryKind::kVerbs, "c.verbs", "041: phone $T\n042: phone $T\n041: phone  $T\n010: the $T\n"},
  });
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  std::vector<lexicon_internal::Finding> findings = lexicon_internal::check_dictionaries((*loaded)->compiled());
  std::string got;
  for (const auto& f : findings) got += std::string(severity_name(f.severity)) + " " + f.rule + ": " + f.message + "\n";
  EXPECT_EQ(got,
            "error a.actors:6: phrase 'Qin  Gang' is also in a.actors:4 (as 'Qin Gang'; case and diacritics are folded) "
            "(same kind: person)\n"
            "warning a.actors:7: phrase 'Wang Yi' is listed twice in this entry\n"
            "warning a.actors:9: phrase 'Medecins Sans Frontieres' is listed twice in this entry (as 'Médecins Sans "
            "Frontières'; case and diacritics are folded)\n"
            "warning b.agents:2: phrase 'ministers' is also the generated plural of an agent at b.agents:1\n"
            "error b.agents:3: phrase 'minister' is also in b.agents:1 (same kind: agent)\n"
            "warning c.verbs:2: pattern 'phone $T' gives code 042 here but 041 at c.verbs:1\n"
            "warning c.verbs:3: duplicate pattern 'phone  $T' (also at c.verbs:1)\n"
            "warning c.verbs:4: predicate 'the' of pattern 'the $T' is a stop word, never a predicate lemma\n");
}

TEST(LexiconCheck, CleanDictionariesHaveNoFindings) {
  auto lexicon = load_ok("Georgia => GEO\n[person]\nGeorgia => USAELI\n", "minister => GOV\n", "041: phone $T\n");
  ASSERT_NE(lexicon, nullptr);
  EXPECT_TRUE(lexicon_internal::check_dictionaries(lexicon->compiled()).empty());
}

TEST(LexiconLookup, ListsEntriesWithTheirCodeOnTheDate) {
  auto lexicon = load_ok("Georgia => GEO\nChina | Chinese => CHN\n[person]\nGeorgia => USAELI\n"
                         "Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI\nXi Jinping => CHNGOV 2013-03-14..\n",
                         "foreign minister => GOV\n");
  ASSERT_NE(lexicon, nullptr);
  struct Case { const char* query; const char* date; const char* expected; };
  const Case cases[] = {
      {"Qin Gang", "2023-01-19", "CHNGOV 'Qin Gang' t.actors:5 whole\n"},
      {"qin gang", "2024-01-19", "CHNELI 'Qin Gang' t.actors:5 whole\n"},
      {"Xi Jinping", "2000-01-01", " 'Xi Jinping' t.actors:6 whole\n"},
      {"Georgia", "", "GEO 'Georgia' t.actors:1 whole\nUSAELI 'Georgia' t.actors:4 whole\n"},
      {"foreign ministers", "", "---GOV 'foreign ministers' t.agents:1 whole\n"},
      {"Chinese Foreign Minister Qin Gang", "2023-03-01",
       "CHN 'Chinese' t.actors:2 part\n---GOV 'foreign minister' t.agents:1 part\nCHNGOV 'Qin Gang' t.actors:5 part\n"},
      {"nothing here", "", ""},
      {"", "", ""},
  };
  for (const Case& c : cases) {
    std::optional<Date> date = *c.date ? Date::parse_iso(c.date) : std::nullopt;
    std::string got;
    for (const auto& hit : lexicon_internal::lookup_phrase(lexicon->compiled(), c.query, date)) {
      got += hit.code + " '" + hit.phrase + "' " + hit.rule + (hit.whole ? " whole\n" : " part\n");
    }
    EXPECT_EQ(got, c.expected) << c.query;
  }
}

// ---------------------------------------------------------------------------------------------------
// Files

class LexiconDirectory : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("parley_lexicon_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& relative, const std::string& text) {
    std::filesystem::path path = dir_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconDirectory, LoadsAllKindsRecursivelyInPathOrder) {
  write("verbs/04_consult.verbs", "# consult\n041: phone $T\n");
  write("verbs/01_statement.verbs", "010: comment\n");
  write("actors/states.actors", "China => CHN\n");
  write("agents.agents", "minister => GOV\n");
  write("README.md", "not a dictionary => XXX\n");
  write(".#states.actors", "garbage\n");
  auto loaded = Lexicon::load_directory(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const Compiled& c = (*loaded)->compiled();
  ASSERT_EQ(c.patterns.size(), 2u);
  EXPECT_EQ(c.patterns[0].rule, "verbs/01_statement.verbs:1");
  EXPECT_EQ(c.patterns[1].rule, "verbs/04_consult.verbs:2");
  ASSERT_EQ(c.actors.size(), 1u);
  EXPECT_EQ(c.actors[0].rule, "actors/states.actors:1");
  EXPECT_EQ(c.agents[0].rule, "agents.agents:1");
}

TEST_F(LexiconDirectory, ReportsRelativeFileNamesInErrors) {
  write("actors/people.actors", "[person]\nQin Gang => CHNGOV 2023-02-30..\n");
  write("verbs/04_consult.verbs", "041: phone $T\n041 meet $T\n");
  auto loaded = Lexicon::load_directory(dir_.string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().to_string(),
            "actors/people.actors:2: bad date '2023-02-30' in range\n"
            "verbs/04_consult.verbs:2: expected 'CODE: PATTERN | PATTERN'");
}

TEST_F(LexiconDirectory, MissingOrEmptyDirectoryIsNotFound) {
  auto missing = Lexicon::load_directory((dir_ / "nope").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  auto empty = Lexicon::load_directory(dir_.string());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kNotFound);
}

TEST(LexiconDataDir, EnvironmentVariableWins) {
  const char* old = std::getenv("PARLEY_DATA");
  std::string saved = old ? old : "";
  ::setenv("PARLEY_DATA", "/some/where", 1);
  EXPECT_EQ(default_data_dir(), "/some/where");
  ::unsetenv("PARLEY_DATA");
  EXPECT_FALSE(default_data_dir().empty());
  EXPECT_NE(default_data_dir(), "/some/where");
  if (old) ::setenv("PARLEY_DATA", saved.c_str(), 1);
}

// The shipped dictionaries load cleanly (they are being written alongside this loader).
TEST(LexiconShipped, ShippedDataLoads) {
  const std::string dir = std::string(PARLEY_SOURCE_DIR) + "/data";
  std::error_code ec;
  bool any = false;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    const std::string ext = it->path().extension().string();
    any |= ext == ".actors" || ext == ".agents" || ext == ".verbs";
  }
  if (!any) GTEST_SKIP() << "no dictionaries under " << dir << " yet";
  const auto start = std::chrono::steady_clock::now();
  auto loaded = Lexicon::load_directory(dir);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const LexiconStats s = (*loaded)->stats();
  std::printf("shipped: %zu actor phrases, %zu agent phrases, %zu patterns, %zu codes, %.3f s\n", s.actor_phrases,
              s.agent_phrases, s.verb_patterns, s.event_codes_covered, seconds);
}

}  // namespace
}  // namespace parley
