// The JSON Lines event schema (docs/ARCHITECTURE.md): field order, nulls, nesting and escaping of
// event_to_json, read back with a JSON parser.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/writer.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

Event full_event() {
  Event e;
  e.event_id = "0e034cccf58b7a74";
  e.doc_id = "doc \"one\"\\two";
  e.sentence = 12;
  e.date = Date{2023, 1, 19};
  ActorRef source;
  source.code = "CHNGOV";
  source.country = "CHN";
  source.sector = "GOV";
  source.text = "Qin Gang";
  source.start = 7;
  source.end = 15;
  e.source = source;
  ActorRef target;
  target.code = "IGOUNO";
  target.text = "";  // no words (a coreferent): null
  target.start = 0;
  target.end = 0;
  e.target = target;
  e.code = "041";
  e.root = "04";
  e.name = "Discuss by telephone";
  e.quad = 1;
  e.goldstein = 1.0;
  e.plover_type = "CONSULT";
  e.plover_mode = "phone";
  e.negated = true;
  e.modality = Modality::kReported;
  e.speaker = "IRNGOV";
  e.field = Field::kTitle;
  e.evidence_start = 3;
  e.evidence_end = 4000000000u;
  e.evidence_text = "Line one\nline \"two\"\t\x01 T\xc3\xbcrkiye \xe2\x80\x94 end";
  e.rule = "verbs/04_consult.verbs:12";
  e.issues = {"a", "b \"c\""};
  return e;
}

TEST(EventJson, FieldsInSchemaOrderWithTheirValues) {
  const std::string line = event_to_json(full_event());
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one event is one line";
  const Json j = Json::parse(line);
  EXPECT_EQ(keys_of(j), (std::vector<std::string>{"event_id", "doc_id", "sentence", "date", "lang", "source", "target",
                                                  "code", "root", "name", "quad", "goldstein", "plover", "negated",
                                                  "modality", "speaker", "evidence", "rule", "issues", "location"}));
  EXPECT_EQ(j["doc_id"], "doc \"one\"\\two");
  EXPECT_EQ(j["sentence"], 12);
  EXPECT_EQ(j["date"], "2023-01-19");
  EXPECT_EQ(j["lang"], "en");
  EXPECT_EQ(keys_of(j["source"]), (std::vector<std::string>{"code", "country", "sector", "text", "start", "end"}));
  EXPECT_EQ(j["source"]["code"], "CHNGOV");
  EXPECT_EQ(j["source"]["country"], "CHN");
  EXPECT_EQ(j["source"]["text"], "Qin Gang");
  EXPECT_EQ(j["source"]["start"], 7);
  EXPECT_EQ(j["source"]["end"], 15);
  EXPECT_TRUE(j["target"]["country"].is_null());
  EXPECT_TRUE(j["target"]["sector"].is_null());
  EXPECT_TRUE(j["target"]["text"].is_null());
  EXPECT_EQ(j["code"], "041");
  EXPECT_EQ(j["quad"], 1);
  EXPECT_TRUE(j["goldstein"].is_number_float());
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.0);
  EXPECT_EQ(line.find("\"goldstein\":1.0,"), line.find("\"goldstein\"")) << "a float keeps its decimal point";
  EXPECT_EQ(j["plover"], (Json{{"type", "CONSULT"}, {"mode", "phone"}}));
  EXPECT_EQ(j["negated"], true);
  EXPECT_EQ(j["modality"], "reported");
  EXPECT_EQ(j["speaker"], "IRNGOV");
  EXPECT_EQ(keys_of(j["evidence"]), (std::vector<std::string>{"start", "end", "text", "field"}));
  EXPECT_EQ(j["evidence"]["end"], 4000000000u);
  EXPECT_EQ(j["evidence"]["text"], full_event().evidence_text);
  EXPECT_EQ(j["evidence"]["field"], "title");
  EXPECT_EQ(j["rule"], "verbs/04_consult.verbs:12");
  EXPECT_EQ(j["issues"], (Json{"a", "b \"c\""}));
  EXPECT_TRUE(j["location"].is_null());
}

TEST(EventJson, AbsentPartsAreNull) {
  Event e = full_event();
  e.date.reset();
  e.target.reset();
  e.plover_mode.reset();
  e.speaker.reset();
  e.issues.clear();
  e.field = Field::kText;
  e.goldstein = -9.5;
  const Json j = Json::parse(event_to_json(e));
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["plover"]["mode"].is_null());
  EXPECT_TRUE(j["speaker"].is_null());
  EXPECT_EQ(j["issues"], Json::array());
  EXPECT_EQ(j["evidence"]["field"], "text");
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -9.5);
}

TEST(EventJson, InvalidUtf8IsReplacedNotThrown) {
  Event e = full_event();
  e.evidence_text = "bad \xff byte";
  std::string line;
  ASSERT_NO_THROW(line = event_to_json(e));
  const Json j = Json::parse(line);
  EXPECT_EQ(j["evidence"]["text"], "bad \xef\xbf\xbd byte");
}

}  // namespace
}  // namespace parley
