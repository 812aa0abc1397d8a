// The sentence coder (parsed by default, and --shallow) over small dictionaries written here: each
// row is a document and the full set of events it must give ("SOURCE TARGET CODE", "-" for no target; "!" marks negated, "?"
// hypothetical, "~" intended).
#include <gtest/gtest.h>

#include <algorithm>

#include "parley/coder.h"
#include "parley/writer.h"
#include "test_support.h"

namespace parley {
namespace {

const char* kActors = R"(
[state]
China | People's Republic of China | Chinese => CHN
Iran | Iranian => IRN
Russia | Russian => RUS
Ukraine | Ukrainian | Ukrainians => UKR
Kherson => UKR
Kyiv => UKRGOV
United States | US | American => USA
Beijing => CHNGOV
[person]
Qin Gang => CHNGOV 2022-12-30..2023-07-25; CHNELI
Hossein Amir-Abdollahian | Amir-Abdollahian => IRNGOV 2021-08-25..2024-05-19; IRNELI
[organisation]
United Nations | UN => IGOUNO
)";
const char* kAgents = R"(
foreign minister => GOV
troop | soldier | jet => MIL
secretary-general => GOV
police => COP
president => GOV
journalist => MED
civilian => CVL
)";
const char* kVerbs = R"(
041: have phone call with $T | phone $T
042: visit $T
051: thank $T | praise $T
111: condemn $T | criticize $T
112: accuse $T of
190: attack $T
030: ready to ... with $T | work with $T
020: call on $T to | urge $T to
040: exchange views | meeting between $T
070: send aid to $T | extend assistance to $T
163: impose sanctions on $T
085: lift sanctions on $T
100: reiterate ... demand
046: negotiate with $T
173: detain $T
043: host $T | welcome $T to
194: shell $T
183: kill $T in ... bomb (attack/explosion)
190: kill $T
141: rally in
046: talk resume | talk be held
190: fighting ... between $S and $T
0831 RETREAT/resign: resign
0831: sack $T
)";

std::shared_ptr<const Coder> make_coder(bool state_as_government = true, bool shallow = false) {
  auto lexicon = Lexicon::from_sources({{DictionaryKind::kActors, "test.actors", kActors},
                                        {DictionaryKind::kAgents, "test.agents", kAgents},
                                        {DictionaryKind::kVerbs, "test.verbs", kVerbs}});
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  if (!lexicon.ok()) return nullptr;
  CoderOptions options;
  options.state_as_government = state_as_government;
  options.shallow = shallow;
  auto coder = Coder::create(*lexicon, options);
  EXPECT_TRUE(coder.ok()) << coder.status().to_string();
  return coder.ok() ? *coder : nullptr;
}

std::vector<std::string> code_text(const Coder& coder, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.date = Date{2023, 1, 19};
  doc.text = text;
  auto state = coder.new_state();
  CodedDocument coded = coder.code(std::move(doc), *state);
  std::vector<std::string> out;
  for (const Event& e : coded.events) {
    std::string row = (e.source ? e.source->code : "-") + " " + (e.target ? e.target->code : "-") + " " + e.code;
    if (e.negated) row += " !";
    if (e.modality == Modality::kHypothetical) row += " ?";
    if (e.modality == Modality::kIntended) row += " ~";
    out.push_back(row);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

template <std::size_t N>
void expect_table(const Coder& coder, const Case (&cases)[N]) {
  for (const Case& c : cases) {
    std::vector<std::string> expected = c.expected;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(code_text(coder, c.text), expected) << c.text;
  }
}

TEST(SentenceCoder, CodesTheSentencesOfItsTable) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  const Case cases[] = {
      {"Russia condemned Ukraine.", {"RUS UKR 111"}},
      {"Russia did not condemn Ukraine.", {"RUS UKR 111 !"}},
      {"Russia has never criticized Ukraine.", {"RUS UKR 111 !"}},
      {"Ukraine was attacked by Russia.", {"RUS UKR 190"}},
      {"Russian troops shelled Ukraine.", {"RUSMIL UKR 194"}},
      {"China and Iran condemned the United States.", {"CHN USA 111", "IRN USA 111"}},
      {"Iran thanked China and Russia.", {"IRN CHN 051", "IRN RUS 051"}},
      {"Foreign Minister Qin Gang had a phone call with Iranian Foreign Minister Hossein Amir-Abdollahian.",
       {"CHNGOV IRNGOV 041", "IRNGOV CHNGOV 041"}},  // a call with someone is theirs too
      {"China's foreign minister visited Iran.", {"CHNGOV IRN 042"}},
      {"The foreign minister of Iran visited Beijing.", {"IRNGOV CHNGOV 042"}},
      {"Qin Gang said that China is ready to work closely with Iran.", {"CHN IRN 030 ~"}},
      {"China stands ready to work with Iran.", {"CHN IRN 030 ~"}},
      {"If Russia attacks Ukraine, the United States will condemn Russia.", {"RUS UKR 190 ?", "USA RUS 111 ~"}},
      {"China calls on other parties to remain committed to dialogue.", {"CHN - 020"}},
      {"China praised Iran, and Russia criticized Ukraine.", {"CHN IRN 051", "RUS UKR 111"}},
      {"China praised Iran and criticized the United States.", {"CHN IRN 051", "CHN USA 111"}},
      {"China and Iran exchanged views.", {"CHN IRN 040", "IRN CHN 040"}},
      {"The UN condemned Russia.", {"IGOUNO RUS 111"}},
      {"China praised China.", {}},
      {"The weather was fine in Beijing.", {}},
      {"Iran will work with China to implement the plan.", {"IRN CHN 030 ~"}},
  };
  expect_table(*coder, cases);
}

TEST(SentenceCoder, ReadsTheLanguageOfReadoutsAndWireCopy) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  const Case cases[] = {
      // A wire dateline is not the subject.
      {"KYIV, June 21 - Russian troops shelled Kherson overnight.", {"RUSMIL UKR 194"}},
      // Nor is a dateline that takes the whole sentence anything (the coder read past its end, found
      // by the coder fuzzer).
      {"KYIV, June 21 -", {}},
      // A pattern's predicate as the last word, with no full stop: its slot has nothing left to read
      // (the coder read past the end: found by the coder fuzzer).
      {"Officials said they will add", {}},
      // The speaker named after the clause.
      {"Russian troops shelled Kherson, Iranian Foreign Minister Hossein Amir-Abdollahian said.", {"RUSMIL UKR 194"}},
      // A relative clause's subject is its antecedent.
      {"Qin Gang met Hossein Amir-Abdollahian, who visited Russia.", {"IRNGOV RUS 042"}},
      // Announced acts are coded as intents (03x) and threats (13x).
      {"China stands ready to extend assistance to Iran.", {"CHN IRN 033 ~"}},
      {"The United States will impose sanctions on Iran.", {"USA IRN 1312 ~"}},
      {"The United States would impose sanctions on Iran if Iran attacks Ukraine.",
       {"IRN UKR 190 ?", "USA IRN 1312 ~"}},
      // "its jets": the role belongs to the actor before it.
      {"Ukraine said its jets shelled Kherson.", {"UKRMIL UKR 194"}},
      // Force against no one named is not coded.
      {"Russia shelled the companies.", {}},
      // A subordinate clause keeps its own subject.
      {"China sent aid to Iran after an earthquake shelled the city.", {"CHN IRN 070"}},
      // What "until" introduces in the present has not happened; in the past it has.
      {"Russia will shell Kherson until Ukraine lifts sanctions on Russia.", {"RUS UKR 1384 ~", "UKR RUS 085 ?"}},
      {"Russia shelled Kherson until Ukraine lifted sanctions on Russia.", {"RUS UKR 194", "UKR RUS 085"}},
      // A demand frames no one's words: the one asked is the subject of its "that" clause, whose
      // content is no act.
      {"China reiterated its demand that Iran lift sanctions on Russia.", {"CHN IRN 100"}},
      // A gerund after a verb that judges its object is the object's act, free of the judging verb's
      // tense; hosting talks between others is mediation.
      {"China did not thank Iran for hosting Russia.", {"CHN IRN 051 !", "IRN RUS 043"}},
      {"Ukraine condemned Russia for shelling Kherson.", {"RUS UKR 194", "UKR RUS 111"}},
      // Who is condemned for an attack is who made it, not those it struck.
      {"China condemned the attack on Kyiv.", {"CHN - 111"}},
      // (The attack itself is not coded: a bare attack noun is a predicate only with its author
      // before it, "Russia's attack on Kyiv", and the parser hangs "by Russia" on the verb.)
      {"China condemned the attack on Kyiv by Russia.", {"CHN RUS 111"}},
      // A person's surname after a first name that is not theirs is someone else.
      {"On Monday a businessman, Reza Amir-Abdollahian, visited Russia.", {}},
      {"On Monday the minister, Hossein Amir-Abdollahian, visited Russia.", {"IRNGOV RUS 042"}},
      // A relative "which" after a place is the act done there; its victims are that place's.
      {"China condemned the bombing of a market in Kherson, which killed twelve civilians.",
       {"CHN - 111", "UKR UKRCVL 190"}},
  };
  expect_table(*coder, cases);
}

TEST(SentenceCoder, AnActSomeoneIsAccusedOfIsReportedByTheAccuser) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  Document doc;
  doc.id = "t";
  doc.date = Date{2023, 1, 19};
  doc.text = "Ukraine accused Russia of killing two Ukrainian civilians.";
  auto state = coder->new_state();
  const CodedDocument coded = coder->code(std::move(doc), *state);
  ASSERT_EQ(coded.events.size(), 2u);
  for (const Event& e : coded.events) {
    ASSERT_TRUE(e.source && e.target);
    if (e.code == "190") {
      EXPECT_EQ(e.source->code, "RUS");
      EXPECT_EQ(e.target->code, "UKRCVL");
      EXPECT_EQ(e.modality, Modality::kReported);
      EXPECT_EQ(e.speaker, "UKR");
    } else {
      EXPECT_EQ(e.code, "112");
      EXPECT_EQ(e.modality, Modality::kAsserted);
    }
  }
}

TEST(SentenceCoder, RemembersNamesRolesAndPeopleAcrossSentences) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  // A name the dictionaries do not know takes the code of its title, and keeps it.
  EXPECT_EQ(code_text(*coder, "Iranian Foreign Minister Ali Rezaei praised China. Rezaei condemned Russia."),
            (std::vector<std::string>{"IRNGOV CHN 051", "IRNGOV RUS 111"}));
  // A role named in a headline before its holder is the holder.
  EXPECT_EQ(code_text(*coder, "Secretary-General Condemns Russia\n\nUN Secretary-General Ali Rezaei praised Iran."),
            (std::vector<std::string>{"IGOUNO IRN 051", "IGOUNO RUS 111"}));
  // A role with no country takes the only country the document names (domestic news).
  EXPECT_EQ(code_text(*coder, "Police shelled Kherson."), (std::vector<std::string>{"UKRCOP UKR 194"}));
  EXPECT_EQ(code_text(*coder, "Police shelled Kherson and Russia."), (std::vector<std::string>{"---COP RUS 194", "---COP UKR 194"}));
  // "her"/"him": the last person named who is not the source.
  EXPECT_EQ(code_text(*coder, "Qin Gang had a phone call with Amir-Abdollahian and praised him."),
            (std::vector<std::string>{"CHNGOV IRNGOV 041", "CHNGOV IRNGOV 051", "IRNGOV CHNGOV 041"}));
}

TEST(SentenceCoder, ResolvesPronounsAndTheTwoSidesAcrossSentences) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  EXPECT_EQ(code_text(*coder, "Qin Gang had a phone call with Amir-Abdollahian. He praised Iran."),
            (std::vector<std::string>{"CHNGOV IRN 051", "CHNGOV IRNGOV 041", "IRNGOV CHNGOV 041"}));
  // "it": the last state or organisation that acted alone.
  EXPECT_EQ(code_text(*coder, "Russia condemned Ukraine. It attacked Kherson."),
            (std::vector<std::string>{"RUS UKR 111", "RUS UKR 190"}));
  // "Name, Title of State": rank words and unknown title words belong to the role.
  EXPECT_EQ(code_text(*coder, "Qin Gang phoned Emma Aparici, Senior Federal Foreign Minister of Russia."),
            (std::vector<std::string>{"CHNGOV RUSGOV 041", "RUSGOV CHNGOV 041"}));
  // A headline's event named by a noun after its actor's possessive.
  EXPECT_EQ(code_text(*coder, "Readout of Qin Gang's Visit to Iran\n\nQin Gang praised Iran."),
            (std::vector<std::string>{"CHNGOV IRN 042", "CHNGOV IRN 051"}));
  // "Meeting Between A and B": the two are the joint actors.
  EXPECT_EQ(code_text(*coder, "Readout of Meeting Between Qin Gang and Amir-Abdollahian"),
            (std::vector<std::string>{"CHNGOV IRNGOV 040", "IRNGOV CHNGOV 040"}));
  EXPECT_EQ(code_text(*coder, "The meeting between Qin Gang and Amir-Abdollahian lasted two hours."),
            (std::vector<std::string>{"CHNGOV IRNGOV 040", "IRNGOV CHNGOV 040"}));
  // "they" with no group named before: the document's two parties.
  EXPECT_EQ(code_text(*coder, "Qin Gang phoned Amir-Abdollahian. They exchanged views."),
            (std::vector<std::string>{"CHNGOV IRNGOV 040", "CHNGOV IRNGOV 041", "IRNGOV CHNGOV 040",
                                      "IRNGOV CHNGOV 041"}));
  // The speaker of "..., noting that" is the clause's subject, not the nearest actor; "of Iran"
  // after a name is part of that conjunct.
  EXPECT_EQ(code_text(*coder, "Qin Gang phoned Hossein Amir-Abdollahian of Iran and the Russian president. "
                              "He praised the Russian president, noting that China condemned Ukraine."),
            (std::vector<std::string>{"CHN UKR 111", "CHNGOV IRNGOV 041", "CHNGOV RUSGOV 041", "CHNGOV RUSGOV 051",
                                      "IRNGOV CHNGOV 041", "RUSGOV CHNGOV 041"}));
  // A third party's appeal to "both sides" reaches the document's two parties.
  EXPECT_EQ(code_text(*coder, "Russia attacked Ukraine. The United Nations urged both sides to stop."),
            (std::vector<std::string>{"IGOUNO RUS 020", "IGOUNO UKR 020", "RUS UKR 190"}));
  auto two_sides = code_text(*coder, "Qin Gang had a phone call with Amir-Abdollahian. The two sides exchanged views.");
  EXPECT_EQ(two_sides, (std::vector<std::string>{"CHNGOV IRNGOV 040", "CHNGOV IRNGOV 041", "IRNGOV CHNGOV 040",
                                                 "IRNGOV CHNGOV 041"}));
}

TEST(SentenceCoder, CodesABareStateAsItsGovernmentWhereTheGovernmentTakesPart) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(true);
  ASSERT_TRUE(coder);
  EXPECT_EQ(code_text(*coder, "Qin Gang had a phone call with Amir-Abdollahian. China praised Iran."),
            (std::vector<std::string>{"CHNGOV IRNGOV 041", "CHNGOV IRNGOV 051", "IRNGOV CHNGOV 041"}));
  // Without a government actor in the document, the state stays the state.
  EXPECT_EQ(code_text(*coder, "Russian troops shelled Ukraine."), (std::vector<std::string>{"RUSMIL UKR 194"}));
}

TEST(SentenceCoder, APatternLineMaySetThePloverTypeOfItsEvents) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  auto plover_of = [&](const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.date = Date{2023, 1, 19};
    doc.text = text;
    auto state = coder->new_state();
    auto coded = coder->code(std::move(doc), *state);
    std::vector<std::string> out;
    for (const Event& e : coded.events) out.push_back(e.code + " " + e.plover_type + "/" + e.plover_mode.value_or(""));
    return out;
  };
  // "0831 RETREAT/resign: resign": the line's type and mode, not the crosswalk's CONCEDE for 0831 ...
  EXPECT_EQ(plover_of("The Chinese foreign minister resigned."), (std::vector<std::string>{"0831 RETREAT/resign"}));
  // ... which a line without its own keeps.
  EXPECT_EQ(plover_of("China sacked the Iranian foreign minister."), (std::vector<std::string>{"0831 CONCEDE/"}));
}

TEST(SentenceCoder, PersonCodesFollowTheDocumentDate) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  Document doc;
  doc.id = "t";
  doc.date = Date{2024, 1, 1};  // after Qin Gang's time as foreign minister
  doc.text = "Qin Gang praised Iran.";
  auto state = coder->new_state();
  auto coded = coder->code(std::move(doc), *state);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].source->code, "CHNELI");
}

TEST(SentenceCoder, ReadsSubjectsPassivesAndObjectsOffTheParse) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false);
  ASSERT_TRUE(coder);
  const Case cases[] = {
      // A passive with no agent has no source to code; with one, the agent acts.
      {"Ukraine was attacked on Tuesday.", {}},
      {"Ukraine was attacked on Tuesday by Russian troops.", {"RUSMIL UKR 190"}},
      // ... or the state that owns the instrument of the act (not the place it names).
      {"Three Ukrainian soldiers were attacked in a Russian raid.", {"RUS UKRMIL 190"}},
      {"Three Ukrainian soldiers were attacked in Kherson.", {}},
      // A host's reception of a government guest is also the guest's visit.
      {"The Russian president welcomed the Chinese president to Moscow.", {"RUSGOV CHNGOV 043", "CHNGOV RUSGOV 042"}},
      // Rank words between a state and its role: "the Russian former president".
      {"The Russian former president condemned Ukraine.", {"RUSGOV UKR 111"}},
      // An arrest with no agent is the act of the state where it happens.
      {"Three Ukrainian soldiers were detained in Russia.", {"RUS UKRMIL 173"}},
      // With no place either, an arrest is by the arrested people's own state; not of soldiers.
      {"Two Ukrainian journalists were detained.", {"UKR UKRMED 173"}},
      {"Three Ukrainian soldiers were detained.", {}},
      // So is a killing by no one named, or by a bomb (but not of the state's own forces at home,
      // nor of forces of no country: who killed them is not said).
      {"A Chinese journalist was killed in a bomb explosion in Russia.", {"RUS CHNMED 183"}},
      {"A car bomb killed five civilians in Kherson.", {"UKR UKRCVL 190"}},
      {"Two Ukrainian soldiers were killed in Kherson.", {}},
      {"Two soldiers were killed in Kherson.", {}},
      {"A journalist was killed.", {}},
      // A state pair written as one word is two actors; talks as the subject are theirs.
      {"Russia-Ukraine talks resumed on Monday.", {"RUS UKR 046", "UKR RUS 046"}},
      {"The China-Iran talks were held in Beijing.", {"CHN IRN 046", "IRN CHN 046"}},
      {"Hossein Amir-Abdollahian thanked China.", {"IRNGOV CHN 051"}},
      // "Two soldiers" are a count, not the document's pair; nor are soldiers who attack Kherson
      // Ukraine's because Ukraine is the only other country named.
      {"China condemned Iran. Two soldiers attacked Kherson.", {"CHN IRN 111", "---MIL UKR 190"}},
      // Fighting between two named sides is both sides' act.
      {"Fighting broke out in Kherson between Russian troops and Ukrainian troops.",
       {"RUSMIL UKRMIL 190", "UKRMIL RUSMIL 190"}},
      // The first half of "Russian-led" names who leads.
      {"Russian-led troops attacked Kherson.", {"RUSMIL UKR 190"}},
      // A protest with no object named is against the authorities where it happens; a protest is
      // the people's, not their government's.
      {"Thousands of Ukrainians rallied in Kyiv.", {"UKR UKRGOV 141"}},
      // A subject reached through an xcomp acts, whatever the voice of the verb above it.
      {"Russia said that it is prepared to attack Kherson.", {"RUS UKR 1384 ~"}},
      // A subject that names no actor is not an actor's act, whatever actor the clause names later.
      {"The shelling of Kherson by Russia was condemned.", {}},
      // Two subjects of one verb; the object of a light verb's noun.
      {"The American president and the Chinese president condemned Russia.",
       {"CHNGOV RUS 111", "USAGOV RUS 111"}},
      // Control: the subject of "ready to work with" is the subject of "stands".
      {"China, a close partner of Russia, stands ready to work with Iran.", {"CHN IRN 030 ~"}},
      // An act announced as not to be done is the refusal (12x), not a negated act.
      {"The United States said it would not lift sanctions on Iran.", {"USA IRN 1244"}},
      {"Iran will not negotiate with the United States.", {"IRN USA 125"}},
      // "would" in reported speech is a promise or threat, not a hypothesis.
      {"Russia said on Monday that it would shell Kherson.", {"RUS UKR 1384 ~"}},
      // In reported speech, "X must" is the speaker's demand of X, "X should" an appeal.
      {"Russia said on Monday that Ukraine must stop.", {"RUS UKR 100"}},
      {"China said that Iran should attack Ukraine.", {"CHN IRN 020"}},
  };
  expect_table(*coder, cases);
}

TEST(SentenceCoder, ShallowModeCodesWithoutAParse) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = make_coder(false, /*shallow=*/true);
  ASSERT_TRUE(coder);
  const Case cases[] = {
      {"Russia condemned Ukraine.", {"RUS UKR 111"}},
      {"Ukraine was attacked by Russia.", {"RUS UKR 190"}},
      {"China and Iran condemned the United States.", {"CHN USA 111", "IRN USA 111"}},
  };
  expect_table(*coder, cases);
  Document doc;
  doc.id = "t";
  doc.text = "Russia condemned Ukraine.";
  auto state = coder->new_state();
  const CodedDocument coded = coder->code(std::move(doc), *state);
  ASSERT_FALSE(coded.sentences.empty());
  EXPECT_TRUE(coded.sentences[0].tokens[0].deprel.empty()) << "the shallow mode does not parse";
}

}  // namespace
}  // namespace parley
