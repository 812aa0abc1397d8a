// Readers: plain text (titles, datelines, headers), JSON Lines (good and bad lines), directories.
#include "io/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace parley::io {
namespace {

const std::string kData = std::string(PARLEY_SOURCE_DIR) + "/tests/data/readers";

std::string date_of(const Document& doc) { return doc.date ? doc.date->iso() : "none"; }

TEST(PlainTextReader, TitlesDatelinesAndHeaders) {
  struct Case {
    const char* name;
    std::string text;
    const char* title;       // "" when no title
    const char* date;        // "none" when no date
    const char* body_start;  // what the body starts with
  };
  const Case cases[] = {
      {"title and dateline with time", "Qin Gang Has a Call\n2023-01-19 23:50\n\nOn Thursday the two met.\n",
       "Qin Gang Has a Call", "2023-01-19", "On Thursday"},
      {"title and bare ISO dateline", "Talks Held\n2023-01-19\nThe two sides met.", "Talks Held", "2023-01-19",
       "The two sides"},
      {"dateline before title", "2023-01-19\nTalks Held\n\nThe two sides met.", "Talks Held", "2023-01-19",
       "The two sides"},
      {"long-form dateline", "Talks Held\nJanuary 19, 2023\n\nThey met.", "Talks Held", "2023-01-19", "They met."},
      {"weekday dateline", "Talks Held\nThursday, January 19, 2023\n\nThey met.", "Talks Held", "2023-01-19",
       "They met."},
      {"day-first dateline", "Talks Held\n19 January 2023\n\nThey met.", "Talks Held", "2023-01-19", "They met."},
      {"abbreviated month dateline", "Talks Held\nJan. 19, 2023 10:30\n\nThey met.", "Talks Held", "2023-01-19",
       "They met."},
      {"ISO timestamp dateline", "Talks Held\n2023-01-19T23:50:00Z\n\nThey met.", "Talks Held", "2023-01-19",
       "They met."},
      {"date header", "date: 2023-01-19\nsource: MFA\nurl: https://example.org/a\n\nThey met.", "", "2023-01-19",
       "They met."},
      {"title then date header", "Talks Held\ndate: 2023-01-19\n\nThey met.", "Talks Held", "2023-01-19",
       "They met."},
      {"opening On date stays in body", "Talks Held\n\nOn January 19, 2023, the two sides met.", "Talks Held",
       "2023-01-19", "On January 19, 2023,"},
      {"opening date with dash", "January 19, 2023 — The two sides met.", "", "2023-01-19", "January 19, 2023 —"},
      {"opening day-first date", "19 January 2023 The two sides met.", "", "2023-01-19", "19 January 2023"},
      {"no title: first line is a sentence", "The two sides met.\nThey agreed.", "", "none", "The two sides"},
      {"no title: first line is wrapped prose", "The two leaders discussed efforts to bring\nstability to the region.",
       "", "none", "The two leaders"},
      {"no title: single line", "Talks Held", "", "none", "Talks Held"},
      {"impossible dateline date gives no date", "Talks Held\n2023-02-30\n\nThey met.", "Talks Held", "none",
       "They met."},
      {"markdown heading title", "# Talks Held\n\nThey met.", "Talks Held", "none", "They met."},
      {"byte-order mark", "\xEF\xBB\xBFTalks Held\n\nThey met.", "Talks Held", "none", "They met."},
      {"NUL bytes are kept", std::string("Talks Held\n\nThey\0 met.", 23), "Talks Held", "none", "They"},
  };
  for (const Case& c : cases) {
    Result<Document> doc = parse_plain_text(c.text, "id", "test.txt", {});
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().to_string();
    EXPECT_EQ(doc->title, c.title) << c.name;
    if (*c.title != '\0') {
      ASSERT_TRUE(doc->title_offset.has_value()) << c.name;
      EXPECT_EQ(doc->text.substr(*doc->title_offset, doc->title.size()), doc->title) << c.name;
    } else {
      EXPECT_FALSE(doc->title_offset.has_value()) << c.name;
    }
    EXPECT_EQ(date_of(*doc), c.date) << c.name;
    EXPECT_EQ(doc->text.substr(doc->body_offset).rfind(c.body_start, 0), 0u)
        << c.name << ": body is \"" << doc->text.substr(doc->body_offset) << "\"";
  }
}

TEST(PlainTextReader, HeadersFillFieldsAndDefaultDateApplies) {
  ReadOptions options;
  options.default_date = Date{2020, 5, 1};
  Result<Document> doc = parse_plain_text("source: MFA\nurl: https://example.org/a\n\nThey met.", "a", "a.txt", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->source, "MFA");
  EXPECT_EQ(doc->url, "https://example.org/a");
  EXPECT_EQ(date_of(*doc), "2020-05-01");  // no date in the text
  EXPECT_EQ(doc->id, "a");
  EXPECT_EQ(doc->origin, "a.txt");
  Result<Document> dated = parse_plain_text("Talks\n2023-01-19\n\nThey met.", "b", "b.txt", options);
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(date_of(*dated), "2023-01-19");  // the text's own date wins
}

TEST(PlainTextReader, RejectsBadUtf8WithLineAndEmptyDocuments) {
  Result<Document> bad = parse_plain_text("line one\nline two\nbad \xC3\x28 here\n", "x", "x.txt", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().file(), "x.txt");
  EXPECT_EQ(bad.status().line(), 3);
  EXPECT_NE(bad.status().message().find("UTF-8"), std::string::npos);
  for (const char* empty : {"", "   \n\n\t", "date: 2023-01-19\n"}) {
    Result<Document> doc = parse_plain_text(empty, "e", "e.txt", {});
    ASSERT_FALSE(doc.ok()) << empty;
    EXPECT_NE(doc.status().message().find("empty document"), std::string::npos) << doc.status().to_string();
  }
}

TEST(JsonLinesReader, Table) {
  struct Case {
    const char* name;
    const char* line;
    bool ok;
    const char* id_or_error;  // the id when ok, a piece of the message otherwise
    const char* date;
  };
  const Case cases[] = {
      {"full record", R"({"id":"a","date":"2023-01-19","title":"T","text":"Body.","source":"MFA","url":"u","lang":"en"})",
       true, "a", "2023-01-19"},
      {"timestamp date", R"({"id":"b","date":"2023-01-19T23:50:00Z","text":"Body."})", true, "b", "2023-01-19"},
      {"no id", R"({"text":"Body."})", true, "feed:7", "none"},
      {"numeric id", R"({"id":42,"text":"Body."})", true, "42", "none"},
      {"null fields", R"({"id":"n","date":null,"title":null,"text":"Body."})", true, "n", "none"},
      {"unknown fields ignored", R"({"id":"u","text":"Body.","category":"x","nested":{"a":[1,2]}})", true, "u", "none"},
      {"title only", R"({"id":"t","title":"Talks Held","text":""})", true, "t", "none"},
      {"not JSON", "this is not json", false, "not valid JSON", ""},
      {"truncated JSON", R"({"id":"x","text":"Bo)", false, "not valid JSON", ""},
      {"not an object", "[1,2,3]", false, "not a JSON object", ""},
      {"missing text", R"({"id":"x","date":"2023-01-19"})", false, "missing \"text\"", ""},
      {"text not a string", R"({"id":"x","text":5})", false, "\"text\" is not a string", ""},
      {"impossible date", R"({"id":"x","date":"2023-02-30","text":"Body."})", false, "impossible date", ""},
      {"malformed date", R"({"id":"x","date":"yesterday","text":"Body."})", false, "not a date", ""},
      {"date not a string", R"({"id":"x","date":20230119,"text":"Body."})", false, "\"date\" is not a string", ""},
      {"lone surrogate", R"({"id":"x","text":"bad \ud800 escape"})", false, "", ""},
      {"empty document", R"({"id":"x","text":"  "})", false, "empty document", ""},
  };
  for (const Case& c : cases) {
    Result<Document> doc = parse_json_line(c.line, "feed.jsonl:7", {});
    ASSERT_EQ(doc.ok(), c.ok) << c.name << ": " << doc.status().to_string();
    if (c.ok) {
      EXPECT_EQ(doc->id, c.id_or_error) << c.name;
      EXPECT_EQ(date_of(*doc), c.date) << c.name;
      EXPECT_EQ(doc->origin, "feed.jsonl:7") << c.name;
      EXPECT_FALSE(doc->title_offset.has_value()) << c.name;
    } else {
      EXPECT_EQ(doc.status().file(), "feed.jsonl") << c.name;
      EXPECT_EQ(doc.status().line(), 7) << c.name;
      EXPECT_NE(doc.status().message().find(c.id_or_error), std::string::npos) << c.name << ": " << doc.status().to_string();
    }
  }
}

TEST(JsonLinesReader, FieldsAreCopied) {
  Result<Document> doc = parse_json_line(
      R"({"id":"a","title":"Readout","text":"Body.","source":"WH","source_url":"https://example.org/r","lang":"en"})",
      "wh.jsonl:1", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Readout");
  EXPECT_EQ(doc->text, "Body.");
  EXPECT_EQ(doc->source, "WH");
  EXPECT_EQ(doc->url, "https://example.org/r");  // "source_url" stands in for a missing "url"
  EXPECT_EQ(doc->body_offset, 0u);
}

struct Collected {
  std::vector<Document> documents;
  std::vector<Status> problems;
  ReadSummary summary;
};

Collected read_all(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  Collected out;
  out.summary = read_documents(
      inputs, options, false, [&](Document&& doc) { out.documents.push_back(std::move(doc)); },
      [&](const Status& status) { out.problems.push_back(status); });
  return out;
}

TEST(ReadDocuments, JsonLinesFileSkipsEachBadLineAndNamesIt) {
  const Collected got = read_all({kData + "/mixed.jsonl"});
  ASSERT_EQ(got.documents.size(), 2u);
  EXPECT_EQ(got.documents[0].id, "ok");
  EXPECT_EQ(got.documents[1].id, "last");
  EXPECT_EQ(got.documents[1].origin, kData + "/mixed.jsonl:8");
  EXPECT_EQ(got.summary.documents, 2u);
  EXPECT_EQ(got.summary.skipped, 6u);
  const int expected_lines[] = {2, 3, 4, 5, 6, 7};
  ASSERT_EQ(got.problems.size(), std::size(expected_lines));
  for (std::size_t i = 0; i < got.problems.size(); ++i) {
    EXPECT_EQ(got.problems[i].file(), kData + "/mixed.jsonl");
    EXPECT_EQ(got.problems[i].line(), expected_lines[i]) << got.problems[i].to_string();
  }
}

TEST(ReadDocuments, DirectoriesAreWalkedInPathOrder) {
  const Collected got = read_all({kData + "/tree"});
  EXPECT_TRUE(got.problems.empty());
  std::vector<std::string> ids;
  for (const Document& doc : got.documents) ids.push_back(doc.id + "@" + date_of(doc));
  const std::vector<std::string> expected = {"a1@2023-02-01", "a_feed:3@2023-02-02", "b_readout@2023-01-19"};
  // ignored.csv and c_notes.md are not read (a README or notes file beside documents is no document);
  // sub/ comes after the files sorting before it.
  EXPECT_EQ(ids, expected);
}

TEST(ReadDocuments, BadFilesAreReportedAndTheRestRead) {
  const Collected got =
      read_all({kData + "/empty.txt", kData + "/bad_utf8.txt", kData + "/missing.txt", kData + "/tree/b_readout.txt"});
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].id, "b_readout");
  EXPECT_EQ(got.documents[0].title, "China, Iran Hold Talks");
  ASSERT_EQ(got.problems.size(), 3u);
  EXPECT_NE(got.problems[0].message().find("empty document"), std::string::npos);
  EXPECT_EQ(got.problems[1].file(), kData + "/bad_utf8.txt");
  EXPECT_EQ(got.problems[1].line(), 2);
  EXPECT_EQ(got.problems[2].code(), Status::Code::kNotFound);
  EXPECT_EQ(got.summary.skipped, 3u);
}

TEST(ReadDocuments, RealWhiteHouseReadoutsReadInPlace) {
  const std::string path =
      std::string(PARLEY_SOURCE_DIR) + "/../shared/research-data/whitehouse-readouts/whitehouse_readouts.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared research data not found: " << path;
  const Collected got = read_all({path});
  EXPECT_GT(got.documents.size(), 0u);
  for (const Document& doc : got.documents) {
    EXPECT_FALSE(doc.text.empty()) << doc.id;
    EXPECT_TRUE(doc.date.has_value()) << doc.id;
  }
  for (const Status& problem : got.problems) ADD_FAILURE() << problem.to_string();
}

TEST(ParseDate, Table) {
  struct Case {
    const char* text;
    const char* date;
  };
  const Case cases[] = {
      {"2023-01-19", "2023-01-19"},       {"2023/1/9", "2023-01-09"},         {"January 19, 2023", "2023-01-19"},
      {"Jan. 19, 2023", "2023-01-19"},    {"Sept. 3, 2022", "2022-09-03"},    {"19 January 2023", "2023-01-19"},
      {"3rd March 2021", "2021-03-03"},   {"2023-02-30", "none"},             {"Jan 19", "none"},
      {"2023-01-19T23:50:00Z", "2023-01-19"}, {"tomorrow", "none"},        {"2023-01-19 and more", "none"},
  };
  for (const Case& c : cases) {
    const std::optional<Date> date = parse_date(c.text);
    EXPECT_EQ(date ? date->iso() : "none", c.date) << c.text;
  }
}

}  // namespace
}  // namespace parley::io
