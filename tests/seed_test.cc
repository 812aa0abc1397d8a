// The document parley was started from must come out the way a careful human coder codes it.
#include <gtest/gtest.h>

#include <set>

#include "io/reader.h"
#include "parley/writer.h"
#include "test_support.h"

namespace parley {
namespace {

using testing::have_shared;
using testing::have_wordnet;
using testing::read_file;
using testing::shared_dir;

std::string seed_path() { return shared_dir() + "/seed/000_02ffab8aed3e6b08.txt"; }

bool has(const std::vector<Event>& events, const std::string& src, const std::string& tgt,
         const std::string& code_prefix, int sentence = -1) {
  for (const Event& e : events) {
    const std::string s = e.source ? e.source->code : "";
    const std::string t = e.target ? e.target->code : "";
    if (s == src && t == tgt && e.code.starts_with(code_prefix) && (sentence < 0 || e.sentence == sentence))
      return true;
  }
  return false;
}

std::string dump(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) out += event_to_json(e) + "\n";
  return out;
}

void check_seed_events(const Document& doc, const std::vector<Event>& events) {
  SCOPED_TRACE(dump(events));
  // The phone call, from the title and from the first sentence.
  EXPECT_TRUE(has(events, "CHNGOV", "IRNGOV", "041", 0));
  EXPECT_TRUE(has(events, "CHNGOV", "IRNGOV", "041", 1));
  // Intent to cooperate both ways; verbal support both ways; thanks; China's appeal.
  EXPECT_TRUE(has(events, "CHNGOV", "IRNGOV", "03"));
  EXPECT_TRUE(has(events, "IRNGOV", "CHNGOV", "03"));
  EXPECT_TRUE(has(events, "CHNGOV", "IRNGOV", "05"));
  EXPECT_TRUE(has(events, "IRNGOV", "CHNGOV", "05"));
  EXPECT_TRUE(has(events, "IRNGOV", "CHNGOV", "051"));
  // The exchange of views, both ways.
  EXPECT_TRUE(has(events, "CHNGOV", "IRNGOV", "040"));
  EXPECT_TRUE(has(events, "IRNGOV", "CHNGOV", "040"));
  bool appeal = false;
  for (const Event& e : events)
    if (e.root == "02" && e.source && e.source->code == "CHNGOV") {
      appeal = true;
      // "other parties": no country the readout names.
      EXPECT_TRUE(!e.target || e.target->code.starts_with("---")) << event_to_json(e);
    }
  EXPECT_TRUE(appeal) << "China's call on other parties (02x)";
  // Modalities: intents are intended, the call took place.
  for (const Event& e : events) {
    if (e.root == "03") EXPECT_EQ(e.modality, Modality::kIntended) << event_to_json(e);
    if (e.code == "041") EXPECT_EQ(e.modality, Modality::kAsserted) << event_to_json(e);
    EXPECT_FALSE(e.negated) << event_to_json(e);
  }
  for (const Event& e : events) {
    const int root = std::stoi(e.root);
    EXPECT_LT(root, 10) << "no conflict events in a cooperative readout: " << event_to_json(e);
    ASSERT_TRUE(e.date.has_value());
    EXPECT_EQ(e.date->iso(), "2023-01-19");
    // Evidence is the sentence, and its offsets point at it in the original text.
    const std::string& base = e.field == Field::kTitle ? doc.title : doc.text;
    ASSERT_LE(e.evidence_end, base.size());
    EXPECT_EQ(base.substr(e.evidence_start, e.evidence_end - e.evidence_start), e.evidence_text);
    EXPECT_FALSE(e.evidence_text.empty());
    if (e.source && !e.source->text.empty())
      EXPECT_EQ(base.substr(e.source->start, e.source->end - e.source->start), e.source->text);
    EXPECT_FALSE(e.rule.empty());
    EXPECT_EQ(e.event_id.size(), 32u);
  }
}

TEST(Seed, PlainTextFileCodesLikeAHumanCoder) {
  if (!have_shared()) GTEST_SKIP() << "../shared is absent: the seed document lives there";
  if (!have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  auto doc = io::parse_plain_text(read_file(seed_path()), "seed", seed_path(), {});
  ASSERT_TRUE(doc.ok()) << doc.status().to_string();
  ASSERT_TRUE(doc->date.has_value());
  EXPECT_EQ(doc->date->iso(), "2023-01-19");
  auto state = coder->new_state();
  Document copy = *doc;
  CodedDocument coded = coder->code(std::move(copy), *state);
  check_seed_events(coded.document, coded.events);
}

TEST(Seed, SameTextAsJsonLineCodesTheSame) {
  if (!have_shared()) GTEST_SKIP() << "../shared is absent: the seed document lives there";
  if (!have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent (install wordnet-base)";
  auto coder = testing::shipped_coder();
  ASSERT_TRUE(coder);
  std::string text = read_file(seed_path());
  // Title = first line; body = everything after the dateline.
  const auto first_newline = text.find('\n');
  const std::string title = text.substr(0, first_newline);
  const auto body_start = text.find("On January 19");
  ASSERT_NE(body_start, std::string::npos);
  std::string body = text.substr(body_start);
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\', out += c;
      else if (c == '\n') out += "\\n";
      else out += c;
    }
    return out;
  };
  std::string line = "{\"id\": \"mfa-2023-01-19-qin\", \"date\": \"2023-01-19\", \"title\": \"" + escape(title) +
                     "\", \"text\": \"" + escape(body) + "\"}";
  auto doc = io::parse_json_line(line, "seed.jsonl:1", {});
  ASSERT_TRUE(doc.ok()) << doc.status().to_string();
  auto state = coder->new_state();
  Document copy = *doc;
  CodedDocument coded = coder->code(std::move(copy), *state);
  check_seed_events(coded.document, coded.events);
  for (const Event& e : coded.events) EXPECT_EQ(e.doc_id, "mfa-2023-01-19-qin");
}

}  // namespace
}  // namespace parley
